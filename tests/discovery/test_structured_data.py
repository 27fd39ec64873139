"""JSON-LD of every page type of the demo, read back with extruct as a search engine would.

Each page has exactly one ``<script type="application/ld+json">`` with one
``@graph``; every object in it says its language; each type carries the
properties search engines require or recommend for it.
"""

from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.test import TestCase, override_settings
from extruct import extract

from core.structured_data import json_ld
from tests.maps.fixtures import build_site

from .conftest import RENDERED_LANGUAGES

pytestmark = pytest.mark.django_db

# The page's own thing, by page type (the first node of the graph).
MAIN_TYPE = {
    "HomePage": "WebSite",
    "VillageIndexPage": "CollectionPage",
    "VillagePage": "TouristDestination",
    "ProducerPage": "Organization",
    "ProductPage": "Product",
    "ProductIndexPage": "CollectionPage",
    "StoryIndexPage": "CollectionPage",
    "StoryPage": "Article",
    "RouteIndexPage": "CollectionPage",
    "RoutePage": "TouristTrip",
    "EventIndexPage": "CollectionPage",
    "EventPage": "Event",
    "StandardPage": "WebPage",
    "OpenDataPage": "DataCatalog",
}
# What each type must carry (Google's required and recommended properties, in part).
REQUIRED = {
    "WebSite": {"name", "url", "publisher"},
    "CollectionPage": {"name", "url"},
    "WebPage": {"name", "url"},
    "TouristDestination": {"name", "url", "geo", "address"},
    "Organization": {"name", "url"},
    "Product": {"name", "url", "manufacturer"},
    "Article": {"headline", "datePublished", "author", "publisher", "url"},
    "TouristTrip": {"name", "url", "itinerary"},
    "Event": {"name", "startDate", "location"},
    "BreadcrumbList": {"itemListElement"},
    "DataCatalog": {"name", "url", "license", "dataset"},
}


def graph(html, url):
    scripts = BeautifulSoup(html, "html.parser").select('script[type="application/ld+json"]')
    assert len(scripts) == 1, f"{url}: {len(scripts)} JSON-LD scripts"
    found = extract(html, base_url=url, syntaxes=["json-ld"], uniform=False)["json-ld"]
    assert len(found) == 1
    data = found[0]
    assert data["@context"] == "https://schema.org"
    return data["@graph"]


def origin(url):
    """``http://host`` of a URL (the demo's site is served under its own host name)."""
    return "/".join(url.split("/")[:3])


def visible_breadcrumb(html):
    """The href of the page's visible breadcrumb link, if it has one."""
    link = BeautifulSoup(html, "html.parser").select_one("nav.breadcrumb a")
    return link["href"] if link else None


def test_every_page_type_is_rendered_in_every_checked_language(demo):
    expected = {(kind, language) for kind in MAIN_TYPE for language in RENDERED_LANGUAGES}
    missing = expected - set(demo.rendered)
    assert not missing, sorted(missing)


def test_each_page_has_one_graph_with_its_type_and_the_required_properties(demo):
    for (kind, language), (url, html, _facts) in sorted(demo.rendered.items()):
        nodes = graph(html, url)
        main = nodes[0]
        assert main["@type"] == MAIN_TYPE[kind], (kind, language)
        for node in nodes:
            node_type = node["@type"]
            missing = REQUIRED.get(node_type, set()) - set(node)
            assert not missing, (kind, language, node_type, missing)
            assert node["inLanguage"] == language, (kind, language, node_type)


def test_main_objects_are_named_in_the_page_language_with_the_page_url(demo):
    for (kind, language), (url, html, facts) in demo.rendered.items():
        main = graph(html, url)[0]
        if kind == "HomePage":
            assert main["url"] == url
            continue
        name = main.get("headline") or main["name"]
        if kind != "ProducerPage":  # a producer is named by its trade name
            assert name == facts["title"], (kind, language)
        assert main["url"] == url, (kind, language)
        assert url.split("/")[3] == language


def test_breadcrumbs_run_from_home_to_the_page_in_the_reader_language(demo):
    for (kind, language), (url, html, facts) in demo.rendered.items():
        trail = next(node for node in graph(html, url) if node["@type"] == "BreadcrumbList")
        items = trail["itemListElement"]
        assert [item["position"] for item in items] == list(range(1, len(items) + 1))
        links = [item["item"] for item in items]
        home = f"{origin(url)}/{language}/"
        assert links[0] == home, kind
        assert links[-1] == url
        assert all(link.startswith(home) for link in links)
        assert [link.removeprefix(origin(url)) for link in links[:-1]] == facts["ancestors"], (
            kind,
            language,
        )
        parent = visible_breadcrumb(html)
        if parent:
            # The visible breadcrumb links the page's parent: the item before the page.
            assert links[-2].removeprefix(origin(url)) == parent, (kind, language)


def test_products_carry_their_ocop_certification(demo):
    certified = 0
    for (kind, _language), (url, html, _facts) in demo.rendered.items():
        if kind != "ProductPage":
            continue
        product = graph(html, url)[0]
        assert "image" in product or "description" in product
        for certification in product.get("hasCertification", []):
            certified += 1
            assert certification["@type"] == "Certification"
            assert certification["name"]
            assert certification["issuedBy"]["@type"] == "Organization"
            assert certification["certificationRating"]["ratingValue"] in (3, 4, 5)
            # Dates only when the certificate records them, as ISO dates.
            for key in ("validFrom", "expires"):
                if key in certification:
                    date.fromisoformat(certification[key])
    assert certified, "no demo product shows an OCOP certificate"


def test_stories_are_articles_about_their_villages_and_products(demo):
    for language in RENDERED_LANGUAGES:
        url, html, _facts = demo.rendered[("StoryPage", language)]
        article = graph(html, url)[0]
        assert article["datePublished"][:4].isdigit()
        assert article["publisher"]["@id"] == f"{origin(url)}/{language}/#organization"
        assert article["image"].startswith(f"{origin(url)}/")
        assert article["about"]
        for thing in article["about"]:
            assert thing["url"].startswith(f"{origin(url)}/"), thing


def test_the_home_page_names_the_website_and_its_publisher(demo):
    for language in RENDERED_LANGUAGES:
        url, html, _facts = demo.rendered[("HomePage", language)]
        nodes = {node["@type"]: node for node in graph(html, url)}
        assert nodes["WebSite"]["publisher"] == {"@id": nodes["Organization"]["@id"]}
        assert nodes["Organization"]["url"] == url
        assert nodes["Organization"]["logo"].startswith(url.removesuffix(f"{language}/"))


@override_settings(PAGE_CACHE_ENABLED=False)
class EscapingTests(TestCase):
    def test_editor_text_cannot_close_the_script_element(self):
        build_site()
        from villages.models import VillagePage

        village = VillagePage.objects.get(locale__language_code="vi", slug="bat-trang")
        village.search_description = "</script><script>alert(1)</script><!--"
        village.save_revision().publish()
        response = self.client.get("/vi/villages/bat-trang/")
        html = response.content.decode()
        self.assertNotIn("<script>alert(1)", html)
        nodes = graph(html, "http://testserver/vi/villages/bat-trang/")
        self.assertEqual(nodes[0]["description"], "</script><script>alert(1)</script><!--")

    def test_the_serialiser_escapes_markup_characters(self):
        text = str(json_ld({"name": "</script>&<!--"}))
        self.assertEqual(text.count("</script>"), 1)
        self.assertIn("\\u003C/script\\u003E\\u0026\\u003C!--", text)


def test_index_pages_list_the_cards_they_show(demo):
    for kind in (
        "VillageIndexPage",
        "StoryIndexPage",
        "RouteIndexPage",
        "ProductIndexPage",
        "EventIndexPage",
    ):
        for language in RENDERED_LANGUAGES:
            url, html, _facts = demo.rendered[(kind, language)]
            listed = graph(html, url)[0]["mainEntity"]
            items = listed["itemListElement"]
            assert listed["numberOfItems"] == len(items) > 0, (kind, language)
            assert [item["position"] for item in items] == list(range(1, len(items) + 1))
            cards = {
                link["href"] for link in BeautifulSoup(html, "html.parser").select("main a[href]")
            }
            for item in items:
                # Each listed page is one the page links, in the reader's language where translated.
                assert item["url"].removeprefix(origin(url)) in cards, (kind, language, item)


def test_the_open_data_page_describes_its_datasets_and_their_downloads(demo):
    from django.urls import resolve
    from django.utils import translation

    for language in RENDERED_LANGUAGES:
        url, html, _facts = demo.rendered[("OpenDataPage", language)]
        catalog = graph(html, url)[0]
        assert catalog["@type"] == "DataCatalog"
        formats = [dataset["distribution"]["encodingFormat"] for dataset in catalog["dataset"]]
        assert formats == ["application/zip"] + ["application/geo+json"] * 3, formats
        for dataset in catalog["dataset"]:
            assert dataset["license"] == "https://creativecommons.org/licenses/by/4.0/"
            download = dataset["distribution"]["contentUrl"]
            # A route of the site (its answers are tested in tests/opendata).
            assert download.startswith(origin(url)), download
            with translation.override(language):  # i18n_patterns resolve the active prefix
                assert resolve(download.removeprefix(origin(url))).url_name, download
