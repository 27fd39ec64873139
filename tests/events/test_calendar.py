"""iCalendar: one file per event and a feed per language, re-parsed with icalendar."""

import datetime

import icalendar
from django.test import TestCase, override_settings

from events.calendar import uid_for
from events.recurrence import HANOI
from tests.security.observatory import grade
from tests.security.retrieve import production_security_settings, retrieve

from .helpers import build_event_tree

CALENDAR_TYPE = "text/calendar; charset=utf-8"


class CalendarTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_event_tree()
        cls.events = cls.tree.events

    def calendar(self, path):
        response = self.client.get(path)
        self.assertEqual(response.status_code, 200, path)
        self.assertEqual(response["Content-Type"], CALENDAR_TYPE)
        return icalendar.Calendar.from_ical(response.content), response

    def vevents(self, calendar):
        return {str(event["uid"]): event for event in calendar.walk("VEVENT")}

    def test_event_file_describes_the_event(self):
        calendar, response = self.calendar("/en/events/bat-trang-ocop-2025/event.ics")
        self.assertIn("attachment", response["Content-Disposition"])
        [event] = calendar.walk("VEVENT")
        english = self.events["en"]["exhibition"]
        self.assertEqual(str(event["uid"]), uid_for(english))
        self.assertEqual(event["summary"], "Bat Trang OCOP exhibition")
        self.assertEqual(event["summary"].params["LANGUAGE"], "en")
        self.assertEqual(event.decoded("dtstart"), datetime.datetime(2025, 12, 19, 8, tzinfo=HANOI))
        self.assertEqual(event["dtstart"].params["TZID"], "Asia/Ho_Chi_Minh")
        self.assertEqual(event.decoded("dtend"), datetime.datetime(2025, 12, 21, 17, tzinfo=HANOI))
        self.assertEqual(str(event["url"]), "http://testserver/en/events/bat-trang-ocop-2025/")
        self.assertIn("Chợ gốm Bát Tràng", str(event["location"]))
        self.assertEqual(event["geo"].latitude, 20.975)
        self.assertEqual(event["geo"].longitude, 105.912)
        self.assertNotIn("rrule", event)
        [timezone] = calendar.walk("VTIMEZONE")
        self.assertEqual(str(timezone["tzid"]), "Asia/Ho_Chi_Minh")

    def test_uids_are_stable_and_shared_by_translations(self):
        first = self.client.get("/en/events/bat-trang-ocop-2025/event.ics").content
        second = self.client.get("/en/events/bat-trang-ocop-2025/event.ics").content
        self.assertEqual(first, second)
        vi, _response = self.calendar("/vi/events/bat-trang-ocop-2025/event.ics")
        en = icalendar.Calendar.from_ical(first)
        self.assertEqual(set(self.vevents(vi)), set(self.vevents(en)))
        self.assertIn(str(self.events["exhibition"].translation_key), next(iter(self.vevents(vi))))

    def test_weekly_event_has_an_rrule_and_a_demo_summary(self):
        calendar, _response = self.calendar("/en/events/pottery-market/event.ics")
        [event] = calendar.walk("VEVENT")
        rule = event["rrule"]
        self.assertEqual(rule["FREQ"], ["WEEKLY"])
        self.assertEqual(rule["BYDAY"], ["SA", "SU"])
        self.assertIn("demo event", str(event["summary"]))

    def test_all_day_monthly_event_uses_dates(self):
        calendar, _response = self.calendar("/vi/events/open-loom-day/event.ics")
        [event] = calendar.walk("VEVENT")
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        self.assertIsInstance(start, datetime.date)
        self.assertNotIsInstance(start, datetime.datetime)
        self.assertEqual(end - start, datetime.timedelta(days=1))
        self.assertEqual(event["rrule"]["FREQ"], ["MONTHLY"])
        self.assertEqual(event["rrule"]["BYMONTHDAY"], [start.day])

    def test_until_is_in_utc_for_timed_events(self):
        market = self.events["market"]
        market.repeat_until = market.start_date + datetime.timedelta(days=60)
        market.save_revision().publish()
        calendar, _response = self.calendar("/vi/events/pottery-market/event.ics")
        [event] = calendar.walk("VEVENT")
        until = event["rrule"]["UNTIL"][0]
        self.assertEqual(until.utcoffset(), datetime.timedelta(0))
        self.assertEqual(until.astimezone(HANOI).date(), market.repeat_until)

    def test_feed_lists_every_real_event_of_the_language_with_fallbacks(self):
        """Sample events (market, workshop) never reach a subscriber's calendar."""
        calendar, response = self.calendar("/fr/events/feed.ics")
        self.assertIn("inline", response["Content-Disposition"])
        events = self.vevents(calendar)
        self.assertEqual(
            set(events),
            {uid_for(self.events[name]) for name in ("exhibition", "future")},
        )
        languages = {str(event["summary"].params["LANGUAGE"]) for event in events.values()}
        self.assertEqual(languages, {"fr", "en"})
        self.assertEqual(len(calendar.walk("VTIMEZONE")), 1)
        self.assertEqual(calendar["x-wr-calname"], self.events["fr"]["index"].title)

    def test_unknown_calendar_paths_are_404(self):
        for path in (
            "/en/events/nothing.ics",
            "/en/events/bat-trang-ocop-2025/feed.ics",
            "/en/events/feed.ics/x.ics",
            "/en/villages/bat-trang/event.ics",
            "/xx/events/feed.ics",
        ):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path, follow=True).status_code, 404)


@override_settings(ROOT_URLCONF="tests.security.urls", **production_security_settings())
class CalendarSecurityHeaderTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_event_tree()

    def test_feeds_score_a_plus_like_pages(self):
        for path in ("/en/events/feed.ics", "/vi/events/bat-trang-ocop-2025/event.ics"):
            with self.subTest(path=path):
                retrieved = retrieve(path)
                result = grade(retrieved)
                self.assertEqual(retrieved.status, 200, result.breakdown())
                self.assertEqual(retrieved.first_header("Content-Type"), CALENDAR_TYPE)
                self.assertGreaterEqual(result.score, 120, result.breakdown())
