"""Uncached pages do no work proportional to the site's size (docs/performance.md).

``make bench-scale`` measures the growth; these tests pin its causes on a
small site: no query reads the whole page table, and a listing of many more
items than a page reads one page of them.
"""

import re
from unittest import skipUnless

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from ..scenario import build_language_tree

# SQLite's words for reading a whole table ("SCAN t", not "SCAN t USING INDEX …").
FULL_SCAN = re.compile(r"^SCAN (\w+)$")
# Tables that grow with the content.
CONTENT_TABLES = {"wagtailcore_page"}


def full_scans(path, client):
    """``{table: [sql, …]}`` of the queries of a GET of ``path`` that read a content table whole."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    found = {}
    with connection.cursor() as cursor:
        for query in queries.captured_queries:
            if not query["sql"].startswith("SELECT"):
                continue
            # Query strings with their parameters inlined by Django's SQLite backend.
            cursor.execute("EXPLAIN QUERY PLAN " + query["sql"])
            for row in cursor.fetchall():
                match = FULL_SCAN.match(row[-1])
                if match and match.group(1) in CONTENT_TABLES:
                    found.setdefault(match.group(1), []).append(query["sql"][:300])
    return found


@skipUnless(connection.vendor == "sqlite", "reads SQLite's query plans")
@override_settings(PAGE_CACHE_ENABLED=False)
class FullScanTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def test_no_page_type_reads_the_whole_page_table(self):
        for name, page in self.tree.vi_pages().items():
            for language in ("vi", "en"):
                path = page.url.replace("/vi/", f"/{language}/", 1)
                with self.subTest(page=name, language=language):
                    self.client.get(path)  # the small data caches warm, as on a live site
                    self.assertEqual(full_scans(path, self.client), {})
