"""A translation never goes live with a picture its Vietnamese page does not describe.

The translated alt texts are translations of the source's: where the source
has none, neither has the translation. Each route that would put such a
translation live refuses it with a translated message and keeps everything:
the translation editor's "Publish", "Submit translation for review" and
"Sync translated pages" with "Publish immediately". Once the source is
described, the same routes work (core/localize.py).
"""

from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from core.factories import ImageFactory

from .test_moderation_workflow import WorkflowTestCase


class TranslationAltTextTests(WorkflowTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.image = ImageFactory()
        # A source page that predates the alt-text rule: live, hero picture, no description.
        cls.village.hero_image = cls.image
        cls.village.hero_alt = ""
        cls.village.save_revision().publish()
        TranslationSource.update_or_create_from_instance(cls.village)
        cls.translation = Translation.objects.get(
            source__object_id=cls.village.translation_key, target_locale__language_code="fr"
        )
        cls.admin = get_user_model().objects.create_superuser(
            username="office",
            email="office@example.org",
            password="x",  # noqa: S106
        )

    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.fr_village.pk])

    def message_texts(self, response):
        return [str(message) for message in get_messages(response.wsgi_request)]

    def describe_source(self):
        self.village.hero_alt = "Bình gốm men lam trên kệ gỗ"
        self.village.save_revision().publish()
        TranslationSource.update_or_create_from_instance(self.village)

    def test_publishing_in_the_translation_editor_is_refused_and_says_why(self):
        self.client.force_login(self.admin)
        with translation.override("en"):
            response = self.client.post(self.edit_url(), {"action": "publish"}, follow=True)
        self.assertRedirects(response, self.edit_url())
        (text,) = [t for t in self.message_texts(response) if "description" in t]
        self.assertIn("1 picture of the Vietnamese page has no description", text)
        self.assertIn("Hero picture", text)
        self.fr_village.refresh_from_db()
        self.assertIsNone(self.fr_village.hero_image_id)  # nothing of the source went live

    def test_the_refusal_is_in_the_editors_language(self):
        profile = UserProfile.get_for_user(self.admin)
        profile.preferred_language = "vi"
        profile.save()
        self.client.force_login(self.admin)
        response = self.client.post(self.edit_url(), {"action": "publish"}, follow=True)
        texts = self.message_texts(response)
        self.assertTrue(any("chưa có mô tả (Ảnh đầu trang)" in t for t in texts), texts)

    def test_publishing_works_once_the_source_describes_its_pictures(self):
        self.describe_source()
        self.client.force_login(self.admin)
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(self.edit_url(), {"action": "publish"})
        self.fr_village.refresh_from_db()
        self.assertEqual(self.fr_village.hero_image_id, self.image.pk)
        self.assertEqual(self.fr_village.hero_alt, "Bình gốm men lam trên kệ gỗ")

    def test_submitting_the_translation_for_review_is_refused(self):
        url = reverse("core_submit_translation_for_review", args=[self.translation.pk])
        self.client.force_login(self.translator)
        with translation.override("en"):
            response = self.client.post(url, follow=True)
        self.assertTrue(any("no description" in t for t in self.message_texts(response)))
        self.fr_village.refresh_from_db()
        self.assertIsNone(self.fr_village.current_workflow_state)
        self.assertFalse(self.fr_village.has_unpublished_changes)

    def test_sync_with_publish_immediately_is_refused_and_the_form_comes_back(self):
        source = self.translation.source
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        self.client.force_login(self.admin)
        with translation.override("en"):
            response = self.client.post(url, {"publish_translations": "on"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "no description")
        self.fr_village.refresh_from_db()
        self.assertIsNone(self.fr_village.hero_image_id)

    def test_sync_without_publishing_still_works(self):
        source = self.translation.source
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        self.client.force_login(self.admin)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, {})
        self.assertEqual(response.status_code, 302)
