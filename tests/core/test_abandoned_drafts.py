"""Autosaved new pages that nobody came back to are cleaned up; nothing anyone relies on is."""

from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone
from wagtail.models import Page

from tests.utils import create_vi_home, translate_page
from villages.factories import VillageIndexPageFactory, VillagePageFactory


def draft(parent, slug, age_days):
    page = VillagePageFactory(parent=parent, slug=slug, live=False)
    page.first_published_at = None
    page.save_revision()
    Page.objects.filter(pk=page.pk).update(
        live=False,
        first_published_at=None,
        last_published_at=None,
        latest_revision_created_at=timezone.now() - timedelta(days=age_days),
    )
    return page


class AbandonedDraftTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.index = VillageIndexPageFactory(parent=cls.home)
        cls.old = draft(cls.index, "bo-do", age_days=30)
        cls.recent = draft(cls.index, "dang-viet", age_days=2)
        cls.published = VillagePageFactory(parent=cls.index, slug="bat-trang")
        cls.translated_source = VillagePageFactory(parent=cls.index, slug="van-phuc")
        cls.translation_draft = translate_page(cls.translated_source, "en", publish=False)
        Page.objects.filter(pk=cls.translation_draft.pk).update(
            latest_revision_created_at=timezone.now() - timedelta(days=60)
        )

    def run_command(self, *arguments):
        out = StringIO()
        call_command("clean_abandoned_drafts", *arguments, stdout=out)
        return out.getvalue()

    def test_only_old_never_published_untranslated_drafts_are_deleted(self):
        output = self.run_command("--days", "14")
        remaining = set(Page.objects.values_list("pk", flat=True))
        self.assertNotIn(self.old.pk, remaining)
        for kept in (self.recent, self.published, self.translated_source, self.translation_draft):
            self.assertIn(kept.pk, remaining)
        self.assertIn("1 abandoned draft(s)", output)

    def test_dry_run_deletes_nothing(self):
        output = self.run_command("--dry-run")
        self.assertIn(f"would delete {self.old.url_path}", output)
        self.assertTrue(Page.objects.filter(pk=self.old.pk).exists())
