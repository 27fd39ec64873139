"""When events happen: single, multi-day, all-day, weekly, monthly, yearly, until; Hanoi time."""

import datetime

from django.core.exceptions import ValidationError
from django.test import TestCase

from events.models import EventPage
from events.recurrence import HANOI

D = datetime.date
T = datetime.time


def event(**fields):
    defaults = {"title": "x", "start_date": D(2025, 12, 19), "venue_name": "v"}
    return EventPage(**{**defaults, **fields})


def at(*args):
    return datetime.datetime(*args, tzinfo=HANOI)


# Page models read the default locale when instantiated: TestCase, for the database.
class SingleEventTests(TestCase):
    def setUp(self):
        self.exhibition = event(
            start_date=D(2025, 12, 19), end_date=D(2025, 12, 21), start_time=T(8), end_time=T(17)
        )

    def test_multi_day_event_is_on_each_of_its_days_only(self):
        self.assertFalse(self.exhibition.is_on(D(2025, 12, 18)))
        for day in (19, 20, 21):
            self.assertTrue(self.exhibition.is_on(D(2025, 12, day)))
        self.assertFalse(self.exhibition.is_on(D(2025, 12, 22)))

    def test_occurrences_are_aware_hanoi_datetimes(self):
        [(start, end)] = self.exhibition.occurrences_between(D(2025, 12, 1), D(2025, 12, 31))
        self.assertEqual((start, end), (at(2025, 12, 19, 8), at(2025, 12, 21, 17)))
        self.assertEqual(start.utcoffset(), datetime.timedelta(hours=7))
        self.assertEqual(str(start.tzinfo), "Asia/Ho_Chi_Minh")

    def test_next_occurrence_includes_the_one_in_progress(self):
        self.assertEqual(
            self.exhibition.next_occurrence(at(2025, 12, 20, 12))[0], at(2025, 12, 19, 8)
        )
        self.assertIsNone(self.exhibition.next_occurrence(at(2025, 12, 21, 17)))

    def test_next_occurrence_accepts_other_time_zones(self):
        # It closes at 17:00 in Hanoi on the 21st: 10:00 UTC.
        utc = datetime.datetime(2025, 12, 21, 9, 30, tzinfo=datetime.UTC)
        self.assertIsNotNone(self.exhibition.next_occurrence(utc))
        self.assertIsNone(
            self.exhibition.next_occurrence(
                datetime.datetime(2025, 12, 21, 10, 1, tzinfo=datetime.UTC)
            )
        )

    def test_all_day_event_ends_at_midnight_after_its_last_day(self):
        closure = event(start_date=D(2027, 2, 5), end_date=D(2027, 2, 10))
        [(start, end)] = closure.occurrences_between(D(2027, 2, 1), D(2027, 2, 28))
        self.assertEqual((start, end), (at(2027, 2, 5), at(2027, 2, 11)))
        self.assertTrue(closure.is_on(D(2027, 2, 10)))
        self.assertFalse(closure.is_on(D(2027, 2, 11)))

    def test_cancelled_event_is_not_on(self):
        cancelled = event(status=EventPage.Status.CANCELLED)
        self.assertFalse(cancelled.is_on(D(2025, 12, 19)))
        self.assertEqual(len(cancelled.occurrences_between(D(2025, 12, 19), D(2025, 12, 19))), 1)

    def test_reversed_range_has_no_occurrences(self):
        self.assertEqual(self.exhibition.occurrences_between(D(2025, 12, 21), D(2025, 12, 19)), [])


class RepeatingEventTests(TestCase):
    def test_weekly_event_on_chosen_weekdays(self):
        market = event(
            start_date=D(2026, 1, 3),  # a Saturday
            start_time=T(8),
            end_time=T(12),
            recurrence="weekly",
            weekdays="5,6",
        )
        starts = [s for s, _e in market.occurrences_between(D(2026, 1, 1), D(2026, 1, 14))]
        self.assertEqual(
            starts,
            [at(2026, 1, 3, 8), at(2026, 1, 4, 8), at(2026, 1, 10, 8), at(2026, 1, 11, 8)],
        )
        self.assertTrue(market.is_on(D(2026, 1, 10)))
        self.assertFalse(market.is_on(D(2026, 1, 9)))
        self.assertFalse(market.is_on(D(2025, 12, 27)))  # before it starts

    def test_weekly_without_weekdays_repeats_on_the_start_weekday(self):
        talk = event(start_date=D(2026, 1, 7), recurrence="weekly")  # a Wednesday
        self.assertTrue(talk.is_on(D(2026, 1, 14)))
        self.assertFalse(talk.is_on(D(2026, 1, 15)))

    def test_until_stops_the_repetition_on_its_day(self):
        market = event(
            start_date=D(2026, 1, 3),
            start_time=T(8),
            end_time=T(12),
            recurrence="weekly",
            weekdays="5",
            repeat_until=D(2026, 1, 17),
        )
        self.assertTrue(market.is_on(D(2026, 1, 17)))
        self.assertFalse(market.is_on(D(2026, 1, 24)))
        self.assertEqual(market.last_occurrence(), (at(2026, 1, 17, 8), at(2026, 1, 17, 12)))
        self.assertIsNone(market.next_occurrence(at(2026, 1, 17, 13)))

    def test_monthly_event_skips_months_without_its_day(self):
        day = event(start_date=D(2026, 1, 31), recurrence="monthly")
        starts = [s.date() for s, _e in day.occurrences_between(D(2026, 1, 1), D(2026, 5, 31))]
        self.assertEqual(starts, [D(2026, 1, 31), D(2026, 3, 31), D(2026, 5, 31)])

    def test_yearly_event_keeps_its_duration(self):
        season = event(start_date=D(2025, 6, 1), end_date=D(2025, 7, 15), recurrence="yearly")
        self.assertTrue(season.is_on(D(2027, 7, 15)))
        self.assertFalse(season.is_on(D(2027, 7, 16)))
        self.assertEqual(season.next_occurrence(at(2026, 8, 1))[0], at(2027, 6, 1))
        self.assertIsNone(season.last_occurrence())

    def test_hanoi_has_no_daylight_saving_time(self):
        weekly = event(
            start_date=D(2026, 1, 5), start_time=T(9), end_time=T(10), recurrence="weekly"
        )
        occurrences = weekly.occurrences_between(D(2026, 1, 1), D(2026, 12, 31))
        self.assertEqual(len(occurrences), 52)
        self.assertEqual(
            {start.utcoffset() for start, _end in occurrences}, {datetime.timedelta(hours=7)}
        )
        self.assertEqual({start.hour for start, _end in occurrences}, {9})

    def test_overnight_occurrence_counts_on_both_days(self):
        night = event(
            start_date=D(2026, 2, 6),
            end_date=D(2026, 2, 7),
            start_time=T(20),
            end_time=T(2),
            recurrence="weekly",
        )
        self.assertTrue(night.is_on(D(2026, 2, 14)))  # Saturday, the next Friday night's end
        self.assertTrue(night.is_on(D(2026, 2, 13)))
        self.assertFalse(night.is_on(D(2026, 2, 12)))

    def test_upcoming_occurrences_lists_the_next_ones(self):
        market = event(
            start_date=D(2026, 1, 3), start_time=T(8), end_time=T(12), recurrence="weekly"
        )
        dates = [s.date() for s, _e in market.upcoming_occurrences(3, after=at(2026, 1, 10, 12))]
        self.assertEqual(dates, [D(2026, 1, 17), D(2026, 1, 24), D(2026, 1, 31)])


class ValidationTests(TestCase):
    def errors(self, **fields):
        with self.assertRaises(ValidationError) as caught:
            EventPage.clean(event(**fields))
        return caught.exception.message_dict

    def test_end_before_start_is_refused(self):
        self.assertIn("end_date", self.errors(end_date=D(2025, 12, 1)))
        self.assertIn("end_time", self.errors(start_time=T(10), end_time=T(9)))

    def test_times_come_in_pairs(self):
        self.assertIn("end_time", self.errors(start_time=T(10)))

    def test_recurrence_fields_must_fit_the_recurrence(self):
        self.assertIn("repeat_until", self.errors(repeat_until=D(2026, 1, 1)))
        self.assertIn("weekdays", self.errors(weekdays="1", recurrence="monthly"))
        self.assertIn("repeat_until", self.errors(recurrence="weekly", repeat_until=D(2025, 1, 1)))

    def test_free_event_has_no_price_and_coordinates_come_in_pairs(self):
        self.assertIn("price", self.errors(price="10", is_free=True))
        self.assertIn("venue_longitude", self.errors(venue_latitude="21"))
