"""Story index and story pages as readers see them."""

from django.test import TestCase

from tests.utils import PageRenderingChecks, soup


class StoryPageRenderingTests(PageRenderingChecks, TestCase):
    paths = {"story_index": "/vi/stories/", "story": "/vi/stories/bat-trang-ceramics/"}

    def test_story_links_to_its_village_in_the_readers_language(self):
        vi = {
            a["href"]
            for a in soup(self.client.get("/vi/stories/bat-trang-ceramics/")).select("main a[href]")
        }
        en = {
            a["href"]
            for a in soup(self.client.get("/en/stories/bat-trang-ceramics/")).select("main a[href]")
        }
        self.assertIn("/vi/villages/bat-trang/", vi)
        self.assertIn("/en/villages/bat-trang/", en)
        self.assertNotIn("/vi/villages/bat-trang/", en)

    def test_story_index_lists_its_stories(self):
        content = self.client.get("/en/stories/").content.decode()
        self.assertIn("/en/stories/bat-trang-ceramics/", content)
        self.assertIn("Bat Trang ceramics", content)
