"""Every live Vietnamese page of the demo is live, as a real translation, in every language.

Issue 11 §1: a French, Italian, Japanese or Korean visitor must find every village, story,
route, event and index page, not an alias that serves the Vietnamese text (docs/TRAPS: an
untranslated ancestor becomes a live alias). One parameter per configured content
language, so a run names the languages that are incomplete; ``-k "fr or it"`` checks some.

The demo is built once for the module, outside any test transaction because the builder
publishes translations in ``transaction.on_commit``; then the database is emptied and
given back its state from the migrations, as in tests/html/test_validity.py.
"""

import pytest
from django.conf import settings
from django.test import Client
from wagtail.models import Page

from demo import sources
from tests.utils import demo_built_then_restored

# django_db: pytest-django sets up the test database only for tests that ask for it;
# without the mark the fixture would build on (and flush) the development database.
pytestmark = pytest.mark.django_db

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
LANGUAGES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != SOURCE_LANGUAGE]


@pytest.fixture(scope="module")
def demo_pages(django_db_setup, django_db_blocker):
    """Every page of the demo as (translation_key, language, live, alias_of_id, url_path),
    and the status each live real page is served with."""
    with django_db_blocker.unblock():
        if Page.get_first_root_node() is None:
            pytest.fail("the test database has no page tree")
        with demo_built_then_restored():
            return list(
                Page.objects.exclude(depth=1).values_list(
                    "translation_key", "locale__language_code", "live", "alias_of_id", "url_path"
                )
            ), served_statuses()


def served_statuses():
    """{url_path: status} of every live page that is not an alias, as a visitor gets it."""
    client = Client()
    pages = Page.objects.live().exclude(depth=1).filter(alias_of__isnull=True)
    return {page.url_path: client.get(page.get_url()).status_code for page in pages}


def live_real_pages(pages, language):
    """{translation_key: url_path} of the live pages of a language that are not aliases."""
    return {
        key: path
        for key, code, live, alias_of_id, path in pages
        if code == language and live and alias_of_id is None
    }


def test_the_vietnamese_source_has_one_live_page_per_demo_page_file(demo_pages):
    # The check below is only as good as its source list: every YAML page file, live.
    pages, _statuses = demo_pages
    expected = sum(len(sources.items(kind)) for kind in sources.PAGE_KINDS)
    assert len(live_real_pages(pages, SOURCE_LANGUAGE)) == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_live_vietnamese_page_has_a_live_non_alias_translation(demo_pages, language):
    pages, statuses = demo_pages
    source = live_real_pages(pages, SOURCE_LANGUAGE)
    translated = live_real_pages(pages, language)
    missing = sorted(path for key, path in source.items() if key not in translated)
    assert missing == [], f"{len(missing)} of {len(source)} pages have no live {language} page"
    # ... and each of them is served to a visitor.
    failing = {path: statuses[path] for path in translated.values() if statuses[path] != 200}
    assert failing == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_exactly_the_vietnamese_pages(demo_pages, language):
    # The same pages in every language: no page that exists only in a translation either.
    pages, _statuses = demo_pages
    source = live_real_pages(pages, SOURCE_LANGUAGE)
    translated = live_real_pages(pages, language)
    assert len(translated) == len(source)
    assert set(translated) == set(source)
