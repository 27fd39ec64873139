"""Where home pages may be created."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from events.models import EventIndexPage
from home.models import HomePage, StandardPage
from opendata.models import OpenDataPage
from products.models import ProductIndexPage
from routes.models import RouteIndexPage
from stories.models import StoryIndexPage
from tests.utils import create_vi_home, translate_page
from villages.factories import VillageIndexPageFactory
from villages.models import VillageIndexPage


class HomeTreeRuleTests(WagtailPageTestCase):
    def test_home_page_sits_under_the_root_and_holds_the_indexes(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                VillageIndexPage,
                StoryIndexPage,
                RouteIndexPage,
                EventIndexPage,
                ProductIndexPage,
                StandardPage,
                OpenDataPage,
            },
        )
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_home_page_only_at_the_root(self):
        home = create_vi_home()
        villages = VillageIndexPageFactory(parent=home)
        self.assertTrue(HomePage.can_create_at(Page.get_first_root_node()))
        self.assertFalse(HomePage.can_create_at(home))
        self.assertFalse(HomePage.can_create_at(villages))

    def test_each_language_tree_can_hold_its_own_indexes(self):
        home = create_vi_home()
        english_home = translate_page(home, "en")
        for model in (VillageIndexPage, StoryIndexPage, RouteIndexPage):
            with self.subTest(model=model.__name__):
                self.assertTrue(model.can_create_at(home))
                self.assertTrue(model.can_create_at(english_home))
