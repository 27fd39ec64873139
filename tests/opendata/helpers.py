"""The tree the open-data tests share, and helpers to read feeds and count queries.

``tests.events.helpers.build_event_tree`` (vi home with Bát Tràng and Vạn
Phúc, a story, a route, four events; English and French translations; ja and
ko home pages; Italian only as aliases), plus the story in Japanese.
"""

import json
from xml.etree import ElementTree

from django.db import connection
from django.test import Client, TestCase
from django.test.utils import CaptureQueriesContext

from core.cache import content_changed
from tests.events.helpers import build_event_tree
from tests.utils import translate_page

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Hanoi's box: a swapped [lat, lon] pair falls outside it.
LATITUDES = (20.5, 21.5)
LONGITUDES = (105.3, 106.2)


def build_open_data_tree():
    tree = build_event_tree()
    tree.ja = {
        "story_index": translate_page(tree.stories, "ja"),
        "story": translate_page(tree.story, "ja"),
    }
    return tree


class OpenDataTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_open_data_tree()

    def setUp(self):
        self.client = Client(raise_request_exception=False)

    def get(self, path, status=200):
        response = self.client.get(path)
        self.assertEqual(response.status_code, status, path)
        return response

    def rss(self, path):
        response = self.get(path)
        self.assertEqual(response["Content-Type"], "application/rss+xml; charset=utf-8")
        return ElementTree.fromstring(response.content).find("channel")  # noqa: S314 - our own feed

    def atom(self, path):
        response = self.get(path)
        self.assertEqual(response["Content-Type"], "application/atom+xml; charset=utf-8")
        return ElementTree.fromstring(response.content)  # noqa: S314 - our own feed

    def geojson(self, path):
        response = self.get(path)
        self.assertEqual(response["Content-Type"], "application/geo+json")
        return json.loads(response.content)

    def assert_in_hanoi(self, position):
        longitude, latitude = position
        self.assertTrue(LONGITUDES[0] <= longitude <= LONGITUDES[1], position)
        self.assertTrue(LATITUDES[0] <= latitude <= LATITUDES[1], position)

    def build_queries(self, path):
        """Queries of a request that builds ``path``'s data afresh (a new content generation).

        After a first build: per-process lookups (locales, the site's root paths),
        made once after pages are saved, are not the builder's.
        """
        content_changed()
        self.get(path)
        content_changed()
        with CaptureQueriesContext(connection) as context:
            self.get(path)
        return len(context.captured_queries)
