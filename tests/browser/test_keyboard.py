"""The site works with the keyboard alone.

Tab from the top of a page: the skip link comes first and moves focus to the
main content; the main navigation and the language switcher (a disclosure,
opened with Enter) are reached and followed with Enter; on a route page the
map can be skipped, and the ordered list of stops is reached and read without
it.
"""

import pytest

from tests.browser.pages import ROUTE, VILLAGE

pytestmark = pytest.mark.browser

FOCUSED = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const box = element.getBoundingClientRect();
    return {
        tag: element.tagName.toLowerCase(),
        id: element.id,
        href: element.getAttribute("href"),
        text: element.textContent.trim().replace(/\\s+/g, " "),
        hreflang: element.getAttribute("hreflang"),
        classes: element.className,
        visible: box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < innerHeight,
    };
}"""


def focused(page):
    return page.evaluate(FOCUSED)


def tab_until(page, selector, limit=60):
    """Press Tab until the focused element matches ``selector``; return the elements passed."""
    passed = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return passed
        passed.append(focused(page))
    raise AssertionError(f"{limit} presses of Tab did not reach {selector}; passed: {passed}")


def path_of(page):
    return page.evaluate("location.pathname")


def html_lang(page):
    return page.evaluate("document.documentElement.lang")


@pytest.mark.parametrize("path", ["/vi/", f"/en/{VILLAGE}", f"/ja/{ROUTE}", "/en/no-such-page/"])
def test_first_tab_reaches_the_skip_link_which_moves_focus_to_main(desktop_page, path):
    desktop_page.goto(path)
    desktop_page.keyboard.press("Tab")
    skip = focused(desktop_page)
    assert skip is not None and "skip-link" in skip["classes"], f"first Tab focused {skip}"
    assert skip["href"] == "#main"
    assert skip["visible"], "the skip link stays off screen when focused"
    desktop_page.keyboard.press("Enter")
    assert desktop_page.evaluate("document.activeElement.id") == "main"
    # The next Tab continues inside main, not back in the header.
    desktop_page.keyboard.press("Tab")
    assert desktop_page.evaluate("document.querySelector('main').contains(document.activeElement)")


@pytest.mark.parametrize("language", ["vi", "en", "ko"])
def test_main_navigation_links_are_reached_by_tab_and_followed_with_enter(desktop_page, language):
    desktop_page.goto(f"/{language}/")
    links = desktop_page.locator(".main-nav a")
    hrefs = [links.nth(index).get_attribute("href") for index in range(links.count())]
    assert len(hrefs) >= 3, f"main navigation has {hrefs}"
    tab_until(desktop_page, ".main-nav a")
    reached = [focused(desktop_page)]
    for _ in hrefs[1:]:
        desktop_page.keyboard.press("Tab")
        reached.append(focused(desktop_page))
    assert [element["href"] for element in reached] == hrefs
    assert all(element["visible"] for element in reached)

    # Back to the last link, then Enter follows it.
    desktop_page.keyboard.press("Shift+Tab")
    desktop_page.keyboard.press("Tab")
    target = focused(desktop_page)["href"]
    with desktop_page.expect_navigation():
        desktop_page.keyboard.press("Enter")
    assert path_of(desktop_page) == target
    current = desktop_page.locator(".main-nav a[aria-current='page']")
    assert current.get_attribute("href") == target


@pytest.mark.parametrize(
    ("path", "target"),
    [("/vi/", "en"), (f"/en/{VILLAGE}", "ja"), (f"/ko/{ROUTE}", "fr"), ("/en/stories/", "vi")],
)
def test_language_switcher_is_reached_by_tab_and_enter_opens_the_same_page(
    desktop_page, path, target
):
    desktop_page.goto(path)
    # The switcher is one disclosure: Tab to its summary, Enter opens it.
    tab_until(desktop_page, ".language-switcher summary")
    desktop_page.keyboard.press("Enter")
    tab_until(desktop_page, f".language-switcher a[hreflang='{target}']")
    assert focused(desktop_page)["visible"]
    with desktop_page.expect_navigation():
        desktop_page.keyboard.press("Enter")
    assert path_of(desktop_page) == f"/{target}/{path.split('/', 2)[2]}"
    assert html_lang(desktop_page) == target


@pytest.mark.parametrize("language", ["vi", "en", "ja"])
def test_route_map_can_be_skipped_and_the_stops_are_reached_without_it(desktop_page, language):
    desktop_page.goto(f"/{language}/{ROUTE}")
    desktop_page.locator(".leaflet-marker-icon").first.wait_for(state="attached")
    passed = tab_until(desktop_page, ".skip-map")
    assert not any("leaflet" in (element["classes"] or "") for element in passed), (
        "a map control comes before the skip-map link"
    )
    assert focused(desktop_page)["visible"], "the skip-map link stays hidden when focused"
    desktop_page.keyboard.press("Enter")
    assert desktop_page.evaluate("document.activeElement.id") == "stops-title"

    # Every control in the list of stops (village links, "Add to my day",
    # driver cards) is next, in document order, with no map control between.
    expected = desktop_page.evaluate(
        """() => [...document.querySelectorAll('ol.stops a[href], ol.stops button')]
            .filter((element) => element.offsetParent !== null)
            .map((element, index) => {
                element.dataset.kbd = String(index);
                return String(index);
            })"""
    )
    assert expected, "no stop links to a village"
    reached = []
    for _ in expected:
        desktop_page.keyboard.press("Tab")
        reached.append(desktop_page.evaluate("document.activeElement.dataset.kbd || null"))
    assert reached == expected
    assert desktop_page.evaluate("document.activeElement.closest('ol.stops') !== null")
