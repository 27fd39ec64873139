"""'Show this to your driver': the place in Vietnamese, one tap from villages and route stops."""

from decimal import Decimal

from django.test import TestCase
from wagtail.models import Page

from routes.factories import RouteStopFactory
from tests.scenario import build_language_tree
from tests.utils import alias_page, count_queries, html_attrs, soup
from villages.factories import VillagePageFactory


def card(response):
    return soup(response).select_one("main article.driver-card")


class DriverCardTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()
        cls.vi_village = cls.tree.bat_trang
        cls.en_village = cls.tree.en["village"]
        cls.en_route = cls.tree.en["route"]
        cls.en_stops = list(cls.en_route.stops.order_by("sort_order"))

    def village_card_path(self, language, page):
        return f"/{language}/driver/village/{page.pk}/"

    def test_village_card_is_in_vietnamese_whatever_the_page_language(self):
        for language in ("en", "ja", "vi", "fr"):
            with self.subTest(language=language):
                response = self.client.get(self.village_card_path(language, self.vi_village))
                self.assertEqual(response.status_code, 200)
                self.assertEqual(html_attrs(response)[0], language)
                article = card(response)
                self.assertEqual(article["lang"], "vi")
                self.assertEqual(article.select_one("h1").get_text(strip=True), "Bát Tràng")
                self.assertEqual(
                    article.select_one(".driver-card__address").get_text(strip=True),
                    "xã Bát Tràng, Hà Nội",
                )
                self.assertEqual(
                    article.select_one(".driver-card__former-address").get_text(strip=True),
                    "huyện Gia Lâm",
                )
                self.assertIn("Xin vui lòng đưa tôi đến", article.get_text())
                self.assertIn(
                    "20.975000, 105.912000",
                    article.select_one(".driver-card__figures").get_text(strip=True),
                )

    def test_card_has_a_geo_link_and_a_keyless_map_link(self):
        page = soup(self.client.get(self.village_card_path("en", self.en_village)))
        hrefs = [a["href"] for a in page.select(".driver-help a[href]")]
        self.assertIn(
            "geo:20.975000,105.912000?q=20.975000,105.912000(B%C3%A1t%20Tr%C3%A0ng)", hrefs
        )
        self.assertIn(
            "https://www.openstreetmap.org/?mlat=20.975000&mlon=105.912000"
            "#map=17/20.975000/105.912000",
            hrefs,
        )

    def test_card_names_the_place_in_the_readers_language_and_links_back(self):
        page = soup(self.client.get(self.village_card_path("en", self.vi_village)))
        back = page.select_one('.driver-help a[href="/en/villages/bat-trang/"]')
        self.assertIsNotNone(back, "no link back to the English village page")
        self.assertEqual(back.get_text(strip=True), "Bat Trang")
        self.assertFalse(back.has_attr("lang"))

    def test_card_falls_back_to_english_and_says_so_where_the_page_is_not_translated(self):
        # Japanese has only its home page: the village is named in English, marked as such.
        page = soup(self.client.get(self.village_card_path("ja", self.vi_village)))
        back = page.select_one('.driver-help a[href="/en/villages/bat-trang/"]')
        self.assertIsNotNone(back)
        self.assertEqual((back["lang"], back["hreflang"]), ("en", "en"))

    def test_card_is_noindex(self):
        page = soup(self.client.get(self.village_card_path("en", self.en_village)))
        self.assertEqual(page.select_one('meta[name="robots"]')["content"], "noindex")

    def test_alias_village_shows_its_source_card(self):
        alias = alias_page(self.tree.van_phuc, "ko")
        response = self.client.get(f"/ko/driver/village/{alias.pk}/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(card(response).select_one("h1").get_text(strip=True), "Vạn Phúc")

    def test_named_place_stop_card_takes_its_name_from_the_vietnamese_route(self):
        place = self.en_stops[0]
        self.assertFalse(place.village_id)
        response = self.client.get(f"/en/driver/stop/{place.pk}/")
        self.assertEqual(response.status_code, 200)
        article = card(response)
        self.assertEqual(article.select_one("h1").get_text(strip=True), "Hồ Hoàn Kiếm")
        self.assertEqual(article.select_one(".driver-card__address").get_text(strip=True), "Hà Nội")
        self.assertIn("21.028800, 105.852200", article.get_text())
        back = soup(response).select_one('.driver-help a[href="/en/routes/west-lake/"]')
        self.assertEqual(back.get_text(strip=True), place.place_name)

    def test_village_stop_card_is_the_village_card(self):
        village_stop = self.en_stops[1]
        response = self.client.get(f"/en/driver/stop/{village_stop.pk}/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(card(response).select_one("h1").get_text(strip=True), "Bát Tràng")
        self.assertIn("huyện Gia Lâm", card(response).get_text())

    def test_unknown_and_unpublished_places_are_a_translated_404(self):
        draft = VillagePageFactory(parent=self.tree.villages, title="Làng nháp", slug="draft")
        draft.unpublish()
        missing = Page.objects.order_by("-pk").first().pk + 100
        paths = [
            f"/fr/driver/village/{missing}/",
            f"/fr/driver/village/{draft.pk}/",
            f"/fr/driver/village/{self.tree.route.pk}/",  # a route is not a village
            f"/fr/driver/stop/{missing}/",
            "/fr/driver/boat/1/",
        ]
        for path in paths:
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 404)
                self.assertEqual(html_attrs(response)[0], "fr")
                self.assertIn("Il n’y a pas de carte pour le chauffeur", response.content.decode())

    def test_stop_of_an_unpublished_route_has_no_card(self):
        stop = self.en_stops[0]
        self.en_route.unpublish()
        self.assertEqual(self.client.get(f"/en/driver/stop/{stop.pk}/").status_code, 404)

    def test_non_numeric_ids_are_not_found(self):
        self.assertEqual(self.client.get("/en/driver/village/abc/").status_code, 404)

    def test_queries_do_not_depend_on_the_village(self):
        first = count_queries(self.client, self.village_card_path("en", self.vi_village))
        second = count_queries(self.client, self.village_card_path("en", self.tree.van_phuc))
        self.assertEqual(first, second)
        self.assertLessEqual(first, 6)


class DriverLinkTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def test_every_village_page_links_to_its_card(self):
        for language, village in (("vi", self.tree.bat_trang), ("en", self.tree.en["village"])):
            with self.subTest(language=language):
                page = soup(self.client.get(village.url))
                link = page.select_one("main a.driver-link__button")
                self.assertIsNotNone(link, "no driver link on the village page")
                self.assertEqual(link["href"], f"/{language}/driver/village/{village.pk}/")
                self.assertEqual(self.client.get(link["href"]).status_code, 200)

    def test_every_route_stop_links_to_a_card_that_answers(self):
        route = self.tree.en["route"]
        RouteStopFactory(
            page=route,
            place_name="Chùa Trấn Quốc",
            latitude=Decimal("21.0479"),
            longitude=Decimal("105.8367"),
        )
        page = soup(self.client.get("/en/routes/west-lake/"))
        stops = page.select("ol.stops > li")
        self.assertEqual(len(stops), 3)
        for stop in stops:
            link = stop.select_one("a.driver-link__button")
            self.assertIsNotNone(link, f"no driver link on stop {stop.get_text(' ', strip=True)}")
            self.assertEqual(self.client.get(link["href"]).status_code, 200, link["href"])
        self.assertTrue(
            stops[1].select_one("a.driver-link__button")["href"].startswith("/en/driver/village/")
        )
