from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import localize
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
    """wagtail-localize's URLs that publish, answered by core.localize first (same paths)."""
    return [
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
        static("admin/length-counter.js"),
        # Translators: counter under a text field in the admin, e.g. "42 / 300 characters".
        gettext("%(count)s / %(max)s characters"),
    )


@hooks.register("insert_global_admin_css")
def length_counter_css():
    return format_html('<link rel="stylesheet" href="{}">', static("admin/length-counter.css"))
