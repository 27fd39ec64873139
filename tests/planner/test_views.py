"""The My day page, its calendar file and share link, through real requests."""

from datetime import date, time

from django.test import TestCase
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from events.factories import EventIndexPageFactory, EventPageFactory
from planner import codec
from tests.utils import count_queries, soup

from .world import MONDAY, SUNDAY, build_world


def plan_url(language, codes, day=MONDAY, start="08:30", path="my-day/"):
    return f"/{language}/{path}?v=1&d={day.isoformat()}&t={start}&i={','.join(codes)}"


class AddButtonChecks:
    """The buttons on village and route pages carry the Vietnamese ids in every language."""

    def buttons(self, path):
        response = self.client.get(path)
        self.assertEqual(response.status_code, 200, path)
        return [a["data-add-to-day"] for a in soup(response).select("a[data-add-to-day]")]

    def test_village_page_buttons_in_english_use_the_vietnamese_ids(self):
        self.assertEqual(
            self.buttons("/en/villages/bat-trang/"), [self.codes["bat_trang"], self.codes["museum"]]
        )
        self.assertEqual(
            self.buttons("/vi/villages/bat-trang/"), [self.codes["bat_trang"], self.codes["museum"]]
        )

    def test_route_page_has_use_this_route_and_one_button_per_stop(self):
        route = [self.codes[n] for n in ("lake", "route_bat_trang", "route_van_phuc")]
        self.assertEqual(self.buttons("/ja/routes/ceramics-day/"), [",".join(route), *route])

    def test_without_javascript_the_button_is_a_link_to_my_day_with_the_item(self):
        page = soup(self.client.get("/fr/villages/bat-trang/"))
        link = page.select_one("a[data-add-to-day]")
        self.assertEqual(link["href"], f"/fr/my-day/?v=1&i={self.codes['bat_trang']}")
        response = self.client.get(link["href"])
        self.assertEqual(len(soup(response).select("li.plan-stop")), 1)

    def test_header_links_to_my_day_with_a_hidden_empty_count(self):
        page = soup(self.client.get("/en/villages/bat-trang/"))
        link = page.select_one("a[data-my-day-link]")
        self.assertEqual(link["href"], "/en/my-day/")
        self.assertIn("is-empty", link.select_one("[data-my-day-count]")["class"])


class MyDayTests(AddButtonChecks, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()
        cls.codes = cls.world.codes()
        events = EventIndexPageFactory(parent=cls.world.home)
        cls.fair = EventPageFactory(
            parent=events,
            title="Hội chợ gốm",
            slug="ceramics-fair",
            start_date=MONDAY,
            end_date=MONDAY,
            start_time=time(9, 0),
            end_time=time(17, 0),
        )
        cls.codes["fair"] = f"e{cls.fair.pk}"

    def test_event_page_button_and_not_on_warning(self):
        page = soup(self.client.get("/vi/events/ceramics-fair/"))
        self.assertEqual(
            page.select_one("a[data-add-to-day]")["data-add-to-day"], self.codes["fair"]
        )
        sunday = soup(self.get("en", "fair", day=SUNDAY))
        self.assertEqual(
            [li.get_text(strip=True) for li in sunday.select(".plan-warnings li")],
            ["This event is not on that day."],
        )
        self.assertIsNone(soup(self.get("en", "fair", start="10:00")).select_one(".plan-warnings"))

    def get(self, language, *names, **kwargs):
        return self.client.get(plan_url(language, [self.codes[n] for n in names], **kwargs))

    def stop_names(self, response):
        return [
            (
                item.select_one(".plan-stop__name").get_text(" ", strip=True),
                (item.select_one(".plan-stop__vi") or item).get("lang"),
                item.select_one(".plan-stop__vi").get_text(strip=True)
                if item.select_one(".plan-stop__vi")
                else None,
            )
            for item in soup(response).select("li.plan-stop")
        ]

    # --- Rendering in the reader's language ---------------------------------------

    def test_vietnamese_shows_the_vietnamese_names_once(self):
        response = self.get("vi", "bat_trang", "museum")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(soup(response).html["lang"], "vi")
        names = self.stop_names(response)
        self.assertEqual(names[0], ("Bát Tràng", None, None))
        self.assertEqual(names[1][0], "Bảo tàng gốm")

    def test_english_names_with_the_vietnamese_name_beside_them(self):
        response = self.get("en", "bat_trang", "museum", "route_van_phuc")
        names = self.stop_names(response)
        self.assertEqual(names[0], ("Bat Trang", "vi", "Bát Tràng"))
        self.assertEqual(names[1], ("Ceramics museum", "vi", "Bảo tàng gốm, Bát Tràng"))
        self.assertEqual(names[2], ("Van Phuc", "vi", "Vạn Phúc"))
        address = soup(response).select_one(".plan-stop__address")
        self.assertEqual(
            (address["lang"], address.get_text()),
            ("vi", "xã Bát Tràng, Hà Nội (trước đây: huyện Gia Lâm)"),
        )

    def test_french_falls_back_to_english_and_says_so(self):
        response = self.get("fr", "bat_trang", "van_phuc")
        page = soup(response)
        names = self.stop_names(response)
        self.assertEqual(names[0], ("Bat Trang (village de potiers)", "vi", "Bát Tràng"))
        # Vạn Phúc has no French version: its English one, marked as English.
        fallback = page.select("li.plan-stop")[1].select_one(".plan-stop__name a")
        self.assertEqual((fallback.get_text(), fallback["lang"]), ("Van Phuc", "en"))
        self.assertEqual(fallback["href"], "/en/villages/van-phuc/")
        self.assertIsNotNone(page.select("li.plan-stop")[1].select_one(".lang-tag[lang=en]"))

    def test_japanese_route_stops_from_a_shared_link(self):
        response = self.get("ja", "lake", "route_bat_trang")
        self.assertEqual(soup(response).html["lang"], "ja")
        names = self.stop_names(response)
        self.assertEqual(names[0], ("ホアンキエム湖", "vi", "Hồ Hoàn Kiếm"))
        self.assertEqual(names[1], ("バッチャン", "vi", "Bát Tràng"))
        self.assertIn("陶器の一日", response.content.decode())  # the route named in the leg

    def test_interface_is_translated(self):
        # Needs the compiled catalogues (make compilemessages).
        english = soup(self.get("en", "bat_trang")).select_one("h1").get_text(strip=True)
        french = soup(self.get("fr", "bat_trang")).select_one("h1").get_text(strip=True)
        self.assertEqual(english, "My day")
        self.assertNotEqual(french, english)

    def test_times_legs_and_totals_are_shown(self):
        page = soup(self.get("en", "lake", "route_bat_trang"))
        times = [p.get_text(strip=True) for p in page.select(".plan-stop__time")]
        self.assertEqual(times, ["08:30–08:45", "09:25–10:55"])
        leg = page.select_one(".plan-leg").get_text(" ", strip=True)
        self.assertIn("Taxi or car", leg)
        self.assertIn("From the route", leg)
        summary = page.select_one(".plan-summary").get_text(" ", strip=True)
        self.assertIn("Monday", summary)
        self.assertIn("2 h 25", summary.replace("\xa0", " "))

    def test_estimated_legs_are_called_estimates(self):
        page = soup(self.get("en", "van_phuc", "bat_trang"))
        self.assertEqual(page.select_one(".plan-leg .badge").get_text(strip=True), "Estimate")
        self.assertIn("straight-line distance", page.select_one(".plan-note").get_text())

    def test_closed_day_warning_is_shown(self):
        page = soup(self.get("en", "bat_trang", day=SUNDAY))
        self.assertEqual(
            [li.get_text(strip=True) for li in page.select(".plan-warnings li")],
            ["Usually closed on Sunday."],
        )

    def test_suggest_button_only_when_the_order_would_change(self):
        page = soup(self.get("en", "bat_trang", "van_phuc", "lake"))
        self.assertIsNotNone(page.select_one('button[value="suggest"]'))
        response = self.client.get(
            plan_url("en", [self.codes[n] for n in ("bat_trang", "van_phuc", "lake")])
            + "&op=suggest"
        )
        self.assertEqual(response.status_code, 302)
        suggested = soup(self.client.get(response["Location"]))
        self.assertIsNone(suggested.select_one('button[value="suggest"]'))

    def test_no_javascript_buttons_redirect_to_the_changed_plan(self):
        url = plan_url("en", [self.codes["bat_trang"], self.codes["van_phuc"]]) + "&op=down:0"
        response = self.client.get(url)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            response["Location"],
            f"/en/my-day/?v=1&d=2026-12-07&t=08:30&i={self.codes['van_phuc']},"
            f"{self.codes['bat_trang']}",
        )

    def test_empty_day_invites_to_add_stops(self):
        response = self.client.get("/en/my-day/")
        self.assertEqual(response.status_code, 200)
        self.assertIn("Your day is empty.", response.content.decode())

    # --- Share-link validation -------------------------------------------------

    def assert_dropped(self, response, kept, count=1):
        self.assertEqual(response.status_code, 200)
        page = soup(response)
        self.assertEqual([li["data-code"] for li in page.select("li.plan-stop")], kept)
        notice = page.select_one(".notice--plan").get_text(" ", strip=True)
        expected = "One stop" if count == 1 else f"{count} stops"
        self.assertIn(expected, notice)

    def test_unknown_ids_are_dropped_with_a_notice(self):
        url = plan_url("en", [self.codes["bat_trang"], "v999999", "a999999", "e999999", "s999.1"])
        self.assert_dropped(self.client.get(url), [self.codes["bat_trang"]], count=4)

    def test_a_stop_number_past_the_routes_end_is_dropped(self):
        url = plan_url("en", [f"s{self.world.route.pk}.9", self.codes["lake"]])
        self.assert_dropped(self.client.get(url), [self.codes["lake"]])

    def test_a_page_of_the_wrong_kind_is_dropped(self):
        # A route page's id given as a village.
        url = plan_url("en", [f"v{self.world.route.pk}", self.codes["bat_trang"]])
        self.assert_dropped(self.client.get(url), [self.codes["bat_trang"]])

    def test_unpublished_pages_are_dropped(self):
        self.world.van_phuc.unpublish()
        self.world.translated["en"]["van_phuc"].unpublish()
        response = self.get("en", "van_phuc", "bat_trang", "route_van_phuc")
        self.assert_dropped(response, [self.codes["bat_trang"]], count=2)

    def test_private_pages_are_dropped(self):
        for page in (self.world.van_phuc, self.world.translated["en"]["van_phuc"]):
            PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
            )
        response = self.get("en", "van_phuc", "bat_trang")
        self.assert_dropped(response, [self.codes["bat_trang"]])

    def assert_refused(self, url, message):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 400)
        alert = soup(response).select_one('[role="alert"]').get_text(" ", strip=True)
        self.assertIn(message, alert)
        self.assertIsNone(soup(response).select_one("li.plan-stop"))

    def test_malformed_link_is_a_clear_400(self):
        self.assert_refused("/en/my-day/?v=1&i=v1,%3Cscript%3E", "cannot read")

    def test_oversized_link_is_a_clear_400(self):
        codes = ",".join(f"v{n}" for n in range(1, codec.MAX_ITEMS + 2))
        self.assert_refused(f"/en/my-day/?v=1&i={codes}", "more stops")
        self.assert_refused("/en/my-day/?v=1&i=v1&x=" + "a" * 2000, "too long")

    def test_tampered_version_is_a_clear_400(self):
        self.assert_refused(f"/en/my-day/?v=9&i={self.codes['bat_trang']}", "another version")

    def test_refusals_are_in_the_readers_language(self):
        response = self.client.get("/fr/my-day/?v=9&i=v1")
        self.assertEqual(response.status_code, 400)
        self.assertEqual(soup(response).html["lang"], "fr")
        self.assertNotIn("another version", soup(response).select_one('[role="alert"]').get_text())

    def test_bad_date_shows_a_notice_and_today_in_hanoi(self):
        response = self.client.get(f"/en/my-day/?v=1&d=2026-02-31&i={self.codes['bat_trang']}")
        self.assertEqual(response.status_code, 200)
        page = soup(response)
        self.assertIn("not valid", page.select_one(".notice--plan").get_text())
        self.assertEqual(page.select_one("#plan-date")["value"], codec.today_in_hanoi().isoformat())

    def test_calendar_file_of_a_bad_link_is_a_400_not_a_500(self):
        response = self.client.get("/en/my-day/day.ics?v=1&i=v1,zz")
        self.assertEqual(response.status_code, 400)
        self.assertEqual(self.client.get("/en/my-day/day.ics?v=1").status_code, 400)

    # --- Caching, share link, queries --------------------------------------------

    def test_my_day_is_never_cached(self):
        response = self.get("en", "bat_trang")
        cache_control = response["Cache-Control"]
        self.assertIn("private", cache_control)
        self.assertIn("no-store", cache_control)
        self.assertNotIn("X-Cache", response)
        # The same URL again is rendered again, not replayed from core.cache.
        self.assertNotIn("X-Cache", self.get("en", "bat_trang"))

    def test_share_link_opens_in_the_readers_language(self):
        query = f"v=1&d=2026-12-07&i={self.codes['bat_trang']}"
        response = self.client.get(f"/my-day/?{query}", HTTP_ACCEPT_LANGUAGE="ja,en;q=0.5")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], f"/ja/my-day/?{query}")
        self.assertIn("Accept-Language", response["Vary"])
        self.assertIn("no-store", response["Cache-Control"])
        french = self.client.get(f"/my-day/?{query}", HTTP_ACCEPT_LANGUAGE="fr-CA")
        self.assertEqual(french["Location"], f"/fr/my-day/?{query}")
        # German is not offered: English, the site's fallback.
        german = self.client.get(f"/my-day/?{query}", HTTP_ACCEPT_LANGUAGE="de")
        self.assertEqual(german["Location"], f"/en/my-day/?{query}")

    def test_page_gives_the_language_neutral_share_link(self):
        page = soup(self.get("fr", "bat_trang"))
        share = page.select_one("#plan-share-url")["value"]
        self.assertEqual(
            share, f"http://testserver/my-day/?v=1&d=2026-12-07&t=08:30&i={self.codes['bat_trang']}"
        )
        # The page's own language links keep the plan.
        japanese = page.select_one('.my-day-languages a[hreflang="ja"]')["href"]
        self.assertEqual(
            japanese, f"/ja/my-day/?v=1&d=2026-12-07&t=08:30&i={self.codes['bat_trang']}"
        )

    def test_query_count_is_flat_in_the_number_of_stops(self):
        few = ["bat_trang", "museum", "lake"]
        many = [*few, "van_phuc", "route_bat_trang", "route_van_phuc"]
        for language in ("en", "fr"):
            first = count_queries(self.client, plan_url(language, [self.codes[n] for n in few]))
            second = count_queries(self.client, plan_url(language, [self.codes[n] for n in many]))
            self.assertEqual(first, second, language)
            self.assertLessEqual(first, 14, language)

    # --- The calendar file ---------------------------------------------------------

    def test_calendar_has_one_event_per_stop_in_hanoi_time(self):
        response = self.get("en", "lake", "route_bat_trang", path="my-day/day.ics")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("text/calendar"))
        self.assertIn("private", response["Cache-Control"])
        calendar = Calendar.from_ical(response.content)
        events = calendar.walk("VEVENT")
        self.assertEqual(len(events), 2)
        start = events[1].decoded("dtstart")
        self.assertEqual(str(start.tzinfo), "Asia/Ho_Chi_Minh")
        self.assertEqual((start.date(), start.hour, start.minute), (date(2026, 12, 7), 9, 25))
        self.assertEqual(str(events[1]["summary"]), "Bat Trang (Bát Tràng)")
        self.assertIn(b"TZID=Asia/Ho_Chi_Minh", response.content)
        self.assertEqual(len(calendar.walk("VTIMEZONE")), 1)
        # Same plan, same UIDs: importing it twice replaces rather than doubles.
        again = Calendar.from_ical(
            self.get("en", "lake", "route_bat_trang", path="my-day/day.ics").content
        )
        self.assertEqual(
            [str(e["uid"]) for e in events], [str(e["uid"]) for e in again.walk("VEVENT")]
        )
