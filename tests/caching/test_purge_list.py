"""Which URLs a page change purges, in which languages (core/purge.py)."""

from django.test import TestCase
from wagtail.models import Locale, ReferenceIndex

from core.factories import MenuItemFactory
from core.models import NavigationMenu
from core.purge import EVERYTHING, all_urls, urls_for_change
from villages.factories import VillagePageFactory

from ..scenario import build_language_tree

ROOT = "http://testserver"


def paths(urls):
    return {url.removeprefix(ROOT) for url in urls}


class PurgeListTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def test_a_village_purges_its_translations_parents_referrers_and_neighbours(self):
        self.assertEqual(
            paths(urls_for_change(self.tree.bat_trang)),
            {
                # The page in each language it exists in (switchers and hreflang).
                "/vi/villages/bat-trang/",
                "/en/villages/bat-trang/",
                "/fr/villages/bat-trang/",
                # Its index in every language, the Italian alias included.
                "/vi/villages/",
                "/en/villages/",
                "/fr/villages/",
                "/it/villages/",
                # Pages that reference it (ReferenceIndex), in their languages.
                "/vi/stories/bat-trang-ceramics/",
                "/en/stories/bat-trang-ceramics/",
                "/vi/routes/west-lake/",
                "/en/routes/west-lake/",
                # The village whose small map shows it.
                "/vi/villages/van-phuc/",
                # The sitemap index and the sitemaps of its languages.
                "/sitemap.xml",
                "/sitemap-vi.xml",
                "/sitemap-en.xml",
                "/sitemap-fr.xml",
            },
        )

    def test_when_nothing_shown_elsewhere_changed_referrers_and_neighbours_are_kept(self):
        self.assertEqual(
            paths(urls_for_change(self.tree.bat_trang, changed=set())),
            {
                "/vi/villages/bat-trang/",
                "/en/villages/bat-trang/",
                "/fr/villages/bat-trang/",
                "/vi/villages/",
                "/en/villages/",
                "/fr/villages/",
                "/it/villages/",
                "/sitemap.xml",
                "/sitemap-vi.xml",
                "/sitemap-en.xml",
                "/sitemap-fr.xml",
            },
        )

    def test_a_new_title_purges_the_referrers_but_not_the_map_neighbours(self):
        listed = paths(urls_for_change(self.tree.bat_trang, changed={"title"}))
        self.assertIn("/vi/routes/west-lake/", listed)
        self.assertIn("/en/stories/bat-trang-ceramics/", listed)
        self.assertNotIn("/vi/villages/van-phuc/", listed)
        moved = paths(urls_for_change(self.tree.bat_trang, changed={"latitude"}))
        self.assertIn("/vi/villages/van-phuc/", moved)

    def test_untranslated_and_draft_languages_are_not_listed(self):
        listed = paths(urls_for_change(self.tree.bat_trang))
        # Italian Bát Tràng is a draft; Japanese and Korean have only a home page.
        self.assertNotIn("/it/villages/bat-trang/", listed)
        self.assertFalse([path for path in listed if path.startswith(("/ja/", "/ko/"))])
        # Vạn Phúc exists in Vietnamese only, but the English index lists it.
        listed = paths(urls_for_change(self.tree.van_phuc))
        self.assertIn("/en/villages/", listed)
        self.assertNotIn("/en/villages/van-phuc/", listed)

    def test_unrelated_pages_are_not_listed(self):
        listed = paths(urls_for_change(self.tree.van_phuc))
        unrelated = (
            "/vi/",
            "/en/",
            "/vi/stories/",
            "/vi/stories/bat-trang-ceramics/",
            "/vi/routes/",
        )
        for path in unrelated:
            with self.subTest(path=path):
                self.assertNotIn(path, listed)

    def test_a_story_purges_the_feeds_of_every_language_and_the_villages_it_is_about(self):
        listed = paths(urls_for_change(self.tree.story))
        for code in ("vi", "en", "fr", "ja", "ko", "it"):
            with self.subTest(language=code):
                self.assertIn(f"/{code}/feeds/stories.rss", listed)
                self.assertIn(f"/{code}/feeds/stories.atom", listed)
        self.assertIn("/vi/villages/bat-trang/", listed)
        self.assertIn("/fr/villages/bat-trang/", listed)
        self.assertNotIn("/vi/feeds/events.rss", listed)
        # A village is in no feed.
        self.assertFalse([p for p in paths(urls_for_change(self.tree.van_phuc)) if "feeds" in p])

    def test_an_alias_of_the_page_is_purged_with_it(self):
        english = Locale.objects.get(language_code="en")
        alias = self.tree.van_phuc.create_alias(
            parent=self.tree.en["village_index"], update_locale=english
        )
        self.assertEqual(alias.url, "/en/villages/van-phuc/")
        self.assertIn("/en/villages/van-phuc/", paths(urls_for_change(self.tree.van_phuc)))

    def test_an_unpublished_page_keeps_its_own_url_in_the_list(self):
        story = self.tree.en["story"]
        story.live = False
        listed = paths(urls_for_change(story))
        self.assertIn("/en/stories/bat-trang-ceramics/", listed)
        self.assertIn("/en/stories/", listed)

    def test_the_old_address_is_listed_when_given_the_page_before_its_move(self):
        before = self.tree.van_phuc
        self.assertIn("/vi/villages/van-phuc/", paths(urls_for_change(before, moving=True)))
        before.move(self.tree.stories, pos="last-child")
        after = type(before).objects.get(pk=before.pk)
        listed = paths(urls_for_change(after))
        self.assertIn("/vi/stories/van-phuc/", listed)
        self.assertIn("/vi/stories/", listed)
        self.assertNotIn("/vi/villages/van-phuc/", listed)

    def test_home_section_indexes_and_moving_parents_retire_everything(self):
        self.assertIs(urls_for_change(self.tree.home), EVERYTHING)
        self.assertIs(urls_for_change(self.tree.villages), EVERYTHING)
        self.assertIs(urls_for_change(self.tree.en["story_index"]), EVERYTHING)
        parent = VillagePageFactory(parent=self.tree.villages, title="Cha", slug="cha")
        VillagePageFactory(parent=parent, title="Con", slug="con")
        parent.refresh_from_db()
        # Published in place: its own list. Moved or renamed: every child's URL changes.
        self.assertIsNot(urls_for_change(parent), EVERYTHING)
        self.assertIs(urls_for_change(parent, moving=True), EVERYTHING)

    def test_a_page_that_a_menu_links_to_retires_everything(self):
        menu = NavigationMenu.objects.get(locale__language_code="vi", handle="header")
        MenuItemFactory(menu=menu, page=self.tree.van_phuc)
        ReferenceIndex.create_or_update_for_object(menu)
        self.assertIs(urls_for_change(self.tree.van_phuc), EVERYTHING)

    def test_the_list_costs_a_fixed_number_of_queries(self):
        urls_for_change(self.tree.story)  # site root paths and content types, kept by Wagtail
        # Versions and aliases; references; parents' and referrers' translations
        # (one query with subqueries); for a village, the neighbours' coordinates.
        with self.assertNumQueries(3):
            urls_for_change(self.tree.story)
        with self.assertNumQueries(4):
            urls_for_change(self.tree.bat_trang)
        VillagePageFactory.create_batch(5, parent=self.tree.villages)
        with self.assertNumQueries(4):
            urls_for_change(self.tree.bat_trang)

    def test_only_the_sitemaps_of_the_languages_a_page_is_published_in_are_purged(self):
        # Vạn Phúc exists in Vietnamese only; Bát Tràng's Italian draft is in no sitemap.
        listed = paths(urls_for_change(self.tree.van_phuc))
        self.assertEqual(
            {path for path in listed if "sitemap" in path}, {"/sitemap.xml", "/sitemap-vi.xml"}
        )
        listed = paths(urls_for_change(self.tree.bat_trang))
        self.assertNotIn("/sitemap-it.xml", listed)
        # Just unpublished: its own language's sitemap listed it until now.
        english = self.tree.bat_trang.get_translation(Locale.objects.get(language_code="en"))
        english.unpublish()
        self.assertIn("/sitemap-en.xml", paths(urls_for_change(english)))

    def test_all_urls_lists_every_live_page_sitemap_and_feed(self):
        everything = paths(all_urls())
        self.assertIn("/ja/", everything)
        self.assertIn("/it/villages/", everything)  # an alias is served too
        self.assertNotIn("/it/villages/bat-trang/", everything)  # a draft is not
        self.assertIn("/sitemap.xml", everything)
        self.assertIn("/sitemap-ko.xml", everything)
        self.assertIn("/ko/feeds/events.atom", everything)
        self.assertLess(paths(urls_for_change(self.tree.bat_trang)), everything)
