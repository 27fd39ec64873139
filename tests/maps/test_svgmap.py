"""The server-drawn SVG map: geometry (core/svgmap.py) and the maps the pages render."""

import math
import random
import re
import xml.etree.ElementTree as ET
from unittest import mock

from django.test import SimpleTestCase, TestCase, override_settings

from core import svgmap
from tests.utils import count_queries, soup

from .fixtures import build_site

SVG = "{http://www.w3.org/2000/svg}"
XML_LANG = "lang"


class ProjectionTests(SimpleTestCase):
    def test_north_is_up_and_east_is_right(self):
        projection = svgmap.fit_projection([(21.0, 105.8), (20.9, 105.9)])
        north_x, north_y = projection.project(21.0, 105.8)
        south_x, south_y = projection.project(20.9, 105.8)
        east_x, east_y = projection.project(21.0, 105.9)
        self.assertLess(north_y, south_y)
        self.assertEqual(north_x, south_x)
        self.assertGreater(east_x, north_x)
        self.assertEqual(east_y, north_y)

    def test_a_kilometre_is_as_long_across_as_up(self):
        # cos(latitude) correction: 0.1° of longitude at 21° N is 0.0934° of latitude.
        projection = svgmap.fit_projection([(21.0, 105.8), (20.8, 106.0)])
        x0, y0 = projection.project(20.9, 105.9)
        x1, _ = projection.project(20.9, 106.0)
        _, y1 = projection.project(20.8, 105.9)
        across_km = (x1 - x0) / projection.units_per_km
        up_km = (y1 - y0) / projection.units_per_km
        self.assertAlmostEqual(
            across_km, 0.1 * svgmap.KM_PER_DEGREE * math.cos(math.radians(20.9)), delta=0.1
        )
        self.assertAlmostEqual(up_km, 0.1 * svgmap.KM_PER_DEGREE, delta=0.1)

    def test_every_point_fits_inside_the_drawing(self):
        points = [(21.17, 105.48), (20.70, 105.99), (21.0288, 105.8522)]
        projection = svgmap.fit_projection(points)
        for lat, lng in points:
            x, y = projection.project(lat, lng)
            self.assertTrue(0 <= x <= projection.width and 0 <= y <= projection.height, (x, y))

    def test_a_single_village_still_shows_a_few_kilometres(self):
        drawn = svgmap.build_map(points=[svgmap.Point(20.975, 105.912, "Bát Tràng")])
        self.assertIsNotNone(drawn)
        self.assertGreater(drawn.scale_km, 0)

    def test_nothing_to_draw_gives_no_map(self):
        self.assertIsNone(svgmap.build_map(points=[], routes=[]))

    def test_route_stops_at_the_same_place_share_one_numbered_marker(self):
        stops = [
            svgmap.Stop(21.0288, 105.8522, 1, "Hồ Hoàn Kiếm"),
            svgmap.Stop(20.975, 105.912, 2, "Bát Tràng"),
            svgmap.Stop(21.0288, 105.8522, 3, "Hồ Hoàn Kiếm"),
        ]
        drawn = svgmap.build_map(routes=[stops])
        self.assertEqual([marker.numbers for marker in drawn.markers], ["1, 3", "2"])
        self.assertEqual(len(drawn.lines[0].points.split()), 3)
        # The first stop is the Old Quarter: its own square is not drawn twice.
        self.assertIsNone(drawn.old_quarter)

    def test_scale_bar_is_a_round_number_of_kilometres(self):
        drawn = svgmap.build_map(
            points=[
                svgmap.Point(20.74, 105.90, "Chuyên Mỹ"),
                svgmap.Point(21.065, 105.822, "Quảng An"),
            ]
        )
        self.assertIn(drawn.scale_km, svgmap.SCALE_STEPS_KM)
        projection = svgmap.fit_projection([(20.74, 105.90), (21.065, 105.822), svgmap.OLD_QUARTER])
        self.assertAlmostEqual(
            drawn.scale_length, drawn.scale_km * projection.units_per_km, delta=0.1
        )
        self.assertLess(drawn.scale_length, drawn.width / 2)


# Ten villages, four of them within a few hundred metres of Bát Tràng, so labels compete.
CROWDED = [
    (20.975, 105.912, "Bát Tràng"),
    (21.02, 105.94, "Kim Lan"),
    (20.97, 105.77, "Vạn Phúc"),
    (20.976, 105.913, "Giang Cao"),
    (21.05, 105.80, "Quảng Bá"),
    (20.98, 105.91, "Bát Tràng (2)"),
    (20.90, 105.85, "Chuông"),
    (21.10, 105.70, "Đường Lâm"),
    (20.974, 105.911, "Làng gốm"),
    (21.00, 105.85, "Hoàn Kiếm"),
]


def placed(points):
    drawn = svgmap.build_map(
        points=[svgmap.Point(lat, lng, label) for lat, lng, label in points],
        old_quarter_label="Phố cổ",
        river_label="Sông Hồng",
    )
    return [
        *((m.label.x, m.label.y, m.label.anchor) for m in drawn.markers),
        (drawn.old_quarter.label.x, drawn.old_quarter.label.y, drawn.old_quarter.label.anchor),
        (drawn.river_label.x, drawn.river_label.y, drawn.river_label.anchor),
    ]


def overlaps_any_box(placer, box):
    """The label placer's test without its grid: ``box`` against every box placed."""
    return any(
        box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3]
        for other in placer.boxes
    )


class LabelPlacerTests(SimpleTestCase):
    def test_labels_of_a_crowded_map_keep_their_places(self):
        # Pinned from the placer that checked every box (before the grid).
        self.assertEqual(
            placed(CROWDED),
            [
                (328.0, 229.7, "end"),
                (370.0, 157.4, "end"),
                (135.0, 237.8, "start"),
                (339.5, 247.2, "middle"),
                (180.0, 109.2, "start"),
                (335.0, 203.8, "middle"),
                (255.0, 350.2, "start"),
                (30.0, 28.9, "start"),
                (326.5, 231.3, "end"),
                (255.0, 189.6, "start"),
                (257.3, 143.3, "start"),
                (208.0, 53.0, "start"),
            ],
        )

    def test_grid_places_800_labels_as_checking_every_box_would(self):
        # 100 × the demo's villages: ten copies at each of 80 places, as bench-scale makes them.
        rnd = random.Random(14)  # noqa: S311 - fixed points for a test, not a secret
        places = [(20.9 + rnd.random() * 0.3, 105.7 + rnd.random() * 0.3) for _ in range(80)]
        points = [
            (lat, lng, f"Village {index} ({copy})")
            for copy in range(1, 11)
            for index, (lat, lng) in enumerate(places)
        ]
        with_grid = placed(points)
        with mock.patch.object(svgmap._Placer, "_overlaps", overlaps_any_box):
            self.assertEqual(with_grid, placed(points))

    def test_a_label_is_checked_only_against_boxes_near_it(self):
        placer = svgmap._Placer(400, 400)
        for x in range(10, 390, 20):
            placer.reserve(x, 390, 5)
        placer.reserve(200, 200, 5)
        near = [
            box
            for cell in placer._cells_of((190, 190, 210, 210))
            for box in placer._cells.get(cell, ())
        ]
        self.assertEqual(near, [(195, 195, 205, 205)])
        self.assertTrue(placer._overlaps((190, 190, 210, 210)))
        self.assertFalse(placer._overlaps((10, 10, 30, 30)))


def parse_svg(response):
    """The page's SVG map, as sent, parsed as XML (it must be well-formed on its own)."""
    html = response.content.decode()
    match = re.search(r'<figure class="svg-map[^"]*" data-svg-map>\s*(<svg .*?</svg>)', html, re.S)
    assert match, "no SVG map on the page"
    return ET.fromstring(match.group(1))  # noqa: S314 - our own page's markup


def view_box(svg):
    _x, _y, width, height = (float(part) for part in svg.get("viewBox").split())
    return width, height


def labels(svg):
    return {
        "".join(text.itertext()): text
        for text in svg.iter(f"{SVG}text")
        if "svg-map__label" in (text.get("class") or "")
    }


@override_settings(PAGE_CACHE_ENABLED=False)
class RenderedMapTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()

    def assert_inside(self, svg):
        width, height = view_box(svg)
        for circle in svg.iter(f"{SVG}circle"):
            x, y = float(circle.get("cx")), float(circle.get("cy"))
            self.assertTrue(0 <= x <= width and 0 <= y <= height, (x, y))
        for text in svg.iter(f"{SVG}text"):
            self.assertTrue(0 <= float(text.get("x")) <= width, text.get("x"))
            self.assertTrue(0 <= float(text.get("y")) <= height, text.get("y"))

    def test_index_map_is_valid_svg_with_every_village_inside_the_view(self):
        svg = parse_svg(self.client.get("/vi/villages/"))
        self.assertEqual(svg.get("role"), "img")
        self.assertEqual(len(list(svg.iter(f"{SVG}circle"))), 3)
        self.assert_inside(svg)
        self.assertEqual(
            set(labels(svg)) - {"Phố cổ", "Old Quarter"}, {"Bát Tràng", "Kim Lan", "Vạn Phúc"}
        )

    def test_map_is_named_and_described_by_its_title_and_desc(self):
        svg = parse_svg(self.client.get("/en/villages/"))
        title_id, desc_id = svg.get("aria-labelledby").split()
        title = svg.find(f"{SVG}title")
        desc = svg.find(f"{SVG}desc")
        self.assertEqual((title.get("id"), desc.get("id")), (title_id, desc_id))
        self.assertEqual(title.text, "Map of the villages in the list")
        for name in ("Bát Tràng", "Kim Lan", "Vạn Phúc"):
            self.assertIn(name, desc.text)

    def test_projection_keeps_latitude_and_longitude_apart(self):
        svg = parse_svg(self.client.get("/vi/villages/"))
        dots = {}
        for group in svg.iter(f"{SVG}g"):
            circle = group.find(f"{SVG}circle")
            text = group.find(f"{SVG}text")
            if circle is not None and text is not None:
                dots[text.text] = (float(circle.get("cx")), float(circle.get("cy")))
        # Vạn Phúc is west of Bát Tràng; Kim Lan is south of Bát Tràng.
        self.assertLess(dots["Vạn Phúc"][0], dots["Bát Tràng"][0])
        self.assertGreater(dots["Kim Lan"][1], dots["Bát Tràng"][1])

    def test_vietnamese_names_are_marked_in_other_languages_only(self):
        vi = labels(parse_svg(self.client.get("/vi/villages/")))
        self.assertIsNone(vi["Bát Tràng"].get(XML_LANG))
        for language in ("en", "ja"):
            with self.subTest(language=language):
                found = labels(parse_svg(self.client.get(f"/{language}/villages/")))
                self.assertEqual(found["Bát Tràng"].get(XML_LANG), "vi")
                self.assertEqual(found["Vạn Phúc"].get(XML_LANG), "vi")

    def test_route_map_joins_the_stops_in_order_and_numbers_them(self):
        route = self.site["route"]
        response = self.client.get(route.url.replace("/vi/", "/en/"))
        svg = parse_svg(response)
        self.assert_inside(svg)
        (line,) = [
            line
            for line in svg.iter(f"{SVG}polyline")
            if "svg-map__route" in line.get("class").split()
        ]
        points = [tuple(map(float, pair.split(","))) for pair in line.get("points").split()]
        self.assertEqual(len(points), 4)
        self.assertEqual(points[0], points[-1], "the route comes back to Hoàn Kiếm Lake")
        numbers = [t.text for t in svg.iter(f"{SVG}text") if t.get("class") == "svg-map__number"]
        self.assertEqual(numbers, ["1, 4", "2", "3"])
        # Stop 2 (Bát Tràng) is north of stop 3 (Kim Lan), as their latitudes say.
        self.assertLess(points[1][1], points[2][1])

    def test_village_page_map_shows_the_village_and_its_neighbours(self):
        svg = parse_svg(self.client.get("/ja/villages/bat-trang/"))
        self.assert_inside(svg)
        found = labels(svg)
        self.assertIn("Kim Lan", found)
        self.assertIn("Vạn Phúc", found)
        current = svg.find(f".//{SVG}g[@class='svg-map__marker svg-map__marker--current']")
        self.assertEqual(current.find(f"{SVG}text").text, "Bát Tràng")
        self.assertEqual(current.find(f"{SVG}text").get(XML_LANG), "vi")

    def test_svg_maps_use_no_style_attributes(self):
        for path in ("/vi/villages/", "/en/villages/bat-trang/", self.site["route"].url):
            with self.subTest(path=path):
                figure = soup(self.client.get(path)).select_one("figure.svg-map")
                self.assertEqual(figure.select("[style]"), [])
                self.assertEqual(figure.select("style"), [])

    def test_north_arrow_and_scale_bar_are_drawn_in_the_page_language(self):
        svg = parse_svg(self.client.get("/en/villages/"))
        north = svg.find(f".//{SVG}g[@class='svg-map__north']/{SVG}text")
        scale = svg.find(f".//{SVG}g[@class='svg-map__scale']/{SVG}text")
        self.assertEqual(north.text, "N")
        self.assertRegex(scale.text, r"^\d+(\.\d+)? km$")

    def test_route_index_map_draws_one_line_per_route_with_a_legend(self):
        from routes.factories import RoutePageFactory, RouteStopFactory

        index = self.site["route"].get_parent()
        second = RoutePageFactory(parent=index, title="Lụa Vạn Phúc", slug="silk")
        RouteStopFactory(page=second, place_name="Hồ Hoàn Kiếm")
        RouteStopFactory(
            page=second,
            village=self.site["van_phuc"],
            place_name="",
            latitude=None,
            longitude=None,
        )
        response = self.client.get("/vi/routes/")
        svg = parse_svg(response)
        self.assert_inside(svg)
        styles = [
            line.get("class").split()[1]
            for line in svg.iter(f"{SVG}polyline")
            if "svg-map__route" in line.get("class").split()
        ]
        self.assertEqual(styles, ["svg-map__route--1", "svg-map__route--2"])
        legend = [li.get_text(strip=True) for li in soup(response).select(".svg-map__legend li")]
        cards = [a.get_text(strip=True) for a in soup(response).select(".card__title a")]
        self.assertEqual(legend, cards)
        # One dot per place: Hoàn Kiếm Lake is shared by both routes.
        self.assertEqual(len(list(svg.iter(f"{SVG}circle"))), 4)


@override_settings(PAGE_CACHE_ENABLED=False)
class RouteIndexMapQueryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()

    def test_route_index_map_queries_do_not_grow_with_routes(self):
        from routes.factories import RoutePageFactory, RouteStopFactory

        index = self.site["route"].get_parent()
        first = count_queries(self.client, "/vi/routes/")
        for number in range(3):
            route = RoutePageFactory(parent=index)
            RouteStopFactory(page=route)
            RouteStopFactory(
                page=route,
                village=self.site["kim_lan" if number % 2 else "van_phuc"],
                place_name="",
                latitude=None,
                longitude=None,
            )
        self.assertEqual(count_queries(self.client, "/vi/routes/"), first)
