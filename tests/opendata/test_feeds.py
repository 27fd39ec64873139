"""RSS and Atom feeds of stories and events, per language (opendata/feeds.py)."""

import datetime

from django.test import override_settings
from wagtail.models import PageViewRestriction

from core.cache import content_changed
from events.factories import EventPageFactory
from stories.factories import StoryPageFactory

from .helpers import ATOM, XML_LANG, OpenDataTestCase

FEED_LANGUAGES = ("vi", "en", "fr", "ja")


class StoryFeedTests(OpenDataTestCase):
    def test_rss_says_its_language_and_lists_only_that_languages_stories(self):
        expected = {
            "vi": ["Gốm Bát Tràng"],
            "en": ["Bat Trang ceramics"],
            "fr": [],  # the story is not translated into French: no fallback in a feed
            "ja": ["Gốm Bát Tràng [ja]"],
        }
        for language in FEED_LANGUAGES:
            with self.subTest(language=language):
                channel = self.rss(f"/{language}/feeds/stories.rss")
                self.assertEqual(channel.findtext("language"), language)
                items = channel.findall("item")
                self.assertEqual([item.findtext("title") for item in items], expected[language])
                for item in items:
                    self.assertTrue(
                        item.findtext("link").startswith(f"http://testserver/{language}/stories/")
                    )
                    self.assertTrue(item.findtext("pubDate"))

    def test_rss_titles_are_translated_and_links_absolute(self):
        channel = self.rss("/fr/feeds/stories.rss")
        self.assertEqual(channel.findtext("title"), "Récits · Villages de métiers de Hanoï")
        self.assertEqual(channel.findtext("link"), "http://testserver/fr/")
        channel = self.rss("/en/feeds/stories.rss")
        self.assertEqual(channel.findtext("link"), "http://testserver/en/stories/")
        self.assertEqual(channel.findtext("title"), "Stories · Hanoi Craft Villages")

    def test_atom_says_its_language_with_xml_lang(self):
        for language in FEED_LANGUAGES:
            with self.subTest(language=language):
                feed = self.atom(f"/{language}/feeds/stories.atom")
                self.assertEqual(feed.get(XML_LANG), language)
                for entry in feed.findall(f"{ATOM}entry"):
                    link = entry.find(f"{ATOM}link").get("href")
                    self.assertTrue(link.startswith(f"http://testserver/{language}/"))
                    self.assertTrue(entry.findtext(f"{ATOM}published"))

    def test_story_categories_are_its_villages_and_their_crafts(self):
        channel = self.rss("/en/feeds/stories.rss")
        (item,) = channel.findall("item")
        self.assertEqual([c.text for c in item.findall("category")], ["Bat Trang", "Ceramics"])

    def test_drafts_private_stories_and_aliases_never_appear(self):
        draft = StoryPageFactory(parent=self.tree.stories, title="Bản nháp SECRET", live=False)
        private = StoryPageFactory(parent=self.tree.stories, title="Riêng tư SECRET")
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
        content_changed()
        for language in FEED_LANGUAGES:
            for form in ("rss", "atom"):
                with self.subTest(language=language, form=form):
                    body = self.get(f"/{language}/feeds/stories.{form}").content.decode()
                    self.assertNotIn("SECRET", body)
        self.assertTrue(draft.pk)
        # Italian exists only as aliases of the Vietnamese pages: no feed at all.
        self.get("/it/feeds/stories.rss", status=404)

    def test_query_count_is_flat(self):
        def add(count):
            for n in range(count):
                StoryPageFactory(
                    parent=self.tree.stories,
                    slug=f"more-{self.added + n}",
                    villages=[self.tree.bat_trang, self.tree.van_phuc],
                )
            self.added += count

        self.added = 0
        add(3)
        few = self.build_queries("/vi/feeds/stories.rss")
        add(6)
        many = self.build_queries("/vi/feeds/stories.rss")
        self.assertEqual(few, many)
        # Cached: the same feed again costs no query for its data.
        self.get("/vi/feeds/stories.rss")
        with self.assertNumQueries(0):
            self.get("/vi/feeds/stories.rss")


class EventFeedTests(OpenDataTestCase):
    def test_events_say_when_in_hanoi_time_and_their_publication_date(self):
        channel = self.rss("/en/feeds/events.rss")
        self.assertEqual(channel.findtext("language"), "en")
        titles = {item.findtext("title"): item for item in channel.findall("item")}
        # Upcoming English events only: the past exhibition and the Vietnamese-only
        # workshop are not listed.
        self.assertEqual(set(titles), {"Chợ phiên gốm [en]", "Buổi nói chuyện về men lam [en]"})
        talk = titles["Buổi nói chuyện về men lam [en]"]
        self.assertIn("09:00–11:00 (Hanoi time)", talk.findtext("description"))
        self.assertTrue(talk.findtext("pubDate"))
        market = titles["Chợ phiên gốm [en]"]
        categories = [c.text for c in market.findall("category")]
        self.assertEqual(categories, ["Market", "Bat Trang", "Ceramics"])

    def test_event_feed_in_french_and_vietnamese_is_in_that_language(self):
        channel = self.rss("/fr/feeds/events.rss")
        self.assertEqual(channel.findtext("language"), "fr")
        self.assertEqual(channel.findtext("title"), "Événements · Villages de métiers de Hanoï")
        # The French exhibition is past; the rest is not translated into French.
        self.assertEqual(channel.findall("item"), [])
        channel = self.rss("/vi/feeds/events.rss")
        description = channel.find("item").findtext("description")
        self.assertIn("(giờ Hà Nội)", description)

    def test_sample_events_are_hidden_when_samples_are_off(self):
        with override_settings(SHOW_SAMPLE_CONTENT=True):
            self.assertIn("Chợ phiên gốm", self.get("/vi/feeds/events.rss").content.decode())
        with override_settings(SHOW_SAMPLE_CONTENT=False):
            for form in ("rss", "atom"):
                body = self.get(f"/vi/feeds/events.{form}").content.decode()
                self.assertNotIn("Chợ phiên gốm", body)
                self.assertNotIn("Ngày xưởng dệt mở cửa", body)
                self.assertIn("Buổi nói chuyện về men lam", body)

    def test_query_count_is_flat(self):
        soon = datetime.date.today() + datetime.timedelta(days=5)

        def add(count, start):
            for n in range(start, start + count):
                EventPageFactory(
                    parent=self.tree.events["index"],
                    slug=f"extra-{n}",
                    start_date=soon,
                    end_date=soon,
                    villages=[self.tree.bat_trang, self.tree.van_phuc],
                )

        add(3, 0)
        few = self.build_queries("/vi/feeds/events.atom")
        add(6, 3)
        many = self.build_queries("/vi/feeds/events.atom")
        self.assertEqual(few, many)


class FeedDiscoveryTests(OpenDataTestCase):
    def links(self, path):
        from tests.utils import soup

        page = soup(self.get(path))
        return {
            (link["type"], link["href"])
            for link in page.select('head link[rel="alternate"][type$="+xml"]')
        }

    def test_home_story_index_and_event_index_announce_their_feeds(self):
        stories = {
            ("application/rss+xml", "/en/feeds/stories.rss"),
            ("application/atom+xml", "/en/feeds/stories.atom"),
        }
        events = {
            ("application/rss+xml", "/en/feeds/events.rss"),
            ("application/atom+xml", "/en/feeds/events.atom"),
        }
        self.assertEqual(self.links("/en/"), stories | events)
        self.assertEqual(self.links("/en/stories/"), stories)
        self.assertEqual(self.links("/en/events/"), events)
        self.assertEqual(self.links("/en/villages/"), set())


class FeedBadInputTests(OpenDataTestCase):
    def test_unknown_feeds_and_languages_are_404(self):
        for path in (
            "/vi/feeds/villages.rss",
            "/vi/feeds/stories.json",
            "/xx/feeds/stories.rss",
            "/vi/feeds/stories.rss/",
            "/ko/feeds/stories.rss%00",
        ):
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertIn(response.status_code, (400, 404, 301, 302), path)
                self.assertLess(response.status_code, 500)
