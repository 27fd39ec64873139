"""Clicking a language in the switcher opens the same page in that language."""

import pytest

from tests.browser.pages import ROUTE, VILLAGE

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ("/vi/", "en"),
        ("/en/villages/", "ko"),
        (f"/vi/{VILLAGE}", "ja"),
        (f"/ja/{VILLAGE}", "it"),
        ("/en/stories/quang-an-lotus-tea/", "vi"),
        (f"/fr/{ROUTE}", "vi"),
        ("/it/routes/", "ja"),
    ],
)
def test_switcher_opens_the_same_page_in_the_chosen_language(desktop_page, path, target):
    desktop_page.goto(path)
    source_lang = desktop_page.evaluate("document.documentElement.lang")
    current = desktop_page.locator(".language-switcher [aria-current='true']")
    assert current.get_attribute("lang") == source_lang
    link = desktop_page.locator(f".language-switcher a[hreflang='{target}']")
    assert link.get_attribute("lang") == target, "a language is named in itself"
    # One control: a disclosure that names the page's language, opened first.
    summary = desktop_page.locator(".language-switcher summary")
    assert summary.locator(f"[lang='{source_lang}']").count() == 1
    summary.click()

    with desktop_page.expect_navigation():
        link.click()

    rest = path.split("/", 2)[2]
    assert desktop_page.evaluate("location.pathname") == f"/{target}/{rest}"
    assert desktop_page.evaluate("document.documentElement.lang") == target
    # A real translation, not an alias showing another language's content.
    assert desktop_page.locator("main").get_attribute("lang") is None
    now_current = desktop_page.locator(".language-switcher [aria-current='true']")
    assert now_current.get_attribute("lang") == target
    # Back again: the switcher on the new page links to where we came from.
    back = desktop_page.locator(f".language-switcher a[hreflang='{source_lang}']")
    assert back.get_attribute("href") == path
