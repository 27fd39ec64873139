"""The translation dashboard: every state, counts, filters, links, rights and flat queries."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupApprovalTask, Locale, Workflow, WorkflowTask
from wagtail.test.utils import WagtailTestUtils
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, TranslationSource

from core import translation_status as ts
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.utils import alias_page, create_vi_home, soup, translate_page, user_in
from villages.factories import VillageIndexPageFactory, VillagePageFactory

URL = reverse("core_translation_dashboard")


class DashboardTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.index = VillageIndexPageFactory(parent=cls.home)
        cls.village = VillagePageFactory(parent=cls.index, title="Bát Tràng", slug="bat-trang")
        cls.en = Locale.objects.get(language_code="en")
        cls.moderator = user_in("Moderators", "moderator")

    def state(self, language="en", page=None):
        page = ts.source_pages().get(pk=(page or self.village).pk)  # as the dashboard reads it
        (row,) = ts.statuses([page], [Locale.objects.get(language_code=language)])
        return row.cells[language]

    def cells(self, response):
        """``{(title, column index): data-state}`` from the rendered table."""
        table = soup(response).select_one("table.translation-dashboard")
        result = {}
        for tr in table.select("tbody tr"):
            title = tr.select_one("td a").get_text(strip=True)
            for i, td in enumerate(tr.select("td.translation-dashboard__cell")):
                result[title, i] = td
        return result


class StateTests(DashboardTestCase):
    def test_without_a_page_in_the_locale_the_translation_is_missing(self):
        self.assertEqual(self.state().state, ts.State.MISSING)

    def test_an_alias_is_missing(self):
        alias_page(self.village, "en")
        self.assertEqual(self.state().state, ts.State.MISSING)

    def test_an_unpublished_translation_is_a_draft(self):
        translate_page(self.village, "en", publish=False)
        self.assertEqual(self.state().state, ts.State.DRAFT)

    def test_a_published_translation_is_live(self):
        translate_page(self.village, "en")
        self.assertEqual(self.state().state, ts.State.LIVE)

    def test_a_translation_in_a_workflow_is_in_review(self):
        english = translate_page(self.village, "en", publish=False)
        workflow = Workflow.objects.create(name="Review")
        task = GroupApprovalTask.objects.create(name="Moderators")
        task.groups.add(Group.objects.get(name="Moderators"))
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        workflow.start(english, self.moderator)
        self.assertEqual(self.state().state, ts.State.IN_REVIEW)

    def test_machine_strings_not_published_since_are_machine_translated(self):
        english = translate_page(self.village, "en")
        StringTranslation.objects.filter(locale=self.en).update(
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
            updated_at=timezone.now(),
        )
        self.assertEqual(self.state().state, ts.State.MACHINE)
        # Publishing the translation is the reviewer's approval.
        english.save_revision().publish()
        self.assertEqual(self.state().state, ts.State.LIVE)

    def test_a_source_republished_without_sync_is_stale_until_synced(self):
        english = translate_page(self.village, "en")
        self.village.title = "Làng gốm Bát Tràng"
        self.village.save_revision().publish()
        cell = self.state()
        self.assertEqual(cell.state, ts.State.STALE)
        self.assertEqual(cell.page_id, english.pk)

        self.client.force_login(self.moderator)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(cell.sync_url, {"publish_translations": "on"})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.state().state, ts.State.LIVE)


class DashboardViewTests(DashboardTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.other = VillagePageFactory(parent=cls.index, title="Vạn Phúc", slug="van-phuc")
        story_index = StoryIndexPageFactory(parent=cls.home)
        cls.story = StoryPageFactory(parent=story_index, title="Chuyện gốm", slug="chuyen-gom")
        cls.english = translate_page(cls.village, "en")
        cls.french = translate_page(cls.village, "fr", publish=False)

    def setUp(self):
        self.client.force_login(self.moderator)

    def test_counts_per_language(self):
        response = self.client.get(URL)
        self.assertEqual(response.status_code, 200)
        row = soup(response).select_one('.translation-dashboard__counts tr[data-language="en"]')
        numbers = [int(td.get_text()) for td in row.select("td")]
        self.assertEqual(dict(zip(ts.State.ALL, numbers, strict=True))["live"], 1)
        self.assertEqual(dict(zip(ts.State.ALL, numbers, strict=True))["missing"], 2)
        row = soup(response).select_one('.translation-dashboard__counts tr[data-language="fr"]')
        numbers = dict(
            zip(ts.State.ALL, [int(td.get_text()) for td in row.select("td")], strict=True)
        )
        self.assertEqual(numbers["draft"], 1)
        self.assertEqual(numbers["missing"], 2)

    def test_links_create_edit_and_sync(self):
        self.village.save_revision().publish()  # the English translation is now stale
        response = self.client.get(URL, {"language": "en"})
        cells = self.cells(response)
        stale = cells["Bát Tràng", 0]
        self.assertEqual(stale["data-state"], "stale")
        links = [a["href"] for a in stale.select("a")]
        source = TranslationSource.objects.get(object_id=self.village.translation_key)
        self.assertIn(reverse("wagtailadmin_pages:edit", args=[self.english.pk]), links)
        self.assertIn(reverse("wagtail_localize:update_translations", args=[source.pk]), links)
        missing = cells["Vạn Phúc", 0]
        self.assertEqual(missing["data-state"], "missing")
        self.assertEqual(
            [a["href"] for a in missing.select("a")],
            [reverse("wagtail_localize:submit_page_translation", args=[self.other.pk])],
        )

    def test_filters_by_page_type_language_and_state(self):
        response = self.client.get(URL, {"type": "stories.storypage"})
        self.assertEqual({title for title, _i in self.cells(response)}, {"Chuyện gốm"})
        response = self.client.get(URL, {"language": "fr"})
        self.assertEqual(
            [
                th.get_text(strip=True)
                for th in soup(response).select("table.translation-dashboard th")
            ][2:],
            [self.french.locale.get_display_name()],
        )
        response = self.client.get(URL, {"state": "draft"})
        self.assertEqual({title for title, _i in self.cells(response)}, {"Bát Tràng"})

    def test_bad_filter_values_are_a_clear_400(self):
        for params in ({"type": "home.homepage"}, {"language": "xx"}, {"state": "<b>nope"}):
            with self.subTest(params=params):
                response = self.client.get(URL, params)
                self.assertEqual(response.status_code, 400)
                self.assertContains(response, "help-critical", status_code=400)
                self.assertNotContains(response, "<b>nope", status_code=400)

    def test_shown_in_vietnamese(self):
        profile = UserProfile.get_for_user(self.moderator)
        profile.preferred_language = "vi"
        profile.save()
        response = self.client.get(URL)
        self.assertContains(response, "Cần đồng bộ")


class PermissionTests(DashboardTestCase):
    def test_a_user_who_may_edit_pages_sees_the_menu_item_and_the_view(self):
        editor = user_in("Editors", "editor")
        self.client.force_login(editor)
        self.assertEqual(self.client.get(URL).status_code, 200)
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), URL)

    def test_the_reports_menu_has_one_translations_item(self):
        self.client.force_login(self.moderator)
        home = self.client.get(reverse("wagtailadmin_home")).content.decode()
        self.assertIn(URL, home)
        self.assertNotIn(reverse("wagtail_localize:translations_report"), home)

    def test_an_admin_user_without_page_rights_is_refused(self):
        user = get_user_model().objects.create_user(username="clerk", password="x")  # noqa: S106
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        self.client.force_login(user)
        response = self.client.get(URL)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response.url, reverse("wagtailadmin_home"))
        self.assertNotContains(self.client.get(reverse("wagtailadmin_home")), URL)

    def test_anonymous_users_are_sent_to_the_login(self):
        response = self.client.get(URL)
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("wagtailadmin_login"), response.url)


class QueryCountTests(DashboardTestCase):
    def add_pages(self, start, n):
        for i in range(start, start + n):
            page = VillagePageFactory(parent=self.index, title=f"Làng {i}", slug=f"lang-{i}")
            translate_page(page, "en", publish=bool(i % 2))

    def count(self):
        pages = ts.source_pages()
        locales = ts.target_locales()
        with self.assertNumQueries(5):  # pages, translations, sources, workflows, machine
            ts.statuses(pages, locales)

    def test_the_number_of_queries_does_not_grow_with_the_pages(self):
        self.add_pages(0, 3)
        self.count()
        self.add_pages(3, 3)
        self.count()


class EditorAndExplorerTests(DashboardTestCase):
    def setUp(self):
        self.english = translate_page(self.village, "en")
        self.client.force_login(self.moderator)

    def explorer(self, page):
        return self.client.get(reverse("wagtailadmin_explore", args=[page.get_parent().pk]))

    def test_the_edit_screen_shows_the_translations_state(self):
        edit_url = reverse("wagtailadmin_pages:edit", args=[self.english.pk])
        self.assertContains(self.client.get(edit_url), "Translation: Live")
        self.village.save_revision().publish()
        response = self.client.get(edit_url)
        self.assertContains(response, "Translation: Needs sync")
        source = TranslationSource.objects.get(object_id=self.village.translation_key)
        self.assertContains(
            response, reverse("wagtail_localize:update_translations", args=[source.pk])
        )

    def test_the_source_edit_screen_shows_no_translation_state(self):
        edit_url = reverse("wagtailadmin_pages:edit", args=[self.village.pk])
        self.assertNotContains(self.client.get(edit_url), "Translation: ")

    def test_the_explorer_marks_pages_that_need_sync(self):
        self.assertNotContains(self.explorer(self.english), "Needs sync")
        self.village.save_revision().publish()
        self.assertContains(self.explorer(self.english), "Needs sync")
        self.assertContains(self.explorer(self.village), "Needs sync")

    def test_the_explorer_annotation_adds_no_query_per_row(self):
        for i in range(3):
            page = VillagePageFactory(parent=self.index, title=f"Làng {i}", slug=f"lang-{i}")
            translate_page(page, "en")
        with self.assertNumQueries(1):
            flags = list(
                ts.with_needs_sync(self.index.get_children()).values_list("needs_sync", flat=True)
            )
        self.assertEqual(flags, [False] * 4)
