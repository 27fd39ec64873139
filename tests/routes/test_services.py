"""Route arithmetic and map data."""

from decimal import Decimal

from django.test import SimpleTestCase, TestCase

from routes.models import RouteStop
from routes.services import route_map_data, route_totals
from villages.models import VillagePage


def stop(**kwargs):
    return RouteStop(**kwargs)


class RouteTotalsTests(SimpleTestCase):
    def setUp(self):
        self.stops = [
            stop(
                place_name="Hồ Hoàn Kiếm",
                minutes_here=0,
                leg_minutes=40,
                leg_km=Decimal("14.0"),
                leg_cost_min_vnd=150000,
                leg_cost_max_vnd=200000,
            ),
            stop(
                place_name="Bát Tràng",
                minutes_here=120,
                leg_minutes=30,
                leg_km=Decimal("10.5"),
                leg_cost_min_vnd=7000,
            ),
            # The last stop's leg leads nowhere: it must not be counted.
            stop(
                place_name="Quảng An",
                minutes_here=60,
                leg_minutes=999,
                leg_km=Decimal("99.9"),
                leg_cost_min_vnd=999999,
                leg_cost_max_vnd=999999,
            ),
        ]

    def test_sums_time_at_stops_and_legs_ignoring_the_last_leg(self):
        totals = route_totals(self.stops)
        self.assertEqual(totals.minutes_at_stops, 180)
        self.assertEqual(totals.minutes_travelling, 70)
        self.assertEqual(totals.minutes, 250)
        self.assertEqual(totals.km, Decimal("24.5"))
        self.assertEqual(totals.stop_count, 3)

    def test_cost_range_uses_the_lowest_cost_when_no_highest_is_given(self):
        totals = route_totals(self.stops)
        self.assertEqual(totals.cost_min_vnd, 157000)
        self.assertEqual(totals.cost_max_vnd, 207000)

    def test_missing_values_count_as_zero(self):
        totals = route_totals([stop(place_name="A"), stop(place_name="B")])
        self.assertEqual((totals.minutes, totals.km, totals.cost_max_vnd), (0, Decimal(0), 0))

    def test_no_stops(self):
        totals = route_totals([])
        self.assertEqual((totals.minutes, totals.stop_count, totals.km), (0, 0, Decimal(0)))

    def test_accepts_any_iterable(self):
        self.assertEqual(route_totals(iter(self.stops)).minutes_travelling, 70)


class RouteMapDataTests(TestCase):
    # Building an (unsaved) VillagePage looks up its content type.

    def test_points_are_numbered_in_order_with_lat_then_lng(self):
        village = VillagePage(
            title="Bát Tràng", latitude=Decimal("20.975000"), longitude=Decimal("105.912000")
        )
        points = route_map_data(
            [
                stop(
                    place_name="Hồ Hoàn Kiếm",
                    latitude=Decimal("21.028800"),
                    longitude=Decimal("105.852200"),
                ),
                stop(village=village),
            ]
        )
        self.assertEqual(
            points,
            [
                {"n": 1, "name": "Hồ Hoàn Kiếm", "lat": 21.0288, "lng": 105.8522},
                {"n": 2, "name": "Bát Tràng", "lat": 20.975, "lng": 105.912},
            ],
        )
        # Hanoi is about 21 N, 105.8 E: a swapped pair would put it in the Indian Ocean.
        for point in points:
            self.assertTrue(20 < point["lat"] < 22 and 105 < point["lng"] < 107)

    def test_village_coordinates_win_over_the_stops_own(self):
        village = VillagePage(
            title="Quảng An", latitude=Decimal("21.060000"), longitude=Decimal("105.830000")
        )
        points = route_map_data(
            [stop(village=village, latitude=Decimal("1"), longitude=Decimal("2"))]
        )
        self.assertEqual((points[0]["lat"], points[0]["lng"]), (21.06, 105.83))

    def test_village_name_in_the_readers_language_is_used(self):
        village = VillagePage(
            title="Bát Tràng", latitude=Decimal("20.975"), longitude=Decimal("105.912")
        )
        shown = VillagePage(title="Bat Trang")
        item = stop(village=village)
        item.village_shown = shown
        self.assertEqual(route_map_data([item])[0]["name"], "Bat Trang")

    def test_stops_without_coordinates_are_skipped_but_keep_their_number(self):
        points = route_map_data(
            [
                stop(place_name="Nowhere"),
                stop(place_name="Hồ Tây", latitude=Decimal("21.05"), longitude=Decimal("105.82")),
            ]
        )
        self.assertEqual([point["n"] for point in points], [2])
