"""404 and 500 pages in every language; the 500 page needs no database."""

from contextlib import ExitStack

import pytest
from django.test import Client, override_settings
from django.utils import translation

from tests.utils import LANGUAGE_CODES, create_vi_home, html_attrs, soup

from . import urls as failing_urls
from .outage import database_unreachable

pytestmark = pytest.mark.django_db


# Strings that share a msgid with Wagtail carry a message context (docs/languages.md).
CONTEXTS = {"Skip to main content": "skip link"}


def translated(language, message):
    with translation.override(language):
        if message in CONTEXTS:
            return translation.pgettext(CONTEXTS[message], message)
        return translation.gettext(message)


def heading(response):
    return soup(response).select_one("main h1").get_text(strip=True)


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_404_page_is_in_the_language_of_the_url_with_the_site_design(language):
    create_vi_home()
    response = Client().get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    assert html_attrs(response) == (language, "ltr")
    assert heading(response) == translated(language, "Page not found")
    page = soup(response)
    assert page.select_one("header.site-header") is not None
    assert page.select_one('meta[name="robots"]')["content"] == "noindex"
    assert page.select_one("a.skip-link") is not None


@override_settings(ROOT_URLCONF="tests.faults.urls")
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_500_page_is_in_the_language_of_the_url_while_the_database_is_unusable(language, tmp_path):
    client = Client(raise_request_exception=False)
    with ExitStack() as stack:
        # The database goes away inside the view (before it, the request would
        # get the 503 page); the view then fails on its own: a 500, not a 503,
        # drawn without the database.
        failing_urls.before_failing = lambda: stack.enter_context(database_unreachable(tmp_path))
        try:
            response = client.get(f"/{language}/boom/")
        finally:
            failing_urls.before_failing = None
    assert response.status_code == 500
    assert html_attrs(response) == (language, "ltr")
    assert heading(response) == translated(language, "Something went wrong")
    page = soup(response)
    assert page.title.get_text(strip=True).startswith(translated(language, "Something went wrong"))
    assert page.select_one(".brand__name").get_text(strip=True) == translated(
        language, "Hanoi Craft Villages"
    )
    assert page.select_one("a.button")["href"] == f"/{language}/"
    assert page.select_one('link[rel="stylesheet"][href$="site.css"]') is not None


@override_settings(ROOT_URLCONF="tests.faults.urls")
def test_500_page_without_language_prefix_follows_accept_language():
    client = Client(raise_request_exception=False)
    response = client.get("/boom/", headers={"accept-language": "ja,en;q=0.5"})
    assert response.status_code == 500
    assert html_attrs(response)[0] == "ja"


@pytest.mark.parametrize("language", [code for code in LANGUAGE_CODES if code != "en"])
@pytest.mark.parametrize(
    "message",
    [
        "Something went wrong",
        "Sorry, the site could not show this page. Please try again in a few minutes.",
        "Go to the home page",
        "Back in a moment",
        "We will be back in a moment",
        "The site cannot reach its database just now, so it cannot show this page. "
        "This usually lasts only a few minutes.",
        "Try again",
        "Skip to main content",
    ],
)
def test_error_page_strings_are_translated(language, message):
    assert translated(language, message) != message
