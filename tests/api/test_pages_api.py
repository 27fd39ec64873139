"""The read-only pages API (api/views.py): languages, privacy, fields, bad input, queries."""

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from core.cache import cache_succeeded, content_changed
from core.privacy import visible
from tests.utils import count_queries
from villages.factories import VillagePageFactory

from .site import LANGUAGES, build_site

API = "/api/v2/pages/"
# Shown when the site shows samples (the test settings do).
SAMPLES = ("sample_event", "sample_producer", "sample_product")


class PagesApiTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.trees, cls.extra = build_site()

    def get(self, path):
        response = self.client.get(path)
        self.assertLess(response.status_code, 500, path)
        return response

    def items(self, query):
        response = self.get(f"{API}?{query}&limit=50")
        self.assertEqual(response.status_code, 200, response.content)
        return response.json()["items"]

    def test_locale_filter_lists_exactly_the_public_pages_of_that_language(self):
        hidden = {page.pk for page in self.extra.values()}
        for language in LANGUAGES:
            with self.subTest(language=language):
                ids = {item["id"] for item in self.items(f"locale={language}")}
                expected = set(
                    visible(
                        Page.objects.filter(locale__language_code=language, depth__gt=1)
                    ).values_list("pk", flat=True)
                )
                samples = {self.extra[name].pk for name in SAMPLES} if language == "vi" else set()
                self.assertEqual(ids, expected - (hidden - samples))
                self.assertEqual(ids & hidden, samples)
                self.assertIn(self.trees[language]["village"].pk, ids)
                for item in self.items(f"locale={language}"):
                    self.assertEqual(item["meta"]["locale"], language)

    def test_aliases_are_never_listed_nor_served(self):
        self.assertEqual(self.items("locale=ko"), [])
        for name in ("alias", "alias_home"):
            with self.subTest(page=name):
                self.assertEqual(self.get(f"{API}{self.extra[name].pk}/").status_code, 404)

    def test_private_and_draft_pages_are_absent_from_list_and_detail(self):
        listed = {item["id"] for item in self.items("type=villages.VillagePage")}
        for name in ("private", "draft"):
            with self.subTest(page=name):
                self.assertNotIn(self.extra[name].pk, listed)
                response = self.get(f"{API}{self.extra[name].pk}/")
                self.assertEqual(response.status_code, 404)
                self.assertNotIn("SECRET", response.content.decode())
        # Nor reachable through the tree filters.
        children = self.items(f"child_of={self.trees['vi']['villages'].pk}")
        self.assertNotIn(self.extra["private"].pk, {item["id"] for item in children})

    @override_settings(SHOW_SAMPLE_CONTENT=False)
    def test_sample_pages_are_absent_when_the_site_shows_no_samples(self):
        listed = {item["id"] for item in self.items("locale=vi")}
        for name in ("sample_event", "sample_producer", "sample_product"):
            with self.subTest(page=name):
                self.assertNotIn(self.extra[name].pk, listed)
                self.assertEqual(self.get(f"{API}{self.extra[name].pk}/").status_code, 404)
        self.assertIn(self.trees["vi"]["product"].pk, listed)

    @override_settings(SHOW_SAMPLE_CONTENT=True)
    def test_sample_pages_are_listed_and_marked_when_samples_are_shown(self):
        listed = {item["id"] for item in self.items("locale=vi")}
        self.assertIn(self.extra["sample_product"].pk, listed)
        detail = self.get(f"{API}{self.extra['sample_producer'].pk}/").json()
        self.assertIs(detail["sample"], True)

    def test_translation_of_gives_the_real_translations_only(self):
        village = self.trees["vi"]["village"]
        ids = {item["id"] for item in self.items(f"translation_of={village.pk}")}
        self.assertEqual(ids, {self.trees[language]["village"].pk for language in LANGUAGES[1:]})
        fr = self.items(f"translation_of={village.pk}&locale=fr")
        self.assertEqual([item["id"] for item in fr], [self.trees["fr"]["village"].pk])
        home = self.trees["vi"]["home"]
        homes = {item["meta"]["locale"] for item in self.items(f"translation_of={home.pk}")}
        self.assertEqual(homes, {"en", "fr", "ja"})  # not the Korean alias

    def test_village_detail_has_exactly_the_declared_fields(self):
        page = self.trees["en"]["village"]
        data = self.get(f"{API}{page.pk}/").json()
        self.assertEqual(
            set(data),
            {"id", "meta", "title"} | {field.name for field in type(page).api_fields},
        )
        self.assertEqual(
            set(data["meta"]),
            {
                "type",
                "detail_url",
                "html_url",
                "slug",
                "seo_title",
                "search_description",
                "first_published_at",
                "parent",
                "locale",
            },
        )
        self.assertEqual(data["crafts"], ["Ceramics"])
        hours = data["opening_hours"]
        self.assertEqual(hours["weekly"][0], [["08:00", "17:30"]])
        self.assertEqual(hours["weekly"][1], [["08:30", "12:00"]])
        self.assertIs(hours["confirmed"], False)
        self.assertEqual(hours["exceptions"][0]["reason"], "Tết en")
        self.assertIn("Pottery since the 14th century.", data["body"])

    def test_each_page_type_answers_with_its_fields_and_nothing_private(self):
        private = ("owner", "latest_revision", "locked_by", "author", "enquiries", "draft_title")
        for name, page in self.trees["fr"].items():
            with self.subTest(page=name):
                data = self.get(f"{API}{page.pk}/").json()
                expected = {field.name for field in page.specific_class.api_fields}
                self.assertEqual(set(data) - {"id", "meta", "title"}, expected)
                for field in private:
                    self.assertNotIn(field, data)
                    self.assertNotIn(field, data["meta"])

    def test_route_stops_product_ratings_and_event_dates_match_the_pages(self):
        fr = self.trees["fr"]
        stops = self.get(f"{API}{fr['route'].pk}/").json()["stops"]
        self.assertEqual([stop["name"] for stop in stops], ["Hoan Kiem", "Bat Trang fr"])
        self.assertEqual(stops[1]["village"], fr["village"].pk)
        self.assertEqual(stops[0]["next_leg"]["minutes"], 40)
        ocop = self.get(f"{API}{fr['product'].pk}/").json()["ocop"]
        self.assertEqual(
            [(row["stars"], row["year"], row["current"]) for row in ocop],
            [(4, 2023, False), (5, 2025, True)],
        )
        event = self.get(f"{API}{fr['event'].pk}/").json()
        self.assertEqual(event["start_date"], fr["event"].start_date.isoformat())
        self.assertEqual(event["villages"], [{"id": fr["village"].pk, "title": "Bat Trang fr"}])

    def test_write_methods_are_not_allowed(self):
        page = self.trees["vi"]["village"]
        for method in ("post", "put", "patch", "delete"):
            for path in (API, f"{API}{page.pk}/"):
                with self.subTest(method=method, path=path):
                    response = getattr(self.client, method)(
                        path, data={}, content_type="application/json"
                    )
                    self.assertEqual(response.status_code, 405)
        self.assertEqual(self.client.head(API).status_code, 200)
        self.assertEqual(self.client.options(API).status_code, 200)

    def test_bad_parameters_are_400_with_a_json_message(self):
        for query in (
            "fields=nope",
            "fields=title(id)",
            "type=villages.VillagePage&fields=crafts",
            "type=routes.RoutePage&fields=stops",
            "limit=abc",
            f"limit={10**6}",
            "offset=-1",
            "offset=abc",
            f"offset={10**30}",
            "locale=xx",
            "locale=",
            "type=nope",
            "type=villages.Nope",
            "type=villages.VillagePage&distance_km=abc",
            "type=events.EventPage&start_date=notadate",
            "child_of=abc",
            f"child_of={10**30}",
            "descendant_of=-1",
            "translation_of=abc",
            "order=nope",
            "site=testserver",
            "search=gom",
            "unknown=1",
        ):
            with self.subTest(query=query):
                response = self.get(f"{API}?{query}")
                self.assertEqual(response.status_code, 400, response.content)
                self.assertIn("message", response.json())

    def test_unknown_detail_ids_and_other_endpoints_are_404(self):
        self.assertEqual(self.get(f"{API}999999/").status_code, 404)
        self.assertEqual(
            self.get(f"{API}find/?html_path=/vi/villages/private-village/").status_code, 404
        )
        for path in ("/api/v2/images/", "/api/v2/documents/"):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path, follow=True).status_code, 404)

    def test_find_by_path_leads_to_the_public_page(self):
        response = self.get(f"{API}find/?html_path=/fr/villages/bat-trang/")
        self.assertEqual(response.status_code, 302)
        self.assertIn(f"/api/v2/pages/{self.trees['fr']['village'].pk}/", response["Location"])

    def test_json_responses_allow_any_origin_and_keep_the_security_headers(self):
        response = self.get(f"{API}?locale=en")
        self.assertEqual(response["Content-Type"], "application/json")
        self.assertEqual(response["Access-Control-Allow-Origin"], "*")
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")


class ApiQueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.trees, cls.extra = build_site()

    def add_villages(self, count):
        for language in ("vi", "fr"):
            index = self.trees[language]["villages"]
            for _n in range(count):
                VillagePageFactory(parent=index, locale=index.locale)

    def uncached_queries(self, path):
        """Queries for ``path`` once its cached answer is retired (as a publish does).

        From a known state, whatever ran before: every cache emptied (the data a
        publish retires, and what it keeps, such as Wagtail's site root paths) and
        the cache healthy (one that an earlier test made fail skips every
        operation, ``clear()`` included, for a while).
        """
        count_queries(self.client, path)
        content_changed()
        cache_succeeded()
        for alias in settings.CACHES:
            caches[alias].clear()
        with CaptureQueriesContext(connection) as context:
            self.assertEqual(self.client.get(path).status_code, 200)
        return len(context.captured_queries)

    def test_listing_queries_do_not_grow_with_the_number_of_pages(self):
        # From empty caches: the site, the restricted paths (core.privacy), the
        # locale checked and read, the count, the pages (their locales joined: no
        # query per page), and Wagtail's site root paths for their URLs (2).
        for query in ("locale=vi", "type=villages.VillagePage&locale=fr&fields=*"):
            with self.subTest(query=query):
                path = f"{API}?{query}&limit=50"
                self.add_villages(3)
                first = self.uncached_queries(path)
                self.add_villages(3)
                second = self.uncached_queries(path)
                self.assertEqual(first, second)
                self.assertEqual(second, 8)
                # The same question again is answered from the cache until a publish.
                with self.assertNumQueries(0):
                    self.assertEqual(self.client.get(path).json(), self.client.get(path).json())

    def test_detail_views_are_bounded(self):
        # Measured on SQLite: one query per child relation a page type shows.
        bounds = {
            "village": 14,
            "route": 10,
            "product": 8,
            "producer": 8,
            "event": 11,
            "story": 10,
            "home": 7,
        }
        for name, bound in bounds.items():
            with self.subTest(page=name):
                queries = count_queries(self.client, f"{API}{self.trees['ja'][name].pk}/")
                self.assertLessEqual(queries, bound)
