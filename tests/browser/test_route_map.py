"""The route map draws a marker per stop; without JavaScript the list says it all.

The map is progressive enhancement (static_src/js/route-map.js): the map block
ships ``hidden`` and is shown once Leaflet has drawn it; the ordered list of
stops beside it is complete on its own.
"""

import json

import pytest

from tests.browser.pages import LANGUAGES, ROUTE

pytestmark = pytest.mark.browser


def map_points(page):
    """The stops the map draws, from the page's ``json_script`` data (no JavaScript needed)."""
    return json.loads(page.locator("#route-map-data").text_content())


@pytest.mark.parametrize("language", ["vi", "en", "ja"])
def test_route_map_shows_a_numbered_marker_for_every_stop(desktop_page, language):
    desktop_page.goto(f"/{language}/{ROUTE}")
    points = map_points(desktop_page)
    assert len(points) >= 2
    markers = desktop_page.locator(".leaflet-marker-icon")
    markers.nth(len(points) - 1).wait_for(state="visible")
    assert markers.count() == len(points)
    assert [markers.nth(i).inner_text() for i in range(len(points))] == [
        str(point["n"]) for point in points
    ]
    assert desktop_page.locator(".map-block").is_visible()
    assert desktop_page.locator(".leaflet-tile-loaded").count() > 0, "no tile was drawn"
    assert desktop_page.locator("path.leaflet-interactive").count() == 1, "no line joins the stops"


@pytest.fixture(scope="module")
def no_js_page(new_context):
    context = new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    yield page
    page.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_javascript_the_ordered_list_has_every_stop(no_js_page, language):
    no_js_page.goto(f"/{language}/{ROUTE}")
    points = map_points(no_js_page)
    assert no_js_page.locator(".map-block").is_hidden()
    assert no_js_page.locator(".leaflet-container").count() == 0
    stops = no_js_page.locator("ol.stops > li")
    assert stops.count() == len(points)
    names = [stops.nth(i).locator(".stop__name").inner_text() for i in range(len(points))]
    for number, (point, name) in enumerate(zip(points, names, strict=True), start=1):
        assert point["n"] == number
        assert point["name"] in name, f"stop {number}: map {point['name']!r}, list {name!r}"
        assert stops.nth(number - 1).is_visible()
