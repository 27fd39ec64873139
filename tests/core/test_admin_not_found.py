"""A 404 in the admin stays in the admin.

Django's locale middleware turns a 404 on a path without a language prefix
into a redirect to the same path under one (``/en/admin/…``), which Wagtail's
page route then answers with the public 404: an editor following a stale
link landed on the public site.
"""

from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase

from tests.utils import create_vi_home, soup


class AdminNotFoundTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()

    def setUp(self):
        self.login()

    def assert_admin_404(self, response):
        self.assertEqual(response.status_code, 404)
        html = soup(response)
        self.assertEqual(html.body.get("id"), "wagtail")  # Wagtail's admin page, not the site's
        self.assertIsNone(html.select_one(".error-page__languages"))

    def test_an_unknown_admin_path_is_an_admin_404_not_a_redirect(self):
        self.assert_admin_404(self.client.get("/admin/no-such-screen/"))

    def test_a_missing_page_in_the_admin_is_an_admin_404(self):
        self.assert_admin_404(self.client.get(reverse("wagtailadmin_pages:edit", args=[999999])))

    def test_public_404_still_offers_the_language_redirect(self):
        response = self.client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="fr")
        self.assertIn(response.status_code, (302, 404))
        if response.status_code == 302:
            self.assertTrue(response["Location"].startswith("/fr/"))
