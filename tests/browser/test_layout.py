"""Nothing covers the site header's links, at phone, tablet and desktop widths.

Found by looking at the screenshots: the home page's hero card, positioned over
its picture, grew past it with a long heading (French, or any language on a
tablet) and hid the language switcher. axe-core does not see an element
painted over another one; ``elementFromPoint`` does.
"""

import pytest

from tests.browser.pages import LANGUAGES

pytestmark = pytest.mark.browser

COVERED_LINKS = """() => [...document.querySelectorAll(".site-header a")]
    .filter((link) => link.getClientRects().length)
    .filter((link) => {
        // On a phone the menu scrolls sideways: bring each link into its row
        // first, as a visitor would by swiping.
        link.scrollIntoView({block: "nearest", inline: "nearest"});
        const box = link.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return !link.contains(top);
    })
    .map((link) => link.textContent.trim())"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_header_link_is_covered_by_the_page(desktop_page, language):
    covered = {}
    path = f"/{language}/"  # the only page with a hero card over its picture
    desktop_page.goto(path)
    for width in (390, 768, 1024, 1280, 1600):
        desktop_page.set_viewport_size({"width": width, "height": 800})
        desktop_page.evaluate("document.fonts.ready")
        if links := desktop_page.evaluate(COVERED_LINKS):
            covered[f"{path} at {width} px"] = links
    assert not covered, f"header links painted over: {covered}"
