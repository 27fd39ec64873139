"""Matching reads an index (SQLite FTS5 trigram, PostgreSQL pg_trgm), with the LIKE scan's results.

``SearchEntry.objects.matching`` must find exactly the rows whose folded
``document`` contains every term, as Python's ``in`` says, however the index
narrows them; the index must follow every write to the rows (triggers on
SQLite, an ordinary index on PostgreSQL); and no query is read as FTS syntax.
"""

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from search import indexing
from search.models import SearchEntry
from search.services import matching_rows
from search.text import terms
from tests.utils import create_vi_home, soup, translate_page
from villages.factories import VillageIndexPageFactory, VillagePageFactory

FTS_TABLE = "search_searchentry_fts"

QUERIES = [
    "gom",  # Latin, a word start
    "bat trang",  # two words, both required
    "om",  # " om": three characters with the space, never inside "gom"
    "a",  # " a": shorter than a trigram, matched by LIKE alone
    "ao",
    "陶器",  # one CJK bigram: two characters
    "陶器村",  # two bigrams
    "gom 陶器",  # a trigram term and a short one
    "khong co dau",
]


def result_urls(response):
    return [a["href"] for a in soup(response).select(".search-result__title a")]


def like_scan(query_terms):
    """What the LIKE scan finds: rows whose document holds every term."""
    return {
        pk
        for pk, document in SearchEntry.objects.values_list("pk", "document")
        if all(term in document for term in query_terms)
    }


def index_candidates(term):
    """Rows the index itself offers for ``term`` (SQLite: the FTS table alone)."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",  # noqa: S608
                ['"' + term + '"'],
            )
            return {row[0] for row in cursor.fetchall()}
    # PostgreSQL's GIN index is maintained by the database with the table.
    return set(SearchEntry.objects.matching([term]).values_list("pk", flat=True))


@override_settings(PAGE_CACHE_ENABLED=False)
class TrigramIndexTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = create_vi_home()
        cls.index = VillageIndexPageFactory(parent=home)
        cls.pottery = VillagePageFactory(parent=cls.index, title="Làng gốm Bát Tràng", slug="bt")
        cls.silk = VillagePageFactory(parent=cls.index, title="Làng lụa Vạn Phúc", slug="vp")
        cls.bamboo = VillagePageFactory(parent=cls.index, title="Làng mây tre Phú Vinh", slug="pv")
        cls.japanese = VillagePageFactory(parent=cls.index, title="陶器村 Áo gốm", slug="ja")
        cls.draft = VillagePageFactory(
            parent=cls.index, title="Làng nón Chuông", slug="chuong", live=False
        )

    def assert_index_follows_the_rows(self, words):
        for word in words:
            term = " " + word
            with self.subTest(term=term):
                self.assertEqual(index_candidates(term), like_scan([term]))

    def test_matching_finds_what_the_like_scan_finds(self):
        for query in QUERIES:
            query_terms = terms(query)
            with self.subTest(query=query, terms=query_terms):
                found = set(SearchEntry.objects.matching(query_terms).values_list("pk", flat=True))
                self.assertEqual(found, like_scan(query_terms))
        self.assertEqual(
            set(SearchEntry.objects.matching(terms("gom")).values_list("page_id", flat=True)),
            {self.pottery.pk, self.japanese.pk},
        )

    def test_the_match_query_reads_the_index(self):
        query = SearchEntry.objects.matching(terms("bat trang"))
        if connection.vendor == "sqlite":
            sql, params = query.query.sql_with_params()
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
                plan = " ".join(str(row) for row in cursor.fetchall())
            self.assertIn(FTS_TABLE, plan)
        else:
            # Tiny test tables are scanned whatever the index; check the index is there.
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT indexdef FROM pg_indexes WHERE tablename = 'search_searchentry'"
                )
                definitions = " ".join(row[0] for row in cursor.fetchall())
            self.assertIn("gin_trgm_ops", definitions)
        self.assertEqual(list(query.values_list("page_id", flat=True)), [self.pottery.pk])

    def test_a_search_in_another_language_starts_from_the_index_matches(self):
        """A Japanese search for "gom" (Vietnamese pages as fallbacks) reads the matches first.

        SQLite without planner statistics (as here, and on a live site that
        never ran ``ANALYZE``) started from every page that is not an alias
        and read each one's search row: 14 s at 100× the demo
        (``search.services.shown_entries``).
        """
        with CaptureQueriesContext(connection) as queries:
            rows = matching_rows(terms("gom"), "ja")
        self.assertEqual({row["page_id"] for row in rows}, {self.pottery.pk, self.japanese.pk})
        query = queries.captured_queries[-1]  # after the site's sample setting
        self.assertIn("search_searchentry", query["sql"])
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN QUERY PLAN {query['sql']}")
                steps = [row[3] for row in cursor.fetchall()]
            first = next(step for step in steps if step.startswith(("SEARCH", "SCAN")))
            # The search rows first (the tiny test table is scanned), never the pages.
            self.assertRegex(first, r"^(SEARCH|SCAN) search_searchentry\b", steps)
            self.assertIn(FTS_TABLE, " ".join(steps))

    def test_short_terms_are_matched_without_the_index(self):
        self.assertEqual(
            set(SearchEntry.objects.matching(["陶器"]).values_list("page_id", flat=True)),
            {self.japanese.pk},
        )
        self.assertEqual(
            set(SearchEntry.objects.matching(terms("ao")).values_list("page_id", flat=True)),
            {self.japanese.pk},
        )

    def test_the_index_follows_publish_unpublish_rename_and_delete(self):
        self.draft.save_revision().publish()
        self.assertIn(self.draft.url, result_urls(self.client.get("/vi/search/?q=non+chuong")))
        self.assert_index_follows_the_rows(["non", "chuong"])

        self.draft.refresh_from_db()
        self.draft.unpublish()
        self.assertEqual(result_urls(self.client.get("/vi/search/?q=non+chuong")), [])
        self.assert_index_follows_the_rows(["non", "chuong"])

        self.silk.title = "Làng the Vạn Phúc"
        self.silk.save_revision().publish()
        self.assert_index_follows_the_rows(["lua", "the", "van"])
        self.assertEqual(result_urls(self.client.get("/vi/search/?q=the+van")), [self.silk.url])

        self.bamboo.delete()
        self.assertFalse(SearchEntry.objects.filter(page_id=self.bamboo.pk).exists())
        self.assert_index_follows_the_rows(["may", "tre", "phu"])
        self.assertEqual(result_urls(self.client.get("/vi/search/?q=may+tre")), [])

    def test_the_index_follows_a_translation_and_its_source(self):
        english = translate_page(self.pottery, "en", {"Làng gốm Bát Tràng": "Pottery village"})
        self.assert_index_follows_the_rows(["pottery", "bat", "gom"])
        self.assertEqual(result_urls(self.client.get("/en/search/?q=pottery")), [english.url])
        # The Vietnamese title changes: the translation's row (its Vietnamese name) follows.
        self.pottery.title = "Làng gốm sứ Bát Tràng"
        self.pottery.save_revision().publish()
        self.assert_index_follows_the_rows(["su", "gom", "pottery"])
        self.assertEqual(result_urls(self.client.get("/en/search/?q=gom+su")), [english.url])

    def test_the_index_follows_a_rebuild(self):
        before = like_scan(terms("gom"))
        SearchEntry.objects.filter(page=self.pottery).update(document=" lua ")
        self.assertEqual(indexing.rebuild(), SearchEntry.objects.count())
        self.assert_index_follows_the_rows(["gom", "lua", "may"])
        self.assertEqual(len(like_scan(terms("gom"))), len(before))

    def test_fts_syntax_in_a_query_is_plain_text(self):
        plain = result_urls(self.client.get("/vi/search/?q=gom"))
        self.assertTrue(plain)
        for raw in (
            '"gom',
            'gom"',
            "gom*",
            "^gom",
            "-gom",
            "gom -",
            "NEAR(gom)",
            "gom NEAR",
            "document:gom",
            "{document}:gom",
            "gom AND",
            "OR gom",
            "(gom",
            "'gom'",
            "gom +",
        ):
            with self.subTest(raw=raw):
                response = self.client.get("/vi/search/", {"q": raw})
                self.assertEqual(response.status_code, 200)
                extra = {word for word in ("near", "document", "and", "or") if word in raw.lower()}
                if not extra:
                    self.assertEqual(result_urls(response), plain)

    def test_terms_with_fts_characters_never_error(self):
        # ``terms`` never yields them, but the queryset must not trust its caller.
        for term in ['"gom', ' g"om"', " gom*", " near(", " ^go", " -go", ' "" ']:
            with self.subTest(term=term):
                self.assertEqual(
                    set(SearchEntry.objects.matching([term]).values_list("pk", flat=True)),
                    like_scan([term]),
                )
