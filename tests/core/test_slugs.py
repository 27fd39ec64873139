"""Slugs: ASCII, from Vietnamese, the same in every language, redirected when changed.

Vietnamese titles gave %-encoded Unicode slugs (``l%C3%A0ng-g%E1%BB%91m``)
while translations got ASCII ones, so paths differed between languages; the
404's "this page exists in …" links looked pages up by path and could offer
another village. They now follow the translation key.
"""

from django.test import SimpleTestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase

from core.text import ascii_slug, fold_vietnamese
from tests.security.test_preview import village_form_data
from tests.utils import create_vi_home, soup, translate_page
from villages.factories import CraftFactory, VillageIndexPageFactory, VillagePageFactory
from villages.models import VillagePage


class FoldingTests(SimpleTestCase):
    def test_tone_marks_and_d_with_stroke_are_folded(self):
        self.assertEqual(fold_vietnamese("Làng gốm Phù Lãng"), "Lang gom Phu Lang")
        self.assertEqual(fold_vietnamese("Đường Lâm, đồ sứ"), "Duong Lam, do su")
        self.assertEqual(fold_vietnamese("Ưu đãi ở Hà Nội"), "Uu dai o Ha Noi")

    def test_slugs_are_ascii(self):
        self.assertEqual(ascii_slug("Làng gốm Phù Lãng"), "lang-gom-phu-lang")
        self.assertEqual(ascii_slug("làng-gốm-phù-lãng"), "lang-gom-phu-lang")
        self.assertEqual(ascii_slug("Đông Hồ"), "dong-ho")
        self.assertEqual(ascii_slug("Kim Lan – Bát Tràng"), "kim-lan-bat-trang")


class SlugTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.index = VillageIndexPageFactory(parent=cls.home)
        cls.craft = CraftFactory(name="Gốm", slug="ceramics")

    def setUp(self):
        self.login()

    def test_a_vietnamese_slug_from_the_editor_is_saved_in_ascii(self):
        data = village_form_data(self.craft, title="Làng gốm Phù Lãng", slug="làng-gốm-phù-lãng")
        self.assertCanCreate(self.index, VillagePage, data)
        village = VillagePage.objects.get(title="Làng gốm Phù Lãng")
        self.assertEqual(village.slug, "lang-gom-phu-lang")
        self.assertEqual(self.client.get("/vi/villages/lang-gom-phu-lang/").status_code, 200)

    def test_a_page_saved_without_a_slug_gets_one_from_its_title_in_ascii(self):
        village = VillagePageFactory(parent=self.index, title="Đông Hồ", slug="")
        self.assertEqual(village.slug, "dong-ho")

    def test_translations_keep_the_source_slug(self):
        village = VillagePageFactory(parent=self.index, title="Phù Lãng", slug="phu-lang")
        english = translate_page(village, "en", {"Phù Lãng": "Phu Lang pottery village"})
        self.assertEqual(english.slug, "phu-lang")

    def test_a_changed_slug_redirects_from_the_old_path_in_each_language(self):
        village = VillagePageFactory(parent=self.index, title="Phù Lãng", slug="phu-lang")
        translate_page(village, "en")
        edit_url = reverse("wagtailadmin_pages:edit", args=[village.pk])
        data = village_form_data(self.craft, title="Phù Lãng", slug="lang-gom-phu-lang")
        data["action-publish"] = "publish"
        # Wagtail creates the redirect once the change is committed.
        with self.captureOnCommitCallbacks(execute=True):
            self.assertEqual(self.client.post(edit_url, data).status_code, 302)
        response = self.client.get("/vi/villages/phu-lang/")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], "/vi/villages/lang-gom-phu-lang/")

        # The translation follows the source slug when it is next synced and published.
        english = translate_page(village, "en")
        self.assertEqual(english.slug, "lang-gom-phu-lang")
        response = self.client.get("/en/villages/phu-lang/")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], "/en/villages/lang-gom-phu-lang/")


class NotFoundLanguageLinksTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.index = VillageIndexPageFactory(parent=cls.home)
        cls.kim_lan = VillagePageFactory(parent=cls.index, title="Kim Lan", slug="kim-lan")
        cls.bat_trang = VillagePageFactory(parent=cls.index, title="Bát Tràng", slug="bat-trang")
        translate_page(cls.home, "en")
        en_index = translate_page(cls.index, "en")
        # Another English village took the path first: Kim Lan's English copy gets "kim-lan-1"-like.
        translate_page(cls.bat_trang, "en")
        english_bat_trang = cls.bat_trang.get_translation(Locale.objects.get(language_code="en"))
        english_bat_trang.slug = "kim-lan"
        english_bat_trang.save_revision().publish()
        cls.en_index = en_index

    def test_the_404_links_to_the_same_page_in_other_languages_not_the_same_path(self):
        response = self.client.get("/fr/villages/kim-lan/")
        self.assertEqual(response.status_code, 404)
        offered = soup(response).select(".error-page__languages a")
        links = {a["hreflang"]: a["href"] for a in offered}
        self.assertEqual(links.get("vi"), "/vi/villages/kim-lan/")
        self.assertNotIn("en", links)  # Kim Lan has no English page; Bát Tràng's is not it
