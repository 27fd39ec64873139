"""Every response type earns A+ (≥ 120) by the MDN HTTP Observatory's rules.

The grader is tests/security/observatory.py (a port of mdn/mdn-http-observatory);
the settings are production's own (tests/security/retrieve.py). A failure
prints the per-test score breakdown and the headers that were graded.
"""

import re
from io import BytesIO
from tempfile import TemporaryDirectory

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import TestCase, override_settings
from PIL import Image
from wagtail.documents.models import Document

from tests.scenario import build_language_tree

from .observatory import grade
from .retrieve import production_security_settings, retrieve

PRODUCTION = production_security_settings()
FILE_SYSTEM_STORAGES = {
    **settings.STORAGES,
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
}
REQUIRED_SCORE = 120


def png_bytes(width=4, height=3):
    buffer = BytesIO()
    Image.new("RGB", (width, height), "#1d3f8f").save(buffer, "PNG")
    return buffer.getvalue()


def csp_directives(header):
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


@override_settings(ROOT_URLCONF="tests.security.urls", **PRODUCTION)
class ObservatoryGradeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def assert_a_plus(self, path, status=200):
        retrieved = retrieve(path)
        result = grade(retrieved)
        headers = "\n".join(f"  {name}: {value}" for name, value in retrieved.headers)
        report = f"{path} → {retrieved.status}\n{result.breakdown()}\nheaders:\n{headers}"
        print(report)  # shown by pytest -s, and on failure
        self.assertEqual(retrieved.status, status, report)
        self.assertGreaterEqual(result.score, REQUIRED_SCORE, report)
        return retrieved

    def test_production_settings_are_the_ones_graded(self):
        self.assertTrue(PRODUCTION["SESSION_COOKIE_SECURE"])
        self.assertTrue(PRODUCTION["CSRF_COOKIE_SECURE"])
        self.assertTrue(PRODUCTION["LANGUAGE_COOKIE_SECURE"])
        self.assertTrue(PRODUCTION["SECURE_SSL_REDIRECT"])
        self.assertGreaterEqual(PRODUCTION["SECURE_HSTS_SECONDS"], 2 * 365 * 24 * 3600)
        self.assertFalse(PRODUCTION["DEBUG"])

    def test_home_pages_score_a_plus_in_each_language(self):
        for language in ("vi", "en", "ja"):
            with self.subTest(language=language):
                self.assert_a_plus(f"/{language}/")

    def test_every_page_type_scores_a_plus(self):
        for name, page in self.tree.vi_pages().items():
            with self.subTest(page=name):
                self.assert_a_plus(page.url)

    def test_page_with_map_scripts_scores_a_plus(self):
        retrieved = self.assert_a_plus(self.tree.en["route"].url)
        self.assertIn("<script", retrieved.body)

    def test_not_found_page_scores_a_plus(self):
        self.assert_a_plus("/vi/khong-co-trang-nay/", status=404)

    def test_server_error_page_scores_a_plus(self):
        self.assert_a_plus("/test-security/fail/", status=500)

    def test_static_file_from_whitenoise_scores_a_plus(self):
        retrieved = self.assert_a_plus("/static/css/site.css")
        self.assertTrue(retrieved.first_header("Content-Type").startswith("text/css"))

    def test_uploaded_media_file_scores_a_plus(self):
        name = default_storage.save("original_images/observatory.png", ContentFile(png_bytes()))
        retrieved = self.assert_a_plus(f"/media/{name}")
        self.assertEqual(retrieved.first_header("Content-Type"), "image/png")

    def test_document_downloads_score_a_plus(self):
        # Wagtail streams documents from a local path, as in production.
        with (
            TemporaryDirectory() as media_root,
            override_settings(MEDIA_ROOT=media_root, STORAGES=FILE_SYSTEM_STORAGES),
        ):
            text, pdf = (
                Document.objects.create(title=title, file=ContentFile(content, name=name))
                for title, name, content in (
                    ("Opening hours", "hours.txt", b"Mon-Sun 8:00-17:00\n"),
                    ("Map", "map.pdf", b"%PDF-1.4\n%%EOF\n"),
                )
            )
            retrieved = self.assert_a_plus(text.url)
            self.assertTrue(retrieved.first_header("Content-Disposition").startswith("attachment"))
            self.assertIn("sandbox", retrieved.first_header("Content-Security-Policy"))
            retrieved = self.assert_a_plus(pdf.url)
            self.assertTrue(retrieved.first_header("Content-Disposition").startswith("inline"))

    def test_admin_login_page_scores_a_plus(self):
        retrieved = self.assert_a_plus("/admin/login/")
        # The login form sets the CSRF cookie: the cookie test is graded for real.
        self.assertTrue(any(c.startswith("csrftoken=") for c in retrieved.set_cookies))

    def test_robots_and_sitemap_score_a_plus(self):
        self.assert_a_plus("/robots.txt")
        self.assert_a_plus("/sitemap.xml")
        self.assert_a_plus("/sitemap-vi.xml")


@override_settings(ROOT_URLCONF="tests.security.urls", **PRODUCTION)
class ContentSecurityPolicyTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def test_public_script_src_allows_no_inline_script_or_eval(self):
        response = self.client.get(self.tree.en["route"].url, secure=True)
        directives = csp_directives(response["Content-Security-Policy"])
        self.assertEqual(directives["default-src"], ["'none'"])
        self.assertIn("'self'", directives["script-src"])
        self.assertNotIn("'unsafe-inline'", directives["script-src"])
        self.assertNotIn("'unsafe-eval'", directives["script-src"])
        self.assertEqual(directives["style-src"], ["'self'"])
        self.assertEqual(directives["frame-ancestors"], ["'none'"])
        self.assertEqual(directives["object-src"], ["'none'"])

    def test_map_tile_host_is_allowed_as_an_image_source_only(self):
        response = self.client.get(self.tree.en["route"].url, secure=True)
        directives = csp_directives(response["Content-Security-Policy"])
        self.assertIn("https://tile.openstreetmap.org", directives["img-src"])
        self.assertNotIn("https://tile.openstreetmap.org", directives["script-src"])
        self.assertNotIn("https://tile.openstreetmap.org", directives["connect-src"])

    def test_inline_script_gets_a_fresh_nonce_that_the_policy_allows(self):
        nonces = []
        for _ in range(2):
            response = self.client.get("/test-security/inline-script/", secure=True)
            nonce = re.search(r'nonce="([^"]+)"', response.content.decode()).group(1)
            directives = csp_directives(response["Content-Security-Policy"])
            self.assertIn(f"'nonce-{nonce}'", directives["script-src"])
            nonces.append(nonce)
        self.assertNotEqual(nonces[0], nonces[1])

    def test_pages_without_inline_scripts_send_no_nonce(self):
        # A nonce nobody uses would only be replayed by a page cache.
        response = self.client.get("/en/", secure=True)
        self.assertNotIn("'nonce-", response["Content-Security-Policy"])

    def test_public_pages_render_no_inline_script(self):
        response = self.client.get(self.tree.en["route"].url, secure=True)
        html = response.content.decode()
        for script in re.findall(r"<script\b[^>]*>", html):
            self.assertTrue(
                # Data blocks (json_script, JSON-LD) are never executed, so
                # script-src does not apply to them.
                "src=" in script
                or 'type="application/json"' in script
                or 'type="application/ld+json"' in script,
                f"inline script that the policy would block: {script}",
            )

    def test_admin_editor_gets_the_admin_policy_and_login_the_strict_one(self):
        login = self.client.get("/admin/login/", secure=True)
        login_policy = csp_directives(login["Content-Security-Policy"])
        self.assertEqual(login_policy["script-src"], ["'self'"])
        self.assertEqual(login_policy["frame-ancestors"], ["'none'"])

        editor = get_user_model().objects.create_superuser("csp-admin", "a@example.org", "pw")
        self.client.force_login(editor)
        edit = self.client.get(f"/admin/pages/{self.tree.home.pk}/edit/", secure=True)
        self.assertEqual(edit.status_code, 200)
        admin_policy = csp_directives(edit["Content-Security-Policy"])
        self.assertIn("'unsafe-inline'", admin_policy["script-src"])
        # A nonce would make browsers ignore 'unsafe-inline'.
        self.assertFalse(any(s.startswith("'nonce-") for s in admin_policy["script-src"]))
        self.assertEqual(admin_policy["object-src"], ["'none'"])
        self.assertEqual(admin_policy["frame-ancestors"], ["'self'"])


@override_settings(ROOT_URLCONF="tests.security.urls", **PRODUCTION)
class OtherHeaderTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def test_every_response_type_sends_the_hardening_headers(self):
        for path in ("/vi/", "/vi/khong-co/", "/static/css/site.css", "/admin/login/"):
            with self.subTest(path=path):
                response = self.client.get(path, secure=True)
                self.assertEqual(
                    response["Strict-Transport-Security"],
                    "max-age=63072000; includeSubDomains; preload",
                )
                self.assertEqual(response["X-Content-Type-Options"], "nosniff")
                self.assertEqual(response["Referrer-Policy"], "strict-origin-when-cross-origin")
                self.assertEqual(response["Cross-Origin-Opener-Policy"], "same-origin")
                self.assertEqual(response["Cross-Origin-Resource-Policy"], "same-origin")
                permissions = response["Permissions-Policy"]
                for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
                    self.assertIn(feature, permissions)

    def test_plain_http_redirects_to_https_on_the_same_host(self):
        response = self.client.get("/vi/", secure=False)
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], "https://testserver/vi/")

    def test_https_redirect_carries_the_security_headers(self):
        # SecurityMiddleware answers the redirect itself: the header middlewares
        # must sit outside it to see that answer (docs/security.md).
        for path in ("/vi/", "/static/css/site.css", "/media/x.jpg", "/admin/login/"):
            with self.subTest(path=path):
                response = self.client.get(path, secure=False)
                self.assertEqual(response.status_code, 301)
                self.assertEqual(response["X-Content-Type-Options"], "nosniff")
                self.assertEqual(response["X-Frame-Options"], "DENY")
                self.assertEqual(response["Referrer-Policy"], "strict-origin-when-cross-origin")
                self.assertEqual(response["Cross-Origin-Resource-Policy"], "same-origin")
                self.assertIn("camera=()", response["Permissions-Policy"])
                directives = csp_directives(response["Content-Security-Policy"])
                self.assertEqual(directives["frame-ancestors"], ["'none'"])

    def test_cookies_are_secure_httponly_and_samesite_in_production(self):
        get_user_model().objects.create_user("cookie-editor", password="right-pass-4821")
        page = self.client.get("/admin/login/", secure=True)
        token = page.cookies["csrftoken"].value
        response = self.client.post(
            "/admin/login/",
            {
                "username": "cookie-editor",
                "password": "right-pass-4821",
                "csrfmiddlewaretoken": token,
            },
            secure=True,
        )
        self.assertEqual(response.status_code, 302)
        for name in ("csrftoken", "sessionid"):
            cookie = self.client.cookies[name]
            with self.subTest(cookie=name):
                self.assertTrue(cookie["secure"])
                self.assertTrue(cookie["httponly"])
                self.assertEqual(cookie["samesite"], "Lax")

    def test_uploads_that_are_not_images_are_not_served_from_media(self):
        # Served here before issue 9; documents now go through Wagtail's
        # privacy checks (tests/security/test_documents.py).
        hostile = ContentFile(b"<script>alert(1)</script>")
        name = default_storage.save("documents/page.html", hostile)
        response = self.client.get(f"/media/{name}", secure=True)
        self.assertEqual(response.status_code, 404)
        self.assertNotIn(b"alert(1)", response.content)

    def test_media_paths_outside_the_storage_are_not_found(self):
        for path in (
            "/media/../manage.py",
            "/media/%2e%2e/manage.py",
            "/media/original_images/missing.png",
        ):
            with self.subTest(path=path):
                response = self.client.get(path, secure=True)
                self.assertEqual(response.status_code, 404)
