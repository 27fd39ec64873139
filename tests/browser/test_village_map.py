"""The village index map: one marker per listed village, and the SVG map when Leaflet cannot be.

The server draws an SVG map on every map page (core/svgmap.py); Leaflet
(static_src/js/village-map.js) replaces it on screen only once a tile has
loaded. Without JavaScript, with the tile server unreachable, and on paper,
the SVG map and the list carry the page.
"""

import json
from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import PHONE, TILE_HOST
from tests.browser.pages import ROUTE, VILLAGE

pytestmark = pytest.mark.browser

INDEX = "villages/"


def map_points(page):
    return json.loads(page.locator("#village-map-data").text_content())


@pytest.mark.parametrize("language", ["vi", "en", "ja"])
def test_index_map_has_a_marker_for_every_village_in_the_list(desktop_page, language):
    desktop_page.goto(f"/{language}/{INDEX}")
    cards = desktop_page.locator(".card-grid .card")
    points = map_points(desktop_page)
    assert len(points) == cards.count() > 1
    desktop_page.locator(".village-map.is-live").wait_for(state="attached", timeout=10_000)
    markers = desktop_page.locator(".village-map .leaflet-marker-icon")
    assert markers.count() == cards.count()
    assert desktop_page.locator(".village-map__leaflet").is_visible()
    # A marker opens a popup whose link leads to the village.
    markers.first.click()
    link = desktop_page.locator(".leaflet-popup a.village-popup__name")
    link.wait_for(state="visible")
    assert link.get_attribute("href") in {point["url"] for point in points}


def test_index_map_follows_the_filters_in_the_url(desktop_page):
    desktop_page.goto(f"/en/{INDEX}?experience=museum")
    cards = desktop_page.locator(".card-grid .card")
    desktop_page.locator(".village-map.is-live").wait_for(state="attached", timeout=10_000)
    assert desktop_page.locator(".village-map .leaflet-marker-icon").count() == cards.count()
    assert len(map_points(desktop_page)) == cards.count()


@pytest.fixture(scope="module")
def tiles_blocked_page(new_context):
    context = new_context(viewport=PHONE)
    # Registered last, so it answers before the conftest's blank tiles.
    context.route(
        lambda url: urlsplit(url).hostname == TILE_HOST, lambda route: route.abort("failed")
    )
    page = context.new_page()
    yield page
    page.close()


@pytest.mark.parametrize("path", [INDEX, ROUTE, VILLAGE])
def test_without_tiles_the_svg_map_stays(tiles_blocked_page, path):
    page = tiles_blocked_page
    page.goto(f"/en/{path}")
    page.wait_for_load_state("networkidle")
    svg = page.locator("figure.svg-map svg")
    assert svg.is_visible()
    assert page.locator("figure.svg-map.is-replaced").count() == 0
    if path == INDEX:
        assert page.locator(".village-map.is-live").count() == 0
        assert not page.locator(".village-map__leaflet").is_visible()
    else:
        # The Leaflet map of a route or village steps aside: no grey box of pins.
        assert page.locator(".map-block[data-map]").is_hidden()


@pytest.fixture(scope="module")
def no_js_page(new_context):
    context = new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    yield page
    page.close()


@pytest.mark.parametrize("language", ["vi", "en", "fr", "ja"])
def test_without_javascript_the_svg_map_and_the_list_show(no_js_page, language):
    no_js_page.goto(f"/{language}/{INDEX}")
    assert no_js_page.locator("figure.svg-map svg").is_visible()
    assert no_js_page.locator(".village-map__leaflet").is_hidden()
    cards = no_js_page.locator(".card-grid .card")
    assert cards.count() == len(map_points(no_js_page))
    assert cards.first.is_visible()
    dots = no_js_page.locator("figure.svg-map .svg-map__marker")
    assert dots.count() == cards.count()
    for path in (ROUTE, VILLAGE):
        no_js_page.goto(f"/{language}/{path}")
        assert no_js_page.locator("figure.svg-map svg").is_visible()


def test_map_can_be_skipped_by_keyboard(desktop_page):
    desktop_page.goto(f"/en/{INDEX}")
    desktop_page.locator(".village-map.is-live").wait_for(state="attached", timeout=10_000)
    # Tab from the filters' button: the skip link comes before any map control.
    desktop_page.locator(".filters button[type=submit]").focus()
    desktop_page.keyboard.press("Tab")
    skip = desktop_page.locator(".village-map a.skip-map")
    assert desktop_page.evaluate("document.activeElement.classList.contains('skip-map')")
    assert skip.is_visible()
    desktop_page.keyboard.press("Enter")
    assert desktop_page.evaluate("document.activeElement.id") == "village-map-end"
    desktop_page.keyboard.press("Tab")
    focused_in_map = desktop_page.evaluate(
        "!!document.activeElement.closest('.village-map__frame')"
    )
    assert not focused_in_map


@pytest.mark.parametrize("path", [INDEX, ROUTE, VILLAGE])
def test_print_shows_the_svg_map_and_hides_leaflet(desktop_page, path):
    desktop_page.goto(f"/en/{path}")
    desktop_page.locator(".leaflet-tile-loaded").first.wait_for(state="attached", timeout=10_000)
    desktop_page.emulate_media(media="print")
    try:
        assert desktop_page.locator("figure.svg-map svg").is_visible()
        assert desktop_page.locator(".leaflet-container").first.is_hidden()
    finally:
        desktop_page.emulate_media(media="screen")
