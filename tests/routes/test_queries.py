"""A route page runs a fixed number of queries, however many stops it has."""

from decimal import Decimal

from django.test import TestCase, override_settings

from routes.factories import RouteIndexPageFactory, RoutePageFactory, RouteStopFactory
from tests.utils import count_queries, create_vi_home, translate_page
from villages.factories import CraftFactory, VillageIndexPageFactory, VillagePageFactory

# Pinned from a real run; a change means the route page's queries changed.
# Routing is Wagtail's own, uncached: the site, the language's root and the page (4
# queries, 5 in English: Wagtail looks up the English root), then the page's own.
EXPECTED_QUERIES = {"vi": 8, "en": 9}


# Counted without the anonymous page cache, which would answer with none.
@override_settings(PAGE_CACHE_ENABLED=False)
class RoutePageQueryCountTests(TestCase):
    """Two routes, one with N stops and one with 2N; both render with the same queries."""

    stops_per_batch = 3

    @classmethod
    def setUpTestData(cls):
        home = create_vi_home()
        routes = RouteIndexPageFactory(parent=home)
        villages_index = VillageIndexPageFactory(parent=home)
        craft = CraftFactory()
        for page in (home, routes, villages_index):
            translate_page(page, "en")
        villages = []
        for index in range(cls.stops_per_batch * 2):
            village = VillagePageFactory(
                parent=villages_index,
                crafts=[craft],
                latitude=Decimal("21.000000") + index,
                longitude=Decimal("105.800000"),
            )
            # Half the villages are in English, half fall back to Vietnamese.
            if index % 2 == 0:
                translate_page(village, "en")
            villages.append(village)
        cls.short = cls.make_route(routes, "short", villages[: cls.stops_per_batch])
        cls.long = cls.make_route(routes, "long", villages)

    @classmethod
    def make_route(cls, parent, slug, villages):
        route = RoutePageFactory(parent=parent, slug=slug)
        RouteStopFactory(page=route, place_name="Hồ Hoàn Kiếm")
        for village in villages:
            RouteStopFactory(
                page=route, village=village, place_name="", latitude=None, longitude=None
            )
        translate_page(route, "en")
        return route

    def assert_same_pinned_count(self, language):
        short = count_queries(self.client, f"/{language}/routes/short/")
        long = count_queries(self.client, f"/{language}/routes/long/")
        self.assertEqual(short, long, "the route page's queries grow with its stops")
        with self.assertNumQueries(EXPECTED_QUERIES[language]):
            response = self.client.get(f"/{language}/routes/long/")
        self.assertEqual(response.status_code, 200)

    def test_vietnamese_route_page_query_count_does_not_grow_with_stops(self):
        self.assert_same_pinned_count("vi")

    def test_english_route_page_query_count_does_not_grow_with_stops(self):
        self.assert_same_pinned_count("en")
