"""The Markdown version of each page (api/markdown.py) and llms.txt (api/llms.py)."""

import datetime
import re

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext, pgettext

from core import formats
from core.templatetags.core_tags import duration
from products.ocop import certificate_words
from tests.utils import count_queries

from .site import LANGUAGES, build_site

MARKDOWN_PATHS = {
    "home": "index.md",
    "villages": "villages.md",
    "village": "villages/bat-trang.md",
    "producer": "villages/bat-trang/co-op.md",
    "product": "villages/bat-trang/co-op/tea-set.md",
    "products": "products.md",
    "stories": "stories.md",
    "story": "stories/clay.md",
    "routes": "routes.md",
    "route": "routes/river-day.md",
    "events": "events.md",
    "event": "events/fair.md",
    "standard": "about.md",
}


class MarkdownTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.trees, cls.extra = build_site()

    def markdown(self, path, status=200):
        response = self.client.get(path)
        self.assertEqual(response.status_code, status, path)
        if status == 200:
            self.assertEqual(response["Content-Type"], "text/markdown; charset=utf-8")
        return response.content.decode()

    def test_every_page_type_has_a_markdown_version_in_each_language(self):
        for language in LANGUAGES:
            for name, path in MARKDOWN_PATHS.items():
                page = self.trees[language][name]
                with self.subTest(language=language, page=name):
                    response = self.client.get(f"/{language}/{path}")
                    self.assertEqual(response.status_code, 200)
                    self.assertEqual(response["Content-Language"], language)
                    # The site's security headers apply to Markdown too.
                    self.assertEqual(response["X-Content-Type-Options"], "nosniff")
                    text = response.content.decode()
                    self.assertTrue(text.startswith(f"# {page.title}\n"), text[:80])
                    self.assertIn(f"<{page.full_url}>", text)

    def test_village_hours_are_the_pages_own_with_to_be_confirmed(self):
        labels = {"vi": "Chờ xác nhận", "en": "To be confirmed", "fr": "À confirmer"}
        for language in LANGUAGES:
            with self.subTest(language=language), translation.override(language):
                text = self.markdown(f"/{language}/villages/bat-trang.md")
                monday = formats.format_time_range(datetime.time(8, 0), datetime.time(17, 30))
                tuesday = formats.format_time_range(datetime.time(8, 30), datetime.time(12, 0))
                self.assertRegex(
                    text, rf"\n- [^\n]+: {re.escape(monday)}\n- [^\n]+: {re.escape(tuesday)}\n"
                )
                self.assertIn(f"Tết {language}", text)
                if language in labels:
                    self.assertIn(f"**{labels[language]}**", text)

    def test_editor_text_cannot_break_the_structure(self):
        text = self.markdown("/en/villages/bat-trang.md")
        self.assertIn("\\# Not a heading \\*en\\*", text)
        self.assertNotIn("\n# Not a heading", text)
        self.assertIn("Pottery **since** the 14th century.", text)

    def test_route_stops_are_in_order_with_their_legs(self):
        for language in LANGUAGES:
            with self.subTest(language=language), translation.override(language):
                text = self.markdown(f"/{language}/routes/river-day.md")
                village = self.trees[language]["village"]
                first = text.index("1. **Hoan Kiem**")
                second = text.index(f"2. **[{village.title}]({village.full_url})**")
                self.assertLess(first, second)
                self.assertIn(duration(40), text[first:second])

    def test_product_lists_its_ocop_results_with_year_and_source(self):
        for language in LANGUAGES:
            product = self.trees[language]["product"]
            with self.subTest(language=language), translation.override(language):
                text = self.markdown(f"/{language}/villages/bat-trang/co-op/tea-set.md")
                rows = sorted(product.certificates.all(), key=lambda row: row.decision_date)
                old, new = (certificate_words(row) for row in rows)
                self.assertIn(f"- {old} (4★)", text)
                self.assertIn(f"- **{new}** (5★)", text)
                self.assertIn("2025", new)
                self.assertIn("Viet Nam News", text)

    def test_event_dates_are_written_as_the_language_writes_them(self):
        for language in LANGUAGES:
            event = self.trees[language]["event"]
            with self.subTest(language=language), translation.override(language):
                text = self.markdown(f"/{language}/events/fair.md")
                self.assertIn(formats.format_date(event.start_date), text)

    def test_producer_trade_facts_and_fairs_keep_years_whole(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                text = self.markdown(f"/{language}/villages/bat-trang/co-op.md")
                self.assertIn("Artigiano in Fiera, Milano (2024)", text)
                self.assertIn("Viet Nam News", text)

    def test_translations_link_each_other_and_never_an_alias(self):
        text = self.markdown("/fr/about.md")
        for language in ("vi", "en", "ja"):
            self.assertIn(f"/{language}/about.md", text)
        self.assertNotIn("/ko/", text)

    def test_aliases_private_drafts_and_unknown_paths_are_404(self):
        for path in (
            "/ko/about.md",
            "/ko/index.md",
            "/vi/villages/private-village.md",
            "/vi/villages/draft-village.md",
            "/vi/villages/nowhere.md",
            "/it/index.md",
            "/vi/" + "a/" * 120 + "b.md",
        ):
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 404)
                self.assertNotIn("SECRET", response.content.decode())

    @override_settings(SHOW_SAMPLE_CONTENT=False)
    def test_sample_pages_are_404_when_the_site_shows_no_samples(self):
        for path in (
            "/vi/events/sample-event.md",
            "/vi/villages/bat-trang/sample-co.md",
            "/vi/villages/bat-trang/sample-co/sample-set.md",
        ):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 404)

    @override_settings(SHOW_SAMPLE_CONTENT=True)
    def test_sample_pages_are_marked_when_shown(self):
        self.assertIn("> **", self.markdown("/vi/villages/bat-trang/sample-co.md"))
        with translation.override("vi"):
            marker = gettext("Demo event: dates are illustrative.")
        self.assertIn(marker, self.markdown("/vi/events/sample-event.md"))

    def test_write_methods_are_not_allowed(self):
        self.assertEqual(self.client.post("/en/villages/bat-trang.md").status_code, 405)

    def test_html_pages_name_their_markdown_version(self):
        for language in ("vi", "ja"):
            with self.subTest(language=language):
                html = self.client.get(f"/{language}/villages/bat-trang/").content.decode()
                href = f"/{language}/villages/bat-trang.md"
                self.assertIn(f'<link rel="alternate" type="text/markdown" href="{href}">', html)

    def test_markdown_is_cached_and_its_queries_bounded(self):
        # Measured on SQLite, first rendering: the page's parts, once each.
        bounds = {"village": 25, "route": 16, "product": 16, "event": 16, "story": 16, "home": 12}
        for name, bound in bounds.items():
            path = f"/fr/{MARKDOWN_PATHS[name]}"
            with self.subTest(page=name):
                with CaptureQueriesContext(connection) as first:
                    self.client.get(path)
                self.assertLessEqual(len(first.captured_queries), bound)
                # Then from the cache (core.cache.remember): only Wagtail's
                # site lookup (Site.find_for_request), kept on the request.
                self.assertEqual(count_queries(self.client, path), 1)


class LlmsTxtTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.trees, cls.extra = build_site()

    def links(self, text):
        return re.findall(r"\]\((http://testserver[^)\s]*)\)", text)

    def test_every_link_in_llms_txt_answers(self):
        for path in ["/llms.txt", *(f"/{language}/llms.txt" for language in LANGUAGES)]:
            response = self.client.get(path)
            self.assertEqual(response.status_code, 200, path)
            self.assertEqual(response["Content-Type"], "text/markdown; charset=utf-8")
            links = self.links(response.content.decode())
            self.assertGreater(len(links), 5, path)
            for link in links:
                with self.subTest(file=path, link=link):
                    self.assertEqual(
                        self.client.get(link.removeprefix("http://testserver")).status_code, 200
                    )

    def test_root_file_names_each_language_and_the_data(self):
        text = self.client.get("/llms.txt").content.decode()
        self.assertTrue(text.startswith("# Hanoi Craft Villages\n\n> "))
        for language in LANGUAGES:
            self.assertIn(f"(http://testserver/{language}/llms.txt)", text)
            self.assertIn(f"(http://testserver/{language}/index.md)", text)
        self.assertIn("/api/v2/pages/", text)
        self.assertIn("/sitemap.xml", text)
        self.assertNotIn("/ko/", text)  # Korean has only aliases
        self.assertNotIn("private-village", text)

    def test_language_files_are_in_their_language(self):
        with translation.override("fr"):
            heading = pgettext("llms.txt", "Pages")
            data = pgettext("llms.txt", "Data")
        text = self.client.get("/fr/llms.txt").content.decode()
        self.assertIn(f"## {heading}", text)
        self.assertIn(f"## {data}", text)
        self.assertIn(
            f"[{self.trees['fr']['village'].title}](http://testserver/fr/villages/bat-trang.md)",
            text,
        )
        self.assertEqual(self.client.get("/ko/llms.txt").status_code, 404)

    def test_llms_txt_is_cached(self):
        # Only Wagtail's site lookup (Site.find_for_request); the text is kept.
        self.assertEqual(count_queries(self.client, "/fr/llms.txt"), 1)
