"""The admin speaks the editor's language: the account's, with Wagtail's own words left alone.

An English browser must not turn the admin English for an account set to
Vietnamese, and our catalogue must not replace Wagtail's words: the sidebar's
"Pages" read "Phân trang" (pagination) because our pagination's "Pages"
overrode Wagtail's translation (tests/core/test_catalogues.py checks every
msgid). Our own labels (block types, the hero image, the craft) are translated.
"""

from django.urls import reverse
from django.utils import translation
from wagtail.test.utils import WagtailPageTestCase
from wagtail.users.models import UserProfile

from core.blocks import BodyBlock
from tests.utils import create_vi_home, soup
from villages.factories import VillageIndexPageFactory, VillagePageFactory


class AdminLanguageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.index = VillageIndexPageFactory(parent=cls.home)
        cls.village = VillagePageFactory(parent=cls.index, title="Bát Tràng", slug="bat-trang")

    def setUp(self):
        self.user = self.login()
        profile = UserProfile.get_for_user(self.user)
        profile.preferred_language = "vi"
        profile.save()

    def get(self, url):
        return self.client.get(url, HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")

    def test_the_account_language_wins_over_an_english_browser(self):
        response = self.get(reverse("wagtailadmin_home"))
        self.assertEqual(soup(response).html["lang"], "vi")

    def test_the_sidebar_says_pages_as_wagtail_translates_it(self):
        sidebar = soup(self.get(reverse("wagtailadmin_home"))).select_one("#wagtail-sidebar-props")
        self.assertIn('"Trang"', sidebar.text)
        self.assertNotIn("Ph\\u00e2n trang", sidebar.text)
        self.assertNotIn("Phân trang", sidebar.text)

    def test_our_labels_are_in_vietnamese_on_the_edit_screen(self):
        html = self.get(reverse("wagtailadmin_pages:edit", args=[self.village.pk])).content.decode()
        self.assertIn("Ảnh đầu trang", html)  # hero image
        with translation.override("vi"):
            labels = {name: str(block.label) for name, block in BodyBlock().child_blocks.items()}
        self.assertEqual(labels["paragraph"], "Đoạn văn")
        self.assertEqual(labels["village_card"], "Thẻ làng nghề")
