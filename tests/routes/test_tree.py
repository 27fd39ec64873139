"""Where route pages may be created."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from routes.factories import RouteIndexPageFactory
from routes.models import RouteIndexPage, RoutePage
from stories.models import StoryIndexPage
from tests.utils import create_vi_home, translate_page
from villages.models import VillageIndexPage, VillagePage


class RouteTreeRuleTests(WagtailPageTestCase):
    def test_route_index_sits_under_a_home_page_and_holds_routes(self):
        self.assertAllowedParentPageTypes(RouteIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(RouteIndexPage, {RoutePage})
        self.assertCanCreateAt(HomePage, RouteIndexPage)

    def test_route_sits_only_under_the_route_index(self):
        self.assertAllowedParentPageTypes(RoutePage, {RouteIndexPage})
        self.assertAllowedSubpageTypes(RoutePage, set())
        self.assertCanCreateAt(RouteIndexPage, RoutePage)
        for parent in (Page, HomePage, VillageIndexPage, StoryIndexPage, VillagePage):
            with self.subTest(parent=parent.__name__):
                self.assertCanNotCreateAt(parent, RoutePage)

    def test_one_route_index_per_language_tree(self):
        home = create_vi_home()
        RouteIndexPageFactory(parent=home)
        english_home = translate_page(home, "en")
        self.assertFalse(RouteIndexPage.can_create_at(home))
        self.assertTrue(RouteIndexPage.can_create_at(english_home))
