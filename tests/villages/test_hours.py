"""Opening hours: weekly rows, exceptions, attractions with and without their own hours."""

import datetime
import json

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.utils import translation

from tests.utils import create_vi_home
from villages import hours
from villages.factories import (
    AttractionFactory,
    OpeningExceptionFactory,
    OpeningHoursFactory,
    VillageIndexPageFactory,
    VillagePageFactory,
)
from villages.models import Attraction, VillagePage

MONDAY = datetime.date(2026, 12, 7)
SUNDAY = datetime.date(2026, 12, 13)
TET = datetime.date(2027, 2, 6)  # a Saturday
T = datetime.time


def fresh(page):
    """The page as a request would load it, with its parts prefetched."""
    page = VillagePage.objects.get(pk=page.pk)
    page.prefetch_parts()
    return page


class HoursTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = create_vi_home()
        index = VillageIndexPageFactory(parent=home)
        cls.village = VillagePageFactory(parent=index)
        for weekday in range(6):
            OpeningHoursFactory(page=cls.village, weekday=weekday, opens="08:00", closes="17:30")
        OpeningHoursFactory(page=cls.village, weekday=6, opens=None, closes=None, closed=True)
        OpeningExceptionFactory(page=cls.village, reason="Tết Nguyên đán")
        OpeningExceptionFactory(
            page=cls.village,
            start_date=datetime.date(2026, 12, 24),
            end_date=datetime.date(2026, 12, 24),
            closed=False,
            opens="10:00",
            closes="14:00",
            reason="Lễ hội làng",
        )
        cls.museum = AttractionFactory(
            page=cls.village,
            kind=Attraction.Kind.MUSEUM,
            name="Bảo tàng",
            own_hours=True,
            opens="09:00",
            closes="16:00",
            closed_days=[0],
        )
        cls.market = AttractionFactory(page=cls.village, kind=Attraction.Kind.MARKET)

    def setUp(self):
        self.page = fresh(self.village)
        self.attractions = {item.name: item for item in self.page.attractions.all()}

    def test_weekly_hours_of_the_village(self):
        self.assertEqual(hours.hours_on(self.page, MONDAY), (T(8), T(17, 30)))

    def test_a_closed_weekday_is_none(self):
        self.assertIsNone(hours.hours_on(self.page, SUNDAY))
        self.assertTrue(hours.is_known(self.page))

    def test_a_closing_exception_wins_over_the_weekly_hours(self):
        self.assertIsNone(hours.hours_on(self.page, TET))
        self.assertEqual(hours.exception_on(self.page, TET).reason, "Tết Nguyên đán")
        # Both ends of the range are included.
        self.assertIsNone(hours.hours_on(self.page, datetime.date(2027, 2, 5)))
        self.assertIsNone(hours.hours_on(self.page, datetime.date(2027, 2, 10)))
        self.assertIsNotNone(hours.hours_on(self.page, datetime.date(2027, 2, 11)))

    def test_an_exception_with_special_hours_replaces_the_day(self):
        self.assertEqual(hours.hours_on(self.page, datetime.date(2026, 12, 24)), (T(10), T(14)))

    def test_an_attraction_without_its_own_hours_follows_the_village(self):
        market = self.attractions["Chợ gốm"]
        self.assertEqual(hours.hours_on(market, MONDAY), (T(8), T(17, 30)))
        self.assertIsNone(hours.hours_on(market, SUNDAY))
        self.assertEqual(hours.hours_data(market), hours.hours_data(self.page))

    def test_an_attraction_with_its_own_hours_keeps_them_and_its_closed_days(self):
        museum = self.attractions["Bảo tàng"]
        self.assertIsNone(hours.hours_on(museum, MONDAY))
        self.assertEqual(hours.hours_on(museum, MONDAY + datetime.timedelta(days=1)), (T(9), T(16)))
        # Open on Sunday although the village's shops are not.
        self.assertEqual(hours.hours_on(museum, SUNDAY), (T(9), T(16)))

    def test_village_exceptions_apply_to_attractions_with_their_own_hours(self):
        museum = self.attractions["Bảo tàng"]
        self.assertIsNone(hours.hours_on(museum, TET))
        self.assertEqual(hours.hours_on(museum, datetime.date(2026, 12, 24)), (T(10), T(14)))

    def test_the_village_can_be_passed_explicitly(self):
        museum = Attraction.objects.get(pk=self.museum.pk)
        self.assertEqual(hours.hours_on(museum, TET, village=self.page), None)

    def test_a_lunch_break_gives_two_intervals_and_the_day_span(self):
        OpeningHoursFactory(page=self.village, weekday=2, opens="13:30", closes="18:00")
        row = self.village.opening_hours.get(weekday=2, opens=T(8))
        row.closes = T(12)
        row.save()
        page = fresh(self.village)
        wednesday = MONDAY + datetime.timedelta(days=2)
        self.assertEqual(hours.intervals_on(page, wednesday), [(T(8), T(12)), (T(13, 30), T(18))])
        self.assertEqual(hours.hours_on(page, wednesday), (T(8), T(18)))
        self.assertEqual(
            hours.hours_data(page)["weekly"][2], [["08:00", "12:00"], ["13:30", "18:00"]]
        )

    def test_hours_data_is_json_with_hh_mm_times_and_iso_dates(self):
        data = json.loads(json.dumps(hours.hours_data(self.page)))
        self.assertTrue(data["known"])
        self.assertEqual(data["utcOffset"], 7)
        self.assertEqual(data["weekly"][0], [["08:00", "17:30"]])
        self.assertEqual(data["weekly"][6], [])
        self.assertEqual(
            data["exceptions"][0],
            {
                "start": "2026-12-24",
                "end": "2026-12-24",
                "closed": False,
                "hours": [["10:00", "14:00"]],
                "reason": "Lễ hội làng",
            },
        )
        self.assertEqual(data["exceptions"][1]["start"], "2027-02-05")
        self.assertTrue(data["exceptions"][1]["closed"])

    def test_hours_data_of_an_attraction_with_its_own_hours(self):
        data = hours.hours_data(self.attractions["Bảo tàng"])
        self.assertEqual(data["weekly"][0], [])
        self.assertEqual(data["weekly"][1:], [[["09:00", "16:00"]]] * 6)
        self.assertEqual(len(data["exceptions"]), 2)

    def test_a_village_without_weekly_hours_is_unknown_not_closed(self):
        other = fresh(VillagePageFactory(parent=self.village.get_parent()))
        self.assertFalse(hours.is_known(other))
        self.assertIsNone(hours.hours_on(other, MONDAY))
        self.assertFalse(hours.hours_data(other)["known"])


class AttractionHoursValidationTests(TestCase):
    def attraction(self, **fields):
        return Attraction(kind=Attraction.Kind.MUSEUM, name="Bảo tàng", **fields)

    def errors(self, **fields):
        # The messages are read in English, the catalogues' source language.
        with translation.override("en"):
            with self.assertRaises(ValidationError) as caught:
                self.attraction(**fields).clean()
            return {
                field: [str(message) for message in messages]
                for field, messages in caught.exception.message_dict.items()
            }

    def test_times_without_own_hours_are_refused_with_a_clear_message(self):
        errors = self.errors(opens=T(8), closes=T(17))
        self.assertIn("own_hours", errors)
        self.assertIn("has its own opening hours", errors["own_hours"][0])

    def test_own_hours_need_both_times(self):
        self.assertIn("opens", self.errors(own_hours=True, opens=T(8)))

    def test_closing_must_follow_opening(self):
        self.assertIn("closes", self.errors(own_hours=True, opens=T(17), closes=T(8)))

    def test_closed_every_day_is_refused(self):
        errors = self.errors(own_hours=True, opens=T(8), closes=T(17), closed_days=list(range(7)))
        self.assertIn("closed_days", errors)

    def test_valid_own_hours_pass(self):
        self.attraction(own_hours=True, opens=T(8), closes=T(17), closed_days=[0]).clean()
        self.attraction().clean()
