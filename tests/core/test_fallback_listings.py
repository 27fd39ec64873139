"""Untranslated pages are content, not holes (issue 11 §1).

A French reader sees every story, route and village: the French version when
there is one, else the English, else the Vietnamese, each card marked with
the language it is in. Indexes, filters and a village's sections all list
them, and count them.
"""

from django.test import TestCase, override_settings

from core.factories import ImageFactory
from routes.factories import RouteIndexPageFactory, RoutePageFactory, RouteStopFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.utils import create_vi_home, soup, translate_page
from villages.factories import CraftFactory, VillageIndexPageFactory, VillagePageFactory


def cards(response):
    """(title, link language or None, language tag text or None) of each card, in order."""
    found = []
    for card in soup(response).select("main .card"):
        link = card.select_one(".card__title a")
        tag = card.select_one(".lang-tag")
        found.append(
            (
                link.get_text(strip=True),
                link.get("lang"),
                tag.get_text(strip=True) if tag else None,
            )
        )
    return found


@override_settings(PAGE_CACHE_ENABLED=False)
class FallbackListingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = create_vi_home()
        villages = VillageIndexPageFactory(parent=home)
        stories = StoryIndexPageFactory(parent=home)
        routes = RouteIndexPageFactory(parent=home)
        for page in (home, villages, stories, routes):
            translate_page(page, "en")
            translate_page(page, "fr")
        cls.craft = CraftFactory(name="Sơn mài", slug="lacquer")
        translate_page(cls.craft, "en", {"Sơn mài": "Lacquer"})
        translate_page(cls.craft, "fr", {"Sơn mài": "Laque"})
        # Hạ Thái: Vietnamese and English only. Bát Tràng: in all three.
        cls.ha_thai = VillagePageFactory(
            parent=villages, title="Hạ Thái", slug="ha-thai", crafts=[cls.craft]
        )
        translate_page(cls.ha_thai, "en", {"Hạ Thái": "Ha Thai village"})
        cls.bat_trang = VillagePageFactory(parent=villages, title="Bát Tràng", slug="bat-trang")
        translate_page(cls.bat_trang, "en", {"Bát Tràng": "Bat Trang village"})
        translate_page(cls.bat_trang, "fr", {"Bát Tràng": "Village de Bát Tràng"})
        # A story about Bát Tràng in Vietnamese and English; a route only in Vietnamese.
        story = StoryPageFactory(
            parent=stories,
            title="Gốm Bát Tràng",
            villages=[cls.bat_trang],
            hero_image=ImageFactory(),
        )
        translate_page(story, "en", {"Gốm Bát Tràng": "Bat Trang pottery"})
        route = RoutePageFactory(parent=routes, title="Nửa ngày Bát Tràng")
        RouteStopFactory(page=route, village=cls.bat_trang, place_name="")

    def test_the_story_index_lists_an_untranslated_story_in_english_and_says_so(self):
        response = self.client.get("/fr/stories/")
        self.assertEqual(cards(response), [("Bat Trang pottery", "en", "English")])
        self.assertIn('href="/en/stories/', response.content.decode())

    def test_the_route_index_lists_a_vietnamese_only_route_in_vietnamese(self):
        response = self.client.get("/fr/routes/")
        self.assertEqual(cards(response), [("Nửa ngày Bát Tràng", "vi", "Tiếng Việt")])

    def test_a_filter_finds_and_counts_a_village_not_yet_in_the_readers_language(self):
        response = self.client.get("/fr/villages/?craft=lacquer")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(cards(response), [("Ha Thai village", "en", "English")])
        self.assertIn("1", soup(response).select_one(".results-title").get_text())
        # The chips name the craft in French whatever language the card is in.
        chips = [chip.get_text(strip=True) for chip in soup(response).select("main .chip")]
        self.assertEqual(chips, ["Laque"])

    def test_a_translated_page_is_never_listed_twice_nor_marked(self):
        response = self.client.get("/fr/villages/")
        titles = [title for title, _lang, _tag in cards(response)]
        self.assertEqual(sorted(titles), ["Ha Thai village", "Village de Bát Tràng"])
        marked = {title: lang for title, lang, _tag in cards(response)}
        self.assertIsNone(marked["Village de Bát Tràng"])

    def test_a_village_page_keeps_its_stories_and_routes_sections(self):
        response = self.client.get("/fr/villages/bat-trang/")
        page = soup(response)
        routes = page.select_one("#related-routes").find_parent("section")
        stories = page.select_one("#related-stories").find_parent("section")
        self.assertEqual(
            routes.select_one(".card__title a").get_text(strip=True), "Nửa ngày Bát Tràng"
        )
        self.assertEqual(routes.select_one(".card__title a")["lang"], "vi")
        self.assertEqual(
            stories.select_one(".card__title a").get_text(strip=True), "Bat Trang pottery"
        )
        self.assertEqual(stories.select_one(".lang-tag").get_text(strip=True), "English")

    def test_the_vietnamese_index_shows_no_language_marks(self):
        for path in ("/vi/villages/", "/vi/stories/", "/vi/routes/"):
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertTrue(cards(response))
                self.assertEqual({tag for _title, _lang, tag in cards(response)}, {None})
