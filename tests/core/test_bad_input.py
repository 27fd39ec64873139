"""Bad addresses and parameters get a clear 404 (or 400) in the right language, never a 500."""

from tempfile import TemporaryDirectory

from django.conf import settings
from django.test import Client, TestCase, override_settings

from tests.scenario import build_language_tree
from tests.utils import soup


class BadInputTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def setUp(self):
        self.client = Client(raise_request_exception=False)

    def assert_clear_error(self, path, language, statuses=(404,), **headers):
        response = self.client.get(path, headers=headers, follow=True)
        self.assertIn(response.status_code, statuses, path)
        page = soup(response)
        self.assertEqual(page.find("html")["lang"], language, path)
        self.assertIsNotNone(page.select_one(".error-page"), path)
        self.assertIsNotNone(page.select_one('meta[name="robots"][content="noindex"]'), path)
        return response

    def test_unknown_language_prefix_is_404_in_english(self):
        self.assert_clear_error("/xx/villages/", "en")

    def test_unknown_language_prefix_follows_accept_language_when_it_matches(self):
        self.assert_clear_error("/xx/villages/", "fr", **{"accept-language": "fr-FR"})

    def test_unknown_language_prefix_with_malformed_accept_language_is_english(self):
        self.assert_clear_error("/xx/villages/", "en", **{"accept-language": "@@;q=zz,,"})

    def test_non_numeric_page_parameter_is_404_with_a_message(self):
        for language in ("vi", "en"):
            with self.subTest(language=language):
                response = self.assert_clear_error(f"/{language}/villages/?page=abc", language)
                self.assertIn("abc", soup(response).select_one(".error-page").get_text())

    def test_out_of_range_page_parameters_are_404(self):
        for value in ("999", "0", "-1", "1e3", "", "1" * 400):
            for index in ("villages", "stories", "routes"):
                with self.subTest(index=index, page=value[:10]):
                    self.assert_clear_error(f"/en/{index}/?page={value}", "en")

    def test_first_page_parameter_is_fine(self):
        self.assertEqual(self.client.get("/en/villages/?page=1").status_code, 200)

    def test_unknown_craft_is_404_naming_it(self):
        response = self.assert_clear_error("/vi/villages/?craft=unknown", "vi")
        self.assertIn("unknown", soup(response).select_one(".error-page").get_text())

    def test_odd_craft_values_are_404(self):
        for value in ("<script>alert(1)</script>", "%00", "x" * 5000, "gốm"):
            with self.subTest(craft=value[:20]):
                # A NUL byte is refused before any view reads it (HostileInputMiddleware).
                statuses = (400,) if value == "%00" else (404,)
                response = self.assert_clear_error(
                    f"/en/villages/?craft={value}", "en", statuses=statuses
                )
                self.assertNotIn("<script>alert(1)</script>", response.content.decode())

    def test_unknown_story_kind_is_404(self):
        self.assert_clear_error("/en/stories/?kind=poem", "en")

    def test_very_long_slug_is_404(self):
        self.assert_clear_error("/vi/villages/" + "a" * 5000 + "/", "vi")
        self.assert_clear_error("/en/" + "a/" * 2000, "en")

    def test_odd_characters_in_path_are_404_or_400(self):
        paths = [
            "/vi/villages/<script>/",
            "/vi/villages/bat trang/",
            "/vi/villages/%E0%A4%A/",
            "/vi/villages/bat-trang%00/",
            "/vi/villages/..%2F..%2Fetc%2Fpasswd/",
            "/vi/villages/làng-gốm/",
            "/vi/villages/'\"/",
            "/vi/villages/bat-trang/extra/",
        ]
        for path in paths:
            with self.subTest(path=path):
                self.assert_clear_error(path, "vi", statuses=(400, 404))

    def test_nul_byte_in_a_media_path_is_400(self):
        self.assert_clear_error("/media/x%00.jpg", "en", statuses=(400,))
        self.assert_clear_error(
            "/media/original_images/a%00b.png", "fr", statuses=(400,), **{"accept-language": "fr"}
        )

    def test_overlong_media_file_name_is_404_on_a_real_file_system(self):
        # InMemoryStorage (the tests' default) has no name limit; disks do (ENAMETOOLONG).
        storages = {
            **settings.STORAGES,
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        }
        with (
            TemporaryDirectory() as media_root,
            override_settings(MEDIA_ROOT=media_root, STORAGES=storages),
        ):
            for name in ("a" * 300, "original_images/" + "b" * 256 + ".jpg"):
                with self.subTest(length=len(name)):
                    self.assert_clear_error(f"/media/{name}", "en")

    def test_nul_byte_in_a_query_value_is_400_in_the_page_language(self):
        for path in ("/vi/villages/?craft=%00", "/en/my-day/?v=1&i=v1%00", "/en/?x=%00"):
            with self.subTest(path=path):
                self.assert_clear_error(path, path[1:3], statuses=(400,))

    def test_driver_card_ids_beyond_64_bits_are_404(self):
        for value in (2**63, 2**64, 10**40):
            for kind in ("village", "event", "stop"):
                with self.subTest(kind=kind, value=value):
                    self.assert_clear_error(f"/en/driver/{kind}/{value}/", "en")

    def test_largest_64_bit_id_is_an_ordinary_404(self):
        self.assert_clear_error(f"/vi/driver/village/{2**63 - 1}/", "vi")

    def test_missing_trailing_slash_redirects_to_the_page(self):
        response = self.client.get("/vi/villages/bat-trang")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], "/vi/villages/bat-trang/")

    def test_error_page_interface_is_in_the_requested_language(self):
        vi = self.client.get("/vi/villages/nowhere/")
        en = self.client.get("/en/villages/nowhere/")
        self.assertEqual((vi.status_code, en.status_code), (404, 404))
        self.assertEqual(
            soup(en).select_one(".error-page h1").get_text(strip=True), "Page not found"
        )
        # Needs compiled message catalogues (locale/vi/LC_MESSAGES/django.mo).
        self.assertNotEqual(
            soup(vi).select_one(".error-page h1").get_text(strip=True), "Page not found"
        )
