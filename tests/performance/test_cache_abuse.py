"""The page cache against a broken disk and hostile request streams (issue 9, defects 3 and 4).

The caches here are the production ones (``FailOpenFileBasedCache`` in a
folder, core/cache_backends.py), counted by their files on disk.
"""

import logging
import shutil
import tempfile
import time
from pathlib import Path
from unittest import mock

from django.core.cache import caches
from django.test import TestCase, override_settings

from core import cache as page_cache
from wayfinding.codes import PAGE, encode

from ..events.helpers import build_event_tree
from ..utils import soup


def file_caches(folder, max_entries=5000):
    """CACHES as production builds them (settings.base.cache_settings), in ``folder``."""
    backend = "core.cache_backends.FailOpenFileBasedCache"
    return {
        alias: {
            "BACKEND": backend,
            "LOCATION": str(Path(folder) / alias),
            "OPTIONS": {"MAX_ENTRIES": size},
        }
        for alias, size in (("default", max_entries), ("variants", max_entries), ("generation", 5))
    }


def stored_entries(folder):
    """Cache files per alias under ``folder``."""
    return {
        alias: sorted(path.name for path in (Path(folder) / alias).glob("*.djcache"))
        for alias in ("default", "variants", "generation")
    }


class CacheFolderTestCase(TestCase):
    """Each test with its own cache folder, in the production layout."""

    max_entries = 5000

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_event_tree()

    def setUp(self):
        self.folder = Path(tempfile.mkdtemp(prefix="hcv-cache-test-"))
        self.addCleanup(shutil.rmtree, self.folder, True)
        settings = override_settings(CACHES=file_caches(self.folder, self.max_entries))
        settings.enable()
        self.addCleanup(settings.disable)

    def public_urls(self):
        """One URL of every public kind, with the status it answers."""
        village = self.tree.bat_trang
        return {
            "language chooser": ("/", 302),
            "home": ("/vi/", 200),
            "home en": ("/en/", 200),
            "village index": ("/en/villages/", 200),
            "village index filtered": ("/en/villages/?craft=ceramics", 200),
            "village index page 1": ("/en/villages/?page=1", 200),
            "village": ("/en/villages/bat-trang/", 200),
            "story index": ("/en/stories/", 200),
            "story": ("/en/stories/bat-trang-ceramics/", 200),
            "route index": ("/en/routes/", 200),
            "route": ("/en/routes/west-lake/", 200),
            "event index": ("/vi/events/", 200),
            "event": ("/vi/events/bat-trang-ocop-2025/", 200),
            "event index calendar": ("/vi/events/feed.ics", 200),
            "event calendar": ("/vi/events/bat-trang-ocop-2025/event.ics", 200),
            "route download": ("/en/routes/west-lake/route.gpx", 200),
            "driver card": (f"/en/driver/village/{village.pk}/", 200),
            "short link": (f"/go/{encode(PAGE, village.pk)}", 302),
            "my day": ("/en/my-day/", 200),
            "offline": ("/en/offline/", 200),
            "sitemap": ("/sitemap.xml", 200),
            "language sitemap": ("/sitemap-en.xml", 200),
            "robots": ("/robots.txt", 200),
            "not found": ("/en/no-such-page/", 404),
            "bad filter": ("/en/villages/?craft=nothing", 404),
        }


class BrokenCacheFolderTests(CacheFolderTestCase):
    """Defect 3: a cache folder that cannot be written (here: a file stands where it should be)."""

    def setUp(self):
        super().setUp()
        blocker = self.folder / "blocked"
        blocker.write_text("a file where the cache folder should be")
        settings = override_settings(CACHES=file_caches(blocker))
        settings.enable()
        self.addCleanup(settings.disable)

    def test_every_public_url_answers_as_usual_uncached_and_the_failure_is_logged_once(self):
        with self.assertLogs("core.cache", level="ERROR") as logs:
            for name, (path, status) in self.public_urls().items():
                for _attempt in range(2):
                    with self.subTest(name=name, attempt=_attempt):
                        response = self.client.get(path)
                        self.assertEqual(response.status_code, status, path)
                        self.assertNotIn("X-Cache", response)
        self.assertEqual(len(logs.records), 1, [record.getMessage() for record in logs.records])
        self.assertIn("uncached", logs.records[0].getMessage())
        health = page_cache.cache_health()
        self.assertFalse(health["ok"])
        self.assertRegex(health["since"], r"^\d{4}-\d{2}-\d{2}T")

    def test_the_data_caches_build_their_values_uncached(self):
        self.assertEqual(page_cache.remember("answer", [1], lambda: 42), 42)
        self.assertIsNone(page_cache.generation())
        self.assertFalse(page_cache.cache_health()["ok"])


@override_settings(ALLOWED_HOSTS=["testserver", "localhost"])
class CanonicalUrlTests(CacheFolderTestCase):
    """Defect 4: spellings of a URL that a page ignores store nothing and lead to its one URL."""

    JUNK = {
        # request → the canonical URL it is redirected to
        "/en/villages/bat-trang/?month=x1": "/en/villages/bat-trang/",
        "/en/villages/?page=01": "/en/villages/?page=1",
        "/en/villages/?page=%2B1": "/en/villages/?page=1",
        "/en/villages/?page=+1": "/en/villages/?page=1",  # "+" is a space: " 1"
        "/en/villages/?page=%D9%A1": "/en/villages/?page=1",  # Arabic-Indic one
        "/en/villages/?experience=&experience=": "/en/villages/",
        "/en/villages/?craft=ceramics&craft=ceramics&utm_source=x": "/en/villages/?craft=ceramics",
        "/en/villages/?distance=&craft=ceramics": "/en/villages/?craft=ceramics",
        "/vi/events/?when=upcoming": "/vi/events/",
        "/vi/events/?month=%D9%A2%D9%A0%D9%A2%D9%A5-%D9%A0%D9%A1": "/vi/events/?month=2025-01",
        "/en/stories/?kind=&fbclid=1": "/en/stories/",
    }

    def warm(self):
        canonical = set(self.JUNK.values())
        for path in canonical:
            self.client.get(path)
            self.assertEqual(self.client.get(path)["X-Cache"], "HIT", path)
        # An unknown host reads the list of Sites once (one entry for all hosts).
        self.client.get("/en/", HTTP_HOST="localhost:2")
        return stored_entries(self.folder)

    def test_each_junk_spelling_is_redirected_to_the_canonical_url_and_stores_nothing(self):
        before = self.warm()
        for junk, canonical in self.JUNK.items():
            with self.subTest(junk=junk):
                response = self.client.get(junk)
                self.assertEqual(response.status_code, 301)
                self.assertEqual(response["Location"], canonical)
                followed = self.client.get(junk, follow=True)
                self.assertEqual(followed.status_code, 200)
                self.assertEqual(followed["X-Cache"], "HIT")
        self.assertEqual(stored_entries(self.folder), before)

    def test_the_links_the_listings_write_are_their_canonical_urls(self):
        listings = (
            "/en/villages/?craft=ceramics",
            "/vi/events/?when=past",
            f"/vi/events/?village={self.tree.bat_trang.slug}&month=2025-12",
            "/en/stories/",
        )
        checked = 0
        for listing in listings:
            response = self.client.get(listing)
            self.assertEqual(response.status_code, 200, listing)
            links = {a["href"] for a in soup(response).select('main a[href^="?"]')}
            checked += len(links)
            for link in links:
                path = listing.split("?")[0] + link.replace("&amp;", "&")
                with self.subTest(link=path):
                    self.assertIn(self.client.get(path).status_code, (200, 404))
        self.assertGreater(checked, 3)

    def test_any_percent_encoding_of_a_canonical_url_is_the_same_cache_entry(self):
        before = self.warm()
        response = self.client.get("/en/villages/?craft=%63eramics")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["X-Cache"], "HIT")
        self.assertEqual(stored_entries(self.folder), before)

    def test_unknown_hosts_are_answered_but_never_stored(self):
        before = self.warm()
        for host in ("localhost:1", "localhost:8123", "LOCALHOST", "localhost.", "testserver:99"):
            with self.subTest(host=host):
                response = self.client.get("/en/villages/bat-trang/", HTTP_HOST=host)
                self.assertEqual(response.status_code, 200)
                self.assertNotIn("X-Cache", response)
        self.assertEqual(stored_entries(self.folder), before)

    def test_a_known_host_is_stored_under_its_own_name(self):
        self.client.get("/en/villages/bat-trang/", HTTP_HOST="localhost")
        response = self.client.get("/en/villages/bat-trang/", HTTP_HOST="localhost")
        self.assertEqual(response["X-Cache"], "HIT")
        self.assertEqual(response.wsgi_request.get_host(), "localhost")


class FloodTests(CacheFolderTestCase):
    """A flood of junk and of valid filter combinations, against caches of 40 entries."""

    max_entries = 40

    def test_the_generation_and_the_plain_pages_survive_a_flood(self):
        pages = ["/en/", "/en/villages/", "/en/villages/bat-trang/", "/en/stories/", "/vi/events/"]
        for path in pages:
            self.client.get(path)
        generation = page_cache.generation()
        junk = [f"/en/villages/?page=0{n}" for n in range(1, 60)]
        junk += [f"/en/villages/bat-trang/?month=x{n}" for n in range(60)]
        junk += [f"/en/stories/?utm_source={n}" for n in range(60)]
        for path in junk:
            self.assertEqual(self.client.get(path).status_code, 301, path)
        # Valid, distinct filtered lists fill the variants cache past its size.
        for n in range(45):
            response = self.client.get(f"/vi/events/?month={2030 + n // 12}-{n % 12 + 1:02d}")
            self.assertEqual(response.status_code, 200)
        for path in junk[:5]:
            self.client.get(path, HTTP_HOST="localhost:1")
        self.assertEqual(page_cache.generation(), generation)
        for path in pages:
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path)["X-Cache"], "HIT")
        entries = stored_entries(self.folder)
        # The content and the page generation; the path tokens live with the pages.
        self.assertEqual(len(entries["generation"]), 2)
        self.assertLessEqual(len(entries["variants"]), self.max_entries)


class RecoveryTests(CacheFolderTestCase):
    def test_after_a_failure_the_cache_is_used_again_with_a_new_generation(self):
        path = "/en/villages/bat-trang/"
        self.client.get(path)
        self.assertEqual(self.client.get(path)["X-Cache"], "HIT")
        old = page_cache.generation()
        with self.assertLogs("core.cache", level="ERROR"):
            page_cache.cache_failed(OSError(28, "No space left on device"))
        self.assertNotIn("X-Cache", self.client.get(path))
        self.assertFalse(page_cache.cache_health()["ok"])
        later = time.monotonic() + page_cache.RETRY_SECONDS + 1
        with (
            mock.patch("core.cache.time.monotonic", return_value=later),
            self.assertLogs("core.cache", level=logging.WARNING),
        ):
            self.assertEqual(self.client.get(path)["X-Cache"], "MISS")
        self.assertNotEqual(page_cache.generation(), old)
        self.assertEqual(page_cache.cache_health(), {"ok": True, "since": None})
        self.assertEqual(
            caches["generation"].get(page_cache.GENERATION_KEY), page_cache.generation()
        )
