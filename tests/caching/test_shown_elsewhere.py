"""An edit other pages do not show leaves them cached, for every page type (core/purge.py).

A product, a story, a route and an event, each in Vietnamese and English, all
tied to Bát Tràng: a change to what other pages show of them (title, a card's
kicker, where they are listed) purges the pages on the other side of the link;
a change to their own text only purges themselves, their indexes, the sitemap
and the feeds.
"""

import datetime

from django.test import TestCase

from core.purge import changed_elsewhere, shown_elsewhere, urls_for_change
from events.factories import EventIndexPageFactory, EventPageFactory
from products.factories import ProducerPageFactory, ProductPageFactory
from stories.factories import StoryPageFactory

from ..scenario import build_language_tree
from ..utils import translate_page

ROOT = "http://testserver"
BODY = [("paragraph", "<p>Một đoạn mới.</p>")]


def paths(urls):
    return {url.removeprefix(ROOT) for url in urls}


def edited(page, **values):
    """The purge list of ``page`` after ``values`` are set, and what changed of it."""
    before = shown_elsewhere(page)
    for name, value in values.items():
        setattr(page, name, value)
    changed = changed_elsewhere(before, shown_elsewhere(page))
    return paths(urls_for_change(page, changed=changed)), changed


class ShownElsewhereTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_language_tree()
        producer = ProducerPageFactory(parent=tree.bat_trang, slug="hop-tac-xa")
        product = ProductPageFactory(parent=producer, slug="am-chen")
        # A story about the product: the product's referrer.
        cls.product_story = StoryPageFactory(
            parent=tree.stories, slug="am-chen-men-lam", products=[product]
        )
        events = EventIndexPageFactory(parent=tree.home)
        event = EventPageFactory(parent=events, slug="hoi-gom", villages=[tree.bat_trang])
        translate_page(producer, "en")
        cls.pages = {
            "product": {"vi": product, "en": translate_page(product, "en")},
            "story": {"vi": tree.story, "en": tree.en["story"]},
            "route": {"vi": tree.route, "en": tree.en["route"]},
            "event": {"vi": event, "en": translate_page(event, "en")},
        }
        translate_page(cls.product_story, "en")
        # Each type's referrer (or referenced page) and a field only the page itself shows.
        cls.cases = {
            "product": ("/en/stories/am-chen-men-lam/", {"body": BODY}),
            "story": ("/en/villages/bat-trang/", {"body": BODY}),
            "route": ("/en/villages/bat-trang/", {"tips": "Mang theo nước."}),
            "event": ("/en/villages/bat-trang/", {"body": BODY, "accessibility": "Có dốc."}),
        }

    def fresh(self, kind, language):
        return type(self.pages[kind][language]).objects.get(pk=self.pages[kind][language].pk)

    def test_a_new_title_purges_the_pages_on_the_other_side_of_its_links(self):
        for kind, (referrer, _text) in self.cases.items():
            for language in ("vi", "en"):
                with self.subTest(kind=kind, language=language):
                    listed, changed = edited(self.fresh(kind, language), title="Tên mới")
                    self.assertEqual(changed, {"title"})
                    self.assertIn(referrer, listed)
                    self.assertIn(referrer.replace("/en/", "/vi/"), listed)

    def test_a_text_edit_purges_only_the_page_its_indexes_and_the_sitemap(self):
        for kind, (referrer, text) in self.cases.items():
            for language in ("vi", "en"):
                with self.subTest(kind=kind, language=language):
                    page = self.fresh(kind, language)
                    listed, changed = edited(page, **text)
                    self.assertEqual(changed, set())
                    self.assertNotIn(referrer, listed)
                    self.assertNotIn(referrer.replace("/en/", "/vi/"), listed)
                    self.assertIn(page.url, listed)
                    self.assertIn(page.get_parent().url, listed)
                    self.assertIn("/sitemap.xml", listed)

    def test_what_a_card_shows_besides_the_title_counts_as_shown(self):
        shown = {
            "product": {"material": "Gốm men rạn"},
            "story": {"date": datetime.date(2026, 1, 2), "kind": "portrait"},
            "route": {"summary": "Một buổi sáng mới.", "day_length": "full"},
            "event": {"start_date": datetime.date(2026, 2, 1), "venue_name": "Đình làng"},
        }
        for kind, values in shown.items():
            referrer = self.cases[kind][0]
            for language in ("vi", "en"):
                with self.subTest(kind=kind, language=language):
                    listed, changed = edited(self.fresh(kind, language), **values)
                    self.assertEqual(changed, set(values))
                    self.assertIn(referrer, listed)

    def test_a_changed_list_of_places_counts_as_shown(self):
        route = self.fresh("route", "vi")
        before = shown_elsewhere(route)
        stops = list(route.stops.all())
        route.stops = [stop for stop in stops if stop.village_id is None]
        self.assertEqual(changed_elsewhere(before, shown_elsewhere(route)), {"stops"})

    def test_an_event_text_edit_keeps_the_home_pages_and_a_new_date_purges_them(self):
        listed, _changed = edited(self.fresh("event", "en"), body=BODY)
        self.assertFalse({"/vi/", "/en/"} & listed)
        listed, _changed = edited(self.fresh("event", "en"), start_date=datetime.date(2026, 3, 1))
        self.assertTrue({"/vi/", "/en/"} <= listed)
