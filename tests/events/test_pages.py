"""Event index and event pages as readers see them, in vi, en and fr."""

import datetime

from events.models import EventIndexPage
from tests.utils import html_attrs, json_ld_nodes, soup

from .helpers import EventTreeTestCase, today


class EventPageTests(EventTreeTestCase):
    def cards(self, path):
        return [a.get_text(strip=True) for a in soup(self.get(path)).select(".event-card__title a")]

    # --- Rendering ---------------------------------------------------------------

    def test_index_and_event_render_in_vietnamese_english_and_french(self):
        for language in ("vi", "en", "fr"):
            for path in ("/events/", "/events/bat-trang-ocop-2025/"):
                with self.subTest(language=language, path=path):
                    response = self.get(f"/{language}{path}")
                    self.assertEqual(html_attrs(response), (language, "ltr"))

    def test_event_page_shows_its_facts_in_the_page_language(self):
        page = soup(self.get("/en/events/bat-trang-ocop-2025/"))
        self.assertEqual(
            page.select_one("main h1").get_text(strip=True), "Bat Trang OCOP exhibition"
        )
        facts = page.select_one(".event-facts").get_text(" ", strip=True)
        self.assertIn("Chợ gốm Bát Tràng", facts)
        self.assertIn("UBND xã Bát Tràng", facts)
        self.assertIn("The Hanoi Times", facts)
        self.assertIsNotNone(page.select_one('.event-facts [lang="vi"]'))
        # The village link goes to the English Bát Tràng page.
        self.assertIsNotNone(page.select_one('.event-facts a[href="/en/villages/bat-trang/"]'))
        self.assertIsNotNone(page.select_one('a[href="/en/events/bat-trang-ocop-2025/event.ics"]'))

    def test_demo_event_says_its_dates_are_illustrative(self):
        page = soup(self.get("/en/events/pottery-market/"))
        self.assertIn("Demo event: dates are illustrative.", page.select_one(".event-demo").text)
        self.assertIsNone(
            soup(self.get("/en/events/bat-trang-ocop-2025/")).select_one(".event-demo")
        )

    def test_repeating_event_lists_its_next_dates_with_their_ends(self):
        page = soup(self.get("/en/events/pottery-market/"))
        times = page.select(".event-dates time[data-end]")
        self.assertEqual(len(times), 3)
        first = datetime.datetime.fromisoformat(times[0]["datetime"])
        self.assertGreaterEqual(first.date(), today())
        self.assertIn("Every week: Saturday, Sunday", page.text)

    def test_price_and_booking_are_shown(self):
        page = soup(self.get("/vi/events/open-loom-day/"))
        facts = page.select_one(".event-facts")
        self.assertIn("Từ 150.000 ₫", facts.get_text(" ", strip=True))
        self.assertIsNotNone(facts.select_one('a[href="https://example.org/book"]'))

    # --- JSON-LD -----------------------------------------------------------------

    def json_ld(self, path):
        events = json_ld_nodes(self.get(path))
        return next(data for data in events if data.get("@type") == "Event")

    def test_event_json_ld_describes_the_event(self):
        data = self.json_ld("/fr/events/bat-trang-ocop-2025/")
        self.assertEqual(data["@context"], "https://schema.org")
        self.assertEqual(data["name"], self.events["fr"]["exhibition"].title)
        self.assertEqual(data["startDate"], "2025-12-19T08:00:00+07:00")
        self.assertEqual(data["endDate"], "2025-12-21T17:00:00+07:00")
        self.assertEqual(data["eventStatus"], "https://schema.org/EventScheduled")
        self.assertEqual(
            data["eventAttendanceMode"], "https://schema.org/OfflineEventAttendanceMode"
        )
        self.assertEqual(data["inLanguage"], "fr")
        self.assertTrue(data["isAccessibleForFree"])
        self.assertEqual(data["location"]["@type"], "Place")
        self.assertEqual(data["location"]["address"]["addressCountry"], "VN")
        self.assertEqual(data["location"]["geo"]["latitude"], 20.975)
        self.assertEqual(data["organizer"]["name"], "UBND xã Bát Tràng [fr]")
        self.assertTrue(data["url"].endswith("/fr/events/bat-trang-ocop-2025/"))
        self.assertNotIn("offers", data)

    def test_priced_all_day_event_has_offers_and_plain_dates(self):
        # A sample has no JSON-LD at all (test_samples.py): make this one real.
        workshop = self.events["workshop"]
        workshop.is_demo = False
        workshop.save_revision().publish()
        data = self.json_ld("/vi/events/open-loom-day/")
        self.assertFalse(data["isAccessibleForFree"])
        self.assertEqual(data["offers"]["price"], "150000")
        self.assertEqual(data["offers"]["priceCurrency"], "VND")
        self.assertEqual(data["startDate"], data["endDate"])
        datetime.date.fromisoformat(data["startDate"])

    # --- Listings ------------------------------------------------------------------

    def test_upcoming_lists_current_and_future_events_soonest_first(self):
        titles = self.cards("/vi/events/")
        self.assertEqual(
            set(titles), {"Chợ phiên gốm", "Ngày xưởng dệt mở cửa", "Buổi nói chuyện về men lam"}
        )
        self.assertNotIn("Triển lãm OCOP Bát Tràng", titles)
        page = soup(self.get("/vi/events/"))
        starts = [
            datetime.datetime.fromisoformat(card.select_one("time")["datetime"])
            for card in page.select(".event-card")
        ]
        self.assertEqual(starts, sorted(starts))

    def test_upcoming_is_grouped_by_month(self):
        page = soup(self.get("/en/events/"))
        months = [group["aria-labelledby"] for group in page.select("[data-events-group]")]
        self.assertTrue(months)
        self.assertEqual(months, sorted(months))
        self.assertEqual(months[0], f"month-{today():%Y-%m}")

    def test_past_lists_ended_events(self):
        self.assertEqual(self.cards("/en/events/?when=past"), ["Bat Trang OCOP exhibition"])

    def test_month_lists_what_happens_that_month_including_past_months(self):
        self.assertIn("Bat Trang OCOP exhibition", self.cards("/en/events/?month=2025-12"))
        self.assertEqual(self.cards("/en/events/?month=2001-01"), [])

    def test_village_filter_keeps_that_villages_events(self):
        self.assertEqual(set(self.cards("/vi/events/?village=bat-trang")), {"Chợ phiên gốm"})
        self.assertEqual(self.cards("/vi/events/?village=van-phuc"), ["Ngày xưởng dệt mở cửa"])
        self.assertEqual(
            self.cards("/vi/events/?when=past&village=bat-trang"), ["Triển lãm OCOP Bát Tràng"]
        )

    def test_untranslated_events_are_listed_in_their_best_other_language(self):
        page = soup(self.get("/fr/events/"))
        market = page.select_one('.event-card__title a[href="/en/events/pottery-market/"]')
        self.assertIsNotNone(market)
        self.assertEqual(market["lang"], "en")
        workshop = page.select_one('.event-card__title a[href="/vi/events/open-loom-day/"]')
        self.assertEqual(workshop["hreflang"], "vi")

    def test_listing_is_paginated(self):
        original = EventIndexPage.page_size
        EventIndexPage.page_size = 2
        try:
            first = soup(self.get("/vi/events/"))
            self.assertEqual(len(first.select(".event-card")), 2)
            self.assertIsNotNone(first.select_one('.pagination a[href="?page=2"]'))
            self.assertEqual(len(soup(self.get("/vi/events/?page=2")).select(".event-card")), 1)
        finally:
            EventIndexPage.page_size = original

    # --- Bad parameters: a clear message, never a 500 ------------------------------------

    def assert_message(self, path, expected):
        response = self.get(path, status=404)
        page = soup(response)
        message = page.select_one(".error-page").get_text(" ", strip=True)
        self.assertIn(expected, message)
        return message

    def test_unknown_village_is_named_in_the_message(self):
        self.assert_message("/en/events/?village=atlantis", "atlantis")

    def test_malformed_months_are_explained(self):
        for value in ("2025-13", "2025-1", "december", "1999-12", "2025-12-01", "<b>", "9" * 300):
            with self.subTest(month=value[:10]):
                self.assert_message(f"/en/events/?month={value}", "e.g. 2025-12")

    def test_unknown_list_and_bad_page_are_404(self):
        self.assert_message("/en/events/?when=tomorrow", "tomorrow")
        self.get("/en/events/?page=99", status=404)
        self.get("/en/events/?page=abc", status=404)

    def test_messages_are_in_the_readers_language(self):
        from django.utils import translation

        for language in ("vi", "en", "fr"):
            with self.subTest(language=language):
                response = self.get(f"/{language}/events/?month=x", status=404)
                page = soup(response)
                self.assertEqual(page.find("html")["lang"], language)
                with translation.override(language):
                    expected = translation.gettext(
                        "“%(month)s” is not a month: write it as year and month, e.g. 2025-12."
                    ) % {"month": "x"}
                messages = [p.get_text(strip=True) for p in page.select(".error-page p")]
                self.assertIn(expected, messages)

    # --- Elsewhere on the site ---------------------------------------------------------

    def test_home_page_shows_upcoming_events_with_their_ends(self):
        page = soup(self.get("/en/"))
        section = page.select_one(".event-upcoming")
        self.assertIsNotNone(section)
        titles = [a.get_text(strip=True) for a in section.select(".event-card__title a")]
        self.assertIn("Buổi nói chuyện về men lam [en]", titles)
        self.assertNotIn("Bat Trang OCOP exhibition", titles)
        for time in section.select("time[data-end]"):
            datetime.datetime.fromisoformat(time["data-end"])
        self.assertIsNotNone(page.select_one('script[src$="js/events.js"]'))
        self.assertIsNotNone(section.select_one('a.more-link[href="/en/events/"]'))

    def test_village_page_shows_only_its_own_upcoming_events(self):
        section = soup(self.get("/vi/villages/bat-trang/")).select_one(".event-upcoming")
        titles = [a.get_text(strip=True) for a in section.select(".event-card__title a")]
        self.assertEqual(titles, ["Chợ phiên gốm"])
        self.assertIsNotNone(section.select_one('a[href="/vi/events/?village=bat-trang"]'))

    def test_repeating_event_card_carries_its_following_occurrence_for_cached_pages(self):
        section = soup(self.get("/vi/villages/bat-trang/")).select_one(".event-upcoming")
        first, following = section.select(".event-card__when time")
        self.assertFalse(first.has_attr("hidden"))
        self.assertTrue(following.has_attr("hidden"))
        self.assertLess(first["data-end"], following["datetime"])

    def test_village_without_events_shows_no_event_section(self):
        # Vạn Phúc's only event is monthly; on its page, unpublish it first.
        self.events["workshop"].unpublish()
        self.assertIsNone(soup(self.get("/vi/villages/van-phuc/")).select_one(".event-upcoming"))
