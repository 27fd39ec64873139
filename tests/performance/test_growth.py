"""Uncached pages do no work proportional to the site's size (docs/performance.md).

``make bench-scale`` measures the growth; these tests pin its causes on a
small site: no query reads the whole page table, and a listing of many more
items than a page reads one page of them.
"""

import re
from unittest import mock

from django.db import connection, transaction
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from routes.factories import RoutePageFactory
from routes.models import RoutePage
from villages.factories import VillagePageFactory
from villages.models import VillageIndexPage, VillagePage

from ..scenario import build_language_tree
from ..utils import count_queries, soup, translate_page

# The planners' words for reading a whole table: SQLite's "SCAN t", also in the order of
# an index ("SCAN t USING INDEX i": every row, where "SEARCH" reads some), PostgreSQL's
# "Seq Scan on t".
FULL_SCAN = {
    "sqlite": re.compile(r"^SCAN (\w+)(?: USING (?:COVERING )?INDEX \w+)?$"),
    "postgresql": re.compile(r"Seq Scan on (\w+)"),
}
# Tables that grow with the content.
CONTENT_TABLES = {"wagtailcore_page"}


def scanned_tables(queries):
    """``[(sql, table), …]`` for each table that the plan of each of ``queries`` reads whole.

    The queries as Django's backends log them, parameters inlined. PostgreSQL
    prefers a sequential scan of a test's tiny tables whatever the indexes:
    with sequential scans switched off it still plans one only where no index
    serves. ``SET LOCAL`` holds until the savepoint, rolled back at once.
    """
    if connection.vendor not in FULL_SCAN:
        raise NotImplementedError(f"no query plan reader for {connection.vendor}")
    pattern = FULL_SCAN[connection.vendor]
    found = []
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")
            explain = "EXPLAIN "
        else:
            explain = "EXPLAIN QUERY PLAN "
        for sql in queries:
            cursor.execute(explain + sql)
            for row in cursor.fetchall():
                # SQLite: (id, parent, notused, detail); PostgreSQL: one line of text.
                match = pattern.search(row[-1])
                if match:
                    found.append((sql, match.group(1)))
        transaction.set_rollback(True)
    return found


def full_scans(path, client):
    """``{table: [sql, …]}`` of the queries of a GET of ``path`` that read a content table whole."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    # PostgreSQL's backend logs None for a query it cannot write out; none is a SELECT.
    selects = [query["sql"] for query in queries.captured_queries]
    found = {}
    for sql, table in scanned_tables([sql for sql in selects if sql and sql.startswith("SELECT")]):
        if table in CONTENT_TABLES:
            found.setdefault(table, []).append(sql[:300])
    return found


@override_settings(PAGE_CACHE_ENABLED=False)
class FullScanTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def logged(self, queryset):
        with CaptureQueriesContext(connection) as queries:
            list(queryset)
        return [query["sql"] for query in queries.captured_queries]

    def test_the_plan_reader_tells_a_full_scan_from_an_index_search(self):
        # ``draft_title`` has no index: the whole table is read, on either database.
        # Unordered: PostgreSQL could otherwise walk the path index in order instead.
        unindexed = Page.objects.filter(draft_title="Không có").order_by()
        scans = scanned_tables(self.logged(unindexed))
        self.assertIn("wagtailcore_page", [table for _sql, table in scans])
        by_id = Page.objects.filter(pk=self.tree.home.pk).order_by()
        self.assertEqual(scanned_tables(self.logged(by_id)), [])

    def test_no_page_type_reads_the_whole_page_table(self):
        for name, page in self.tree.vi_pages().items():
            for language in ("vi", "en"):
                path = page.url.replace("/vi/", f"/{language}/", 1)
                with self.subTest(page=name, language=language):
                    self.client.get(path)  # the small data caches warm, as on a live site
                    self.assertEqual(full_scans(path, self.client), {})


@override_settings(PAGE_CACHE_ENABLED=False)
class ListingGrowthTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def add_routes(self, count, translated_every=3):
        for _number in range(count):
            route = RoutePageFactory(parent=self.tree.routes)
            if self.added % translated_every == 0:
                translate_page(route, "en")
            self.added += 1

    def test_a_listing_of_many_more_routes_than_a_page_shows_one_page_of_the_best_versions(self):
        self.added = 0
        path = self.tree.routes.url.replace("/vi/", "/en/", 1)
        self.add_routes(2)
        few = count_queries(self.client, path)
        index = self.tree.en["route_index"].specific
        self.add_routes(index.page_size * 2)
        self.assertEqual(count_queries(self.client, path), few)
        listing = list(index.routes())
        # One version of each route: English where translated, else Vietnamese.
        self.assertEqual(len(listing), RoutePage.objects.filter(locale__language_code="vi").count())
        keys = [page.translation_key for page in listing]
        self.assertEqual(len(keys), len(set(keys)))
        english = set(
            RoutePage.objects.filter(locale__language_code="en").values_list(
                "translation_key", flat=True
            )
        )
        for page in listing:
            expected = "en" if page.translation_key in english else "vi"
            self.assertEqual(page.locale.language_code, expected, page.title)
        cards = soup(self.client.get(path)).select("article.card")
        self.assertEqual(len(cards), index.page_size)


@override_settings(PAGE_CACHE_ENABLED=False)
@mock.patch.object(VillageIndexPage, "page_size", 3)
class VillageIndexGrowthTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def test_a_village_index_of_many_more_villages_than_a_page_reads_one_page_of_them(self):
        path = self.tree.villages.url.replace("/vi/", "/en/", 1)
        few = count_queries(self.client, path)
        for number in range(VillageIndexPage.page_size * 3):
            village = VillagePageFactory(parent=self.tree.villages)
            if number % 2 == 0:
                translate_page(village, "en")
        self.client.get(path)  # the map's entries and markup, kept per content generation
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(path)
        self.assertEqual(len(queries.captured_queries), few)
        # The cards are one page read by key; no query reads every village (the map is cached).
        village_reads = [
            query["sql"]
            for query in queries.captured_queries
            if 'FROM "villages_villagepage"' in query["sql"]
        ]
        self.assertTrue(village_reads)
        one_page = re.compile(r'"villages_villagepage"\."page_ptr_id" IN \(\d+(, \d+){0,2}\)')
        self.assertTrue(all(one_page.search(sql) for sql in village_reads), village_reads)
        self.assertEqual(len(soup(response).select(".card-grid > li")), 3)
        live = VillagePage.objects.filter(locale__language_code="vi", live=True).count()
        self.assertEqual(len(response.context["map_villages"]), live)
