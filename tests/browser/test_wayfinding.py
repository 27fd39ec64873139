"""The driver card on a phone: one tap from the village page, readable at arm's length.

At 390×844 the Vietnamese name is at least 32 px, the card fits the width,
its text is black on white, and axe-core finds nothing wrong, in English and
in Japanese (whose page font is not the card's). Screenshots of the card, on
screen and as printed, go to artifacts/screenshots/.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import ARTIFACTS, AXE_TAGS, describe_violations
from tests.browser.pages import VILLAGE

pytestmark = pytest.mark.browser

CARD_STYLE = """() => {
    const card = document.querySelector("article.driver-card");
    const name = card.querySelector("h1");
    const style = getComputedStyle(name);
    const box = card.getBoundingClientRect();
    return {
        lang: card.lang,
        nameSize: parseFloat(style.fontSize),
        nameColor: style.color,
        cardBackground: getComputedStyle(card).backgroundColor,
        cardLeft: box.left,
        cardRight: box.right,
        pageWidth: document.documentElement.scrollWidth,
    };
}"""


@pytest.mark.parametrize("language", ["en", "ja", "vi"])
def test_driver_card_is_one_tap_away_and_readable_on_a_phone(phone_context, language):
    page = phone_context.new_page()
    try:
        page.goto(f"/{language}/{VILLAGE}")
        page.locator("a.driver-link__button").click()
        page.wait_for_url(f"**/{language}/driver/village/*/")
        page.evaluate("document.fonts.ready")
        card = page.evaluate(CARD_STYLE)
        assert card["lang"] == "vi"
        assert card["nameSize"] >= 32, card
        assert (
            card["nameColor"] == "rgb(0, 0, 0)" and card["cardBackground"] == "rgb(255, 255, 255)"
        )
        assert card["pageWidth"] <= 390, f"the card page is wider than the phone: {card}"
        assert card["cardLeft"] >= 0 and card["cardRight"] <= 390, card
        assert page.locator("article.driver-card h1").inner_text() == "Bát Tràng"
        report = Axe().run(
            page,
            options={"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
        )
        violations = report.response["violations"]
        assert not violations, describe_violations(violations)
        folder = ARTIFACTS / "screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(folder / f"{language}-driver-card-390.png"))
        page.emulate_media(media="print")
        page.screenshot(path=str(folder / f"{language}-driver-card-390-print.png"), full_page=True)
        assert page.locator(".site-header").is_hidden()
        assert page.locator("article.driver-card").is_visible()
    finally:
        page.close()
