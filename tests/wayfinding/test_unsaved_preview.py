"""Previewing a page before its first save: nothing may reverse a URL with ``pk=None``.

The preview of a new page renders an unsaved instance (no pk, no live URL).
The driver card, QR, planner, download and calendar links all name a saved
object; before the first save they are left out, and the preview renders.
"""

import datetime
from decimal import Decimal

from django.urls import reverse

from events.factories import EventIndexPageFactory
from events.models import EventPage
from routes.factories import RouteIndexPageFactory
from routes.models import RoutePage, RouteStop
from stories.factories import StoryIndexPageFactory
from stories.models import StoryPage
from tests.security.test_preview import PreviewTestCase, village_form_data
from tests.utils import soup


def unsaved_child(parent, page):
    """``page`` placed under ``parent`` the way Wagtail's "preview on create" places it."""
    page.locale = parent.locale
    page.depth = parent.depth + 1
    if parent.is_leaf():
        page.path = page._get_path(parent.path, page.depth, 1)
    else:
        page.path = parent.get_last_child()._inc_path()
    page.set_url_path(parent)
    return page


class NewPagePreviewTests(PreviewTestCase):
    def assert_preview_renders(self, page, title):
        response = page.make_preview_request()
        self.assertEqual(response.status_code, 200)
        html = soup(response)
        self.assertIn(title, html.select_one("h1").text)
        links = [a["href"] for a in html.select("a[href]")]
        self.assertFalse([href for href in links if "None" in href], links)
        return html

    def test_new_village_previews_before_its_first_save(self):
        url = reverse(
            "wagtailadmin_pages:preview_on_add",
            args=["villages", "villagepage", self.index.pk],
        )
        response = self.preview(url, village_form_data(self.craft, title="Phù Lãng"))
        self.assertEqual(response.status_code, 200)
        html = soup(response)
        self.assertIn("Phù Lãng", html.select_one("h1").text)
        self.assertIsNone(html.select_one('a[href*="/drive/"]'))

    def test_new_event_in_vietnam_previews_without_a_driver_card_or_calendar_link(self):
        index = EventIndexPageFactory(parent=self.home)
        event = EventPage(
            title="Chợ phiên gốm",
            slug="cho-phien-gom",
            kind=EventPage.Kind.MARKET,
            start_date=datetime.date(2026, 12, 19),
            end_date=datetime.date(2026, 12, 20),
            venue_name="Chợ gốm Bát Tràng",
            venue_country="VN",
            venue_latitude=Decimal("20.975000"),
            venue_longitude=Decimal("105.912000"),
            intro="Chợ phiên cuối tuần.",
        )
        html = self.assert_preview_renders(unsaved_child(index, event), "Chợ phiên gốm")
        self.assertIsNone(html.select_one('a[type="text/calendar"]'))

    def test_new_route_with_stops_previews_without_downloads(self):
        index = RouteIndexPageFactory(parent=self.home)
        route = unsaved_child(
            index,
            RoutePage(
                title="Sáng Bát Tràng",
                slug="sang-bat-trang",
                summary="Nửa ngày.",
                day_length=RoutePage.DayLength.HALF,
            ),
        )
        route.stops = [
            RouteStop(
                place_name="Hồ Hoàn Kiếm",
                latitude=Decimal("21.028800"),
                longitude=Decimal("105.852200"),
                minutes_here=0,
                leg_mode="taxi",
            )
        ]
        html = self.assert_preview_renders(route, "Sáng Bát Tràng")
        self.assertIsNone(html.select_one('a[href$="route.gpx"]'))

    def test_new_story_previews(self):
        index = StoryIndexPageFactory(parent=self.home)
        story = StoryPage(
            title="Đôi tay gốm",
            slug="doi-tay-gom",
            kind=StoryPage.Kind.HERITAGE,
            date=datetime.date(2026, 5, 20),
            author="Ban biên tập",
            intro="Một câu chuyện.",
        )
        self.assert_preview_renders(unsaved_child(index, story), "Đôi tay gốm")
