"""GeoJSON layers per language (opendata/services.py, opendata/views.py)."""

import datetime

from django.test import override_settings
from wagtail.models import PageViewRestriction

from core.cache import content_changed
from events.factories import EventPageFactory
from routes.factories import RoutePageFactory, RouteStopFactory
from villages.factories import VillagePageFactory

from .helpers import OpenDataTestCase


class VillageLayerTests(OpenDataTestCase):
    def test_villages_are_points_in_hanoi_with_their_properties(self):
        response = self.get("/en/open-data/villages.geojson")
        self.assertEqual(response["Access-Control-Allow-Origin"], "*")
        self.assertEqual(response["Content-Language"], "en")
        data = self.geojson("/en/open-data/villages.geojson")
        self.assertEqual(data["type"], "FeatureCollection")
        # Vạn Phúc is not translated into English: no fallback in a language's layer.
        (feature,) = data["features"]
        self.assertEqual(feature["geometry"]["type"], "Point")
        self.assert_in_hanoi(feature["geometry"]["coordinates"])
        properties = feature["properties"]
        self.assertEqual(properties["name"], "Bat Trang")
        self.assertEqual(properties["url"], "http://testserver/en/villages/bat-trang/")
        self.assertEqual(properties["crafts"], ["Ceramics"])
        self.assertEqual(properties["inLanguage"], "en")
        self.assertEqual(properties["id"], str(self.tree.bat_trang.translation_key))
        self.assertIn("weekly", properties["opening_hours"])

    def test_longitude_comes_first(self):
        data = self.geojson("/vi/open-data/villages.geojson")
        self.assertEqual(len(data["features"]), 2)
        for feature in data["features"]:
            longitude, latitude = feature["geometry"]["coordinates"]
            self.assertGreater(longitude, latitude)
            self.assert_in_hanoi([longitude, latitude])

    def test_drafts_private_pages_and_aliases_never_appear(self):
        VillagePageFactory(parent=self.tree.villages, title="Nháp SECRET", slug="d", live=False)
        private = VillagePageFactory(parent=self.tree.villages, title="Kín SECRET", slug="p")
        PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        content_changed()
        for language in ("vi", "en", "fr", "ja"):
            for layer in ("villages", "routes", "events"):
                with self.subTest(language=language, layer=layer):
                    body = self.get(f"/{language}/open-data/{layer}.geojson").content.decode()
                    self.assertNotIn("SECRET", body)
        # Italian pages are aliases of the Vietnamese ones: not a language of its own.
        for layer in ("villages", "routes", "events"):
            self.get(f"/it/open-data/{layer}.geojson", status=404)

    def test_query_count_is_flat(self):
        def add(start, count):
            for n in range(start, start + count):
                VillagePageFactory(parent=self.tree.villages, slug=f"v{n}")

        add(0, 3)
        few = self.build_queries("/vi/open-data/villages.geojson")
        add(3, 6)
        many = self.build_queries("/vi/open-data/villages.geojson")
        self.assertEqual(few, many)
        self.get("/vi/open-data/villages.geojson")
        with self.assertNumQueries(0):
            self.get("/vi/open-data/villages.geojson")


class RouteLayerTests(OpenDataTestCase):
    def test_a_route_is_its_stops_and_a_line_between_them(self):
        data = self.geojson("/en/open-data/routes.geojson")
        kinds = [feature["properties"]["kind"] for feature in data["features"]]
        self.assertEqual(kinds, ["stop", "stop", "line"])
        line = data["features"][-1]
        self.assertEqual(line["geometry"]["type"], "LineString")
        self.assertEqual(len(line["geometry"]["coordinates"]), 2)
        for position in line["geometry"]["coordinates"]:
            self.assert_in_hanoi(position)
        properties = line["properties"]
        self.assertEqual(properties["name"], "West Lake morning")
        self.assertEqual(properties["url"], "http://testserver/en/routes/west-lake/")
        self.assertEqual(properties["crafts"], ["Ceramics"])
        self.assertEqual(properties["inLanguage"], "en")
        stop = data["features"][1]["properties"]
        self.assertEqual((stop["name"], stop["name_vi"]), ("Bat Trang", "Bát Tràng"))
        first = data["features"][0]["properties"]
        # A named place: its Vietnamese name from the Vietnamese route.
        self.assertEqual(first["name_vi"], "Hồ Hoàn Kiếm")

    def test_same_stops_as_the_routes_own_download(self):
        layer = self.geojson("/en/open-data/routes.geojson")
        own = self.geojson("/en/routes/west-lake/route.geojson")
        self.assertEqual(
            [f["geometry"] for f in layer["features"]], [f["geometry"] for f in own["features"]]
        )

    def test_query_count_is_flat(self):
        def add(start, count):
            for n in range(start, start + count):
                route = RoutePageFactory(parent=self.tree.routes, slug=f"r{n}")
                RouteStopFactory(page=route, place_name=f"Điểm {n}")
                RouteStopFactory(
                    page=route,
                    village=self.tree.bat_trang,
                    place_name="",
                    latitude=None,
                    longitude=None,
                )

        for language in ("vi", "en"):
            with self.subTest(language=language):
                add(0 if language == "vi" else 100, 2)
                few = self.build_queries(f"/{language}/open-data/routes.geojson")
                add(10 if language == "vi" else 110, 4)
                many = self.build_queries(f"/{language}/open-data/routes.geojson")
                self.assertEqual(few, many)


class EventLayerTests(OpenDataTestCase):
    def test_events_sit_at_their_venue_or_village(self):
        data = self.geojson("/vi/open-data/events.geojson")
        names = {feature["properties"]["name"] for feature in data["features"]}
        self.assertIn("Triển lãm OCOP Bát Tràng", names)
        for feature in data["features"]:
            self.assertEqual(feature["geometry"]["type"], "Point")
            self.assert_in_hanoi(feature["geometry"]["coordinates"])
            self.assertEqual(feature["properties"]["inLanguage"], "vi")
            self.assertTrue(feature["properties"]["url"].startswith("http://testserver/vi/"))

    def test_sample_events_are_left_out_when_samples_are_off(self):
        with override_settings(SHOW_SAMPLE_CONTENT=False):
            body = self.get("/vi/open-data/events.geojson").content.decode()
        self.assertNotIn("Chợ phiên gốm", body)
        self.assertIn("Triển lãm OCOP Bát Tràng", body)
        with override_settings(SHOW_SAMPLE_CONTENT=True):
            self.assertIn(
                "Chợ phiên gốm", self.get("/vi/open-data/events.geojson").content.decode()
            )

    def test_query_count_is_flat(self):
        soon = datetime.date.today() + datetime.timedelta(days=3)

        def add(start, count):
            for n in range(start, start + count):
                EventPageFactory(
                    parent=self.tree.events["index"],
                    slug=f"e{n}",
                    start_date=soon,
                    end_date=soon,
                    villages=[self.tree.bat_trang],
                )

        add(0, 3)
        few = self.build_queries("/vi/open-data/events.geojson")
        add(3, 6)
        many = self.build_queries("/vi/open-data/events.geojson")
        self.assertEqual(few, many)


class GeoJsonBadInputTests(OpenDataTestCase):
    def test_bad_paths_are_404_not_500(self):
        for path in (
            "/vi/open-data/shops.geojson",
            "/vi/open-data/villages.json",
            "/vi/open-data/villages.geojson/",
            "/vi/villages/open-data/villages.geojson",
            "/xx/open-data/villages.geojson",
            "/en/open-data/..%2Fvillages.geojson",
        ):
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 404, path)

    def test_only_reads(self):
        response = self.client.post("/vi/open-data/villages.geojson")
        self.assertEqual(response.status_code, 405)
