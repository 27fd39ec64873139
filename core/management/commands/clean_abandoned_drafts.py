"""Delete new pages that were never published and have been left alone for weeks.

Wagtail's autosave saves a new page as soon as an editor starts typing, so a
page an editor opened and walked away from stays in the tree as a draft. This
command removes only pages that nobody can be relying on: never published,
not an alias, no children, not a translation (a translator's draft in another
language shares its translation key with a page in the source language), no
workflow in progress, and no edit for ``--days`` days. Run it daily from the
scheduler (docs/editors.md); ``--dry-run`` lists what it would delete.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db.models import Count
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page, WorkflowState


def abandoned_drafts(days):
    """The pages this command deletes, oldest first."""
    cutoff = timezone.now() - timedelta(days=days)
    shared_keys = (
        Page.objects.values("translation_key")
        .annotate(versions=Count("id"))
        .filter(versions__gt=1)
        .values("translation_key")
    )
    in_workflow = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).values_list(
        "object_id", flat=True
    )
    candidates = (
        Page.objects.filter(
            depth__gt=2,
            live=False,
            first_published_at__isnull=True,
            alias_of__isnull=True,
            numchild=0,
        )
        .filter(latest_revision_created_at__lt=cutoff)
        .exclude(translation_key__in=shared_keys)
        .order_by("latest_revision_created_at")
    )
    busy = {int(object_id) for object_id in in_workflow if str(object_id).isdigit()}
    return [page for page in candidates if page.pk not in busy]


class Command(BaseCommand):
    help = "Delete new pages never published and untouched for --days days (autosave leftovers)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=14)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, days, dry_run, **options):
        pages = abandoned_drafts(days)
        for page in pages:
            self.stdout.write(
                f"{'would delete' if dry_run else 'deleted'} {page.url_path} ({page.pk})"
            )
            if not dry_run:
                log(instance=page, action="wagtail.delete")
                page.delete()
        self.stdout.write(f"{len(pages)} abandoned draft(s)")
