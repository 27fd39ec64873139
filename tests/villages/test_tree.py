"""Where village pages may be created."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from products.models import ProducerPage
from routes.models import RouteIndexPage, RoutePage
from stories.models import StoryIndexPage, StoryPage
from tests.utils import create_vi_home, translate_page
from villages.factories import VillageIndexPageFactory
from villages.models import VillageIndexPage, VillagePage


class VillageTreeRuleTests(WagtailPageTestCase):
    def test_village_index_sits_under_a_home_page_and_holds_villages(self):
        self.assertAllowedParentPageTypes(VillageIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(VillageIndexPage, {VillagePage})
        self.assertCanCreateAt(HomePage, VillageIndexPage)

    def test_village_sits_only_under_the_village_index_and_holds_its_producers(self):
        self.assertAllowedParentPageTypes(VillagePage, {VillageIndexPage})
        self.assertAllowedSubpageTypes(VillagePage, {ProducerPage})
        for parent in (Page, HomePage, StoryIndexPage, RouteIndexPage, StoryPage, RoutePage):
            with self.subTest(parent=parent.__name__):
                self.assertCanNotCreateAt(parent, VillagePage)

    def test_one_village_index_per_language_tree(self):
        home = create_vi_home()
        villages = VillageIndexPageFactory(parent=home)
        english_home = translate_page(home, "en")
        self.assertFalse(VillageIndexPage.can_create_at(home))
        self.assertTrue(VillageIndexPage.can_create_at(english_home))
        translate_page(villages, "en")
        self.assertFalse(VillageIndexPage.can_create_at(english_home))

    def test_admin_refuses_a_second_village_index_under_the_same_home(self):
        home = create_vi_home()
        VillageIndexPageFactory(parent=home)
        self.login()
        response = self.client.get(f"/admin/pages/add/villages/villageindexpage/{home.pk}/")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(VillageIndexPage.objects.filter(locale=home.locale).count(), 1)
