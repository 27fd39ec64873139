"""What the village page shows about hours and access, and the data it hands to opening-hours.js."""

import json

from django.test import TestCase, override_settings
from django.utils import translation
from django.utils.translation import gettext

from tests.utils import create_vi_home, soup, translate_page
from villages import hours
from villages.factories import (
    AttractionFactory,
    OpeningExceptionFactory,
    OpeningHoursFactory,
    VillageIndexPageFactory,
    VillagePageFactory,
)
from villages.models import Attraction, VillagePage
from villages.models.parts import Weekday


@override_settings(PAGE_CACHE_ENABLED=False)
class VillageVisitingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = create_vi_home()
        cls.index = VillageIndexPageFactory(parent=home)
        cls.village = VillagePageFactory(
            parent=cls.index,
            title="Bát Tràng",
            slug="bat-trang",
            step_free="partly",
            accessible_toilet="no",
            surfaces=["paved", "alleys"],
            seating="yes",
            kiln_heat="yes",
            noise="unknown",
            accessibility="Ngõ hẹp, gần lò rất nóng.",
        )
        for weekday in range(7):
            OpeningHoursFactory(page=cls.village, weekday=weekday, opens="08:00", closes="17:30")
        OpeningExceptionFactory(page=cls.village, reason="Tết")
        cls.museum = AttractionFactory(
            page=cls.village,
            kind=Attraction.Kind.MUSEUM,
            name="Bảo tàng gốm",
            own_hours=True,
            opens="09:00",
            closes="16:00",
            closed_days=[0],
            step_free="yes",
            access_note="Có dốc ở cửa.",
        )
        cls.walk = AttractionFactory(page=cls.village, kind=Attraction.Kind.WALK, name="Dạo làng")
        cls.path = "/vi/villages/bat-trang/"

    def page(self, path=None):
        response = self.client.get(path or self.path)
        self.assertEqual(response.status_code, 200)
        return soup(response)

    def test_access_answers_are_an_icon_and_text_list_with_the_note(self):
        section = self.page().select_one("#accessibility")
        items = {
            li["data-access"]: (
                li["class"][-1].rsplit("--", 1)[1],
                li.get_text(" ", strip=True),
            )
            for li in section.select(".access-list > li")
        }
        # The page is Vietnamese: each answer reads as its Vietnamese translation.
        with translation.override("vi"):
            self.assertEqual(items["step-free"], ("partly", gettext("Partly step-free")))
            self.assertEqual(items["toilet"], ("warn", gettext("No accessible toilet")))
            self.assertEqual(items["surface-paved"][0], "ok")
            self.assertEqual(
                items["surface-alleys"], ("warn", gettext("Narrow brick or cobbled alleys"))
            )
            self.assertEqual(items["seating"][0], "ok")
            self.assertEqual(items["heat"], ("warn", gettext("Heat near the kilns")))
            self.assertNotEqual(gettext("Heat near the kilns"), "Heat near the kilns")
        # Noise not checked: nothing is claimed either way.
        self.assertNotIn("noise", items)
        for li in section.select(".access-list > li"):
            self.assertEqual(li.select_one(".access-list__icon")["aria-hidden"], "true")
        self.assertIn("Ngõ hẹp", section.select_one(".access-note").get_text())
        self.assertIsNotNone(section.select_one(".tbc-mark"))

    def test_confirmed_access_has_no_to_be_confirmed_badge(self):
        VillagePage.objects.filter(pk=self.village.pk).update(access_confirmed=True)
        self.assertIsNone(self.page().select_one("#accessibility .tbc-mark"))

    def test_attractions_show_their_own_hours_and_access(self):
        attractions = self.page().select(".attraction")
        museum = next(a for a in attractions if "Bảo tàng gốm" in a.get_text())
        walk = next(a for a in attractions if "Dạo làng" in a.get_text())
        hours_line = museum.select_one(".attraction__hours").get_text(" ", strip=True)
        self.assertIn("9", hours_line)
        with translation.override("vi"):
            self.assertIn(str(Weekday.MONDAY.label), hours_line)
        self.assertIsNotNone(
            museum.select_one(f'[data-hours-status="attraction-{self.museum.pk}"]')
        )
        self.assertIn("Có dốc ở cửa.", museum.select_one(".attraction__access").get_text())
        self.assertIsNone(walk.select_one(".attraction__hours"))
        self.assertIsNone(walk.select_one("[data-hours-status]"))

    def test_the_weekly_table_is_rendered_by_the_server(self):
        rows = self.page().select("#hours table.hours tbody tr")
        self.assertEqual(len(rows), 7)
        status = self.page().select_one('#hours [data-hours-status="village"]')
        # Filled in by the browser: empty and hidden in the cached HTML.
        self.assertTrue(status.has_attr("hidden"))
        self.assertEqual(status.get_text(strip=True), "")

    def test_the_page_carries_the_hours_data_for_the_browser(self):
        page = self.page()
        data = json.loads(page.select_one("#opening-hours-data").string)
        village = VillagePage.objects.get(pk=self.village.pk)
        village.prefetch_parts()
        self.assertEqual(data["village"], hours.hours_data(village))
        self.assertEqual(list(data["attractions"]), [str(self.museum.pk)])
        museum = data["attractions"][str(self.museum.pk)]
        self.assertEqual(museum["weekly"][0], [])
        self.assertEqual(museum["weekly"][1], [["09:00", "16:00"]])
        self.assertEqual(museum["exceptions"][0]["reason"], "Tết")
        script = page.select_one('script[src$="js/opening-hours.js"]')
        self.assertIsNotNone(script)
        self.assertTrue(script.has_attr("defer"))

    def test_the_status_sentences_come_from_the_translation_catalogue(self):
        strings = json.loads(self.page().select_one("#opening-hours-strings").string)
        self.assertEqual(
            set(strings),
            {
                "open",
                "opensToday",
                "closedNow",
                "closedToday",
                "closedTodayReason",
                "special",
                "next",
                "tomorrow",
                "days",
                "times",
            },
        )
        self.assertEqual(len(strings["days"]), 7)
        # Every time in the hours data, as the page's table writes it (core/formats.py).
        self.assertEqual(strings["times"]["09:00"], "09:00")
        with self.settings(LANGUAGE_CODE="vi"):
            translate_page(self.index.get_parent().specific, "en")
            translate_page(self.index, "en")
            translate_page(self.village, "en")
        english = self.page("/en/villages/bat-trang/")
        en = json.loads(english.select_one("#opening-hours-strings").string)
        self.assertEqual(en["open"], "Open now · closes at %(time)s")
        self.assertEqual(en["closedTodayReason"], "Closed today (%(reason)s)")
        self.assertEqual(en["days"][0], "Monday")
        # The translated reason travels in the English data.
        data = json.loads(english.select_one("#opening-hours-data").string)
        self.assertEqual(data["village"]["exceptions"][0]["reason"], "Tết [en]")

    def test_translations_keep_the_synchronised_access_and_hours(self):
        translate_page(self.index.get_parent().specific, "en")
        translate_page(self.index, "en")
        english = translate_page(self.village, "en")
        self.assertEqual(english.step_free, "partly")
        self.assertEqual(english.surfaces, ["paved", "alleys"])
        museum = english.attractions.get(kind=Attraction.Kind.MUSEUM)
        self.assertTrue(museum.own_hours)
        self.assertEqual(museum.closed_days, [0])
        self.assertEqual(museum.access_note, "Có dốc ở cửa. [en]")
