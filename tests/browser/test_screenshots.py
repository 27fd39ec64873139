"""Full-page screenshots of every page type in vi, en and ja, on a phone and a desktop.

Saved as ``artifacts/screenshots/<lang>-<pagetype>-<width>.png`` for a person
to look at (CI keeps them as artefacts). While there, each page is checked for
what a screenshot would show as broken: a page wider than the phone's screen,
an image that did not load, text drawn in a fallback font.
"""

import pytest

from tests.browser.conftest import ARTIFACTS, DESKTOP, PHONE, settle
from tests.browser.pages import MATRIX, ROUTE, VILLAGE

pytestmark = pytest.mark.browser

SCREENSHOTS = ARTIFACTS / "screenshots"
LANGUAGES = ("vi", "en", "ja")
SHOTS = [(page_type, language) for page_type, language in MATRIX if language in LANGUAGES]
FACE_LOADED = """(family) => [...document.fonts].some(
    (face) => face.family.replace(/"/g, "") === family && face.status === "loaded"
)"""
PREFERRED = {"village": VILLAGE, "route": ROUTE, "404": "no-such-page/"}


def path_for(site, page_type, language):
    if page_type in PREFERRED:
        return f"/{language}/{PREFERRED[page_type]}"
    return site.first(page_type, language)


@pytest.fixture(scope="module")
def shooters(phone_context, desktop_context):
    pages = {PHONE["width"]: phone_context.new_page(), DESKTOP["width"]: desktop_context.new_page()}
    yield pages
    for page in pages.values():
        page.close()


@pytest.mark.parametrize(("page_type", "language"), SHOTS)
def test_screenshot_every_page_type_on_phone_and_desktop(site, shooters, page_type, language):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = path_for(site, page_type, language)
    for width, page in shooters.items():
        response = page.goto(path)
        assert response.status == (404 if page_type == "404" else 200), path
        broken = settle(page)
        target = SCREENSHOTS / f"{language}-{page_type}-{width}.png"
        page.screenshot(path=target, full_page=True, animations="disabled")
        assert target.stat().st_size > 10_000, f"{target.name} looks empty"
        assert not broken, f"{path} at {width} px: images did not load: {broken}"
        overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
        assert overflow <= 0, f"{path} at {width} px is {overflow} px wider than the screen"
        # The vendored faces are used (Japanese uses the system's CJK fonts).
        if language != "ja":
            assert page.evaluate(FACE_LOADED, "Be Vietnam Pro"), f"{path}: no Be Vietnam Pro"
