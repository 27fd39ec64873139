"""404s are cheap, and routing by path keeps Wagtail's side routes (core.routing).

An unknown address is the page a crawler or a typo asks for most: it stays
within the page budget however deep the path, and its "this page exists in"
links still name only real, live translations.
"""

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from tests.events.helpers import build_event_tree
from tests.performance.test_growth import CONTENT_TABLES, scanned_tables
from tests.performance.test_query_budget import BUDGET
from tests.scenario import build_language_tree
from tests.utils import soup


def elsewhere_links(response):
    return [(a["href"], a["lang"]) for a in soup(response).select(".error-page__languages a")]


class QueryCounting:
    def queries(self, path, status):
        """Queries of a GET of ``path`` once the small data caches are warm, and the response."""
        self.client.get(path)
        with CaptureQueriesContext(connection) as context:
            response = self.client.get(path)
        self.assertEqual(response.status_code, status, path)
        return len(context.captured_queries), response


@override_settings(PAGE_CACHE_ENABLED=False)
class NotFoundQueryTests(QueryCounting, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def test_unknown_paths_stay_within_the_page_budget_in_two_languages(self):
        for language in ("vi", "en"):
            for rest in (
                "lang-khong-ton-tai/",
                "villages/no-such-village/",
                "villages/bat-trang/no/such/page/",
                "a/b/c/d/e/f/g/h/i/",
            ):
                path = f"/{language}/{rest}"
                with self.subTest(path=path):
                    count, response = self.queries(path, 404)
                    self.assertLessEqual(count, BUDGET)
                    self.assertEqual(elsewhere_links(response), [])

    def test_page_missing_in_a_language_links_elsewhere_within_the_budget(self):
        count, response = self.queries("/en/villages/van-phuc/", 404)
        self.assertLessEqual(count, BUDGET)
        self.assertEqual(elsewhere_links(response), [("/vi/villages/van-phuc/", "vi")])
        count, response = self.queries("/it/villages/bat-trang/", 404)
        self.assertLessEqual(count, BUDGET)
        self.assertEqual([lang for _href, lang in elsewhere_links(response)], ["vi", "en", "fr"])

    def test_the_404_costs_the_same_however_many_languages_lack_the_page(self):
        shallow, _response = self.queries("/en/no-such-page/", 404)
        deep, _response = self.queries("/en/villages/bat-trang/no/such/page/", 404)
        self.assertLessEqual(deep - shallow, 1)  # the village, the deepest page found

    def test_pages_under_a_page_that_has_no_side_routes_are_404(self):
        for path in ("/vi/villages/bat-trang/extra/", "/en/stories/bat-trang-ceramics/x/"):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 404)


@override_settings(PAGE_CACHE_ENABLED=False)
class SideRouteTests(QueryCounting, TestCase):
    """``RoutablePageMixin`` routes still answer when the path goes past a page."""

    @classmethod
    def setUpTestData(cls):
        build_event_tree()

    def test_calendar_files_of_events_and_indexes_are_served_within_the_budget(self):
        for path in (
            "/en/events/bat-trang-ocop-2025/event.ics",
            "/vi/events/bat-trang-ocop-2025/event.ics",
            "/en/events/feed.ics",
            "/vi/events/feed.ics",
        ):
            with self.subTest(path=path):
                count, response = self.queries(path, 200)
                self.assertLessEqual(count, BUDGET)
                self.assertTrue(response["Content-Type"].startswith("text/calendar"))
                self.assertIn(b"BEGIN:VCALENDAR", response.content)

    def test_routable_pages_are_served_through_their_own_index_route(self):
        for path in ("/en/events/", "/en/events/bat-trang-ocop-2025/"):
            with self.subTest(path=path):
                count, response = self.queries(path, 200)
                self.assertLessEqual(count, BUDGET)
                self.assertTrue(response["Content-Type"].startswith("text/html"))

    def test_unknown_side_routes_of_routable_pages_are_404(self):
        for path in (
            "/en/events/bat-trang-ocop-2025/nothing/",
            "/en/events/bat-trang-ocop-2025/event.ics/more/",
            "/en/events/no-such-event/",
            "/en/events/no-such-event/event.ics",
        ):
            with self.subTest(path=path):
                count, _response = self.queries(path, 404)
                self.assertLessEqual(count, BUDGET)


@override_settings(PAGE_CACHE_ENABLED=False)
class NotFoundPlanTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def test_a_404_reads_no_content_table_whole(self):
        for path in (
            "/vi/lang-khong-ton-tai/",
            "/en/villages/no-such-village/",
            "/en/villages/van-phuc/",
        ):
            with self.subTest(path=path):
                self.client.get(path)
                with CaptureQueriesContext(connection) as queries:
                    self.assertEqual(self.client.get(path).status_code, 404)
                selects = [q["sql"] for q in queries.captured_queries]
                scans = scanned_tables([sql for sql in selects if sql and sql.startswith("SELECT")])
                self.assertEqual([s for s in scans if s[1] in CONTENT_TABLES], [])
