"""Whatever is rendered for a signed-in user is ``Cache-Control: private, no-store``."""

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.utils.cache import cc_delim_re

from ..scenario import build_language_tree
from ..utils import soup


def directives(response):
    return {
        part.split("=")[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
        if part.strip()
    }


class SignedInResponsesArePrivateTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()
        cls.editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")

    def assert_private(self, response):
        self.assertEqual(response.status_code, 200)
        found = directives(response)
        self.assertLessEqual({"private", "no-store"}, found, response.get("Cache-Control"))
        self.assertNotIn("public", found)

    def test_a_public_page_with_the_user_bar(self):
        self.client.force_login(self.editor)
        response = self.client.get("/vi/villages/bat-trang/")
        self.assertIsNotNone(soup(response).select_one("wagtail-userbar, .w-userbar"))
        self.assert_private(response)

    def test_an_admin_page(self):
        self.client.force_login(self.editor)
        self.assert_private(self.client.get("/admin/pages/"))

    def test_a_preview(self):
        page = self.tree.bat_trang
        page.title = "Bát Tràng (bản nháp)"
        page.save_revision()
        self.client.force_login(self.editor)
        response = self.client.get(f"/admin/pages/{page.pk}/view_draft/")
        self.assertIn("Bát Tràng (bản nháp)", response.content.decode())
        self.assert_private(response)

    def test_the_sign_in_answer_itself(self):
        response = self.client.post(
            "/admin/login/", {"username": "editor", "password": "pw"}, follow=True
        )
        self.assert_private(response)

    def test_anonymous_public_pages_stay_cacheable(self):
        response = self.client.get("/vi/villages/bat-trang/")
        self.assertEqual(response.status_code, 200)
        self.assertNotIn("private", directives(response))
        self.assertNotIn("no-store", directives(response))
