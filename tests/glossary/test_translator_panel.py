"""Translators see the glossary terms of the page they translate, approved into their language."""

from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils
from wagtail_localize.models import Translation

from glossary.services import load_seed
from glossary.templatetags.glossary_tags import glossary_for_translation
from tests.glossary import admin_in
from tests.utils import create_vi_home, soup, translate_page
from villages.factories import VillageIndexPageFactory, VillagePageFactory


class TranslatorPanelTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        index = VillageIndexPageFactory(parent=cls.home)
        cls.village = VillagePageFactory(
            parent=index,
            title="Bát Tràng",
            slug="bat-trang",
            intro="Làng gốm bên sông Hồng, nổi tiếng với men rạn.",
        )
        load_seed()
        cls.french = translate_page(cls.village, "fr", publish=False)
        cls.japanese = translate_page(cls.village, "ja", publish=False)

    def setUp(self):
        admin_in(self.login(), "en")

    def panel(self, page):
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "js-translation-editor")  # wagtail-localize's editor
        return soup(response).select_one("[data-glossary-panel]")

    def rows(self, panel):
        return {
            tr.select("td")[0].get_text(strip=True): tr.select("td")[1].get_text(" ", strip=True)
            for tr in panel.select("tbody tr")
        }

    def test_the_french_editor_lists_the_pages_terms_in_french(self):
        rows = self.rows(self.panel(self.french))
        self.assertEqual(rows["làng gốm"], "village de potiers")
        self.assertEqual(rows["sông Hồng"], "fleuve Rouge")
        self.assertEqual(rows["men rạn"], "craquelé")
        self.assertIn("Bát Tràng", rows["Bát Tràng"])
        self.assertIn("Do not translate", rows["Bát Tràng"])

    def test_the_japanese_editor_shows_the_japanese_spelling_of_names(self):
        rows = self.rows(self.panel(self.japanese))
        self.assertEqual(rows["Bát Tràng"], "バッチャン")  # its approved spelling, no "keep"
        self.assertEqual(rows["sông Hồng"], "紅河")

    def test_the_panel_shows_the_note_for_translators(self):
        panel = self.panel(self.french)
        row = next(
            tr
            for tr in panel.select("tbody tr")
            if tr.select("td")[0].get_text(strip=True) == "men rạn"
        )
        self.assertIn("crazes", row.select("td")[2].get_text())

    def test_terms_not_in_the_page_are_not_listed(self):
        rows = self.rows(self.panel(self.french))
        self.assertNotIn("sơn mài", rows)
        self.assertNotIn("gốm", rows)  # only as part of "làng gốm"

    def test_the_terms_are_found_in_a_fixed_number_of_queries(self):
        translation = Translation.objects.get(
            source__object_id=self.village.translation_key,
            target_locale__language_code="fr",
        )
        translation = Translation.objects.select_related("target_locale", "source").get(
            pk=translation.pk
        )
        with self.assertNumQueries(3):  # strings, translations, terms
            found = glossary_for_translation(translation)
        self.assertTrue(found)
