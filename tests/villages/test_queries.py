"""The village index runs a fixed number of queries, however many villages it lists."""

from django.test import TestCase, override_settings

from core.factories import ImageFactory, MenuItemFactory, NavigationMenuFactory
from tests.utils import assert_constant_queries, create_vi_home, translate_page
from villages.factories import CraftFactory, VillageIndexPageFactory, VillagePageFactory

# Pinned from a real run; a change means the index's queries changed.
EXPECTED_QUERIES = {"vi": 6, "en": 6}


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
                parent=self.index, crafts=self.crafts, hero_image=ImageFactory()
            )
            translate_page(village, "en")
            VillagePageFactory(parent=self.index, crafts=self.crafts[:1], hero_image=ImageFactory())

    def test_vietnamese_village_index_query_count_does_not_grow(self):
        assert_constant_queries(self, "/vi/villages/", self.add_villages, EXPECTED_QUERIES["vi"])

    def test_english_village_index_query_count_does_not_grow(self):
        assert_constant_queries(self, "/en/villages/", self.add_villages, EXPECTED_QUERIES["en"])
