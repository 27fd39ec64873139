"""The review workflows that setup_roles makes, through the admin's own views.

A village editor's change and a translator's translation both wait for the
promotion office; the office approves (the page goes live) or requests changes
with a comment (nothing goes live, the author is told). Wagtail sends the
notifications. The same story runs in Chromium in tests/browser/test_workflow.py.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    TaskState,
    Workflow,
    WorkflowState,
)
from wagtail.test.utils import WagtailTestUtils
from wagtail_localize.models import StringTranslation, Translation

from accounts import roles
from tests.utils import create_vi_home, soup, translate_page
from villages.factories import VillageIndexPageFactory, VillagePageFactory


class WorkflowTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home(title="Làng nghề Hà Nội")
        cls.index = VillageIndexPageFactory(parent=cls.home)
        cls.village = VillagePageFactory(parent=cls.index, title="Bát Tràng", slug="bat-trang")
        for code in ("en", "fr"):
            translate_page(cls.home, code)
            translate_page(cls.index, code)
        cls.fr_village = translate_page(cls.village, "fr", {"Bát Tràng": "Bat Trang"})
        roles.setup_roles()
        cls.editor = cls.member("editor", roles.VILLAGE_EDITORS % {"village": "Bát Tràng"})
        cls.reviewer = cls.member("reviewer", roles.REVIEWERS)
        cls.translator = cls.member(
            "translator", roles.TRANSLATORS % {"language": roles.LANGUAGE_NAMES["fr"]}
        )

    @classmethod
    def member(cls, username, group_name):
        user = get_user_model().objects.create_user(
            username=username,
            email=f"{username}@example.org",
            password="x",  # noqa: S106
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    def submit(self, page, user, title):
        """The editor's "Submit for moderation": a new draft, then the page's workflow."""
        page.title = title
        page.save_revision(user=user)
        with self.captureOnCommitCallbacks(execute=True):
            page.get_workflow().start(page, user)
        return page.current_workflow_state

    def act(self, user, page, action, **data):
        task_state = page.current_workflow_state.current_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
        self.client.force_login(user)
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(url, data)


class SetupRolesTests(WorkflowTestCase):
    def test_a_second_run_changes_nothing(self):
        counts = (
            Group.objects.count(),
            GroupPagePermission.objects.count(),
            GroupCollectionPermission.objects.count(),
            Workflow.objects.count(),
        )
        self.assertEqual(roles.setup_roles().created, [])
        call_command("setup_roles", stdout=open("/dev/null", "w"))  # noqa: SIM115
        self.assertEqual(
            counts,
            (
                Group.objects.count(),
                GroupPagePermission.objects.count(),
                GroupCollectionPermission.objects.count(),
                Workflow.objects.count(),
            ),
        )

    def test_vietnamese_pages_go_through_content_review_and_translations_their_own(self):
        self.assertEqual(self.village.get_workflow().name, roles.CONTENT_WORKFLOW)
        self.assertEqual(self.fr_village.get_workflow().name, roles.TRANSLATION_WORKFLOW)

    def test_a_village_translated_later_is_given_to_its_editors_at_once(self):
        english = translate_page(self.village, "en", publish=False)
        self.assertTrue(english.permissions_for_user(self.editor).can_edit())
        self.assertFalse(english.permissions_for_user(self.editor).can_publish())

    def test_village_editors_add_only_to_their_own_collection(self):
        group = Group.objects.get(name=roles.VILLAGE_EDITORS % {"village": "Bát Tràng"})
        adding = GroupCollectionPermission.objects.filter(
            group=group, permission__codename="add_image"
        )
        self.assertEqual([perm.collection.name for perm in adding], ["Bát Tràng"])
        self.assertEqual(adding.get().collection.get_parent().name, roles.VILLAGES_COLLECTION)

    def test_demo_accounts_are_refused_outside_development(self):
        from django.core.management.base import CommandError

        with self.assertRaises(CommandError):
            call_command("ensure_demo_users", stdout=open("/dev/null", "w"))  # noqa: SIM115
        self.assertFalse(get_user_model().objects.filter(username="reviewer-demo").exists())


class ContentReviewTests(WorkflowTestCase):
    def test_the_editor_sees_submit_for_moderation_and_no_publish(self):
        self.client.force_login(self.editor)
        page = soup(self.client.get(reverse("wagtailadmin_pages:edit", args=[self.village.pk])))
        self.assertIsNotNone(page.select_one('[name="action-submit"]'))
        self.assertIsNone(page.select_one('[name="action-publish"]'))

    def test_the_reviewer_approves_and_the_public_page_changes(self):
        self.submit(self.village, self.editor, "Làng gốm Bát Tràng")
        self.assertIn(self.reviewer.email, [address for m in mail.outbox for address in m.to])
        self.assertEqual(self.client.get(self.village.url).status_code, 200)
        self.assertNotContains(self.client.get(self.village.url), "Làng gốm Bát Tràng")

        response = self.act(self.reviewer, self.village, "approve")
        self.assertEqual(response.status_code, 302)
        self.village.refresh_from_db()
        self.assertEqual(self.village.title, "Làng gốm Bát Tràng")
        self.assertFalse(self.village.has_unpublished_changes)
        self.client.logout()
        self.assertContains(self.client.get(self.village.url), "Làng gốm Bát Tràng")

    def test_the_reviewer_requests_changes_with_a_comment_and_nothing_goes_live(self):
        state = self.submit(self.village, self.editor, "Làng gốm Bát Tràng")
        mail.outbox.clear()
        comment = "Thiếu giờ mở cửa ngày lễ."
        self.act(self.reviewer, self.village, "reject", comment=comment)

        state.refresh_from_db()
        self.assertEqual(state.status, WorkflowState.STATUS_NEEDS_CHANGES)
        task_state = TaskState.objects.get(workflow_state=state)
        self.assertEqual(task_state.status, TaskState.STATUS_REJECTED)
        self.assertEqual(task_state.comment, comment)
        self.village.refresh_from_db()
        self.assertEqual(self.village.title, "Bát Tràng")
        # Wagtail tells the editor, comment included.
        to_editor = [m for m in mail.outbox if self.editor.email in m.to]
        self.assertTrue(to_editor)
        self.assertIn(comment, to_editor[0].body)

    def test_the_editor_cannot_approve_their_own_change(self):
        self.submit(self.village, self.editor, "Làng gốm Bát Tràng")
        response = self.act(self.editor, self.village, "approve")
        self.assertEqual(response.url, reverse("wagtailadmin_home"))
        self.village.refresh_from_db()
        self.assertEqual(self.village.title, "Bát Tràng")
        self.assertTrue(self.village.workflow_in_progress)


class TranslationReviewTests(WorkflowTestCase):
    def edit_translation(self, text):
        translation = Translation.objects.get(
            source__object_id=self.village.translation_key, target_locale__language_code="fr"
        )
        StringTranslation.objects.filter(locale=translation.target_locale, data="Bat Trang").update(
            data=text
        )
        return translation

    def test_the_translator_is_offered_submit_for_review_not_publish(self):
        self.client.force_login(self.translator)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.fr_village.pk]))
        self.assertEqual(response.status_code, 200)
        self.assertIsNotNone(soup(response).select_one("[data-translation-review]"))
        self.client.force_login(self.reviewer)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.fr_village.pk]))
        self.assertIsNone(soup(response).select_one("[data-translation-review]"))

    def test_a_translation_submitted_for_review_goes_live_when_approved(self):
        translation = self.edit_translation("Village de Bat Trang")
        url = reverse("core_submit_translation_for_review", args=[translation.pk])
        self.client.force_login(self.translator)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url)
        self.assertEqual(response.status_code, 302)
        self.fr_village.refresh_from_db()
        self.assertEqual(self.fr_village.title, "Bat Trang")  # still the live one
        self.assertTrue(self.fr_village.has_unpublished_changes)
        self.assertNotContains(self.client.get(self.fr_village.url), "Village de Bat Trang")
        state = self.fr_village.current_workflow_state
        self.assertEqual(state.workflow.name, roles.TRANSLATION_WORKFLOW)

        self.act(self.reviewer, self.fr_village, "approve")
        self.fr_village.refresh_from_db()
        self.assertEqual(self.fr_village.title, "Village de Bat Trang")
        self.assertTrue(self.fr_village.live)

    def test_a_translator_of_another_language_cannot_submit_it(self):
        translation = self.edit_translation("Village de Bat Trang")
        ja = Locale.objects.get_or_create(language_code="ja")[0]
        other = self.member("translator-ja", roles.TRANSLATORS % {"language": "Tiếng Nhật"})
        self.assertTrue(ja.pk)
        self.client.force_login(other)
        response = self.client.post(
            reverse("core_submit_translation_for_review", args=[translation.pk])
        )
        self.assertEqual(response.url, reverse("wagtailadmin_home"))
        self.fr_village.refresh_from_db()
        self.assertFalse(self.fr_village.workflow_in_progress)
