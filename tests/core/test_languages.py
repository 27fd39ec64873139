"""Language rules: switcher, hreflang, canonical, aliases, missing pages, the front door."""

from django.test import TestCase

from tests.scenario import build_language_tree
from tests.utils import (
    alias_page,
    canonical_url,
    create_vi_home,
    full_url,
    hreflang_links,
    soup,
    switcher_entries,
    translate_page,
)

VI_PATHS = [
    "/vi/",
    "/vi/villages/",
    "/vi/villages/bat-trang/",
    "/vi/stories/",
    "/vi/stories/bat-trang-ceramics/",
    "/vi/routes/",
    "/vi/routes/west-lake/",
]
EN_PATHS = [path.replace("/vi/", "/en/", 1) for path in VI_PATHS]


class LanguageTreeTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def get_ok(self, path, **headers):
        response = self.client.get(path, headers=headers)
        self.assertEqual(response.status_code, 200, path)
        return response


class LanguageSwitcherTests(LanguageTreeTestCase):
    def test_switcher_names_each_language_in_itself(self):
        entries = switcher_entries(self.get_ok("/en/villages/bat-trang/"))
        self.assertEqual(
            [(name, lang) for name, _href, lang in entries],
            [("Tiếng Việt", "vi"), ("English", "en"), ("Français", "fr")],
        )

    def test_switcher_links_to_this_pages_translations_not_home_pages(self):
        entries = switcher_entries(self.get_ok("/en/villages/bat-trang/"))
        links = {lang: href for _name, href, lang in entries}
        self.assertEqual(links["vi"], "/vi/villages/bat-trang/")
        self.assertEqual(links["fr"], "/fr/villages/bat-trang/")

    def test_switcher_marks_current_language_without_a_link(self):
        nav = soup(self.get_ok("/en/villages/bat-trang/")).select_one("nav.language-switcher")
        current = nav.select_one('[aria-current="true"]')
        self.assertEqual(current.name, "span")
        self.assertEqual(current.get_text(strip=True), "English")

    def test_switcher_omits_unpublished_translations(self):
        # Bát Tràng has an Italian translation, saved as a draft only.
        self.assertFalse(self.tree.it["village"].live)
        langs = [
            lang for _name, _href, lang in switcher_entries(self.get_ok("/vi/villages/bat-trang/"))
        ]
        self.assertEqual(langs, ["vi", "en", "fr"])

    def test_switcher_omits_alias_pages(self):
        # The Italian village index is a live alias made by wagtail-localize.
        self.assertIsNotNone(self.tree.it["village_index"].alias_of_id)
        self.assertTrue(self.tree.it["village_index"].live)
        for path in ("/vi/villages/", "/en/villages/", "/vi/"):
            with self.subTest(path=path):
                entries = switcher_entries(self.get_ok(path))
                self.assertNotIn("it", [lang for _name, _href, lang in entries])
                self.assertNotIn("Italiano", [name for name, _href, _lang in entries])

    def test_switcher_lists_every_live_translation_of_the_home_page(self):
        entries = switcher_entries(self.get_ok("/vi/"))
        self.assertEqual(
            [(name, href) for name, href, _lang in entries],
            [
                ("Tiếng Việt", None),
                ("English", "/en/"),
                ("Français", "/fr/"),
                ("日本語", "/ja/"),
                ("한국어", "/ko/"),
            ],
        )

    def test_page_in_one_language_has_no_switcher(self):
        self.assertEqual(switcher_entries(self.get_ok("/vi/villages/van-phuc/")), [])


class SwitcherInAllSixLanguagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = create_vi_home()
        for code in ("en", "fr", "it", "ja", "ko"):
            translate_page(home, code)

    def test_switcher_names_all_six_languages_in_themselves(self):
        response = self.client.get("/it/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            switcher_entries(response),
            [
                ("Tiếng Việt", "/vi/", "vi"),
                ("English", "/en/", "en"),
                ("Français", "/fr/", "fr"),
                ("Italiano", None, "it"),
                ("日本語", "/ja/", "ja"),
                ("한국어", "/ko/", "ko"),
            ],
        )


class HreflangAndCanonicalTests(LanguageTreeTestCase):
    def test_hreflang_lists_real_live_translations_and_x_default_english(self):
        links = hreflang_links(self.get_ok("/vi/villages/bat-trang/"))
        self.assertEqual(
            links,
            {
                "vi": full_url("/vi/villages/bat-trang/"),
                "en": full_url("/en/villages/bat-trang/"),
                "fr": full_url("/fr/villages/bat-trang/"),
                "x-default": full_url("/en/villages/bat-trang/"),
            },
        )

    def test_hreflang_of_home_excludes_alias_home(self):
        links = hreflang_links(self.get_ok("/vi/"))
        self.assertEqual(set(links), {"vi", "en", "fr", "ja", "ko", "x-default"})
        self.assertEqual(links["x-default"], full_url("/en/"))

    def test_no_x_default_when_page_has_no_english_version(self):
        links = hreflang_links(self.get_ok("/vi/villages/van-phuc/"))
        self.assertEqual(links, {"vi": full_url("/vi/villages/van-phuc/")})

    def test_hreflang_is_reciprocal_across_every_listed_page(self):
        for path in VI_PATHS:
            expected = hreflang_links(self.get_ok(path))
            for language, url in expected.items():
                if language == "x-default":
                    continue
                with self.subTest(page=path, language=language):
                    other = self.get_ok(url.removeprefix(full_url("")))
                    self.assertEqual(hreflang_links(other), expected)

    def test_canonical_is_self_referencing(self):
        for path in VI_PATHS + EN_PATHS + ["/fr/villages/bat-trang/", "/ja/"]:
            with self.subTest(path=path):
                self.assertEqual(canonical_url(self.get_ok(path)), full_url(path))


class AliasPageTests(LanguageTreeTestCase):
    def test_alias_page_is_served_with_not_yet_translated_notice(self):
        response = self.get_ok("/it/villages/")
        notice = soup(response).select_one(".notice--untranslated")
        self.assertIsNotNone(notice)
        # The notice offers the real versions of the page it copies.
        hrefs = [a["href"] for a in notice.select("a[href]")]
        self.assertEqual(hrefs, ["/vi/villages/", "/en/villages/", "/fr/villages/"])

    def test_alias_page_is_noindex(self):
        page = soup(self.get_ok("/it/villages/"))
        self.assertIsNotNone(page.select_one('meta[name="robots"][content="noindex"]'))

    def test_alias_page_is_canonical_to_its_source(self):
        response = self.get_ok("/it/villages/")
        self.assertEqual(canonical_url(response), full_url("/vi/villages/"))
        self.assertEqual(hreflang_links(response), {})

    def test_alias_main_content_is_marked_in_the_source_language(self):
        page = soup(self.get_ok("/it/villages/"))
        self.assertEqual(page.find("html")["lang"], "it")
        self.assertEqual(page.select_one("main")["lang"], "vi")

    def test_alias_home_page_is_served_with_notice(self):
        response = self.get_ok("/it/")
        self.assertIsNotNone(soup(response).select_one(".notice--untranslated"))
        self.assertEqual(canonical_url(response), full_url("/vi/"))

    def test_real_pages_are_not_marked_as_untranslated(self):
        for path in ("/vi/villages/", "/en/villages/", "/fr/"):
            with self.subTest(path=path):
                page = soup(self.get_ok(path))
                self.assertIsNone(page.select_one(".notice--untranslated"))
                self.assertIsNone(page.select_one('meta[name="robots"]'))
                self.assertIsNone(page.select_one("main").get("lang"))

    def test_alias_made_by_wagtail_localize_is_served_but_never_listed(self):
        alias = alias_page(self.tree.stories, "fr")
        self.assertEqual(alias.alias_of_id, self.tree.stories.pk)
        response = self.get_ok("/fr/stories/")
        self.assertIsNotNone(soup(response).select_one(".notice--untranslated"))
        self.assertEqual(canonical_url(response), full_url("/vi/stories/"))
        for path in ("/vi/stories/", "/en/stories/"):
            with self.subTest(path=path):
                response = self.get_ok(path)
                self.assertNotIn("fr", hreflang_links(response))
                self.assertNotIn("fr", [lang for _n, _h, lang in switcher_entries(response)])

    def test_alias_is_not_in_hreflang_of_its_translations(self):
        for path in ("/vi/villages/", "/en/villages/", "/fr/villages/", "/vi/", "/en/"):
            with self.subTest(path=path):
                self.assertNotIn("it", hreflang_links(self.get_ok(path)))


class PageMissingInLanguageTests(LanguageTreeTestCase):
    def elsewhere_links(self, response):
        return [(a["href"], a["lang"]) for a in soup(response).select(".error-page__languages a")]

    def test_page_missing_in_english_is_404_with_link_to_vietnamese(self):
        response = self.client.get("/en/villages/van-phuc/")
        self.assertEqual(response.status_code, 404)
        self.assertEqual(soup(response).find("html")["lang"], "en")
        self.assertEqual(self.elsewhere_links(response), [("/vi/villages/van-phuc/", "vi")])

    def test_page_under_missing_section_links_to_languages_it_exists_in(self):
        response = self.client.get("/fr/stories/bat-trang-ceramics/")
        self.assertEqual(response.status_code, 404)
        self.assertEqual(soup(response).find("html")["lang"], "fr")
        self.assertEqual(
            self.elsewhere_links(response),
            [("/vi/stories/bat-trang-ceramics/", "vi"), ("/en/stories/bat-trang-ceramics/", "en")],
        )

    def test_unpublished_translation_is_404_linking_to_live_versions(self):
        response = self.client.get("/it/villages/bat-trang/")
        self.assertEqual(response.status_code, 404)
        self.assertEqual(
            self.elsewhere_links(response),
            [
                ("/vi/villages/bat-trang/", "vi"),
                ("/en/villages/bat-trang/", "en"),
                ("/fr/villages/bat-trang/", "fr"),
            ],
        )

    def test_missing_section_does_not_link_to_alias_versions(self):
        response = self.client.get("/ja/villages/")
        self.assertEqual(response.status_code, 404)
        links = self.elsewhere_links(response)
        self.assertEqual([lang for _href, lang in links], ["vi", "en", "fr"])

    def test_page_that_exists_nowhere_is_plain_404(self):
        response = self.client.get("/en/villages/nowhere/")
        self.assertEqual(response.status_code, 404)
        self.assertEqual(self.elsewhere_links(response), [])
        self.assertIsNotNone(soup(response).select_one('meta[name="robots"][content="noindex"]'))


class FrontDoorTests(LanguageTreeTestCase):
    def assertRedirectsTo(self, accept_language, location):
        response = self.client.get("/", headers={"accept-language": accept_language})
        self.assertEqual(response.status_code, 302, accept_language)
        self.assertEqual(response["Location"], location, accept_language)
        self.assertIn("Accept-Language", response["Vary"])

    def test_region_variant_goes_to_its_base_language(self):
        self.assertRedirectsTo("fr-CA", "/fr/")

    def test_highest_quality_language_wins(self):
        self.assertRedirectsTo("ja;q=0.9,ko", "/ko/")

    def test_unknown_language_goes_to_english(self):
        self.assertRedirectsTo("de", "/en/")

    def test_language_with_only_an_alias_home_is_not_chosen(self):
        self.assertRedirectsTo("it", "/en/")
        self.assertRedirectsTo("it,fr;q=0.5", "/fr/")

    def test_vietnamese_readers_get_vietnamese(self):
        self.assertRedirectsTo("vi-VN,vi;q=0.9,en;q=0.8", "/vi/")

    def test_malformed_header_goes_to_english(self):
        for header in ("@@@", "fr;q=abc", ";;;,,,", "fr-" + "x" * 40, "fr;q=2"):
            with self.subTest(header=header):
                self.assertRedirectsTo(header, "/en/")

    def test_missing_header_goes_to_english(self):
        response = self.client.get("/")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], "/en/")

    def test_front_door_is_not_cached(self):
        response = self.client.get("/", headers={"accept-language": "fr"})
        self.assertIn("no-cache", response["Cache-Control"])


class FrontDoorWithoutEnglishTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        create_vi_home()

    def test_falls_back_to_vietnamese_when_there_is_no_english_home(self):
        response = self.client.get("/", headers={"accept-language": "de"})
        self.assertEqual(response["Location"], "/vi/")
