"""Who may keep a response: shared caches only for public pages, never a visitor's own.

The page cache's rules decide both (core/cache.py, ``SHARED_CACHE_CONTROL``):
a response that carries a session, a CSRF token, a CSP nonce or ``private``
must never say ``public`` or ``s-maxage``.
"""

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.utils.cache import cc_delim_re

from core.cache import SHARED_CACHE_CONTROL

from ..scenario import build_language_tree

PUBLIC_PAGES = (
    "/vi/",
    "/en/",
    "/ja/",
    "/vi/villages/",
    "/en/villages/",
    "/vi/villages/bat-trang/",
    "/fr/villages/bat-trang/",
    "/vi/stories/bat-trang-ceramics/",
    "/en/routes/west-lake/",
    "/vi/villages/?craft=ceramics",
    # The sitemaps: no language prefix, the same for every visitor (core/sitemaps.py).
    "/sitemap.xml",
    "/sitemap-vi.xml",
    "/sitemap-en.xml",
)


def directives(response):
    value = response.get("Cache-Control", "")
    return {part.split("=")[0].strip().lower() for part in cc_delim_re.split(value) if part}


def vary(response):
    return {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", "")) if part}


class CacheControlTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()
        cls.editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")

    def assert_not_shared(self, response, label):
        shared = directives(response) & {"public", "s-maxage"}
        self.assertFalse(shared, f"{label}: {response.get('Cache-Control')}")

    def assert_never_shares_a_visitors_own(self, response, label):
        """The invariant: a shared-cache header never goes with anything per visitor."""
        if not directives(response) & {"public", "s-maxage"}:
            return
        content = b"" if response.streaming else response.content
        with self.subTest(label=label):
            self.assertFalse(response.cookies, label)
            self.assertNotIn("private", directives(response), label)
            self.assertNotIn(b"csrfmiddlewaretoken", content, label)
            self.assertNotIn(b"nonce=", content, label)

    def test_public_pages_may_be_kept_by_a_shared_cache_on_a_miss_and_a_hit(self):
        for path in PUBLIC_PAGES:
            for attempt in ("MISS", "HIT"):
                with self.subTest(path=path, attempt=attempt):
                    response = self.client.get(path)
                    self.assertEqual(response.status_code, 200)
                    self.assertEqual(response["X-Cache"], attempt)
                    self.assertEqual(response["Cache-Control"], SHARED_CACHE_CONTROL)
                    # Language is in the path: no Accept-Language; a session changes the page.
                    self.assertIn("cookie", vary(response))
                    self.assertNotIn("accept-language", vary(response))
                    self.assert_never_shares_a_visitors_own(response, path)

    def test_pages_for_one_visitor_never_get_a_shared_cache_header(self):
        village = self.tree.bat_trang
        never = {
            "/": {},
            "/vi/search/?q=gom": {},
            "/vi/my-day/": {},
            f"/vi/report/{village.pk}/": {},
            f"/vi/enquiry/{village.pk}/": {},
            "/admin/login/": {},
            "/vi/no-such-page/": {},
            "/sitemap-en.xml?p=9": {},
            "/sitemap-en.xml?p=01": {},
            "/vi/feeds/stories.rss": {},
            "/vi/villages/?utm_source=x": {},
            "/vi/villages/bat-trang/?page=01": {},
            # A host the site was not set up for is answered, never stored or shared.
            "/en/villages/bat-trang/": {"HTTP_HOST": "localhost:1"},
        }
        for path, headers in never.items():
            with self.subTest(path=path):
                response = self.client.get(path, **headers)
                self.assert_not_shared(response, path)
                self.assert_never_shares_a_visitors_own(response, path)

    def test_a_signed_in_editor_never_gets_a_shared_cache_header(self):
        self.client.force_login(self.editor)
        for path in (*PUBLIC_PAGES, "/admin/", f"/admin/pages/{self.tree.bat_trang.pk}/edit/"):
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assert_not_shared(response, path)
                self.assertIn("private", directives(response))

    def test_a_preview_never_gets_a_shared_cache_header(self):
        preview = self.tree.bat_trang.make_preview_request()
        self.assertEqual(preview.status_code, 200)
        self.assert_not_shared(preview, "preview")

    def test_a_session_cookie_skips_the_shared_header_even_on_a_cached_page(self):
        self.client.get("/vi/villages/")
        self.client.cookies["sessionid"] = "not-a-session"
        response = self.client.get("/vi/villages/")
        self.assertNotIn("X-Cache", response)
        self.assert_not_shared(response, "with a session cookie")


class PoisoningTests(TestCase):
    """What one visitor sends never decides what the next one is served."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def test_forwarded_host_and_language_headers_do_not_change_the_stored_page(self):
        path = "/vi/villages/bat-trang/"
        first = self.client.get(
            path, HTTP_X_FORWARDED_HOST="evil.example", HTTP_ACCEPT_LANGUAGE="fr, en;q=0.5"
        )
        self.assertEqual(first.status_code, 200)
        self.assertNotIn(b"evil.example", first.content)
        self.assertIn(b'lang="vi"', first.content)
        plain = self.client.get(path)
        self.assertEqual(plain["X-Cache"], "HIT")
        self.assertEqual(plain.content, first.content)

    def test_each_language_prefix_is_its_own_entry_whatever_accept_language_says(self):
        vi = self.client.get("/vi/villages/bat-trang/", HTTP_ACCEPT_LANGUAGE="en")
        en = self.client.get("/en/villages/bat-trang/", HTTP_ACCEPT_LANGUAGE="vi")
        self.assertIn(b'lang="vi"', vi.content)
        self.assertIn(b'lang="en"', en.content)
        self.assertIn(b'lang="en"', self.client.get("/en/villages/bat-trang/").content)

    def test_an_unknown_host_is_not_stored_for_the_real_one(self):
        self.client.get("/en/villages/bat-trang/", HTTP_HOST="localhost:1")
        response = self.client.get("/en/villages/bat-trang/")
        self.assertEqual(response["X-Cache"], "MISS")

    def test_query_junk_is_redirected_not_stored(self):
        junk = self.client.get("/vi/villages/?craft=ceramics&utm_source=x&junk=%00")
        self.assertIn(junk.status_code, (301, 400))
        self.assertNotIn("X-Cache", junk)
        self.assertNotIn("s-maxage", junk.get("Cache-Control", ""))
