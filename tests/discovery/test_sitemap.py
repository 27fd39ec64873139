"""/sitemap.xml and /robots.txt of the demo site: valid, complete, real translations only.

The sitemap is validated against the sitemaps.org 0.9 schema (vendored in
``schemas/``, with the ``xhtml:link`` element its ``##other`` wildcard admits
declared, since that wildcard is strict). What it should list is computed here
independently, through ``core.privacy.visible``.
"""

from pathlib import Path

import pytest
from django.test import TestCase, override_settings
from lxml import etree

from tests.utils import count_queries, create_vi_home, translate_page
from villages.factories import VillageIndexPageFactory, VillagePageFactory

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).parent / "schemas"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def parsed(sitemap):
    return etree.fromstring(sitemap)


def alternates(root):
    """{loc: {hreflang: href}} of every <url>."""
    return {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_the_sitemap_is_valid_against_the_sitemaps_schema(demo):
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "sitemap_with_alternates.xsd")))
    root = parsed(demo.sitemap)
    assert schema.validate(root), schema.error_log
    # The alternates are really there to be validated.
    assert root.findall("s:url/x:link", NS)


def test_the_schema_rejects_an_alternate_without_its_language(demo):
    # The check above is only worth something if the schema looks at xhtml:link.
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "sitemap_with_alternates.xsd")))
    root = parsed(demo.sitemap)
    root.find("s:url/x:link", NS).attrib.pop("hreflang")
    assert not schema.validate(root)


def test_every_live_public_page_of_every_language_is_listed_once(demo):
    locations = [url.findtext("s:loc", namespaces=NS) for url in parsed(demo.sitemap)]
    assert len(locations) == len(demo.expected_urls)
    assert set(locations) == set(demo.expected_urls)
    # The demo is translated into all six languages.
    assert {loc.split("/")[3] for loc in locations} == {"vi", "en", "fr", "it", "ja", "ko"}


def test_no_alias_nor_sample_page_is_listed(demo):
    listed = set(alternates(parsed(demo.sitemap)))
    # The demo has sample pages (events, producers) and shows them in tests.
    assert demo.sample_urls
    assert not listed & demo.sample_urls
    assert not listed & demo.alias_urls


def test_alternates_are_the_real_translations_plus_english_as_x_default(demo):
    for loc, links in alternates(parsed(demo.sitemap)).items():
        languages = demo.expected_urls[loc]
        expected = set(languages) | ({"x-default"} if "en" in languages else set())
        assert set(links) == expected, loc
        for language, href in links.items():
            assert href in demo.expected_urls, href
            if language != "x-default":
                assert href.split("/")[3] == language
        if "x-default" in links:
            assert links["x-default"] == links["en"]


def test_robots_txt_points_to_the_sitemap_by_absolute_url(demo):
    # The Site's address, as every <loc> (demo/builder.py: localhost), not the request's Host.
    assert "Sitemap: http://localhost/sitemap.xml" in demo.robots.splitlines()


def test_the_sitemap_of_the_whole_demo_costs_a_handful_of_queries(demo):
    # One query for the pages, one for their translations, one per page type.
    assert demo.sitemap_queries <= 20, demo.sitemap_queries


@override_settings(PAGE_CACHE_ENABLED=False)
class SitemapQueryTests(TestCase):
    def test_query_count_does_not_grow_with_the_number_of_pages(self):
        home = create_vi_home()
        translate_page(home, "en")
        index = VillageIndexPageFactory(parent=home)
        translate_page(index, "en")

        def add_villages():
            for _ in range(3):
                translate_page(VillagePageFactory(parent=index), "en")

        add_villages()
        first = count_queries(self.client, "/sitemap.xml")
        add_villages()
        second = count_queries(self.client, "/sitemap.xml")
        self.assertEqual(first, second)
        # Measured: 6 queries for 16 pages (SQLite); a ceiling, not a count to match.
        self.assertLessEqual(first, 6)
        self.assertEqual(
            len(parsed(self.client.get("/sitemap.xml").content).findall("s:url", NS)), 2 * (2 + 6)
        )

    def test_an_untranslated_ancestor_alias_is_neither_listed_nor_an_alternate(self):
        home = create_vi_home()
        index = VillageIndexPageFactory(parent=home)
        village = VillagePageFactory(parent=index, slug="bat-trang")
        # Translating only the village makes the French home and index aliases.
        translate_page(village, "fr")
        links = alternates(parsed(self.client.get("/sitemap.xml").content))
        self.assertEqual(
            set(links),
            {
                "http://testserver/vi/",
                "http://testserver/vi/villages/",
                "http://testserver/vi/villages/bat-trang/",
                "http://testserver/fr/villages/bat-trang/",
            },
        )
        self.assertEqual(links["http://testserver/vi/"], {})
        self.assertEqual(set(links["http://testserver/vi/villages/bat-trang/"]), {"vi", "fr"})
