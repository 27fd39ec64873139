"""What a page-cache hit asks of the cache backends: one read of the page
generation and one round trip to the page's own cache (core/cache.py)."""

from contextlib import ExitStack
from unittest import mock

from django.core.cache import caches
from django.test import TestCase

from core import cache as page_cache

from ..scenario import build_language_tree

ALIASES = ("default", "variants", "generation")
OPERATIONS = ("get", "get_many", "has_key", "add", "set", "set_many", "delete", "delete_many")


class PageCacheHitReadsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def backend_calls(self, path):
        """The response to ``path`` and each (alias, operation) it called, in order.

        Only the site's own calls: Django's local backends answer ``get_many``
        with a ``get`` per key, which Redis's answers in one ``MGET``.
        """
        calls, depth = [], []
        with ExitStack() as stack:
            for alias in ALIASES:
                backend = caches[alias]
                for name in OPERATIONS:
                    original = getattr(backend, name)

                    def record(*args, _alias=alias, _name=name, _original=original, **kwargs):
                        if not depth:
                            calls.append((_alias, _name))
                        depth.append(_name)
                        try:
                            return _original(*args, **kwargs)
                        finally:
                            depth.pop()

                    stack.enter_context(mock.patch.object(backend, name, record))
            response = self.client.get(path)
        return response, calls

    def test_a_hit_reads_the_generation_and_then_the_token_and_page_in_one_round_trip(self):
        for path, alias in (
            ("/vi/villages/bat-trang/", "default"),
            ("/en/villages/", "default"),
            ("/vi/villages/?craft=ceramics", "variants"),
        ):
            with self.subTest(path=path):
                self.client.get(path)
                response, calls = self.backend_calls(path)
                self.assertEqual(response["X-Cache"], "HIT")
                self.assertEqual(calls, [("generation", "get"), (alias, "get_many")])

    def test_a_purged_path_is_a_miss_in_both_caches_and_other_paths_still_hit(self):
        paths = ("/vi/villages/", "/vi/villages/?craft=ceramics", "/vi/stories/")
        for path in paths:
            self.client.get(path)
        page_cache.pages_changed(["http://testserver/vi/villages/"])
        self.assertEqual(self.client.get(paths[0])["X-Cache"], "MISS")
        self.assertEqual(self.client.get(paths[1])["X-Cache"], "MISS")
        self.assertEqual(self.client.get(paths[2])["X-Cache"], "HIT")
        for path in paths:
            self.assertEqual(self.client.get(path)["X-Cache"], "HIT", path)

    def test_a_culled_path_token_retires_only_that_paths_pages(self):
        paths = ("/vi/villages/bat-trang/", "/vi/stories/")
        for path in paths:
            self.client.get(path)
        caches["default"].delete(page_cache._path_token_key(paths[0]))
        self.assertEqual(self.client.get(paths[0])["X-Cache"], "MISS")
        self.assertEqual(self.client.get(paths[1])["X-Cache"], "HIT")
        self.assertEqual(self.client.get(paths[0])["X-Cache"], "HIT")
