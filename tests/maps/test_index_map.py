"""The village index map follows the filters in the URL, with no query per village."""

import json
from decimal import Decimal

from django.test import TestCase, override_settings

from tests.utils import count_queries, soup, translate_page
from villages.factories import VillagePageFactory

from .fixtures import build_site


def map_points(response):
    return json.loads(soup(response).select_one("#village-map-data").string)


def listed_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".card-grid .card__title a")]


@override_settings(PAGE_CACHE_ENABLED=False)
class IndexMapTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()

    def test_map_shows_every_village_of_the_list(self):
        response = self.client.get("/en/villages/")
        points = map_points(response)
        self.assertEqual(sorted(p["name"] for p in points), sorted(listed_titles(response)))
        bat_trang = next(p for p in points if p["vi"] == "Bát Tràng")
        self.assertEqual(bat_trang["url"], "/en/villages/bat-trang/")
        self.assertEqual((bat_trang["lat"], bat_trang["lng"]), (20.975, 105.912))

    def test_map_follows_the_craft_filter(self):
        response = self.client.get("/vi/villages/?craft=silk")
        self.assertEqual([p["vi"] for p in map_points(response)], ["Vạn Phúc"])
        svg_labels = [
            t.get_text() for t in soup(response).select("figure.svg-map .svg-map__marker text")
        ]
        self.assertEqual(svg_labels, ["Vạn Phúc"])

    def test_map_follows_the_experience_filter(self):
        response = self.client.get("/ja/villages/?experience=museum")
        self.assertEqual([p["vi"] for p in map_points(response)], ["Bát Tràng"])

    def test_no_match_draws_no_map(self):
        response = self.client.get("/vi/villages/?craft=silk&experience=museum")
        self.assertEqual(response.status_code, 200)
        self.assertIsNone(soup(response).select_one("[data-village-map]"))

    def test_map_has_a_skip_link_to_a_text_alternative(self):
        page = soup(self.client.get("/en/villages/"))
        block = page.select_one("[data-village-map]")
        skip = block.select_one("a.skip-map")
        target = page.select_one(skip["href"])
        self.assertEqual(target["tabindex"], "-1")
        self.assertIn("3 villages", target.get_text())
        self.assertTrue(block.select_one(".village-map__leaflet").has_attr("hidden"))

    def test_index_map_queries_do_not_grow_with_villages(self):
        first = count_queries(self.client, "/en/villages/")
        for number in range(4):
            village = VillagePageFactory(
                parent=self.site["index"],
                latitude=Decimal("21.000000") + Decimal(number) / 100,
                longitude=Decimal("105.800000"),
            )
            translate_page(village, "en")
        response = self.client.get("/en/villages/")
        self.assertEqual(len(map_points(response)), 7)
        self.assertEqual(count_queries(self.client, "/en/villages/"), first)


@override_settings(PAGE_CACHE_ENABLED=False)
class PageMapQueryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()

    def test_village_page_neighbour_map_queries_do_not_grow_with_villages(self):
        first = count_queries(self.client, "/vi/villages/bat-trang/")
        for number in range(4):
            VillagePageFactory(
                parent=self.site["index"],
                latitude=Decimal("20.900000") + Decimal(number) / 100,
                longitude=Decimal("105.900000"),
            )
        self.assertEqual(count_queries(self.client, "/vi/villages/bat-trang/"), first)
