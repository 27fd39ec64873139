"""A small event tree shared by the event tests.

Built on ``tests.scenario.build_language_tree`` (vi home, villages Bát Tràng
and Vạn Phúc, English and French translations), plus an event index in vi, en
and fr, and events relative to ``TODAY``:

- ``exhibition``: 19–21 December 2025 in Bát Tràng (past), vi/en/fr;
- ``market``: weekly on Saturday and Sunday from 4 weeks before today,
  08:00–12:00, Bát Tràng, vi/en (fr readers get the English one);
- ``workshop``: monthly on the start date's day, all day, Vạn Phúc, vi only;
- ``future``: a single event in 10 days, 09:00–11:00, no village, vi/en.
"""

import datetime

from django.test import Client, TestCase
from django.utils import timezone

from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventPage
from tests.scenario import build_language_tree
from tests.utils import translate_page

ENGLISH = {"Sự kiện": "Events", "Triển lãm OCOP Bát Tràng": "Bat Trang OCOP exhibition"}


def today():
    return timezone.localdate()


def build_event_tree():
    tree = build_language_tree()
    now = today()
    index = EventIndexPageFactory(parent=tree.home)
    exhibition = EventPageFactory(
        parent=index,
        title="Triển lãm OCOP Bát Tràng",
        slug="bat-trang-ocop-2025",
        villages=[tree.bat_trang],
        venue_latitude="20.975000",
        venue_longitude="105.912000",
        organizer_name="UBND xã Bát Tràng",
        source_name="The Hanoi Times",
        source_url="https://hanoitimes.vn/",
    )
    saturday = now - datetime.timedelta(days=28 + (now.weekday() - 5) % 7)
    market = EventPageFactory(
        parent=index,
        title="Chợ phiên gốm",
        slug="pottery-market",
        kind=EventPage.Kind.MARKET,
        start_date=saturday,
        end_date=None,
        start_time=datetime.time(8),
        end_time=datetime.time(12),
        recurrence=EventPage.Recurrence.WEEKLY,
        weekdays="5,6",
        villages=[tree.bat_trang],
        is_demo=True,
    )
    workshop = EventPageFactory(
        parent=index,
        title="Ngày xưởng dệt mở cửa",
        slug="open-loom-day",
        kind=EventPage.Kind.WORKSHOP,
        start_date=now - datetime.timedelta(days=40),
        end_date=None,
        start_time=None,
        end_time=None,
        recurrence=EventPage.Recurrence.MONTHLY,
        villages=[tree.van_phuc],
        is_free=False,
        price="150000",
        booking_required=True,
        booking_url="https://example.org/book",
        is_demo=True,
    )
    future = EventPageFactory(
        parent=index,
        title="Buổi nói chuyện về men lam",
        slug="blue-glaze-talk",
        start_date=now + datetime.timedelta(days=10),
        end_date=None,
        start_time=datetime.time(9),
        end_time=datetime.time(11),
    )
    en = {"index": translate_page(index, "en", ENGLISH)}
    for name, page in (("exhibition", exhibition), ("market", market), ("future", future)):
        en[name] = translate_page(page, "en", ENGLISH)
    fr = {"index": translate_page(index, "fr"), "exhibition": translate_page(exhibition, "fr")}
    tree.events = {
        "index": index,
        "exhibition": exhibition,
        "market": market,
        "workshop": workshop,
        "future": future,
        "en": en,
        "fr": fr,
    }
    return tree


class EventTreeTestCase(TestCase):
    """The event tree above, and a client that answers with the error page, not the exception."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_event_tree()
        cls.events = cls.tree.events

    def setUp(self):
        self.client = Client(raise_request_exception=False)

    def get(self, path, status=200):
        response = self.client.get(path)
        self.assertEqual(response.status_code, status, path)
        return response
