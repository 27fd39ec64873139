"""The village index filters: craft, experience, accessibility and distance, all in the URL."""

from decimal import Decimal

from django.test import Client, TestCase, override_settings

from tests.utils import create_vi_home, soup, translate_page
from villages.factories import (
    AttractionFactory,
    CraftFactory,
    VillageIndexPageFactory,
    VillagePageFactory,
)
from villages.models import Attraction

INDEX = "/vi/villages/"


def titles(response):
    """Card titles in page order (the index sorts by title, code point by code point)."""
    return [a.get_text(strip=True) for a in soup(response).select(".card__title a")]


@override_settings(PAGE_CACHE_ENABLED=False)
class VillageFilterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = create_vi_home()
        cls.index = VillageIndexPageFactory(parent=home)
        cls.ceramics = CraftFactory(name="Gốm", slug="ceramics")
        cls.silk = CraftFactory(name="Lụa", slug="silk")
        # Near, ceramics, a step-free museum with an accessible toilet.
        cls.near = VillagePageFactory(
            parent=cls.index, title="Gần", crafts=[cls.ceramics], distance_km=Decimal("8")
        )
        AttractionFactory(
            page=cls.near,
            kind=Attraction.Kind.MUSEUM,
            step_free="yes",
            accessible_toilet="yes",
        )
        # Middle distance, silk, the village itself has seating; a workshop.
        cls.middle = VillagePageFactory(
            parent=cls.index,
            title="Giữa",
            crafts=[cls.silk],
            distance_km=Decimal("14.5"),
            seating="yes",
        )
        AttractionFactory(page=cls.middle, kind=Attraction.Kind.WORKSHOP)
        # Far, ceramics, step-free as a whole; a workshop and a museum without access info.
        cls.far = VillagePageFactory(
            parent=cls.index,
            title="Xa",
            crafts=[cls.ceramics],
            distance_km=Decimal("32"),
            step_free="yes",
        )
        AttractionFactory(page=cls.far, kind=Attraction.Kind.WORKSHOP)
        AttractionFactory(page=cls.far, kind=Attraction.Kind.MUSEUM)
        # No distance recorded: never within a distance filter.
        cls.unknown = VillagePageFactory(parent=cls.index, title="Chưa rõ", crafts=[cls.silk])

    def setUp(self):
        self.client = Client(raise_request_exception=False)

    def test_without_filters_every_village_is_listed_with_the_count(self):
        response = self.client.get(INDEX)
        self.assertEqual(titles(response), sorted(["Chưa rõ", "Gần", "Giữa", "Xa"]))
        self.assertIn("4", soup(response).select_one("#results-title").get_text())
        self.assertIsNone(soup(response).select_one(".filters__clear"))

    def test_each_filter_on_its_own(self):
        cases = {
            "craft=ceramics": ["Gần", "Xa"],
            "experience=museum": ["Gần", "Xa"],
            "experience=workshop": ["Giữa", "Xa"],
            "experience=tea": [],
            # From an attraction (Gần's museum) or the village itself (Xa).
            "access=step-free": ["Gần", "Xa"],
            "access=toilet": ["Gần"],
            "access=seating": ["Giữa"],
            "distance=10": ["Gần"],
            "distance=15": ["Gần", "Giữa"],
            "distance=25": ["Gần", "Giữa"],
        }
        for query, expected in cases.items():
            with self.subTest(query=query):
                response = self.client.get(f"{INDEX}?{query}")
                self.assertEqual(response.status_code, 200)
                self.assertEqual(titles(response), sorted(expected))
                count = soup(response).select_one("#results-title").get_text()
                self.assertIn(str(len(expected)), count)

    def test_filters_combine_with_and(self):
        cases = {
            "craft=ceramics&experience=workshop": ["Xa"],
            "experience=museum&experience=workshop": ["Xa"],
            "access=step-free&distance=15": ["Gần"],
            "craft=ceramics&access=toilet&distance=10&experience=museum": ["Gần"],
            "craft=silk&access=step-free": [],
        }
        for query, expected in cases.items():
            with self.subTest(query=query):
                # Spelled in any order: a 301 to the canonical order (core.query).
                response = self.client.get(f"{INDEX}?{query}", follow=True)
                self.assertEqual(titles(response), expected)

    def test_empty_values_from_the_form_mean_no_filter(self):
        response = self.client.get(f"{INDEX}?craft=&distance=&experience=", follow=True)
        self.assertEqual(response.redirect_chain, [(INDEX, 301)])
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(titles(response)), 4)

    def test_the_form_shows_the_filters_of_the_url(self):
        page = soup(
            self.client.get(f"{INDEX}?craft=silk&experience=workshop&access=seating&distance=15")
        )
        form = page.select_one("form.filters")
        self.assertEqual(form["method"], "get")
        self.assertEqual(form.select_one("select[name=craft] option[selected]")["value"], "silk")
        checked = {(i["name"], i["value"]) for i in form.select("input[checked]")}
        self.assertEqual(
            checked, {("experience", "workshop"), ("access", "seating"), ("distance", "15")}
        )
        self.assertEqual(page.select_one(".filters__clear")["href"], INDEX)
        chosen = page.select_one(".filters__chosen").get_text()
        # The index is Vietnamese: the chosen filters are named in Vietnamese.
        for label in ("Lụa", "Trải nghiệm làm nghề", "Có chỗ ngồi, nghỉ chân", "Trong vòng 15 km"):
            self.assertIn(label, chosen)
        # The page title says what is shown: read first by screen readers after the form is sent.
        self.assertIn("Trải nghiệm làm nghề", page.title.get_text())

    def test_the_form_round_trips_through_the_url(self):
        """Submitting what the form shows gives the same list, as a browser sends it."""
        query = "craft=ceramics&experience=museum&access=step-free&distance=10"
        first = soup(self.client.get(f"{INDEX}?{query}"))
        form = first.select_one("form.filters")
        data = {}
        for field in form.select("input[checked]"):
            data.setdefault(field["name"], []).append(field["value"])
        data["craft"] = [form.select_one("select[name=craft] option[selected]")["value"]]
        second = self.client.get(form["action"], data, follow=True)
        self.assertEqual(titles(second), ["Gần"])
        self.assertEqual(
            titles(second), [a.get_text(strip=True) for a in first.select(".card__title a")]
        )

    def test_pagination_links_keep_the_filters(self):
        self.index.__class__.page_size = 1
        try:
            page = soup(self.client.get(f"{INDEX}?craft=ceramics&experience=museum"))
        finally:
            self.index.__class__.page_size = 24
        links = [a["href"] for a in page.select(".pagination a")]
        self.assertIn("?craft=ceramics&experience=museum&page=2", links)

    def test_map_villages_are_every_match_unpaginated_with_map_values(self):
        self.index.__class__.page_size = 1
        try:
            response = self.client.get(f"{INDEX}?craft=ceramics")
        finally:
            self.index.__class__.page_size = 24
        entries = response.context["map_villages"]
        self.assertEqual([entry["title"] for entry in entries], ["Gần", "Xa"])
        self.assertEqual(len(response.context["villages"]), 1)
        first = entries[0]
        self.assertEqual(first["url"], "/vi/villages/" + self.near.slug + "/")
        self.assertAlmostEqual(first["lat"], 20.975)
        self.assertAlmostEqual(first["lng"], 105.912)
        self.assertEqual(first["vietnamese_name"], "Gần")
        self.assertEqual(first["crafts"], ["Gốm"])

    def test_unknown_values_are_a_404_naming_them(self):
        cases = {
            "experience=zoo": "zoo",
            "access=lift": "lift",
            "distance=99": "99",
            "distance=-1": "-1",
            "distance=15.0": "15.0",
            "craft=none": "none",
            "experience=museum&experience=<b>x</b>": "<b>x</b>",
        }
        for query, value in cases.items():
            with self.subTest(query=query):
                response = self.client.get(f"{INDEX}?{query}")
                self.assertEqual(response.status_code, 404)
                page = soup(response)
                self.assertIn(value, page.select_one(".error-page").get_text())
                self.assertIsNotNone(page.select_one('meta[name="robots"][content="noindex"]'))
                self.assertNotIn("<b>x</b>", response.content.decode())

    def test_oversized_values_are_a_404_with_a_short_message(self):
        response = self.client.get(f"{INDEX}?access=" + "x" * 5000)
        self.assertEqual(response.status_code, 404)
        self.assertLess(len(soup(response).select_one(".error-page").get_text()), 1000)

    def test_the_english_index_filters_and_counts_untranslated_villages_too(self):
        translate_page(self.index.get_parent().specific, "en")
        translate_page(self.index, "en")
        translate_page(self.ceramics, "en", {"Gốm": "Ceramics"})
        translate_page(self.near, "en", {"Gần": "Near"})
        response = self.client.get("/en/villages/?craft=ceramics&experience=museum")
        self.assertEqual(response.status_code, 200)
        # Xa has no English version: it still matches, in Vietnamese, and says so.
        self.assertEqual(titles(response), ["Near", "Xa"])
        self.assertIn("2 villages", soup(response).select_one(".results-title").get_text())
        near, far = soup(response).select(".card")
        self.assertIsNone(near.select_one(".card__title a[lang]"))
        self.assertEqual(far.select_one(".card__title a")["lang"], "vi")
        self.assertIsNotNone(far.select_one(".lang-tag"))
        entries = {entry["title"]: entry for entry in response.context["map_villages"]}
        # Crafts are named in the reader's language whichever version is shown.
        self.assertEqual(entries["Near"]["crafts"], ["Ceramics"])
        self.assertEqual(entries["Xa"]["crafts"], ["Ceramics"])
        self.assertEqual(entries["Near"]["url"], f"/en/villages/{self.near.slug}/")
        self.assertEqual(entries["Xa"]["url"], f"/vi/villages/{self.far.slug}/")
        missing = self.client.get("/en/villages/?experience=zoo")
        self.assertEqual(missing.status_code, 404)
        self.assertEqual(soup(missing).find("html")["lang"], "en")
