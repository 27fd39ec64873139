"""The story index runs a fixed number of queries, however many stories it lists."""

from django.test import TestCase, override_settings

from core.factories import ImageFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.utils import assert_constant_queries, create_vi_home, translate_page
from villages.factories import CraftFactory, VillageIndexPageFactory, VillagePageFactory

# Pinned from a real run; a change means the index's queries changed.
# Routing is Wagtail's own, uncached: the site, the language's root and the page (4
# queries, 5 in English: Wagtail looks up the English root), then the page's own.
EXPECTED_QUERIES = {"vi": 10, "en": 11}


# Counted without the anonymous page cache, which would answer with none.
@override_settings(PAGE_CACHE_ENABLED=False)
class StoryIndexQueryCountTests(TestCase):
    batch = 3

    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.index = StoryIndexPageFactory(parent=cls.home)
        villages = VillageIndexPageFactory(parent=cls.home)
        cls.village = VillagePageFactory(parent=villages, crafts=[CraftFactory()])
        for page in (cls.home, cls.index, villages, cls.village):
            translate_page(page, "en")

    def add_stories(self):
        """A batch of stories translated into English, and as many in Vietnamese only."""
        for _ in range(self.batch):
            story = StoryPageFactory(
                parent=self.index, villages=[self.village], hero_image=ImageFactory()
            )
            translate_page(story, "en")
            StoryPageFactory(parent=self.index, villages=[self.village], hero_image=ImageFactory())

    def test_vietnamese_story_index_query_count_does_not_grow(self):
        assert_constant_queries(self, "/vi/stories/", self.add_stories, EXPECTED_QUERIES["vi"])

    def test_english_story_index_query_count_does_not_grow(self):
        assert_constant_queries(self, "/en/stories/", self.add_stories, EXPECTED_QUERIES["en"])
