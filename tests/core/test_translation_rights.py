"""Nothing reaches the public through wagtail-localize without someone allowed to publish it.

- Submitting a page for translation creates a draft, not a live copy of the
  untranslated source (``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE``).
- The translation goes live when a user with publish rights publishes it.
- "Sync translated pages" with "Publish immediately", and "Convert to alias
  page" (which replaces a live translation with the source's live content),
  are hidden from and refused to users who may not publish the page.
"""

import json

from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils import WagtailTestUtils
from wagtail_localize.models import TranslationSource

from tests.utils import (
    create_vi_home,
    soup,
    translate_page,
    user_in,
)
from villages.factories import VillageIndexPageFactory, VillagePageFactory


class TranslationRightsTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.index = VillageIndexPageFactory(parent=cls.home)
        cls.village = VillagePageFactory(parent=cls.index, title="Bát Tràng", slug="bat-trang")
        cls.en = Locale.objects.get(language_code="en")
        # Wagtail's default groups: Editors add and edit, Moderators also publish.
        cls.editor = user_in("Editors", "editor")
        cls.moderator = user_in("Moderators", "moderator")

    def assert_refused(self, response):
        """Wagtail's admin answers a PermissionDenied with its home page and a message."""
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response.url, reverse("wagtailadmin_home"))

    def translated(self):
        return translate_page(self.village, "en", {"Bát Tràng": "Bat Trang"})


class SubmitForTranslationTests(TranslationRightsTestCase):
    def test_submitting_a_live_page_creates_a_draft_translation(self):
        self.client.force_login(self.moderator)
        url = reverse("wagtail_localize:submit_page_translation", args=[self.village.pk])
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, {"locales": [self.en.pk]})
        self.assertEqual(response.status_code, 302)
        english = self.village.get_translation(self.en)
        self.assertFalse(english.live)
        self.assertEqual(self.client.get(english.url).status_code, 404)

    def test_the_translation_goes_live_when_someone_who_may_publish_publishes_it(self):
        english = translate_page(self.village, "en", publish=False)
        self.assertFalse(english.live)
        edit_url = reverse("wagtailadmin_pages:edit", args=[english.pk])

        self.client.force_login(self.editor)
        self.assert_refused(self.client.post(edit_url, {"action": "publish"}))
        english.refresh_from_db()
        self.assertFalse(english.live)

        self.client.force_login(self.moderator)
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(edit_url, {"action": "publish"})
        english.refresh_from_db()
        self.assertTrue(english.live)


class SyncTranslationsTests(TranslationRightsTestCase):
    def setUp(self):
        self.english = self.translated()
        self.village.title = "Làng gốm Bát Tràng"
        self.village.save_revision().publish()
        source = TranslationSource.objects.get(object_id=self.village.translation_key)
        self.url = reverse("wagtail_localize:update_translations", args=[source.pk])

    def sync(self, user):
        self.client.force_login(user)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(self.url, {"publish_translations": "on"})
        self.assertEqual(response.status_code, 302)
        self.english.refresh_from_db()
        return self.english

    def test_an_editor_who_may_not_publish_is_not_offered_publish_immediately(self):
        self.client.force_login(self.editor)
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        self.assertIsNone(soup(response).select_one('input[name="publish_translations"]'))

    def test_an_editor_who_may_not_publish_syncs_without_publishing(self):
        english = self.sync(self.editor)
        self.assertEqual(english.title, "Bat Trang")
        self.assertTrue(english.live)

    def test_a_moderator_may_still_sync_and_publish_at_once(self):
        self.client.force_login(self.moderator)
        self.assertIsNotNone(
            soup(self.client.get(self.url)).select_one('input[name="publish_translations"]')
        )
        english = self.sync(self.moderator)
        self.assertEqual(english.title, "Làng gốm Bát Tràng")


class ConvertToAliasTests(TranslationRightsTestCase):
    def setUp(self):
        self.english = self.translated()
        self.edit_url = reverse("wagtailadmin_pages:edit", args=[self.english.pk])
        self.convert_url = reverse("wagtail_localize:convert_to_alias", args=[self.english.pk])

    def editor_links(self):
        props = soup(self.client.get(self.edit_url)).select_one(".js-translation-editor")
        return json.loads(props["data-props"])["links"]

    def test_an_editor_who_may_not_publish_is_not_offered_convert_to_alias(self):
        self.client.force_login(self.editor)
        self.assertIsNone(self.editor_links()["convertToAliasUrl"])

    def test_an_editor_who_may_not_publish_cannot_convert_a_live_translation(self):
        self.client.force_login(self.editor)
        self.assert_refused(self.client.post(self.convert_url))
        self.english.refresh_from_db()
        self.assertIsNone(self.english.alias_of_id)
        self.assertEqual(self.english.title, "Bat Trang")

    def test_a_moderator_is_offered_convert_to_alias_and_may_use_it(self):
        self.client.force_login(self.moderator)
        self.assertEqual(self.editor_links()["convertToAliasUrl"], self.convert_url)
        self.client.post(self.convert_url)
        self.english.refresh_from_db()
        self.assertEqual(self.english.alias_of_id, self.village.pk)
