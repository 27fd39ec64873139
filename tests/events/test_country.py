"""The venue's country is chosen from a list of countries, named in the editor's language.

It was a free-text ISO code ("VN", "IT"): an editor had to know the code,
and "Vn" or "VM" only failed on a pattern.
"""

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils
from wagtail.users.models import UserProfile

from events.factories import EventIndexPageFactory, EventPageFactory
from tests.utils import create_vi_home, soup


class VenueCountryTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.index = EventIndexPageFactory(parent=cls.home)
        cls.event = EventPageFactory(parent=cls.index, venue_country="IT")

    def setUp(self):
        self.user = self.login()

    def country_options(self, language):
        profile = UserProfile.get_for_user(self.user)
        profile.preferred_language = language
        profile.save()
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.event.pk]))
        select = soup(response).select_one('select[name="venue_country"]')
        self.assertIsNotNone(select, "the venue country is a select")
        return {option["value"]: option.text for option in select.select("option")}, select

    def test_the_editor_picks_a_country_by_its_name_in_their_language(self):
        options, select = self.country_options("vi")
        self.assertEqual(options["VN"], "Việt Nam")
        self.assertEqual(options["IT"], "Ý")
        self.assertEqual(select.select_one("option[selected]")["value"], "IT")
        options, _select = self.country_options("fr")
        self.assertEqual(options["IT"], "Italie")

    def test_an_unknown_code_is_refused_with_a_message(self):
        self.event.venue_country = "VM"
        with self.assertRaises(ValidationError) as refused:
            self.event.full_clean()
        self.assertIn("venue_country", refused.exception.message_dict)
