"""/sitemap.xml, /sitemap-<lang>.xml and /robots.txt: valid, complete, real translations only.

/sitemap.xml is an index of one sitemap per language that has public pages.

Each language's sitemap is validated against the sitemaps.org 0.9 schema
(vendored in ``schemas/``, with the ``xhtml:link`` element its ``##other``
wildcard admits declared, since that wildcard is strict). What it should list
is computed here independently, through ``core.privacy.visible``.
"""

from pathlib import Path

import pytest
from django.test import TestCase, override_settings
from lxml import etree
from wagtail.models import PageViewRestriction

from core.sitemaps import LanguageSitemap
from tests.scenario import build_language_tree
from tests.utils import create_vi_home, translate_page
from villages.factories import VillageIndexPageFactory, VillagePageFactory

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).parent / "schemas"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
LANGUAGES = ("vi", "en", "fr", "it", "ja", "ko")


def parsed(sitemap):
    return etree.fromstring(sitemap)


def locations(root):
    return [url.findtext("s:loc", namespaces=NS) for url in root.findall("s:url", NS)]


def index_locations(content):
    return [
        node.findtext("s:loc", namespaces=NS) for node in parsed(content).findall("s:sitemap", NS)
    ]


def alternates(root):
    """{loc: {hreflang: href}} of every <url>."""
    return {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


# --- The demo site (tests/discovery/conftest.py) ---------------------------------


def test_the_index_names_one_sitemap_per_language_at_the_sites_address(demo):
    # The demo is translated into all six languages; the Site's address (demo/builder.py).
    assert index_locations(demo.index) == [
        f"http://localhost/sitemap-{code}.xml" for code in LANGUAGES
    ]


def test_each_language_sitemap_is_valid_against_the_sitemaps_schema(demo):
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "sitemap_with_alternates.xsd")))
    for code in LANGUAGES:
        root = parsed(demo.sitemaps[code])
        assert schema.validate(root), (code, schema.error_log)
        # The alternates are really there to be validated.
        assert root.findall("s:url/x:link", NS), code


def test_the_schema_rejects_an_alternate_without_its_language(demo):
    # The check above is only worth something if the schema looks at xhtml:link.
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "sitemap_with_alternates.xsd")))
    root = parsed(demo.sitemaps["en"])
    root.find("s:url/x:link", NS).attrib.pop("hreflang")
    assert not schema.validate(root)


def test_every_live_public_page_is_listed_once_in_its_own_languages_sitemap(demo):
    listed = []
    for code in LANGUAGES:
        found = locations(parsed(demo.sitemaps[code]))
        assert found, code
        assert {loc.split("/")[3] for loc in found} == {code}
        listed += found
    assert len(listed) == len(demo.expected_urls)
    assert set(listed) == set(demo.expected_urls)


def test_no_alias_nor_sample_page_is_listed(demo):
    listed = set()
    for content in demo.sitemaps.values():
        listed |= set(alternates(parsed(content)))
    # The demo has sample pages (events, producers) and shows them in tests.
    assert demo.sample_urls
    assert not listed & demo.sample_urls
    assert not listed & demo.alias_urls


def test_alternates_are_the_real_translations_plus_english_as_x_default(demo):
    for content in demo.sitemaps.values():
        for loc, links in alternates(parsed(content)).items():
            languages = demo.expected_urls[loc]
            expected = set(languages) | ({"x-default"} if "en" in languages else set())
            assert set(links) == expected, loc
            for language, href in links.items():
                assert href in demo.expected_urls, href
                if language != "x-default":
                    assert href.split("/")[3] == language
            if "x-default" in links:
                assert links["x-default"] == links["en"]


def test_robots_txt_points_to_the_sitemap_index_by_absolute_url(demo):
    # The Site's address, as every <loc> (demo/builder.py: localhost), not the request's Host.
    assert "Sitemap: http://localhost/sitemap.xml" in demo.robots.splitlines()
    assert b"<sitemapindex" in demo.index


def test_the_index_and_each_language_cost_a_handful_of_queries(demo):
    # The index: one query for the languages, one count per language (its pages of 50,000).
    assert demo.index_queries <= 2 + len(LANGUAGES), demo.index_queries
    # A language: its languages, its count, its pages, their translations, one per page type.
    for code, queries in demo.sitemap_queries.items():
        assert queries <= 20, (code, queries)


# --- Small trees ---------------------------------------------------------------


@pytest.fixture
def villages():
    """A Vietnamese and English home and village index, and a function adding villages."""
    home = create_vi_home()
    translate_page(home, "en")
    index = VillageIndexPageFactory(parent=home)
    translate_page(index, "en")

    def add(count=3):
        for _ in range(count):
            translate_page(VillagePageFactory(parent=index), "en")

    return add


@override_settings(PAGE_CACHE_ENABLED=False)
def test_queries_do_not_grow_with_the_number_of_pages(
    client, villages, django_assert_max_num_queries
):
    villages()
    # Measured: 7 queries for 8 English pages (SQLite), 4 for the index; ceilings, not counts.
    # One more after new pages: a content change makes the first request read the
    # restricted paths again (core.privacy.restricted_paths).
    for path, ceiling in (("/sitemap.xml", 5), ("/sitemap-en.xml", 8)):
        client.get(path)  # warm-up: per-process caches (restricted paths, site)
        with django_assert_max_num_queries(ceiling):
            first = client.get(path)
        villages()
        with django_assert_max_num_queries(ceiling):
            second = client.get(path)
        assert first.status_code == second.status_code == 200
    # Two index pages and three times three villages.
    assert len(locations(parsed(second.content))) == 2 + 9


@override_settings(PAGE_CACHE_ENABLED=False)
def test_the_index_lists_exactly_the_languages_with_public_pages(client):
    home = create_vi_home()
    index = VillageIndexPageFactory(parent=home)
    village = VillagePageFactory(parent=index, slug="bat-trang")
    # French: the village, and its home and index as aliases; Italian: a draft, aliases only.
    translate_page(village, "fr")
    translate_page(VillagePageFactory(parent=index, slug="dong-ky"), "it", publish=False)
    assert index_locations(client.get("/sitemap.xml").content) == [
        "http://testserver/sitemap-vi.xml",
        "http://testserver/sitemap-fr.xml",
    ]
    for code in ("it", "en", "xx"):
        assert client.get(f"/sitemap-{code}.xml").status_code == 404, code


@override_settings(PAGE_CACHE_ENABLED=False)
def test_an_untranslated_ancestor_alias_is_neither_listed_nor_an_alternate(client):
    home = create_vi_home()
    index = VillageIndexPageFactory(parent=home)
    village = VillagePageFactory(parent=index, slug="bat-trang")
    # Translating only the village makes the French home and index aliases.
    translate_page(village, "fr")
    vi = alternates(parsed(client.get("/sitemap-vi.xml").content))
    fr = alternates(parsed(client.get("/sitemap-fr.xml").content))
    assert set(vi) == {
        "http://testserver/vi/",
        "http://testserver/vi/villages/",
        "http://testserver/vi/villages/bat-trang/",
    }
    assert set(fr) == {"http://testserver/fr/villages/bat-trang/"}
    assert vi["http://testserver/vi/"] == {}
    assert set(vi["http://testserver/vi/villages/bat-trang/"]) == {"vi", "fr"}
    assert fr["http://testserver/fr/villages/bat-trang/"] == {
        "vi": "http://testserver/vi/villages/bat-trang/",
        "fr": "http://testserver/fr/villages/bat-trang/",
    }


@override_settings(PAGE_CACHE_ENABLED=False)
def test_unpublished_and_private_pages_are_never_listed_nor_alternates(client):
    home = create_vi_home()
    translate_page(home, "en")
    index = VillageIndexPageFactory(parent=home)
    translate_page(index, "en")
    VillagePageFactory(parent=index, slug="draft").unpublish()
    private_vi = VillagePageFactory(parent=index, slug="private-vi")
    translate_page(private_vi, "en")
    private_en = translate_page(VillagePageFactory(parent=index, slug="private-en"), "en")
    for page in (private_vi, private_en):
        PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    named = set()  # every <loc> and every alternate's href
    for code in ("vi", "en"):
        for loc, links in alternates(parsed(client.get(f"/sitemap-{code}.xml").content)).items():
            named |= {loc, *links.values()}
    # The public translation of each private page is listed, alone.
    assert "http://testserver/en/villages/private-vi/" in named
    assert "http://testserver/vi/villages/private-en/" in named
    for path in ("/vi/villages/draft/", "/vi/villages/private-vi/", "/en/villages/private-en/"):
        assert f"http://testserver{path}" not in named, path


@override_settings(PAGE_CACHE_ENABLED=False)
def test_a_bad_page_number_is_a_404_and_another_spelling_a_redirect(client, villages, monkeypatch):
    villages(2)
    # Two URLs a file: Django pages the four English pages as ?p=2.
    monkeypatch.setattr(LanguageSitemap, "limit", 2)
    assert "http://testserver/sitemap-en.xml?p=2" in index_locations(
        client.get("/sitemap.xml").content
    )
    assert len(locations(parsed(client.get("/sitemap-en.xml?p=2").content))) == 2
    for page in ("0", "-1", "3", "abc", "", "1.5", "9" * 30):
        with_p = f"/sitemap-en.xml?p={page}"
        assert client.get(with_p).status_code == 404, with_p
    for spelling, canonical in (
        ("/sitemap-en.xml?p=1", "/sitemap-en.xml"),
        ("/sitemap-en.xml?p=02", "/sitemap-en.xml?p=2"),
        ("/sitemap-en.xml?utm_source=x", "/sitemap-en.xml"),
        ("/sitemap.xml?p=2", "/sitemap.xml"),
    ):
        response = client.get(spelling)
        assert response.status_code == 301, spelling
        assert response["Location"] == canonical


class SitemapCacheTests(TestCase):
    """The page cache keeps the sitemaps; a page change retires those of its languages."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def test_a_publish_retires_the_index_and_its_languages_sitemaps_only(self):
        paths = ("/sitemap.xml", "/sitemap-vi.xml", "/sitemap-en.xml", "/sitemap-fr.xml")
        for path in paths:
            self.assertEqual(self.client.get(path)["X-Cache"], "MISS", path)
            self.assertEqual(self.client.get(path)["X-Cache"], "HIT", path)
        # Vạn Phúc exists in Vietnamese only.
        page = self.tree.van_phuc
        page.slug = "van-phuc-silk"
        page.save_revision().publish()
        for path in ("/sitemap.xml", "/sitemap-vi.xml"):
            self.assertEqual(self.client.get(path)["X-Cache"], "MISS", path)
        self.assertIn(b"/vi/villages/van-phuc-silk/", self.client.get("/sitemap-vi.xml").content)
        for path in ("/sitemap-en.xml", "/sitemap-fr.xml"):
            self.assertEqual(self.client.get(path)["X-Cache"], "HIT", path)
