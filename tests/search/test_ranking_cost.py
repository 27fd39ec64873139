"""Ranking reads short columns only: the body's mentions are counted inside the database."""

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from search import services
from search.models import SearchEntry
from tests.utils import create_vi_home
from villages.factories import VillageIndexPageFactory, VillagePageFactory

DOCUMENTS = {
    "gom": " lang gom gom su gomgom bat trang gom",
    "lua": " lua van phuc lua lua",
    "none": " gom",
}


@override_settings(PAGE_CACHE_ENABLED=False)
class RankingCostTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        index = VillageIndexPageFactory(parent=create_vi_home())
        cls.pages = {slug: VillagePageFactory(parent=index, slug=slug) for slug in DOCUMENTS}
        for slug, document in DOCUMENTS.items():
            SearchEntry.objects.filter(page=cls.pages[slug]).update(document=document)

    def test_mentions_are_counted_as_python_counts_them(self):
        for slug, document in DOCUMENTS.items():
            for term in (" gom", " lua", "om", " bat trang"):
                with self.subTest(document=slug, term=term):
                    counted = (
                        SearchEntry.objects.filter(page=self.pages[slug])
                        .annotate(found=services.mentions(term))
                        .values_list("found", flat=True)
                        .get()
                    )
                    self.assertEqual(counted, document.count(term))

    def test_matches_are_read_without_their_text(self):
        with CaptureQueriesContext(connection) as queries:
            rows = services.matching_rows([" gom"], "vi")
        self.assertEqual(
            {row["page_id"]: row["mentions"] for row in rows},
            {self.pages["gom"].pk: 4, self.pages["none"].pk: 1},
        )
        self.assertNotIn('"document",', queries.captured_queries[0]["sql"].split("FROM")[0])
        self.assertNotIn('"text"', queries.captured_queries[0]["sql"])

    def test_the_shown_results_get_their_text_in_one_query(self):
        rows = [{"page_id": page.pk} for page in self.pages.values()]
        with self.assertNumQueries(1):
            shown = services.with_text(rows)
        self.assertEqual(len(shown), 3)
        self.assertTrue(all("text" in row for row in shown))


@override_settings(PAGE_CACHE_ENABLED=False)
class VillageFacetBoundTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        index = VillageIndexPageFactory(parent=create_vi_home())
        count = services.MAX_VILLAGE_FACETS + 2
        cls.villages = [
            VillagePageFactory(parent=index, title=f"Làng gốm {number:02d}", slug=f"v{number}")
            for number in range(count)
        ]

    def test_at_most_so_many_villages_are_offered_most_results_first(self):
        results = services.search("gom", "vi")
        self.assertEqual(len(results.hits), len(self.villages))
        self.assertEqual(
            [facet.label for facet in results.villages],
            [page.title for page in self.villages[: services.MAX_VILLAGE_FACETS]],
        )

    def test_a_chosen_village_beyond_the_bound_stays_listed_and_named(self):
        last = self.villages[-1]
        results = services.search("gom", "vi", village=str(last.translation_key))
        self.assertEqual(len(results.villages), services.MAX_VILLAGE_FACETS + 1)
        self.assertEqual(results.villages[-1].value, str(last.translation_key))
        self.assertEqual(results.village_label, last.title)
        self.assertEqual([hit["page_id"] for hit in results.hits], [last.pk])
