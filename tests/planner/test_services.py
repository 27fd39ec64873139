"""Times, legs, warnings and the suggested order of a day (planner/services.py)."""

from datetime import date, time, timedelta
from decimal import Decimal

from django.test import SimpleTestCase, TestCase
from django.utils import translation

from events.factories import EventIndexPageFactory, EventPageFactory
from planner import services
from planner.codec import Item, Plan
from villages.models.parts import TravelMode

from .world import MONDAY, SUNDAY, build_world


def day_of(world, *names, day=MONDAY, start=time(8, 30), language="en"):
    codes = world.codes()
    items = [Item.parse(codes[name]) for name in names]
    with translation.override(language):
        return services.build(Plan(day=day, start=start, items=tuple(items)), language)


def clock(moment):
    return moment.strftime("%H:%M")


class EstimatedLegTests(SimpleTestCase):
    def test_straight_line_times_road_factor_by_taxi_rounded_up_to_five_minutes(self):
        # 0.1° of latitude is 11.12 km; × 1.4 = 15.6 km; at 22 km/h plus 5 min = 47.5 → 50.
        leg = services.estimated_leg(
            (Decimal("21.000000"), Decimal("105.800000")),
            (Decimal("21.100000"), Decimal("105.800000")),
        )
        self.assertEqual(leg.mode, TravelMode.TAXI)
        self.assertEqual(leg.minutes, 50)
        self.assertEqual(leg.km, Decimal("15.6"))
        self.assertTrue(leg.estimated)

    def test_places_a_few_hundred_metres_apart_are_a_walk(self):
        leg = services.estimated_leg(
            (Decimal("21.000000"), Decimal("105.800000")),
            (Decimal("21.003000"), Decimal("105.800000")),
        )
        self.assertEqual(leg.mode, TravelMode.WALK)
        self.assertEqual(leg.minutes, 10)

    def test_no_leg_without_coordinates(self):
        self.assertIsNone(services.estimated_leg(None, (Decimal(21), Decimal(105))))


class ScheduleChecks:
    def test_consecutive_route_stops_use_the_routes_own_legs(self):
        day = day_of(self.world, "lake", "route_bat_trang", "route_van_phuc")
        lake, bat_trang, van_phuc = day.stops
        # 08:30 + 15 min at the lake + 40 min by taxi (the route's leg).
        self.assertEqual((clock(lake.arrive), clock(lake.leave)), ("08:30", "08:45"))
        self.assertEqual(lake.leg.minutes, 40)
        self.assertFalse(lake.leg.estimated)
        self.assertEqual(lake.leg.from_route, "A day of ceramics")
        self.assertEqual((clock(bat_trang.arrive), clock(bat_trang.leave)), ("09:25", "10:55"))
        self.assertEqual((bat_trang.leg.mode, bat_trang.leg.line), ("bus", "47A"))
        self.assertEqual(clock(van_phuc.arrive), "12:05")
        self.assertEqual(clock(van_phuc.leave), "13:05")
        self.assertIsNone(van_phuc.leg)
        self.assertEqual(day.total_minutes, 4 * 60 + 35)
        self.assertEqual(day.travel_minutes, 110)
        self.assertFalse(day.has_estimates)

    def test_stops_out_of_route_order_get_an_estimated_leg(self):
        day = day_of(self.world, "route_van_phuc", "route_bat_trang")
        first, second = day.stops
        self.assertTrue(first.leg.estimated)
        self.assertEqual(first.leg.mode, TravelMode.TAXI)
        expected = services.estimated_leg(first.coordinates, second.coordinates).minutes
        self.assertEqual(second.arrive, first.leave + timedelta(minutes=expected))
        self.assertTrue(day.has_estimates)

    def test_village_and_its_own_workshop_are_a_walk_apart(self):
        day = day_of(self.world, "bat_trang", "museum")
        village, museum = day.stops
        self.assertEqual(village.minutes, 120)  # the village's shortest visit, 2 h
        self.assertEqual(museum.minutes, 45)
        self.assertEqual(village.leg.mode, TravelMode.WALK)
        # 08:30, 40 min by taxi from the Old Quarter, 2 h in the village, a 10-minute walk.
        self.assertEqual(clock(village.arrive), "09:10")
        self.assertEqual(clock(museum.arrive), "11:15")

    def test_start_time_moves_every_stop(self):
        day = day_of(self.world, "bat_trang", start=time(13, 0))
        self.assertEqual(clock(day.stops[0].arrive), "13:40")
        self.assertEqual(clock(day.end), "15:40")

    def test_the_first_leg_from_the_starting_place_is_counted(self):
        day = day_of(self.world, "bat_trang")
        leg = day.first_leg
        self.assertEqual((leg.mode, leg.minutes, leg.estimated), (TravelMode.TAXI, 40, True))
        self.assertEqual(day.stops[0].arrive, day.start + timedelta(minutes=40))
        self.assertEqual(day.travel_minutes, 40)
        self.assertTrue(day.has_estimates)

    def test_a_day_from_west_lake_starts_with_a_longer_first_leg(self):
        codes = self.world.codes()
        plan = Plan(
            day=MONDAY,
            start=time(8, 30),
            items=(Item.parse(codes["bat_trang"]),),
            origin="west-lake",
        )
        with translation.override("en"):
            day = services.build(plan, "en")
            self.assertEqual(str(day.origin_label), "West Lake (Tây Hồ)")
        self.assertGreater(day.first_leg.minutes, 40)

    def test_a_day_that_starts_at_its_first_stop_has_no_first_leg(self):
        day = day_of(self.world, "lake", "bat_trang")
        self.assertIsNone(day.first_leg)
        self.assertEqual(clock(day.stops[0].arrive), "08:30")


class WarningChecks:
    def test_closed_on_its_weekly_closing_day(self):
        (stop,) = day_of(self.world, "bat_trang", day=SUNDAY).stops
        self.assertEqual(stop.warnings, ["Usually closed on Sunday."])

    def test_a_workshop_follows_its_villages_closing_day(self):
        (stop,) = day_of(self.world, "museum", day=SUNDAY).stops
        self.assertEqual(stop.warnings, ["Usually closed on Sunday."])

    def test_closed_for_a_dated_exception_with_its_reason_in_the_readers_language(self):
        (stop,) = day_of(self.world, "bat_trang", day=date(2027, 2, 8), language="fr").stops
        self.assertEqual(len(stop.warnings), 1)
        self.assertIn("Nouvel An lunaire", stop.warnings[0])

    def test_arriving_after_closing_time(self):
        (stop,) = day_of(self.world, "bat_trang", start=time(17, 30)).stops
        self.assertEqual(stop.warnings, ["Closes at 17:00, before you arrive."])

    def test_visit_running_past_closing_time(self):
        (stop,) = day_of(self.world, "bat_trang", start=time(16, 0)).stops
        self.assertEqual(stop.warnings, ["Closes at 17:00, before the end of your visit."])

    def test_arriving_before_opening_time(self):
        (stop,) = day_of(self.world, "bat_trang", start=time(7, 0)).stops
        self.assertEqual(stop.warnings, ["Opens at 08:00, after you arrive."])

    def test_unknown_hours_give_no_warning(self):
        (stop,) = day_of(self.world, "van_phuc", day=SUNDAY).stops
        self.assertEqual(stop.warnings, [])

    def test_open_day_gives_no_warning(self):
        (stop,) = day_of(self.world, "bat_trang").stops
        self.assertEqual(stop.warnings, [])


class EventWarningChecks:
    def plan_for(self, day, start=time(10, 0)):
        plan = Plan(day=day, start=start, items=(Item("event", self.fair.pk),))
        with translation.override("en"):
            return services.build(plan, "en")

    def test_event_on_that_day_has_no_warning(self):
        (stop,) = self.plan_for(MONDAY).stops
        self.assertEqual(stop.warnings, [])
        self.assertEqual(stop.vietnamese_name, "Hội chợ gốm")

    def test_event_not_on_that_day(self):
        (stop,) = self.plan_for(SUNDAY).stops
        self.assertEqual(stop.warnings, ["This event is not on that day."])

    def test_arriving_before_the_event_starts(self):
        (stop,) = self.plan_for(MONDAY, start=time(8, 0)).stops
        self.assertEqual(stop.warnings, ["Starts at 09:00, after you arrive."])


class SuggestedOrderChecks:
    def test_nearest_first_from_the_old_quarter(self):
        # The lake is the Old Quarter itself, then the village nearer to it.
        day = day_of(self.world, "bat_trang", "lake", "van_phuc")
        codes = self.world.codes()
        order = [item.code for item in services.suggest_order(day)]
        lake = services.OLD_QUARTER
        first_village = min(
            (self.world.bat_trang, self.world.van_phuc),
            key=lambda v: services.distance_km(lake, (v.latitude, v.longitude)),
        )
        self.assertEqual(order[0], codes["lake"])
        self.assertEqual(order[1], f"v{first_village.pk}")
        self.assertEqual(len(order), 3)

    def test_a_place_closed_that_day_goes_after_the_open_ones(self):
        # Bát Tràng (8.6 km) is nearer the lake than Vạn Phúc (9.8 km), but closed
        # on Sundays: Vạn Phúc (hours unknown, so taken as open) comes first.
        day = day_of(self.world, "bat_trang", "van_phuc", day=SUNDAY)
        codes = self.world.codes()
        order = [item.code for item in services.suggest_order(day)]
        self.assertEqual(order, [codes["van_phuc"], codes["bat_trang"]])


class DayTests(ScheduleChecks, WarningChecks, EventWarningChecks, SuggestedOrderChecks, TestCase):
    """One small site for every check above: building it is the slow part."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()
        events = EventIndexPageFactory(parent=cls.world.home)
        cls.fair = EventPageFactory(
            parent=events,
            title="Hội chợ gốm",
            slug="ceramics-fair",
            start_date=MONDAY,
            end_date=MONDAY + timedelta(days=2),
            start_time=time(9, 0),
            end_time=time(17, 0),
        )
