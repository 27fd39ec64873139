"""Which navigations the service worker saves, answers or leaves alone.

The worker compiles the very expressions ``offline.services.url_rules``
returns (they reach it in ``CONFIG`` at the top of /sw.js), so checking them
here checks the worker's rules; tests/browser/test_offline.py checks the
worker applying them in Chromium.
"""

import json
import re

from django.test import SimpleTestCase

from offline.services import classify, service_worker_script, url_rules


class UrlRuleTests(SimpleTestCase):
    def test_pages_under_a_language_prefix_are_saved_and_grouped_by_kind(self):
        cases = {
            "/vi/villages/bat-trang/": "village",
            "/ja/villages/van-phuc/": "village",
            "/en/routes/west-lake-morning-quang-an/": "route",
            "/fr/my-day/": "my_day",
            "/ko/driver/village/12/": "driver",
            "/en/villages/bat-trang/driver/": "driver",
            "/en/": "other",
            "/en/villages/": "other",
            "/it/routes/": "other",
            "/en/stories/a-kiln-at-dusk/": "other",
        }
        for path, kind in cases.items():
            with self.subTest(path=path):
                self.assertEqual(classify(path), ("save", kind))

    def test_admin_short_links_documents_and_the_worker_are_never_touched(self):
        for path in (
            "/admin/",
            "/admin/pages/3/edit/",
            "/admin/login/",
            "/go/bt7",
            "/en/go/bt7",
            "/documents/12/hours.pdf",
            "/healthz",
            "/sw.js",
        ):
            with self.subTest(path=path):
                self.assertEqual(classify(path), ("bypass", None))

    def test_the_offline_page_is_answered_but_never_saved_as_a_visited_page(self):
        for language in ("vi", "en", "ja"):
            with self.subTest(language=language):
                self.assertEqual(classify(f"/{language}/offline/"), ("unsaved", None))

    def test_paths_without_a_language_get_the_network_or_the_offline_page(self):
        for path in ("/", "/my-day/", "/sitemap.xml", "/villages/bat-trang/", "/xx/villages/"):
            with self.subTest(path=path):
                self.assertEqual(classify(path), ("offline", None))

    def test_a_path_that_only_starts_like_a_language_is_not_a_page(self):
        self.assertEqual(classify("/english/"), ("offline", None))
        self.assertEqual(classify("/en"), ("offline", None))

    def test_the_worker_receives_these_rules_verbatim(self):
        script = service_worker_script()
        config = json.loads(re.match(r"const CONFIG = (\{.*?\n\});\n", script, re.S).group(1))
        self.assertEqual(config["rules"], json.loads(json.dumps(url_rules())))

    def test_rules_use_only_syntax_that_javascript_reads_alike(self):
        """No look-behind, named group, inline flag or possessive form: read otherwise in JS."""
        rules = url_rules()
        patterns = [rules["page"], *rules["bypass"], *rules["unsaved"]]
        patterns += [pattern for _kind, pattern in rules["kinds"]]
        for pattern in patterns:
            with self.subTest(pattern=pattern):
                self.assertIsNone(re.search(r"\(\?(?:<|P|[aiLmsux])|\+\+|\*\+", pattern))
                self.assertTrue(pattern.startswith("^"))
