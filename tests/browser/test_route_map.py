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


def places(points):
    """Stop numbers grouped by place, in route order, as the map groups them (4 decimals)."""
    grouped = {}
    for point in points:
        grouped.setdefault((round(point["lat"], 4), round(point["lng"], 4)), []).append(point["n"])
    return list(grouped.values())


@pytest.mark.parametrize("language", ["vi", "en", "ja"])
def test_route_map_shows_every_stop_number_on_a_marker(desktop_page, language):
    desktop_page.goto(f"/{language}/{ROUTE}")
    points = map_points(desktop_page)
    assert len(points) >= 2
    expected = places(points)
    markers = desktop_page.locator(".leaflet-marker-icon")
    markers.nth(len(expected) - 1).wait_for(state="visible")
    assert markers.count() == len(expected)
    assert [markers.nth(i).inner_text() for i in range(len(expected))] == [
        "·".join(str(number) for number in numbers) for numbers in expected
    ]
    assert desktop_page.locator(".map-block").is_visible()
    assert desktop_page.locator(".leaflet-tile-loaded").count() > 0, "no tile was drawn"
    assert desktop_page.locator("path.leaflet-interactive").count() == 1, "no line joins the stops"


def test_a_route_back_to_its_start_labels_the_shared_marker_with_both_numbers(desktop_page):
    # The West Lake morning starts and ends at Hoàn Kiếm Lake: the last marker
    # used to cover the first, so stop 1 could not be seen on the map.
    desktop_page.goto(f"/en/{ROUTE}")
    points = map_points(desktop_page)
    first, last = points[0], points[-1]
    assert (first["lat"], first["lng"]) == (last["lat"], last["lng"])
    label = f"{first['n']}·{last['n']}"
    shared = desktop_page.locator(".leaflet-marker-icon", has_text=label)
    shared.wait_for(state="visible")
    assert shared.count() == 1
    pill = shared.locator(".map-marker--shared")
    # The end of the route is marked as before, and the whole label fits in the pill.
    assert "map-marker--end" in pill.get_attribute("class")
    assert pill.evaluate("el => el.scrollWidth <= el.clientWidth")
    title = shared.get_attribute("title")
    assert title == f"{first['n']}. {first['name']}; {last['n']}. {last['name']}"
    # Every other stop keeps a marker of its own, and none sits on top of another.
    boxes = [
        desktop_page.locator(".leaflet-marker-icon").nth(i).bounding_box()
        for i in range(desktop_page.locator(".leaflet-marker-icon").count())
    ]
    centres = {(round(b["x"] + b["width"] / 2), round(b["y"] + b["height"] / 2)) for b in boxes}
    assert len(centres) == len(boxes)
    shared.click()
    popup = desktop_page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    assert popup.inner_text().splitlines() == [
        f"{first['n']}. {first['name']}",
        f"{last['n']}. {last['name']}",
    ]


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
