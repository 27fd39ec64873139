"""A story's chosen pages are kept as plain rows, and follow every change to those pages."""

from django.test import TestCase, override_settings

from core.cache import cache, generation
from core.factories import ImageFactory
from stories.factories import RelatedStoryFactory, StoryPageFactory
from stories.models import StoryPage
from villages.models import VillagePage

from ..core.test_frozen import only_plain
from ..scenario import build_language_tree
from ..utils import soup

STORY = "/{language}/stories/bat-trang-ceramics/"


def chip_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select("header .chip")]


# Uncached pages: what a reader sees once the page cache has expired.
@override_settings(PAGE_CACHE_ENABLED=False)
class ChosenPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()
        cls.other = StoryPageFactory(
            parent=cls.tree.stories,
            title="Lụa Vạn Phúc",
            hero_image=ImageFactory(title="Khung", file__filename="frame.jpg"),
        )
        RelatedStoryFactory(page=cls.tree.story, story=cls.other)

    def fresh_story(self):
        # As served: routing reads the page's locale.
        return StoryPage.objects.select_related("locale").get(pk=self.tree.story.pk)

    def test_the_chosen_lists_are_read_once_per_live_revision_as_plain_rows(self):
        first = self.fresh_story().chosen_pages
        story = self.fresh_story()
        with self.assertNumQueries(0):
            again = story.chosen_pages
            self.assertEqual(again["related_stories"][0].hero_image.title, "Khung")
            self.assertEqual(again["villages"][0].locale.language_code, "vi")
        for name, pages in first.items():
            self.assertEqual([page.pk for page in again[name]], [page.pk for page in pages])
        key = ":".join(
            str(part)
            for part in ("story-chosen", generation(), story.pk, story.live_revision_id or "")
        )
        self.assertTrue(only_plain(cache().get(f"{key}:{story.locale_id}")))

    def test_a_published_change_to_a_chosen_village_shows_on_the_story(self):
        for language, village in (("vi", self.tree.bat_trang), ("en", self.tree.en["village"])):
            with self.subTest(language=language):
                url = STORY.format(language=language)
                self.assertIn(village.title, chip_titles(self.client.get(url)))
                page = VillagePage.objects.get(pk=village.pk)
                page.title = f"{village.title} (mới)"
                page.save_revision().publish()
                self.assertIn(page.title, chip_titles(self.client.get(url)))

    def test_an_unpublished_village_leaves_the_story(self):
        url = STORY.format(language="vi")
        self.assertEqual(chip_titles(self.client.get(url)), ["Bát Tràng"])
        VillagePage.objects.get(pk=self.tree.bat_trang.pk).unpublish()
        # The English translation stands in, marked as such.
        self.assertEqual(chip_titles(self.client.get(url)), ["Bat Trang"])
        self.assertEqual(soup(self.client.get(url)).select_one("header .chip")["hreflang"], "en")
        VillagePage.objects.get(pk=self.tree.en["village"].pk).unpublish()
        self.assertEqual(chip_titles(self.client.get(url)), [])

    def test_a_new_hero_image_of_a_related_story_shows_on_its_card(self):
        self.assertEqual(self.fresh_story().related_stories[0].hero_image.title, "Khung")
        other = StoryPage.objects.get(pk=self.other.pk)
        other.hero_image = ImageFactory(title="Khung cửi", file__filename="loom.jpg")
        other.save_revision().publish()
        self.assertEqual(self.fresh_story().related_stories[0].hero_image.title, "Khung cửi")
        # Rendition files are named after their image's file.
        cards = soup(self.client.get(STORY.format(language="vi"))).select(".related img")
        sources = " ".join(str(img) for img in cards)
        self.assertIn("/loom.", sources)
        self.assertNotIn("/frame.", sources)

    def test_a_preview_shows_the_editors_unsaved_choices(self):
        story = self.fresh_story()
        story.story_villages = []
        self.assertEqual(story.villages, [])
        self.assertEqual(
            [page.pk for page in self.fresh_story().villages], [self.tree.bat_trang.pk]
        )
