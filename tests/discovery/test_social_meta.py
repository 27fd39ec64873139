"""Open Graph and Twitter card tags of the demo pages, and none for an alias page."""

import pytest
from bs4 import BeautifulSoup
from django.test import TestCase, override_settings

from core.social import OG_LOCALES
from tests.utils import alias_page, create_vi_home, translate_page
from villages.factories import VillageIndexPageFactory, VillagePageFactory

pytestmark = pytest.mark.django_db


def meta(html):
    """{property or name: [content, …]} of the page's <meta> tags."""
    found = {}
    for tag in BeautifulSoup(html, "html.parser").head.select("meta[property], meta[name]"):
        key = tag.get("property") or tag.get("name")
        found.setdefault(key, []).append(tag.get("content"))
    return found


def test_sharing_tags_describe_the_page_in_its_language(demo):
    for (kind, language), (url, html, facts) in demo.rendered.items():
        tags = meta(html)
        assert tags["og:url"] == [url], kind
        assert tags["og:locale"] == [OG_LOCALES[language]]
        assert tags["og:type"] == ["article" if kind == "StoryPage" else "website"]
        assert tags["og:site_name"][0]
        assert tags["og:title"][0]
        assert tags["twitter:card"] == ["summary_large_image"]
        if facts["has_hero"]:
            assert tags["og:image"][0].startswith("/".join(url.split("/")[:3]) + "/"), kind
            assert int(tags["og:image:width"][0]) == 1600
            assert int(tags["og:image:height"][0]) == 1000
            assert tags["og:image:alt"][0]


def test_site_name_is_translated(demo):
    names = {
        language: meta(demo.rendered[("HomePage", language)][1])["og:site_name"][0]
        for language in ("vi", "en", "fr", "ja")
    }
    assert len(set(names.values())) == 4, names


def test_locale_alternates_are_the_other_real_translations(demo):
    for (kind, language), (url, html, _facts) in demo.rendered.items():
        languages = demo.expected_urls[url]
        expected = sorted(OG_LOCALES[code] for code in languages if code != language)
        assert sorted(meta(html).get("og:locale:alternate", [])) == expected, kind


@override_settings(PAGE_CACHE_ENABLED=False)
class AliasTests(TestCase):
    def test_an_alias_page_has_no_sharing_tags_and_stays_noindex(self):
        home = create_vi_home()
        index = VillageIndexPageFactory(parent=home)
        village = VillagePageFactory(parent=index, slug="bat-trang")
        translate_page(village, "en")
        alias_page(village, "fr")
        html = self.client.get("/fr/villages/bat-trang/").content.decode()
        tags = meta(html)
        self.assertEqual(tags["robots"], ["noindex"])
        self.assertFalse([key for key in tags if key.startswith(("og:", "twitter:"))])
        # The real pages list each other, never the alias.
        tags = meta(self.client.get("/en/villages/bat-trang/").content.decode())
        self.assertEqual(tags["og:locale"], ["en_GB"])
        self.assertEqual(tags["og:locale:alternate"], ["vi_VN"])
