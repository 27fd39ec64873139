"""The demo events: real ones keep their sourced dates, demo ones stay upcoming whenever loaded."""

import datetime

from django.test import TestCase

from demo import event_dates, sources
from events.models import EventPage
from events.recurrence import HANOI

EVENTS = [item.data for item in sources.items("events")]

REAL = {
    "bat-trang-ocop-exhibition-2025": ("2025-12-19", "2025-12-21"),
    "artigiano-in-fiera-2024": ("2024-11-30", "2024-12-08"),
}


def build(data, today):
    dates = {
        "start_date": datetime.date.fromisoformat(data["start_date"])
        if data.get("start_date")
        else None,
        "end_date": datetime.date.fromisoformat(data["end_date"]) if data.get("end_date") else None,
        **event_dates.relative_dates(data["slug"], today),
    }
    times = {
        key: datetime.time.fromisoformat(data[key]) if data.get(key) else None
        for key in ("start_time", "end_time")
    }
    return EventPage(
        title=data["slug"],
        venue_name="v",
        recurrence=data.get("recurrence", "single"),
        weekdays=data.get("weekdays", ""),
        **dates,
        **times,
    )


class DemoEventTests(TestCase):
    def test_real_events_keep_their_dates_and_source_and_are_not_demo(self):
        for data in EVENTS:
            if data["slug"] in REAL:
                with self.subTest(event=data["slug"]):
                    self.assertFalse(data["is_demo"])
                    self.assertEqual((data["start_date"], data["end_date"]), REAL[data["slug"]])
                    self.assertTrue(data["source_name"])
        self.assertEqual({data["slug"] for data in EVENTS if not data["is_demo"]}, set(REAL))

    def test_demo_events_are_upcoming_whatever_day_the_demo_is_loaded(self):
        for today in (
            datetime.date(2026, 12, 1),
            datetime.date(2027, 2, 8),  # during a Tết closure
            datetime.date(2029, 6, 30),
            datetime.date(2031, 12, 31),
        ):
            moment = datetime.datetime.combine(today, datetime.time(23), HANOI)
            for data in EVENTS:
                if not data["is_demo"]:
                    continue
                with self.subTest(today=today, event=data["slug"]):
                    event = build(data, today)
                    EventPage.clean(event)
                    self.assertIsNotNone(event.next_occurrence(moment))
                    self.assertLessEqual(event.start_date, today + datetime.timedelta(days=400))

    def test_weekly_market_starts_on_a_saturday_in_the_past(self):
        today = datetime.date(2026, 12, 1)
        start = event_dates.relative_dates("bat-trang-weekend-market", today)["start_date"]
        self.assertEqual(start.weekday(), 5)
        self.assertLess(start, today)

    def test_every_event_and_the_events_index_have_an_english_translation_file(self):
        (index,) = [item for item in sources.items("indexes") if item.slug == "events"]
        for item in [index, *sources.items("events")]:
            with self.subTest(item=item.label):
                self.assertIn("en", item.po_files())
