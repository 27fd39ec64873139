"""Event lists run a fixed number of queries, however many events there are."""

import datetime

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from core.factories import ImageFactory
from core.i18n import locale_for
from events.factories import EventIndexPageFactory, EventPageFactory, EventParticipantFactory
from events.models import EventPage, EventVillage
from events.queries import upcoming_events
from tests.utils import assert_constant_queries, create_vi_home, translate_page
from villages.factories import CraftFactory, VillageIndexPageFactory, VillagePageFactory

# Pinned from a real run; a change means the listing's queries changed.
# Routing is Wagtail's own, uncached: the site, the language's root and the page (4
# queries, 5 in English: Wagtail looks up the English root), then the page's own.
EXPECTED_QUERIES = {"/vi/events/": 9, "/en/events/": 10}


@override_settings(PAGE_CACHE_ENABLED=False)
class EventQueryCountTests(TestCase):
    batch = 3

    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.index = EventIndexPageFactory(parent=cls.home)
        villages = VillageIndexPageFactory(parent=cls.home)
        cls.village = VillagePageFactory(parent=villages, crafts=[CraftFactory()])
        for page in (cls.home, cls.index, villages, cls.village):
            translate_page(page, "en")

    def add_events(self):
        """A batch of events (upcoming, repeating, past) in vi and en, and as many in vi only."""
        today = datetime.date.today()
        for number in range(self.batch):
            upcoming = EventPageFactory(
                parent=self.index,
                start_date=today + datetime.timedelta(days=number + 1),
                end_date=None,
                villages=[self.village],
                hero_image=ImageFactory(),
            )
            EventParticipantFactory(page=upcoming)
            translate_page(upcoming, "en")
            EventPageFactory(
                parent=self.index,
                start_date=today - datetime.timedelta(days=30),
                end_date=None,
                recurrence=EventPage.Recurrence.WEEKLY,
                weekdays="1,3",
                villages=[self.village],
            )
            EventPageFactory(parent=self.index, villages=[self.village])  # December 2025: past

    def test_event_index_query_count_does_not_grow(self):
        for path in ("/vi/events/", "/en/events/"):
            with self.subTest(path=path):
                assert_constant_queries(self, path, self.add_events, EXPECTED_QUERIES[path])

    def test_filtered_listings_do_not_grow_either(self):
        for query in ("?when=past", "?month=2025-12", f"?village={self.village.slug}"):
            with self.subTest(query=query):
                self.add_events()
                path = f"/en/events/{query}"
                first = self.count(path)
                self.add_events()
                self.assertEqual(self.count(path), first)

    def test_upcoming_events_runs_constant_queries(self):
        english = locale_for("en")
        self.add_events()
        upcoming_events(english)  # warms the per-process locale cache
        with CaptureQueriesContext(connection) as first:
            found = upcoming_events(english, village=self.village)
        self.add_events()
        # New content, a new generation: the restricted paths (core.privacy) are read again once.
        upcoming_events(english)
        with CaptureQueriesContext(connection) as second:
            more = upcoming_events(english, village=self.village)
        self.assertEqual(len(first.captured_queries), len(second.captured_queries))
        self.assertEqual(len(more), 2 * len(found))

    def test_home_and_village_pages_do_not_grow_with_events(self):
        self.add_events()
        home = self.count("/en/")
        village = self.count(self.village.url)
        self.add_events()
        self.assertEqual(self.count("/en/"), home)
        self.assertEqual(self.count(self.village.url), village)

    def test_event_page_does_not_grow_with_its_villages(self):
        villages = self.village.get_parent()
        event = EventPageFactory(parent=self.index, villages=[self.village])
        first = self.count(event.url)
        for _ in range(3):
            other = VillagePageFactory(parent=villages, crafts=[])
            EventVillage.objects.create(page=event, village=other)
        self.assertEqual(self.count(event.url), first)

    def count(self, path):
        self.client.get(path)
        with CaptureQueriesContext(connection) as context:
            response = self.client.get(path)
        self.assertEqual(response.status_code, 200, path)
        return len(context.captured_queries)
