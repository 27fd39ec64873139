"""Nothing covers the site header's links, at phone, tablet and desktop widths.

Found by looking at the screenshots: the home page's hero card, positioned over
its picture, grew past it with a long heading (French, or any language on a
tablet) and hid the language switcher. axe-core does not see an element
painted over another one; ``elementFromPoint`` does. The header's disclosures
("Menu" on a phone, the languages) are checked open, one at a time.
"""

import pytest

from tests.browser.pages import LANGUAGES

pytestmark = pytest.mark.browser

COVERED_LINKS = """() => [...document.querySelectorAll(".site-header a")]
    // Links inside a closed disclosure ("Menu", the languages) are not shown.
    .filter((link) => link.getClientRects().length && link.checkVisibility())
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
        # Each of the header's disclosures open in turn: its panel lies over the page.
        summaries = desktop_page.locator(".site-header summary")
        for index in range(summaries.count()):
            summary = summaries.nth(index)
            if not summary.is_visible():
                continue
            summary.click()
            if links := desktop_page.evaluate(COVERED_LINKS):
                covered[f"{path} at {width} px, {summary.inner_text().strip()} open"] = links
            summary.click()
    assert not covered, f"header links painted over: {covered}"
