"""Route downloads: GPX 1.1 and GeoJSON, read back with gpxpy and geojson.

What the length checks compare, and why (docs/wayfinding.md): the files'
line joins the stops straight, because the site stores where stops are and
each leg's road distance, not the roads' shape. So the line's length is
compared with the straight-line distance between the stored coordinates,
and with the stored total only on a route whose stored legs *are* straight
distances; on a route with road distances (the usual case), the files must
carry the stored road total as it is, under its own name.
"""

import json
import math
from decimal import Decimal

import geojson
import gpxpy
from django.test import TestCase

from routes.factories import RoutePageFactory, RouteStopFactory
from tests.scenario import build_language_tree
from tests.utils import count_queries, soup

EARTH_RADIUS_KM = 6371.0
# Straight-line legs between three Hanoi places (stored as editors store them: 0.1 km).
PLACES = [
    ("Hồ Hoàn Kiếm", Decimal("21.028800"), Decimal("105.852200")),
    ("Chùa Trấn Quốc", Decimal("21.047900"), Decimal("105.836700")),
    ("Văn Miếu", Decimal("21.028200"), Decimal("105.835500")),
]


def haversine_km(a, b):
    """Great-circle distance, written here rather than taken from the code under test."""
    lat1, lng1, lat2, lng2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def path_km(points):
    return sum(haversine_km(a, b) for a, b in zip(points, points[1:], strict=False))


class RouteDownloadTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()
        cls.en_route = cls.tree.en["route"]

    def get(self, path):
        response = self.client.get(path)
        self.assertEqual(response.status_code, 200, path)
        return response

    def test_gpx_has_the_stops_in_order_with_vietnamese_names_and_lat_lon(self):
        gpx = gpxpy.parse(self.get("/en/routes/west-lake/route.gpx").content.decode())
        self.assertEqual(gpx.version, "1.1")
        self.assertEqual(gpx.name, "West Lake morning")
        self.assertEqual([w.name for w in gpx.waypoints], ["1. Hồ Hoàn Kiếm [en]", "2. Bat Trang"])
        self.assertEqual([w.description for w in gpx.waypoints], ["Hồ Hoàn Kiếm", "Bát Tràng"])
        self.assertEqual(
            gpx.waypoints[1].comment, "xã Bát Tràng, Hà Nội (trước đây: huyện Gia Lâm)"
        )
        self.assertEqual(
            [(w.latitude, w.longitude) for w in gpx.waypoints],
            [(21.0288, 105.8522), (20.975, 105.912)],
        )
        track = [(p.latitude, p.longitude) for p in gpx.tracks[0].segments[0].points]
        self.assertEqual(track, [(21.0288, 105.8522), (20.975, 105.912)])
        route = [(p.latitude, p.longitude, p.name) for p in gpx.routes[0].points]
        self.assertEqual(
            route, [(21.0288, 105.8522, "1. Hồ Hoàn Kiếm [en]"), (20.975, 105.912, "2. Bat Trang")]
        )

    def test_geojson_is_valid_and_in_longitude_latitude_order(self):
        data = geojson.loads(self.get("/en/routes/west-lake/route.geojson").content.decode())
        self.assertTrue(data.is_valid, data.errors())
        self.assertEqual(data["type"], "FeatureCollection")
        stops = [f for f in data["features"] if f["geometry"]["type"] == "Point"]
        lines = [f for f in data["features"] if f["geometry"]["type"] == "LineString"]
        self.assertEqual([s["properties"]["number"] for s in stops], [1, 2])
        self.assertEqual(
            [s["properties"]["name"] for s in stops], ["Hồ Hoàn Kiếm [en]", "Bat Trang"]
        )
        self.assertEqual([s["properties"]["name_vi"] for s in stops], ["Hồ Hoàn Kiếm", "Bát Tràng"])
        self.assertEqual(
            [s["geometry"]["coordinates"] for s in stops], [[105.8522, 21.0288], [105.912, 20.975]]
        )
        self.assertEqual(len(lines), 1)
        self.assertEqual(
            lines[0]["geometry"]["coordinates"], [[105.8522, 21.0288], [105.912, 20.975]]
        )
        # Hanoi is about 21 N, 105.8 E: a swapped pair would be about 105 N.
        for longitude, latitude in lines[0]["geometry"]["coordinates"]:
            self.assertTrue(-90 <= latitude <= 90 and 100 < longitude < 110)

    def test_line_length_is_the_straight_distance_and_the_road_total_is_carried_as_stored(self):
        # The scenario stores 14.0 km by road for a leg about 8.6 km as the crow flies.
        stored_km = self.en_route.totals.km
        self.assertEqual(stored_km, Decimal("14.0"))
        straight = path_km([(21.0288, 105.8522), (20.975, 105.912)])
        gpx = gpxpy.parse(self.get("/en/routes/west-lake/route.gpx").content.decode())
        track_km = gpx.tracks[0].length_2d() / 1000
        self.assertAlmostEqual(track_km, straight, delta=straight * 0.01)
        data = json.loads(self.get("/en/routes/west-lake/route.geojson").content)
        line = data["features"][-1]["properties"]
        self.assertEqual(line["road_km"], 14.0)
        self.assertAlmostEqual(line["straight_line_km"], straight, delta=straight * 0.01)
        self.assertIn("14.0", gpx.tracks[0].description)
        self.assertIn("8.6", gpx.tracks[0].description)

    def test_line_length_is_within_one_percent_of_a_stored_straight_line_total(self):
        route = RoutePageFactory(parent=self.tree.routes, title="Ba điểm", slug="three-places")
        points = [(float(lat), float(lng)) for _name, lat, lng in PLACES]
        for index, (name, lat, lng) in enumerate(PLACES):
            last = index == len(PLACES) - 1
            leg = (
                None if last else round(Decimal(haversine_km(points[index], points[index + 1])), 1)
            )
            RouteStopFactory(page=route, place_name=name, latitude=lat, longitude=lng, leg_km=leg)
        stored_km = float(route.totals.km)
        self.assertGreater(stored_km, 4)

        gpx = gpxpy.parse(self.get("/vi/routes/three-places/route.gpx").content.decode())
        self.assertAlmostEqual(gpx.tracks[0].length_2d() / 1000, stored_km, delta=stored_km / 100)
        self.assertEqual(
            [w.name for w in gpx.waypoints],
            [f"{i}. {n}" for i, (n, *_c) in enumerate(PLACES, start=1)],
        )

        data = geojson.loads(self.get("/vi/routes/three-places/route.geojson").content.decode())
        line = data["features"][-1]["geometry"]["coordinates"]
        line_km = path_km([(lat, lng) for lng, lat in line])
        self.assertAlmostEqual(line_km, stored_km, delta=stored_km / 100)

    def test_files_have_their_types_names_and_the_sites_security_headers(self):
        for extension, content_type in (
            ("gpx", "application/gpx+xml"),
            ("geojson", "application/geo+json"),
        ):
            with self.subTest(extension=extension):
                response = self.get(f"/en/routes/west-lake/route.{extension}")
                self.assertEqual(response["Content-Type"], content_type)
                self.assertEqual(
                    response["Content-Disposition"],
                    f'attachment; filename="west-lake-en.{extension}"',
                )
                self.assertEqual(response["Content-Language"], "en")
                self.assertEqual(response["X-Content-Type-Options"], "nosniff")
                self.assertIn("default-src 'none'", response["Content-Security-Policy"])
                self.assertEqual(response["Cross-Origin-Resource-Policy"], "same-origin")

    def test_route_pages_link_to_both_files(self):
        page = soup(self.get("/en/routes/west-lake/"))
        links = {a["href"] for a in page.select(".route-downloads a[href]")}
        self.assertEqual(
            links, {"/en/routes/west-lake/route.gpx", "/en/routes/west-lake/route.geojson"}
        )
        for link in links:
            self.get(link)

    def test_anything_but_a_live_route_is_a_translated_404(self):
        paths = [
            "/en/routes/route.gpx",  # the route index
            "/en/villages/bat-trang/route.gpx",
            "/en/routes/no-such-route/route.geojson",
            "/fr/routes/west-lake/route.gpx",  # not translated into French
        ]
        for path in paths:
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 404)
                self.assertIn('lang="' + path[1:3], response.content.decode())
        self.assertEqual(self.client.get("/en/routes/west-lake/route.kml").status_code, 404)
        self.en_route.unpublish()
        self.assertEqual(self.client.get("/en/routes/west-lake/route.gpx").status_code, 404)

    def test_queries_stay_flat_as_stops_grow(self):
        path = "/en/routes/west-lake/route.gpx"
        before = count_queries(self.client, path)
        for index in range(4):
            RouteStopFactory(
                page=self.en_route,
                place_name=f"Điểm {index}",
                latitude=Decimal("21.03"),
                longitude=Decimal("105.85"),
            )
        self.assertEqual(count_queries(self.client, path), before)
        # Wagtail's site lookup, the route by its path (core.routing), then the file's own.
        self.assertLessEqual(before, 5)
