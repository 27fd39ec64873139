"""What search never shows, the log of fruitless searches, and who may read it.

A small site built with the factories: public pages next to a private, a
draft, an unpublished, a sample and an alias page, each carrying a word of
its own so a leak shows in the HTML.
"""

from django.contrib.auth.models import Group, Permission
from django.test import override_settings
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from accounts.roles import REVIEWERS, setup_roles
from products.factories import ProducerPageFactory
from search import indexing
from search.models import FruitlessSearch, SearchEntry
from tests.utils import alias_page, create_vi_home, soup, translate_page, user_in
from villages.factories import VillageIndexPageFactory, VillagePageFactory

REPORT = "/admin/reports/searches-with-no-results/"


def result_urls(response):
    return [a["href"] for a in soup(response).select(".search-result__title a")]


class SearchPrivacyTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = create_vi_home()
        cls.index = VillageIndexPageFactory(parent=home)
        cls.public = VillagePageFactory(parent=cls.index, title="Làng gốm Công Khai", slug="open")
        cls.private = VillagePageFactory(parent=cls.index, title="Làng gốm Bí Mật", slug="secret")
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        cls.draft = VillagePageFactory(
            parent=cls.index, title="Làng gốm Bản Nháp", slug="draft", live=False
        )
        cls.gone = VillagePageFactory(parent=cls.index, title="Làng gốm Đã Gỡ", slug="gone")
        cls.gone.unpublish()
        cls.sample = ProducerPageFactory(
            parent=cls.public, title="Xưởng gốm Mẫu Thử", slug="sample", is_sample=True
        )
        cls.alias = alias_page(cls.public, "fr")

    def test_only_public_pages_are_found(self):
        response = self.client.get("/vi/search/?q=gom")
        self.assertEqual(response.status_code, 200)
        urls = result_urls(response)
        self.assertIn(self.public.url, urls)
        self.assertIn(self.sample.url, urls)  # samples are shown in tests (settings)
        text = response.content.decode()
        for word in ("Bí Mật", "Bản Nháp", "Đã Gỡ"):
            with self.subTest(word=word):
                self.assertNotIn(word, text)

    def test_an_alias_is_never_a_result_its_source_is_the_fallback(self):
        self.assertFalse(SearchEntry.objects.filter(page=self.alias).exists())
        response = self.client.get("/fr/search/?q=cong+khai")
        urls = result_urls(response)
        self.assertEqual(urls, [self.public.url])
        self.assertNotIn(self.alias.url, response.content.decode())
        self.assertEqual(soup(response).select_one(".search-result")["lang"], "vi")

    @override_settings(SHOW_SAMPLE_CONTENT=False)
    def test_samples_are_not_found_when_the_site_hides_them(self):
        response = self.client.get("/vi/search/?q=mau+thu")
        self.assertEqual(result_urls(response), [])
        self.assertNotIn("Mẫu Thử", response.content.decode())

    def test_a_restriction_added_later_hides_the_page_at_once(self):
        PageViewRestriction.objects.create(
            page=self.public, restriction_type=PageViewRestriction.LOGIN
        )
        response = self.client.get("/vi/search/?q=cong+khai")
        self.assertEqual(result_urls(response), [])

    def test_publishing_and_unpublishing_keep_the_index_current(self):
        self.draft.save_revision().publish()
        self.assertIn(self.draft.url, result_urls(self.client.get("/vi/search/?q=ban+nhap")))
        self.draft.refresh_from_db()
        self.draft.unpublish()
        self.assertEqual(result_urls(self.client.get("/vi/search/?q=ban+nhap")), [])

    def test_a_translation_is_found_by_its_vietnamese_title(self):
        english = translate_page(self.public, "en", {"Làng gốm Công Khai": "Open pottery"})
        response = self.client.get("/en/search/?q=cong+khai")
        self.assertEqual(result_urls(response), [english.url])
        self.assertNotIn("hreflang", str(soup(response).select_one(".search-result__title")))

    def test_a_rebuild_gives_the_same_rows(self):
        before = set(SearchEntry.objects.values_list("page_id", "document"))
        self.assertEqual(indexing.rebuild(), len(before))
        self.assertEqual(set(SearchEntry.objects.values_list("page_id", "document")), before)


class FruitlessSearchTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = create_vi_home()
        VillagePageFactory(parent=VillageIndexPageFactory(parent=home), title="Bát Tràng")

    def test_a_search_that_finds_nothing_is_counted_per_language(self):
        for path in ("/vi/search/?q=Đông+Hồ", "/vi/search/?q=dong+ho", "/en/search/?q=dong+ho"):
            self.assertEqual(self.client.get(path).status_code, 200)
        logged = dict(FruitlessSearch.objects.values_list("language", "count"))
        self.assertEqual(logged, {"vi": 2, "en": 1})
        self.assertEqual(set(FruitlessSearch.objects.values_list("query", flat=True)), {"dong ho"})

    def test_empty_found_and_punctuation_only_searches_are_not_logged(self):
        for query in ("", "   ", "bat trang", '"*()', "🏺"):
            self.client.get("/vi/search/", {"q": query})
        self.assertFalse(FruitlessSearch.objects.exists())

    def test_logged_queries_are_bounded(self):
        self.client.get("/vi/search/", {"q": "xyz " * 200})
        self.assertLessEqual(len(FruitlessSearch.objects.get().query), 100)

    def test_the_promotion_office_and_superusers_read_the_report(self):
        FruitlessSearch.objects.create(language="ja", query="dong ho", count=3)
        FruitlessSearch.objects.create(language="vi", query="lang chuong", count=9)
        setup_roles()
        reviewer = user_in(REVIEWERS, "reviewer")
        self.client.force_login(reviewer)
        response = self.client.get(REPORT, {"language": "ja"})
        self.assertEqual(response.status_code, 200)
        rows = [row.select("td")[0].get_text() for row in soup(response).select("tbody tr")]
        self.assertEqual(rows, ["dong ho"])
        self.login()
        response = self.client.get(REPORT, {"order": "frequent"})
        rows = [row.select("td")[0].get_text() for row in soup(response).select("tbody tr")]
        self.assertEqual(rows, ["lang chuong", "dong ho"])
        self.assertEqual(self.client.get(REPORT, {"language": "xx"}).status_code, 400)

    def test_other_editors_may_not_read_the_report(self):
        editor = user_in("Editors", "editor")
        self.client.force_login(editor)
        response = self.client.get(REPORT)
        self.assertNotEqual(response.status_code, 200)
        self.assertFalse(editor.has_perm("search.view_fruitlesssearch"))

    def test_the_permission_is_granted_to_the_reviewers_group(self):
        setup_roles()
        permission = Permission.objects.get(codename="view_fruitlesssearch")
        self.assertIn(permission, Group.objects.get(name=REVIEWERS).permissions.all())


class IndexedUrlTests(WagtailPageTestCase):
    def test_a_new_languages_home_page_is_indexed_with_its_url(self):
        # Indexing runs in post_save, before Wagtail refreshes its cached site
        # roots: the new English home (a site root) must still get "/en/", and
        # the instance its creator holds must keep answering its own URL.
        home = create_vi_home()
        VillageIndexPageFactory(parent=home)
        self.assertEqual(SearchEntry.objects.get(page=home).url, "/vi/")
        english = translate_page(home, "en", {})
        self.assertEqual(SearchEntry.objects.get(page=english).url, "/en/")
        self.assertEqual(english.url, "/en/")
