"""Where event pages may be created, and that every field has a translation policy."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail_localize.fields import SynchronizedField, TranslatableField

from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventIndexPage, EventPage, EventParticipant, EventVillage
from home.models import HomePage
from tests.core.test_models_meta import content_fields
from tests.utils import create_vi_home, translate_page
from villages.models import VillageIndexPage, VillagePage


class EventTreeRuleTests(WagtailPageTestCase):
    def test_event_index_sits_under_a_home_page_and_holds_events(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertCanCreateAt(HomePage, EventIndexPage)

    def test_event_sits_only_under_the_event_index(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())
        for parent in (Page, HomePage, VillageIndexPage, VillagePage):
            with self.subTest(parent=parent.__name__):
                self.assertCanNotCreateAt(parent, EventPage)

    def test_one_event_index_per_language_tree(self):
        home = create_vi_home()
        EventIndexPageFactory(parent=home)
        english_home = translate_page(home, "en")
        self.assertFalse(EventIndexPage.can_create_at(home))
        self.assertTrue(EventIndexPage.can_create_at(english_home))

    def test_factories_build_valid_live_pages(self):
        home = create_vi_home()
        index = EventIndexPageFactory(parent=home)
        event = EventPageFactory(parent=index)
        event.full_clean()
        self.assertTrue(event.live)
        self.assertEqual(event.get_parent().specific, index)

    def test_every_content_field_is_translated_or_synchronised(self):
        for model in (EventIndexPage, EventPage, EventVillage, EventParticipant):
            classified = {
                policy.field_name
                for policy in model.translatable_fields
                if isinstance(policy, TranslatableField | SynchronizedField)
            }
            with self.subTest(model=model.__name__):
                self.assertEqual(set(content_fields(model)), classified)
