"""Where story pages may be created."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from routes.models import RouteIndexPage
from stories.factories import StoryIndexPageFactory
from stories.models import StoryIndexPage, StoryPage
from tests.utils import create_vi_home, translate_page
from villages.models import VillageIndexPage, VillagePage


class StoryTreeRuleTests(WagtailPageTestCase):
    def test_story_index_sits_under_a_home_page_and_holds_stories(self):
        self.assertAllowedParentPageTypes(StoryIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(StoryIndexPage, {StoryPage})
        self.assertCanCreateAt(HomePage, StoryIndexPage)

    def test_story_sits_only_under_the_story_index(self):
        self.assertAllowedParentPageTypes(StoryPage, {StoryIndexPage})
        self.assertAllowedSubpageTypes(StoryPage, set())
        self.assertCanCreateAt(StoryIndexPage, StoryPage)
        for parent in (Page, HomePage, VillageIndexPage, RouteIndexPage, VillagePage):
            with self.subTest(parent=parent.__name__):
                self.assertCanNotCreateAt(parent, StoryPage)

    def test_one_story_index_per_language_tree(self):
        home = create_vi_home()
        StoryIndexPageFactory(parent=home)
        english_home = translate_page(home, "en")
        self.assertFalse(StoryIndexPage.can_create_at(home))
        self.assertTrue(StoryIndexPage.can_create_at(english_home))
