"""Sample events (``is_demo``) are marked samples, and only samples.

They are never in search-engine data (JSON-LD), calendar feeds or the home
page's "What's on"; a site without ``SHOW_SAMPLE_CONTENT`` (production's
default) does not show them at all. Real events go everywhere.
"""

from django.conf import settings
from django.test import override_settings

from tests.utils import json_ld_nodes, soup

from .helpers import EventTreeTestCase

SAMPLES = ("Chợ phiên gốm", "Ngày xưởng dệt mở cửa")


class SampleEventTests(EventTreeTestCase):
    def json_ld_types(self, path):
        return [node.get("@type") for node in json_ld_nodes(self.get(path))]

    def test_tests_and_development_show_samples_production_does_not(self):
        from tourism_site.settings import base

        self.assertTrue(settings.SHOW_SAMPLE_CONTENT)
        self.assertFalse(base.SHOW_SAMPLE_CONTENT)

    def test_a_sample_event_page_is_marked_and_has_no_json_ld(self):
        page = soup(self.get("/vi/events/pottery-market/"))
        self.assertIsNotNone(page.select_one(".event-demo"))
        self.assertNotIn("Event", self.json_ld_types("/vi/events/pottery-market/"))
        self.assertIn("Event", self.json_ld_types("/vi/events/blue-glaze-talk/"))

    def test_the_calendar_feed_has_real_events_only(self):
        feed = self.get("/vi/events/feed.ics").content.decode()
        self.assertIn("Buổi nói chuyện về men lam", feed)
        for title in SAMPLES:
            self.assertNotIn(title, feed)

    def test_whats_on_on_the_home_page_has_no_sample(self):
        page = soup(self.get("/vi/"))
        section = page.select_one(".event-upcoming")
        self.assertIsNotNone(section)
        text = section.get_text(" ", strip=True)
        self.assertIn("Buổi nói chuyện về men lam", text)
        for title in SAMPLES:
            self.assertNotIn(title, text)

    def test_a_village_lists_its_samples_marked_where_samples_are_shown(self):
        page = soup(self.get("/vi/villages/bat-trang/"))
        section = page.select_one(".event-upcoming")
        self.assertIn("Chợ phiên gốm", section.get_text())
        self.assertIsNotNone(section.select_one(".badge"))

    @override_settings(SHOW_SAMPLE_CONTENT=False)
    def test_production_hides_samples_everywhere(self):
        self.get("/vi/events/pottery-market/", status=404)
        self.get("/en/events/pottery-market/", status=404)
        self.get("/vi/events/pottery-market/event.ics", status=404)
        listed = [
            a.get_text(strip=True)
            for a in soup(self.get("/vi/events/")).select(".event-card__title a")
        ]
        self.assertIn("Buổi nói chuyện về men lam", listed)
        for title in SAMPLES:
            self.assertNotIn(title, listed)
        village = soup(self.get("/vi/villages/bat-trang/")).get_text()
        self.assertNotIn("Chợ phiên gốm", village)
        self.assertNotIn("pottery-market", self.get("/sitemap-vi.xml").content.decode())
        # Real events are untouched.
        self.get("/vi/events/blue-glaze-talk/")
