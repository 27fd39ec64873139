"""The village index runs a fixed number of queries, however many villages it lists."""

from decimal import Decimal

from django.test import TestCase, override_settings

from core.factories import ImageFactory, MenuItemFactory, NavigationMenuFactory
from tests.utils import assert_constant_queries, create_vi_home, translate_page
from villages.factories import (
    AttractionFactory,
    CraftFactory,
    VillageIndexPageFactory,
    VillagePageFactory,
)

# Pinned from a real run; a change means the index's queries changed. One
# page of villages is read by key in one query (the map's cached entries hold
# every match, in order), their crafts in one, their hero renditions in one.
# Routing is Wagtail's own, uncached: the site, the language's root and the page (4
# queries, 5 in English: Wagtail looks up the English root), then the page's own.
EXPECTED_QUERIES = {"vi": 8, "en": 9}
# Filters add conditions to the same queries, not queries: the best version of
# each village is chosen inside the villages' query (core.listing.with_fallbacks).
FILTERED = "?craft={craft}&experience=workshop&access=step-free&distance=25"
EXPECTED_FILTERED_QUERIES = {"vi": 8, "en": 9}


# Counted without the anonymous page cache, which would answer with none.
@override_settings(PAGE_CACHE_ENABLED=False)
class VillageIndexQueryCountTests(TestCase):
    batch = 3

    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.index = VillageIndexPageFactory(parent=cls.home)
        translate_page(cls.home, "en")
        translate_page(cls.index, "en")
        cls.crafts = [CraftFactory(), CraftFactory()]
        for craft in cls.crafts:
            translate_page(craft, "en")
        menu = NavigationMenuFactory()
        MenuItemFactory(menu=menu, page=cls.index)
        translate_page(menu, "en")

    def add_villages(self):
        """A batch of villages translated into English, and as many in Vietnamese only."""
        for _ in range(self.batch):
            village = VillagePageFactory(
                parent=self.index,
                crafts=self.crafts,
                hero_image=ImageFactory(),
                distance_km=Decimal("12"),
                step_free="yes",
            )
            AttractionFactory(page=village, kind="workshop")
            translate_page(village, "en")
            VillagePageFactory(parent=self.index, crafts=self.crafts[:1], hero_image=ImageFactory())

    def test_vietnamese_village_index_query_count_does_not_grow(self):
        assert_constant_queries(self, "/vi/villages/", self.add_villages, EXPECTED_QUERIES["vi"])

    def test_english_village_index_query_count_does_not_grow(self):
        assert_constant_queries(self, "/en/villages/", self.add_villages, EXPECTED_QUERIES["en"])

    def test_filtered_index_query_count_does_not_grow(self):
        for language in ("vi", "en"):
            with self.subTest(language=language):
                path = f"/{language}/villages/" + FILTERED.format(craft=self.crafts[0].slug)
                assert_constant_queries(
                    self, path, self.add_villages, EXPECTED_FILTERED_QUERIES[language]
                )

    def test_map_villages_come_from_the_same_queries(self):
        self.add_villages()
        self.add_villages()
        path = "/vi/villages/" + FILTERED.format(craft=self.crafts[0].slug)
        self.client.get(path)
        with self.assertNumQueries(EXPECTED_FILTERED_QUERIES["vi"]):
            response = self.client.get(path)
        self.assertEqual(len(response.context["map_villages"]), 2 * self.batch)
