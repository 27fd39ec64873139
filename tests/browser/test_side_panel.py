"""The village page's side panel fits the screen, and map labels stay readable.

At 1280×800 the panel ("At a glance", contents, the small map) is sticky and
never taller than the window: what does not fit scrolls inside it. The
server-drawn SVG maps (shown without JavaScript) scale with their box, so
their labels are measured as painted: at least 12 px, on a 390 px phone and at
1280 px, on a village page, the village index and a route.
"""

import pytest

from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.pages import ROUTE, VILLAGE

pytestmark = pytest.mark.browser

SMALLEST_LABEL = """() => {
    const sizes = [...document.querySelectorAll(".svg-map text")]
        .filter((text) => text.getClientRects().length)
        .map((text) => parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a);
    return sizes.length ? Math.min(...sizes) : null;
}"""


@pytest.fixture(scope="module")
def no_script(new_context):
    contexts = {
        width: new_context(viewport=size, java_script_enabled=False)
        for width, size in ((390, PHONE), (1280, DESKTOP))
    }
    pages = {width: context.new_page() for width, context in contexts.items()}
    yield pages
    for page in pages.values():
        page.close()


@pytest.mark.parametrize("language", ["vi", "fr", "ja"])
def test_side_panel_is_never_taller_than_the_window(desktop_page, language):
    desktop_page.goto(f"/{language}/{VILLAGE}")
    panel = desktop_page.evaluate(
        """() => {
            const aside = document.querySelector(".layout__aside");
            const style = getComputedStyle(aside);
            return {height: aside.getBoundingClientRect().height, inner: innerHeight,
                    scroll: aside.scrollHeight, client: aside.clientHeight,
                    overflow: style.overflowY, position: style.position};
        }"""
    )
    assert panel["height"] <= panel["inner"], panel
    assert panel["position"] == "sticky"
    if panel["scroll"] > panel["client"]:
        assert panel["overflow"] == "auto", "what does not fit must scroll inside the panel"


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("path", [f"/vi/{VILLAGE}", "/fr/villages/", f"/ja/{ROUTE}", "/en/routes/"])
def test_map_labels_are_at_least_12_px_on_screen(no_script, width, path):
    page = no_script[width]
    page.goto(path)
    smallest = page.evaluate(SMALLEST_LABEL)
    assert smallest is not None, f"{path}: no SVG map drawn"
    assert smallest >= 12, f"{path} at {width} px: a map label is {smallest:.1f} px"
