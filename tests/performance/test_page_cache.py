"""The anonymous page cache: what it keeps, for whom, and when it lets go (core/cache.py)."""

from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory, TestCase, override_settings
from django.urls import ResolverMatch

from core.cache import PageCacheMiddleware
from core.models import NavigationMenu
from core.query import canonical_redirect

from ..scenario import build_language_tree
from ..utils import html_attrs, soup


class PageCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def get(self, path, **kwargs):
        response = self.client.get(path, **kwargs)
        self.assertEqual(response.status_code, 200, path)
        return response

    def test_second_anonymous_request_is_served_from_the_cache_without_queries(self):
        first = self.get("/vi/villages/bat-trang/")
        self.assertEqual(first["X-Cache"], "MISS")
        with self.assertNumQueries(0):
            second = self.get("/vi/villages/bat-trang/")
        self.assertEqual(second["X-Cache"], "HIT")
        self.assertEqual(second.content, first.content)
        self.assertEqual(second["Content-Type"], first["Content-Type"])
        self.assertEqual(second["Content-Language"], "vi")

    def test_cached_pages_keep_the_security_headers(self):
        first = self.get("/en/stories/")
        second = self.get("/en/stories/")
        self.assertEqual(second["X-Cache"], "HIT")
        for header in (
            "Content-Security-Policy",
            "X-Frame-Options",
            "X-Content-Type-Options",
            "Referrer-Policy",
        ):
            with self.subTest(header=header):
                self.assertEqual(second.get(header), first.get(header))
                self.assertTrue(second.get(header))

    def test_each_language_has_its_own_copy(self):
        vi = self.get("/vi/villages/bat-trang/")
        self.get("/vi/villages/bat-trang/")  # now cached in Vietnamese
        fr = self.get("/fr/villages/bat-trang/", HTTP_ACCEPT_LANGUAGE="vi")
        self.assertEqual(fr["X-Cache"], "MISS")
        self.assertEqual(html_attrs(fr), ("fr", "ltr"))
        self.assertNotEqual(fr.content, vi.content)
        self.assertEqual(
            soup(fr).select_one("main h1").get_text(strip=True), self.tree.fr["village"].title
        )

    def test_query_strings_have_their_own_copy_and_unknown_parameters_are_redirected_away(self):
        self.get("/vi/villages/")
        filtered = self.get("/vi/villages/?craft=ceramics")
        self.assertEqual(filtered["X-Cache"], "MISS")
        # A parameter no page reads (a campaign tag) leads to the page's one URL.
        tracked = self.client.get("/vi/villages/?craft=ceramics&utm_source=newsletter")
        self.assertEqual(tracked.status_code, 301)
        self.assertEqual(tracked["Location"], "/vi/villages/?craft=ceramics")
        self.assertNotIn("X-Cache", tracked)

    def test_the_language_chooser_and_not_found_pages_are_not_cached(self):
        for _ in range(2):
            response = self.client.get("/", HTTP_ACCEPT_LANGUAGE="fr")
            self.assertEqual(response.status_code, 302)
            self.assertNotIn("X-Cache", response)
        for _ in range(2):
            response = self.client.get("/fr/stories/")
            self.assertEqual(response.status_code, 404)
            self.assertNotIn("X-Cache", response)

    def test_signed_in_editors_are_never_served_or_stored_from_the_cache(self):
        self.get("/vi/villages/bat-trang/")
        self.get("/vi/villages/bat-trang/")
        editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
        self.client.force_login(editor)
        response = self.get("/vi/villages/bat-trang/")
        self.assertNotIn("X-Cache", response)
        self.client.logout()
        self.client.cookies.clear()
        # The editor's visit did not replace the anonymous copy.
        self.assertEqual(self.get("/vi/villages/bat-trang/")["X-Cache"], "HIT")

    def test_a_preview_shows_the_draft_never_the_cached_page_and_is_not_stored(self):
        page = self.tree.bat_trang
        self.get(page.url)
        self.assertEqual(self.get(page.url)["X-Cache"], "HIT")
        page.title = "Bát Tràng (bản nháp)"
        page.save_revision()
        preview = page.make_preview_request()
        self.assertEqual(preview.status_code, 200)
        self.assertNotIn("X-Cache", preview)
        self.assertIn("Bát Tràng (bản nháp)", preview.content.decode())
        public = self.get(page.url)
        self.assertNotIn("bản nháp", public.content.decode())

    def test_publishing_in_vietnamese_refreshes_the_vietnamese_and_english_listings(self):
        # Vạn Phúc exists only in Vietnamese: the English index lists it under
        # "also in other languages", so a Vietnamese publish changes both.
        for path in ("/vi/villages/", "/en/villages/"):
            self.get(path)
            self.assertEqual(self.get(path)["X-Cache"], "HIT")
        page = self.tree.van_phuc
        page.title = "Vạn Phúc – lụa"
        page.save_revision().publish()
        for path in ("/vi/villages/", "/en/villages/"):
            with self.subTest(path=path):
                response = self.get(path)
                self.assertEqual(response["X-Cache"], "MISS")
                self.assertIn("Vạn Phúc – lụa", response.content.decode())

    def test_unpublishing_removes_the_page_from_the_cache(self):
        story = self.tree.en["story"]
        self.get(story.url)
        self.assertEqual(self.get(story.url)["X-Cache"], "HIT")
        story.unpublish()
        self.assertEqual(self.client.get(story.url).status_code, 404)

    def test_moving_a_page_refreshes_its_old_address(self):
        van_phuc = self.tree.van_phuc
        self.get(van_phuc.url)
        self.get("/vi/stories/")
        van_phuc.move(self.tree.stories, pos="last-child")
        # Not the cached page any more: Wagtail's redirect to the new address.
        old = self.client.get("/vi/villages/van-phuc/")
        self.assertEqual(old.status_code, 301)
        self.assertEqual(old["Location"], "/vi/stories/van-phuc/")
        self.assertEqual(self.get("/vi/stories/")["X-Cache"], "MISS")

    def test_changing_a_menu_refreshes_every_page(self):
        path = "/en/routes/"
        self.get(path)
        self.assertEqual(self.get(path)["X-Cache"], "HIT")
        menu = NavigationMenu.objects.get(locale__language_code="en", handle="header")
        item = menu.items.first()
        item.label = "Every village"
        item.save()
        response = self.get(path)
        self.assertEqual(response["X-Cache"], "MISS")
        self.assertIn("Every village", response.content.decode())

    @override_settings(PAGE_CACHE_ENABLED=False)
    def test_the_cache_can_be_switched_off(self):
        self.get("/vi/")
        self.assertNotIn("X-Cache", self.get("/vi/"))


class StorePolicyTests(TestCase):
    """Responses that must differ per visitor are never stored."""

    def serve(self, prepare=None, response=None):
        request = RequestFactory().get("/vi/villages/")
        request.resolver_match = ResolverMatch(lambda r: None, ("villages/",), {}, "wagtail_serve")
        # What BasePage.serve does: the URL is the page's canonical one.
        self.assertIsNone(canonical_redirect(request, ()))
        if prepare:
            prepare(request)
        return request, response or HttpResponse("<p>page</p>")

    def assert_not_stored(self, prepare=None, response=None):
        request, response = self.serve(prepare, response)
        self.assertFalse(PageCacheMiddleware.cacheable_response(request, response))

    def test_a_plain_page_is_stored(self):
        request, response = self.serve()
        self.assertTrue(PageCacheMiddleware.cacheable_request(request))
        self.assertTrue(PageCacheMiddleware.cacheable_response(request, response))

    def test_a_url_its_page_did_not_call_canonical_is_not_stored(self):
        self.assert_not_stored(lambda request: setattr(request, "canonical_query", False))

    def test_a_page_that_used_the_csp_nonce_is_not_stored(self):
        self.assert_not_stored(lambda request: setattr(request, "_csp_nonce", "n0nce"))

    def test_a_page_that_used_a_csrf_token_is_not_stored(self):
        self.assert_not_stored(get_token)

    def test_a_page_that_sets_a_cookie_is_not_stored(self):
        response = HttpResponse("<p>page</p>")
        response.set_cookie("seen", "1")
        self.assert_not_stored(response=response)

    def test_private_or_no_store_pages_are_not_stored(self):
        for value in ("private, max-age=60", "no-store", "no-cache"):
            with self.subTest(cache_control=value):
                response = HttpResponse("<p>page</p>")
                response["Cache-Control"] = value
                self.assert_not_stored(response=response)

    def test_pages_that_vary_on_the_language_header_are_not_stored(self):
        response = HttpResponse("<p>page</p>")
        response["Vary"] = "Accept-Language, Cookie"
        self.assert_not_stored(response=response)

    def test_other_views_and_errors_are_not_stored(self):
        self.assert_not_stored(response=HttpResponse("gone", status=404))
        request = RequestFactory().get("/vi/villages/")
        request.resolver_match = ResolverMatch(lambda r: None, (), {}, "search")
        self.assertFalse(PageCacheMiddleware.cacheable_response(request, HttpResponse("x")))

    def test_requests_with_a_session_or_without_a_language_prefix_skip_the_cache(self):
        factory = RequestFactory()
        with_session = factory.get("/vi/", HTTP_COOKIE="sessionid=abc")
        self.assertFalse(PageCacheMiddleware.cacheable_request(with_session))
        self.assertFalse(PageCacheMiddleware.cacheable_request(factory.get("/villages/")))
        self.assertFalse(PageCacheMiddleware.cacheable_request(factory.post("/vi/")))
