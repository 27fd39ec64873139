"""Entry (free or paid) and the languages visitors can be helped in, on a village page."""

from django.test import TestCase, override_settings
from wagtail.models import Locale

from tests.utils import create_vi_home, soup, translate_page
from villages.factories import AttractionFactory, VillageIndexPageFactory, VillagePageFactory
from villages.models import Attraction


@override_settings(PAGE_CACHE_ENABLED=False)
class AttractionEntryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = create_vi_home()
        index = VillageIndexPageFactory(parent=home)
        cls.village = VillagePageFactory(parent=index, title="Bát Tràng", slug="bat-trang")
        AttractionFactory(
            page=cls.village,
            kind=Attraction.Kind.MUSEUM,
            name="Bảo tàng gốm",
            admission="paid",
            admission_note="50.000 ₫, trẻ em miễn phí",
            languages=["ko", "en", "fr"],
        )
        AttractionFactory(
            page=cls.village, kind=Attraction.Kind.MARKET, name="Chợ gốm", admission="free"
        )
        AttractionFactory(page=cls.village, kind=Attraction.Kind.WORKSHOP, name="Xưởng gốm")
        translate_page(index, "en")
        translate_page(cls.village, "en", {"50.000 ₫, trẻ em miễn phí": "50,000 ₫, children free"})

    def items(self, language):
        page = soup(self.client.get(f"/{language}/villages/bat-trang/"))
        return page.select("#see-and-do .attraction")

    def test_entry_and_languages_are_shown_in_the_readers_language(self):
        museum, market, workshop = self.items("en")
        self.assertEqual(
            museum.select_one(".attraction__entry").get_text(),
            "Paid entry: 50,000 ₫, children free",
        )
        self.assertEqual(market.select_one(".attraction__entry").get_text(), "Free entry")
        # Each language is named in itself, in the order of the list, marked with its lang.
        languages = museum.select_one(".attraction__languages")
        self.assertEqual(languages.get_text(), "Help in: English, Français, 한국어")
        self.assertEqual(
            [(span["lang"], span.get_text()) for span in languages.select("span")],
            [("en", "English"), ("fr", "Français"), ("ko", "한국어")],
        )

    def test_nothing_is_said_about_what_has_not_been_checked(self):
        museum, market, workshop = self.items("vi")
        self.assertIsNone(workshop.select_one(".attraction__entry"))
        self.assertIsNone(workshop.select_one(".attraction__languages"))
        self.assertIsNone(market.select_one(".attraction__languages"))
        self.assertIn("50.000 ₫, trẻ em miễn phí", museum.select_one(".attraction__entry").text)

    def test_translation_keeps_entry_and_languages_and_translates_the_note(self):
        english = self.village.get_translation(Locale.objects.get(language_code="en"))
        museum = english.specific.attractions.get(kind="museum")
        self.assertEqual(museum.admission, "paid")
        self.assertEqual(museum.languages, ["en", "fr", "ko"])
        self.assertEqual(museum.admission_note, "50,000 ₫, children free")
