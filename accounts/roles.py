"""The editorial roles: who may do what, in which village and in which language.

One function sets them up (``setup_roles``, run by ``manage.py setup_roles``
and by ``load_demo``) with Wagtail's own permission models, so the admin's
Groups screen shows and edits exactly what this module made:

- a village editors group per village: add and change (never publish) on the
  village page in every language tree, and add, change and choose in the
  village's image and document collection;
- one reviewers group, the city's promotion office: add, change, publish,
  lock and unlock on every page of every language, everything in every
  collection;
- a translators group per language other than Vietnamese: add and change on
  that language's home page (so its whole tree), never on the Vietnamese
  tree, no publishing;
- two workflows with a group approval task for the reviewers: "Duyệt nội
  dung" on the Vietnamese home page, "Duyệt bản dịch" on every other
  language's home page.

Every step finds what exists first, so a second run changes nothing; names are
in Vietnamese, the language of the admin. docs/roles.md has the table.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from villages.models import VillagePage

SOURCE_LANGUAGE = "vi"

REVIEWERS = "Người duyệt nội dung"
VILLAGE_EDITORS = "Biên tập viên – %(village)s"
TRANSLATORS = "Biên dịch viên – %(language)s"
# The languages' names in Vietnamese, for the translators' group names.
LANGUAGE_NAMES = {
    "en": "Tiếng Anh",
    "fr": "Tiếng Pháp",
    "it": "Tiếng Ý",
    "ja": "Tiếng Nhật",
    "ko": "Tiếng Hàn",
}
VILLAGES_COLLECTION = "Làng nghề"

CONTENT_WORKFLOW = "Duyệt nội dung"
CONTENT_TASK = "Trung tâm Xúc tiến duyệt nội dung"
TRANSLATION_WORKFLOW = "Duyệt bản dịch"
TRANSLATION_TASK = "Trung tâm Xúc tiến duyệt bản dịch"

# Page permissions by role (Wagtail's codenames). No role gets bulk_delete:
# deleting a page with children stays with the superusers.
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
TRANSLATOR_PAGE_PERMISSIONS = ("add_page", "change_page")
REVIEWER_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")

EDITOR_COLLECTION_PERMISSIONS = (
    "add_image",
    "change_image",
    "choose_image",
    "add_document",
    "change_document",
    "choose_document",
)
# Everyone may pick any image or document (they are public once used), e.g.
# the shared illustrations; adding and changing stays in one's own collection.
CHOOSE_PERMISSIONS = ("choose_image", "choose_document")
REVIEWER_COLLECTION_PERMISSIONS = (
    *EDITOR_COLLECTION_PERMISSIONS,
    "delete_image",
    "delete_document",
)
# Global permissions: the admin itself, and (for whoever edits source pages)
# wagtail-localize's "Translate this page" and "Sync translated pages".
ACCESS_ADMIN = ("wagtailadmin", "access_admin")
SUBMIT_TRANSLATION = ("wagtail_localize", "submit_translation")
# Reports → Searches with no results (search/): what visitors looked for in vain.
VIEW_FRUITLESS_SEARCHES = ("search", "view_fruitlesssearch")


@dataclass
class Report:
    """What a run created (one line each), for the command's output."""

    created: list = field(default_factory=list)

    def add(self, line):
        self.created.append(line)


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permission(codename):
    return permission("wagtailcore", codename)


def collection_permission(codename):
    app_label = "wagtailimages" if codename.endswith("_image") else "wagtaildocs"
    return permission(app_label, codename)


def ensure_group(name, global_permissions, report):
    group, created = Group.objects.get_or_create(name=name)
    if created:
        report.add(f"group {name}")
    group.permissions.add(*(permission(*perm) for perm in global_permissions))
    return group


def grant_pages(group, pages, codenames, report):
    for page in pages:
        for codename in codenames:
            _perm, created = GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=page_permission(codename)
            )
            if created:
                report.add(f"{group.name}: {codename} on {page.title} ({page.locale_id})")


def grant_collection(group, collection, codenames, report):
    for codename in codenames:
        _perm, created = GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=collection_permission(codename)
        )
        if created:
            report.add(f"{group.name}: {codename} in {collection.name}")


def child_collection(parent, name, report):
    existing = parent.get_children().filter(name=name).first()
    if existing is not None:
        return existing
    report.add(f"collection {name}")
    return parent.add_child(instance=Collection(name=name))


def village_editors_name(village):
    return VILLAGE_EDITORS % {"village": village.title}


def village_collection(village, report):
    villages = child_collection(Collection.get_first_root_node(), VILLAGES_COLLECTION, report)
    return child_collection(villages, village.title, report)


def grant_village(village, report=None):
    """The village's editors group: its page in every language tree and its collection.

    ``village`` is the Vietnamese page; its translations (aliases included) get
    the same permissions, so a translation made later is covered as soon as
    this runs again (the ``copy_for_translation_done`` receiver does that).
    """
    report = report or Report()
    # The group that already edits this village, even if the village was renamed.
    existing = Group.objects.filter(
        name__startswith=VILLAGE_EDITORS.split("%")[0],
        page_permissions__page=village,
    ).first()
    name = existing.name if existing else village_editors_name(village)
    group = ensure_group(name, [ACCESS_ADMIN, SUBMIT_TRANSLATION], report)
    pages = village.get_translations(inclusive=True)
    grant_pages(group, pages, EDITOR_PAGE_PERMISSIONS, report)
    grant_collection(
        group, village_collection(village, report), EDITOR_COLLECTION_PERMISSIONS, report
    )
    grant_collection(group, Collection.get_first_root_node(), CHOOSE_PERMISSIONS, report)
    return group


def locale_homes():
    """The home page of each language tree (depth 2), by language code."""
    return {
        page.locale.language_code: page
        for page in Page.objects.filter(depth=2).select_related("locale")
    }


def ensure_reviewers(report):
    group = ensure_group(
        REVIEWERS, [ACCESS_ADMIN, SUBMIT_TRANSLATION, VIEW_FRUITLESS_SEARCHES], report
    )
    # On the root node: every language tree, present and future.
    grant_pages(group, [Page.get_first_root_node()], REVIEWER_PAGE_PERMISSIONS, report)
    grant_collection(
        group, Collection.get_first_root_node(), REVIEWER_COLLECTION_PERMISSIONS, report
    )
    return group


def ensure_translators(homes, report):
    groups = {}
    for code, language in LANGUAGE_NAMES.items():
        if not Locale.objects.filter(language_code=code).exists():
            continue
        group = ensure_group(TRANSLATORS % {"language": language}, [ACCESS_ADMIN], report)
        if code in homes:
            grant_pages(group, [homes[code]], TRANSLATOR_PAGE_PERMISSIONS, report)
        grant_collection(group, Collection.get_first_root_node(), CHOOSE_PERMISSIONS, report)
        groups[code] = group
    return groups


def ensure_workflow(name, task_name, reviewers, pages, report):
    workflow, created = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    if created:
        report.add(f"workflow {name}")
    if not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.filter(name=task_name).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=task_name)
            report.add(f"task {task_name}")
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for task in GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow):
        task.groups.add(reviewers)
    for page in pages:
        # One workflow per page; an office that chose another one keeps it.
        _link, created = WorkflowPage.objects.get_or_create(
            page=page, defaults={"workflow": workflow}
        )
        if created:
            report.add(f"workflow {name} on {page.title} ({page.locale_id})")
    return workflow


@transaction.atomic
def setup_roles():
    """Create (or complete) every group, collection and workflow above. Returns a Report."""
    report = Report()
    homes = locale_homes()
    reviewers = ensure_reviewers(report)
    ensure_translators(homes, report)
    villages = VillagePage.objects.filter(locale__language_code=SOURCE_LANGUAGE, alias_of=None)
    for village in villages.order_by("path"):
        grant_village(village, report)
    source_home = homes.get(SOURCE_LANGUAGE)
    if source_home is not None:
        ensure_workflow(CONTENT_WORKFLOW, CONTENT_TASK, reviewers, [source_home], report)
    translated_homes = [page for code, page in homes.items() if code != SOURCE_LANGUAGE]
    ensure_workflow(TRANSLATION_WORKFLOW, TRANSLATION_TASK, reviewers, translated_homes, report)
    return report


def village_translated(sender, source_obj, target_obj, **kwargs):
    """A new translation of a village page: give the village's editors its page too.

    Connected to Wagtail's ``copy_for_translation_done`` (wagtail-localize
    creates translations with ``copy_for_translation``). Only villages whose
    group already exists: a new village gets its group from ``setup_roles``.
    """
    if not isinstance(target_obj, Page) or target_obj.specific_class is not VillagePage:
        return
    source = (
        target_obj.get_translations(inclusive=True)
        .filter(locale__language_code=SOURCE_LANGUAGE)
        .first()
    )
    if (
        source is not None
        and GroupPagePermission.objects.filter(
            page=source, group__name__startswith=VILLAGE_EDITORS.split("%")[0]
        ).exists()
    ):
        grant_village(source)
