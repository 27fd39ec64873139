"""Events get a QR code and, when the venue is in Vietnam, a driver card for the venue."""

from decimal import Decimal

from django.test import TestCase
from django.utils import translation

from events.factories import EventIndexPageFactory, EventPageFactory
from tests.scenario import build_language_tree
from tests.utils import soup, translate_page
from wayfinding import codes
from wayfinding.templatetags.wayfinding_tags import driver_card_url


class EventWayfindingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()
        index = EventIndexPageFactory(parent=cls.tree.home)
        cls.fair = EventPageFactory(
            parent=index,
            title="Triển lãm OCOP Bát Tràng",
            slug="ocop-fair",
            venue_latitude=Decimal("20.975000"),
            venue_longitude=Decimal("105.912000"),
        )
        cls.milan = EventPageFactory(
            parent=index,
            title="Artigiano in Fiera",
            slug="milan",
            venue_name="Fiera Milano Rho",
            venue_address="Strada Statale del Sempione 28, Rho",
            venue_country="IT",
            venue_latitude=Decimal("45.520000"),
            venue_longitude=Decimal("9.080000"),
        )
        translate_page(index, "en")
        cls.en_fair = translate_page(cls.fair, "en", {"Chợ gốm Bát Tràng": "Bat Trang market"})

    def test_venue_card_is_in_vietnamese_with_the_address_as_written_locally(self):
        with translation.override("en"):
            url = driver_card_url(self.en_fair)
        self.assertEqual(url, f"/en/driver/event/{self.en_fair.pk}/")
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        card = soup(response).select_one("article.driver-card")
        self.assertEqual(card["lang"], "vi")
        # The venue's name comes from the Vietnamese page, not the English translation.
        self.assertEqual(card.select_one("h1").get_text(strip=True), "Chợ gốm Bát Tràng")
        self.assertEqual(
            card.select_one(".driver-card__address").get_text(strip=True),
            "xã Bát Tràng, huyện Gia Lâm, Hà Nội",
        )

    def test_venues_abroad_have_no_driver_card(self):
        self.assertEqual(driver_card_url(self.milan), "")
        self.assertEqual(self.client.get(f"/en/driver/event/{self.milan.pk}/").status_code, 404)

    def test_event_codes_lead_to_the_event_in_a_live_language(self):
        code = codes.encode(codes.PAGE, self.fair.pk)
        response = self.client.get(f"/go/{code}", headers={"accept-language": "en"})
        self.assertEqual(response["Location"], "/en/events/ocop-fair/")
        response = self.client.get(f"/go/{code}", headers={"accept-language": "ja"})
        self.assertEqual(response["Location"], "/en/events/ocop-fair/")
