"""The village index stays flat as villages grow: one page of cards, the maps from the cache.

The cards are one page read by key; the maps (Leaflet data, the SVG map and
its note) show every matching village and come from plain data and markup
kept per language, site, filters and content generation (docs/performance.md).
"""

import json
from unittest import mock

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from tests.utils import count_queries, create_vi_home, soup, translate_page
from villages.factories import CraftFactory, VillageIndexPageFactory, VillagePageFactory
from villages.models import VillageIndexPage

# A small page, so "many more villages than a page" stays quick to build.
PAGE_SIZE = 2
# The uncached page's budget (docs/performance.md).
BUDGET = 12


def map_names(response):
    """The villages of the Leaflet data, the SVG map's labels and the cards, each in order."""
    page = soup(response)
    points = json.loads(page.select_one("#village-map-data").string)
    return {
        "leaflet": [point["vi"] for point in points],
        "svg": [text.get_text() for text in page.select("figure.svg-map .svg-map__marker text")],
        "cards": [a.get_text(strip=True) for a in page.select(".card-grid .card__title a")],
        "note": page.select_one("#village-map-end").get_text(" ", strip=True),
    }


@override_settings(PAGE_CACHE_ENABLED=False)
@mock.patch.object(VillageIndexPage, "page_size", PAGE_SIZE)
class VillageIndexScaleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.index = VillageIndexPageFactory(parent=cls.home)
        translate_page(cls.home, "en")
        translate_page(cls.index, "en")
        cls.craft = CraftFactory(name="Gốm", slug="ceramics")
        translate_page(cls.craft, "en")

    def setUp(self):
        self.added = 0

    def add_villages(self, count):
        """``count`` villages with the craft; every other one translated into English."""
        for _ in range(count):
            number = self.added
            village = VillagePageFactory(
                parent=self.index, title=f"Làng {number:03}", crafts=[self.craft]
            )
            if number % 2 == 0:
                translate_page(village, "en")
            self.added += 1

    def test_many_more_villages_than_a_page_cost_the_same_queries_as_a_few(self):
        paths = [
            f"/{language}/villages/{query}"
            for language in ("vi", "en")
            for query in ("", "?craft=ceramics", "?page=2")
        ]
        self.add_villages(PAGE_SIZE + 1)
        few = {path: count_queries(self.client, path) for path in paths}
        self.add_villages(PAGE_SIZE * 5)
        for path in paths:
            with self.subTest(path=path):
                self.assertEqual(count_queries(self.client, path), few[path])
                self.assertLessEqual(few[path], BUDGET)

    def test_after_a_change_the_first_request_costs_the_same_however_many_villages(self):
        def cold_queries(path):
            # A new village replaces the content generation: every data cache is cold.
            VillagePageFactory(parent=self.index, crafts=[self.craft])
            with CaptureQueriesContext(connection) as queries:
                response = self.client.get(path)
            self.assertEqual(response.status_code, 200)
            return len(queries.captured_queries)

        for path in ("/vi/villages/", "/en/villages/?craft=ceramics"):
            with self.subTest(path=path):
                self.client.get(path)  # per-process caches (locales, site roots) warm
                few = cold_queries(path)
                self.add_villages(PAGE_SIZE * 4)
                self.assertEqual(cold_queries(path), few)

    def test_cards_are_one_page_and_the_maps_list_every_village(self):
        self.add_villages(PAGE_SIZE * 3 + 1)
        total = PAGE_SIZE * 3 + 1
        every = [f"Làng {number:03}" for number in range(total)]
        for page_number in (1, 4):
            with self.subTest(page=page_number):
                names = map_names(self.client.get(f"/vi/villages/?page={page_number}"))
                self.assertEqual(names["leaflet"], every)
                self.assertEqual(sorted(names["svg"]), every)
                self.assertIn(f" {total} ", names["note"])
                first = (page_number - 1) * PAGE_SIZE
                self.assertEqual(names["cards"], every[first : first + PAGE_SIZE])
        response = self.client.get("/vi/villages/")
        self.assertIn(str(total), soup(response).select_one("#results-title").get_text())
        self.assertEqual(len(response.context["map_villages"]), total)

    def test_english_map_shows_translations_and_untranslated_villages(self):
        self.add_villages(PAGE_SIZE * 2)
        response = self.client.get("/en/villages/")
        entries = response.context["map_villages"]
        self.assertEqual(len(entries), PAGE_SIZE * 2)
        urls = {entry["vietnamese_name"]: entry["url"] for entry in entries}
        self.assertTrue(urls["Làng 000"].startswith("/en/villages/"))
        self.assertTrue(urls["Làng 001"].startswith("/vi/villages/"))
        self.assertEqual({tuple(entry["crafts"]) for entry in entries}, {("Gốm [en]",)})

    def test_publishing_a_village_shows_it_on_the_next_uncached_page(self):
        self.add_villages(PAGE_SIZE + 1)
        before = map_names(self.client.get("/vi/villages/?craft=ceramics"))
        self.assertNotIn("Làng mới", before["leaflet"])
        draft = VillagePageFactory(
            parent=self.index, title="Làng mới", crafts=[self.craft], live=False
        )
        self.assertNotIn("Làng mới", map_names(self.client.get("/vi/villages/"))["leaflet"])
        draft.save_revision().publish()
        for query in ("", "?craft=ceramics"):
            with self.subTest(query=query):
                after = map_names(self.client.get(f"/vi/villages/{query}"))
                self.assertIn("Làng mới", after["leaflet"])
                self.assertIn("Làng mới", after["svg"])
                self.assertIn(f" {PAGE_SIZE + 2} ", after["note"])
        # The count follows too: the new last page exists.
        self.assertEqual(self.client.get("/vi/villages/?page=2").status_code, 200)

    def test_a_changed_title_reaches_the_cached_map(self):
        self.add_villages(1)
        village = self.index.get_children().specific().get()
        self.client.get("/vi/villages/")
        village.title = "Làng đổi tên"
        village.vietnamese_name = "Làng đổi tên"
        village.save_revision().publish()
        names = map_names(self.client.get("/vi/villages/"))
        self.assertEqual(names["leaflet"], ["Làng đổi tên"])
        self.assertEqual(names["svg"], ["Làng đổi tên"])

    def test_bad_input_is_a_clear_404_not_a_500(self):
        self.add_villages(PAGE_SIZE + 1)
        for query, message in (
            ("?page=abc", "There is no page “abc” in this list."),
            ("?page=99", "There is no page “99” in this list."),
            ("?craft=junk", "There is no craft called “junk”."),
        ):
            with self.subTest(query=query):
                response = self.client.get(f"/en/villages/{query}")
                self.assertEqual(response.status_code, 404)
                self.assertIn(message, response.content.decode())
