"""Home pages as readers see them."""

from django.test import TestCase

from tests.utils import PageRenderingChecks, soup


class HomePageRenderingTests(PageRenderingChecks, TestCase):
    paths = {"home": "/vi/"}
    languages = ("vi", "en", "fr", "ja", "ko")

    def test_home_page_links_to_the_sections_of_its_own_language(self):
        hrefs = {a["href"] for a in soup(self.client.get("/en/")).select("main a[href]")}
        self.assertTrue({"/en/villages/", "/en/stories/", "/en/routes/"} <= hrefs)

    def test_home_page_links_only_to_sections_that_exist_in_its_language(self):
        # French has a village index but no story or route index.
        hrefs = {a["href"] for a in soup(self.client.get("/fr/")).select("main a[href]")}
        self.assertIn("/fr/villages/", hrefs)
        self.assertFalse({"/fr/stories/", "/fr/routes/"} & hrefs)

    def test_header_menu_links_to_sections_in_the_readers_language(self):
        nav = soup(self.client.get("/en/")).select_one("header nav.main-nav")
        # The menu's own links; My day closes the list (the planner's link).
        hrefs = [a["href"] for a in nav.select("li:not(.main-nav__my-day) > a[href]")]
        self.assertEqual(hrefs, ["/en/villages/", "/en/stories/", "/en/routes/"])
        self.assertEqual(nav.select_one(".main-nav__my-day a")["href"], "/en/my-day/")

    def test_header_menu_falls_back_to_vietnamese_marked_with_its_language(self):
        # French has a village index but no story or route index.
        nav = soup(self.client.get("/fr/")).select_one("header nav.main-nav")
        links = [
            (a["href"], a.get("hreflang"))
            for a in nav.select("li:not(.main-nav__my-day) > a[href]")
        ]
        self.assertEqual(
            links,
            [("/fr/villages/", None), ("/en/stories/", "en"), ("/en/routes/", "en")],
        )
