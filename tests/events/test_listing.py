"""The event index's upcoming list, kept per day (events.listing.timeline), stays right."""

import datetime

from django.test import SimpleTestCase, override_settings

from core.i18n import locale_for
from events import queries
from events.factories import EventPageFactory
from events.listing import timeline, upcoming_at
from events.recurrence import HANOI
from tests.utils import soup

from .helpers import EventTreeTestCase, today


@override_settings(PAGE_CACHE_ENABLED=False)
class KeptTimelineTests(EventTreeTestCase):
    def starts(self, path):
        return [
            (card.select_one(".event-card__title a").get_text(strip=True),
             card.select_one("time")["datetime"][:10])
            for card in soup(self.get(path)).select(".event-card")
        ]  # fmt: skip

    def test_an_event_whose_date_changes_moves_at_once(self):
        talk = self.events["future"]
        self.assertIn(
            (talk.title, f"{today() + datetime.timedelta(days=10)}"), self.starts("/vi/events/")
        )
        talk.start_date = today() + datetime.timedelta(days=70)
        talk.save_revision().publish()
        self.assertEqual(
            self.starts("/vi/events/")[-1], (talk.title, f"{today() + datetime.timedelta(days=70)}")
        )
        talk.start_date = today() + datetime.timedelta(days=1)
        talk.save_revision().publish()
        starts = self.starts("/vi/events/")
        self.assertIn((talk.title, f"{today() + datetime.timedelta(days=1)}"), starts)
        self.assertEqual(starts, sorted(starts, key=lambda item: item[1]))

    def test_a_new_event_shows_at_once(self):
        self.get("/vi/events/")
        EventPageFactory(
            parent=self.events["index"],
            title="Hội làng",
            start_date=today(),
            end_date=None,
            start_time=None,
            end_time=None,
        )
        self.assertIn("Hội làng", [title for title, _day in self.starts("/vi/events/")])

    def test_the_kept_timeline_ranks_as_the_recurrence_rules_do(self):
        moment = queries.reference_moment()
        for language in ("vi", "en", "fr"):
            with self.subTest(language=language):
                locale = locale_for(language)
                every = queries.candidate_events(locale)
                expected = [
                    (event.pk, event.occurrence, event.following)
                    for event in queries.upcoming_from(every, moment, include_cancelled=True)
                ]
                self.assertTrue(expected)
                kept = timeline(locale, moment.date())["upcoming"]
                self.assertEqual(upcoming_at(kept, moment), expected)


def at(day, hour):
    return datetime.datetime.combine(day, datetime.time(hour), HANOI)


class UpcomingAtTests(SimpleTestCase):
    """The day's kept occurrences, read at a moment of that day."""

    day = datetime.date(2026, 3, 2)

    def test_an_occurrence_ending_during_the_day_gives_way_to_the_next(self):
        tomorrow = self.day + datetime.timedelta(days=1)
        after = self.day + datetime.timedelta(days=2)
        rows = [
            (1, "Daily, ended at 9", [(at(self.day, 8), at(self.day, 9)),
                                     (at(tomorrow, 8), at(tomorrow, 9)),
                                     (at(after, 8), at(after, 9))], ["a"]),
            (2, "In progress", [(at(self.day, 9), at(self.day, 11))], ["b"]),
            (3, "Ended at 8", [(at(self.day, 7), at(self.day, 8))], ["a"]),
        ]  # fmt: skip
        self.assertEqual(
            upcoming_at(rows, at(self.day, 10)),
            [
                (2, (at(self.day, 9), at(self.day, 11)), None),
                (1, (at(tomorrow, 8), at(tomorrow, 9)), (at(after, 8), at(after, 9))),
            ],
        )
        self.assertEqual([pk for pk, *_rest in upcoming_at(rows, at(self.day, 10), "a")], [1])
        # Before 9, the first occurrence is still to come, and the second follows it.
        self.assertEqual(
            upcoming_at(rows, at(self.day, 6), "a")[0],
            (3, (at(self.day, 7), at(self.day, 8)), None),
        )
