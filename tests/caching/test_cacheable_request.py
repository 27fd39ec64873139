"""Which requests the page cache looks at, decided before any URL is resolved (core/cache.py)."""

from unittest import mock

from django.test import RequestFactory, SimpleTestCase, override_settings
from django.urls import reverse

from core import cache
from core.cache import UNPREFIXED_CACHED_PREFIX, UNPREFIXED_CACHED_VIEWS, PageCacheMiddleware


@override_settings(PAGE_CACHE_ENABLED=True)
class CacheableRequestTests(SimpleTestCase):
    def setUp(self):
        self.factory = RequestFactory()

    def cacheable(self, request):
        with mock.patch.object(cache, "resolve", wraps=cache.resolve) as resolve:
            answer = PageCacheMiddleware.cacheable_request(request)
        return answer, resolve.call_count

    def test_the_sitemaps_paths_begin_with_the_prefix_checked_before_resolving(self):
        paths = [reverse("sitemap"), reverse("sitemap_language", kwargs={"section": "en"})]
        self.assertEqual(len(paths), len(UNPREFIXED_CACHED_VIEWS))
        for path in paths:
            with self.subTest(path=path):
                self.assertTrue(path.startswith(UNPREFIXED_CACHED_PREFIX))
                self.assertEqual(self.cacheable(self.factory.get(path)), (True, 1))

    def test_other_unprefixed_paths_are_refused_without_resolving(self):
        for path in ("/", "/static/css/site.css", "/favicon.ico", "/admin/", "/no-such-path/"):
            with self.subTest(path=path):
                self.assertEqual(self.cacheable(self.factory.get(path)), (False, 0))

    def test_language_paths_are_cacheable_without_resolving(self):
        self.assertEqual(self.cacheable(self.factory.get("/vi/villages/")), (True, 0))

    def test_posts_and_sessions_are_refused_without_resolving(self):
        session = self.factory.get("/sitemap.xml")
        session.COOKIES["sessionid"] = "x"
        for request in (self.factory.post("/sitemap.xml"), self.factory.head("/en/"), session):
            with self.subTest(method=request.method):
                self.assertEqual(self.cacheable(request), (False, 0))
