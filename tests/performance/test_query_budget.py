"""Every page type answers in at most 12 queries without the page cache, however
much it shows (the small data caches of core/cache.py warm, as on a live site)."""

from django.test import TestCase, override_settings
from wagtail.models import Locale

from core.factories import ImageFactory
from home.factories import HomeFeaturedFactory, HomeFigureFactory
from routes.factories import RoutePageFactory
from stories.factories import RelatedStoryFactory, StoryPageFactory
from villages.factories import (
    AttractionFactory,
    OpeningHoursFactory,
    TransportLegFactory,
    VillageFactFactory,
    VillagePageFactory,
)
from villages.models import VillageGalleryImage

from ..scenario import build_language_tree
from ..utils import count_queries

BUDGET = 12


@override_settings(PAGE_CACHE_ENABLED=False)
class QueryBudgetTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def assert_within_budget(self, path):
        queries = count_queries(self.client, path)
        self.assertLessEqual(queries, BUDGET, f"{path}: {queries} queries")
        return queries

    def test_every_page_type_stays_within_the_budget_in_two_languages(self):
        for name, page in self.tree.vi_pages().items():
            for language in ("vi", "en"):
                path = page.url.replace("/vi/", f"/{language}/", 1)
                with self.subTest(page=name, language=language):
                    self.assert_within_budget(path)

    def add_village_parts(self, village):
        vi = Locale.objects.get(language_code="vi")
        VillageFactFactory(page=village)
        AttractionFactory(page=village)
        OpeningHoursFactory(page=village)
        TransportLegFactory(page=village)
        VillageGalleryImage.objects.create(
            page=village, image=ImageFactory(), alt="Bình gốm", locale=vi
        )

    def test_village_page_queries_do_not_grow_with_its_parts(self):
        village = VillagePageFactory(parent=self.tree.villages, slug="kim-lan", crafts=[])
        self.add_village_parts(village)
        first = self.assert_within_budget(village.url)
        for _ in range(3):
            self.add_village_parts(village)
        self.assertEqual(self.assert_within_budget(village.url), first)

    def test_home_page_queries_do_not_grow_with_featured_pages_and_figures(self):
        home = self.tree.home
        for page in (
            self.tree.bat_trang,
            StoryPageFactory(parent=self.tree.stories, hero_image=ImageFactory()),
            RoutePageFactory(parent=self.tree.routes, hero_image=ImageFactory()),
        ):
            HomeFeaturedFactory(home=home, page=page)
        HomeFigureFactory(page=home)
        first = self.assert_within_budget(home.url)
        more = [
            self.tree.van_phuc,
            self.tree.story,
            self.tree.route,
            StoryPageFactory(parent=self.tree.stories, hero_image=ImageFactory()),
            RoutePageFactory(parent=self.tree.routes, hero_image=ImageFactory()),
        ]
        for page in more:
            HomeFeaturedFactory(home=home, page=page)
            HomeFigureFactory(page=home)
        self.assertEqual(self.assert_within_budget(home.url), first)

    def test_story_page_queries_do_not_grow_with_related_stories(self):
        story = self.tree.story
        first_related = StoryPageFactory(parent=self.tree.stories, hero_image=ImageFactory())
        RelatedStoryFactory(page=story, story=first_related)
        first = self.assert_within_budget(story.url)
        for _ in range(3):
            other = StoryPageFactory(parent=self.tree.stories, hero_image=ImageFactory())
            RelatedStoryFactory(page=story, story=other)
        self.assertEqual(self.assert_within_budget(story.url), first)
