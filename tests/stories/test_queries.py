"""The story index runs a fixed number of queries, however many stories it lists."""

from django.test import TestCase, override_settings

from core.factories import ImageFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.utils import assert_constant_queries, create_vi_home, translate_page
from villages.factories import CraftFactory, VillageIndexPageFactory, VillagePageFactory

# Pinned from a real run; a change means the index's queries changed.
# Routing is Wagtail's own, uncached: the site, the language's root and the page (4
# queries, 5 in English: Wagtail looks up the English root), then the page's own.
EXPECTED_QUERIES = {"vi": 9, "en": 10}


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


@override_settings(PAGE_CACHE_ENABLED=False)
class StoryIndexKeptListTests(TestCase):
    """The index keeps its chosen versions (``IndexPageMixin.listed_ids``) until content changes."""

    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.index = StoryIndexPageFactory(parent=cls.home)
        cls.stories = [
            StoryPageFactory(parent=cls.index, title=f"Chuyện {number}", kind="heritage")
            for number in range(3)
        ]

    def titles(self, path="/vi/stories/"):
        response = self.client.get(path)
        self.assertEqual(response.status_code, 200)
        return [page.title for page in response.context["stories"].object_list]

    def test_a_publish_or_unpublish_shows_in_the_next_request(self):
        self.assertEqual(len(self.titles()), 3)
        self.stories[0].unpublish()
        self.assertNotIn("Chuyện 0", self.titles())
        new = StoryPageFactory(parent=self.index, title="Chuyện mới", kind="heritage")
        self.assertIn(new.title, self.titles())
        self.assertIn(new.title, self.titles("/vi/stories/?kind=heritage"))

    def test_a_kept_list_never_shows_a_page_that_stopped_being_public(self):
        """Fails closed: the cards re-check the privacy rule whatever the kept list says."""
        self.assertEqual(len(self.titles()), 3)
        # Behind the signals' back, as a stale cache on another server would be.
        type(self.stories[1]).objects.filter(pk=self.stories[1].pk).update(live=False)
        self.assertNotIn("Chuyện 1", self.titles())

    def test_pages_of_the_list_neither_share_nor_skip_a_story(self):
        StoryPageFactory.create_batch(self.index.page_size + 2, parent=self.index)
        first, second = self.titles(), self.titles("/vi/stories/?page=2")
        self.assertEqual(len(first), self.index.page_size)
        self.assertEqual(len(second), 5)
        self.assertFalse(set(first) & set(second))
        self.assertEqual(self.client.get("/vi/stories/?page=3").status_code, 404)
