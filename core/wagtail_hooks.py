from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button, ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import localize, translation_status
from .admin_views import (
    AltTextReportView,
    TranslationDashboardView,
    may_see_alt_report,
    may_see_dashboard,
)
from .i18n import default_locale, locale_by_id
from .models import NavigationMenu

# wagtail-localize's page action menu item (ConvertToAliasPageActionMenuItem.name).
CONVERT_TO_ALIAS = "localize-convert-to-alias"


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    menu_label = _("Menus")
    list_display = ["__str__", "locale"]


register_snippet(NavigationMenuViewSet)


# Before wagtail-localize's own hook, whatever order the hook modules load in.
@hooks.register("register_admin_urls", order=-1)
def register_localize_guards():
    """wagtail-localize's URLs that publish or translate, answered by core.localize first."""
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            localize.SubmitPageTranslationView.as_view(),
            name="localize_submit_page_translation_guarded",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            localize.UpdateTranslationsView.as_view(),
            name="localize_update_translations_guarded",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            localize.convert_to_alias,
            name="localize_convert_to_alias_guarded",
        ),
    ]


@hooks.register("register_admin_urls")
def register_translation_review():
    return [
        path(
            "localize/translation/<int:translation_id>/submit-for-review/",
            localize.submit_translation_for_review,
            name="core_submit_translation_for_review",
        )
    ]


# Before wagtail-localize's own before_edit_page, which publishes at once.
hooks.register("before_edit_page", localize.refuse_publish_without_alt, order=-1)


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias(menu_items, request, context):
    page = context.get("page")
    if page is not None and page.pk and not localize.may_publish(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != CONVERT_TO_ALIAS]


@hooks.register("insert_global_admin_js")
def length_counter_js():
    """Character counters for fields with a maxlength: Wagtail counts only in rich text."""
    return format_html(
        '<script src="{}" data-template="{}" defer></script>',
        static("editor/length-counter.js"),
        # Translators: counter under a text field in the admin, e.g. "42 / 300 characters".
        gettext("%(count)s / %(max)s characters"),
    )


@hooks.register("insert_global_admin_css")
def length_counter_css():
    return format_html('<link rel="stylesheet" href="{}">', static("editor/length-counter.css"))


@hooks.register("register_admin_urls")
def register_translation_dashboard():
    return [
        path(
            "reports/translations/",
            TranslationDashboardView.as_view(),
            name="core_translation_dashboard",
        )
    ]


@hooks.register("register_admin_urls")
def register_alt_text_report():
    return [path("reports/alt-text/", AltTextReportView.as_view(), name="core_alt_text_report")]


class AltTextReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_alt_report(request.user)


@hooks.register("register_reports_menu_item")
def register_alt_text_report_menu_item():
    return AltTextReportMenuItem(
        _("Images missing alt text"), reverse("core_alt_text_report"), icon_name="image", order=110
    )


class TranslationDashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_dashboard(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_dashboard_menu_item():
    return TranslationDashboardMenuItem(
        _("Translations"),
        reverse("core_translation_dashboard"),
        icon_name="wagtail-localize-language",
        order=100,
    )


@hooks.register("construct_reports_menu")
def one_translations_report(request, menu_items):
    """wagtail-localize's own "Translations" report steps aside for the dashboard above.

    Both read "Translations" ("Bản dịch") in the menu; the dashboard lists what
    is missing or stale as well as what exists. wagtail-localize's report stays
    at its URL for anyone who has it bookmarked.
    """
    localize_report = reverse("wagtail_localize:translations_report")
    menu_items[:] = [item for item in menu_items if item.url != localize_report]


@hooks.register("register_page_header_buttons")
def translation_state_header_button(page, user, view_name=None, next_url=None):
    """The translation's state from the dashboard, in its editor's header, with what to do next."""
    cell = translation_status.page_status(page) if page.pk else None
    if cell is None:
        return
    label = _("Translation: %(state)s") % {"state": cell.label}
    url = cell.sync_url if cell.state == translation_status.State.STALE else None
    language = locale_by_id(page.locale_id).language_code
    yield Button(
        label=label,
        url=url or f"{reverse('core_translation_dashboard')}?language={language}",
        icon_name="wagtail-localize-language",
        priority=5,
    )


@hooks.register("construct_explorer_page_queryset")
def annotate_needs_sync(parent_page, pages, request):
    return translation_status.with_needs_sync(pages)


@hooks.register("register_page_listing_buttons")
def needs_sync_listing_button(page, user, next_url=None):
    """ "Needs sync" on the explorer's rows whose source changed since the last sync."""
    if getattr(page, "needs_sync", False):
        query = f"state=stale&language={locale_by_id(page.locale_id).language_code}"
        if page.locale_id == default_locale().pk:
            query = "state=stale"  # the source: all its translations
        yield ListingButton(
            _("Needs sync"),
            f"{reverse('core_translation_dashboard')}?{query}",
            icon_name="resubmit",
            priority=5,
        )
