"""Village index and village pages as readers see them."""

from django.test import TestCase

from tests.utils import PageRenderingChecks, soup


class VillagePageRenderingTests(PageRenderingChecks, TestCase):
    paths = {"village_index": "/vi/villages/", "village": "/vi/villages/bat-trang/"}

    def test_village_page_shows_crafts_in_the_readers_language(self):
        vi = self.client.get("/vi/villages/bat-trang/").content.decode()
        en = self.client.get("/en/villages/bat-trang/").content.decode()
        self.assertIn("Gốm", vi)
        self.assertIn("Ceramics", en)
        self.assertNotIn("Gốm", en)

    def test_village_page_renders_its_body_blocks(self):
        content = self.client.get("/vi/villages/bat-trang/").content.decode()
        self.assertIn("Lịch sử", content)
        self.assertIn("Làng gốm bên sông Hồng.", content)

    def test_english_index_lists_english_villages_and_links_untranslated_ones(self):
        page = soup(self.client.get("/en/villages/"))
        hrefs = {a["href"] for a in page.select("main a[href]")}
        self.assertIn("/en/villages/bat-trang/", hrefs)
        # Vạn Phúc has no English version: offered in Vietnamese, not hidden.
        self.assertIn("/vi/villages/van-phuc/", hrefs)
        self.assertNotIn("/en/villages/van-phuc/", hrefs)

    def test_index_filters_by_craft_slug(self):
        response = self.client.get("/en/villages/?craft=ceramics")
        self.assertEqual(response.status_code, 200)
        self.assertIn("/en/villages/bat-trang/", response.content.decode())
