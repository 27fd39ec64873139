"""The glossary in the admin, its downloads, and machine translation that never 500s."""

import logging

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.views.edit_translation import apply_machine_translation

from core.text import fold_vietnamese

from .exports import glossary_csv, glossary_tbx
from .machine_translation import MachineTranslationError
from .models import Term

logger = logging.getLogger(__name__)


class TranslationsColumn(Column):
    """The approved translations of a term, "en: pottery · fr: céramique · …"."""

    def get_value(self, instance):
        return " · ".join(
            f"{translation.locale.language_code}: {translation.text}"
            for translation in instance.translations.all()
        )


class TermIndexView(IndexView):
    """The term list; its search folds accents and đ, so "gom" finds "gốm"."""

    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("translations__locale")

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        folded = fold_vietnamese(self.search_query).lower()
        return queryset.filter(Q(search_text__icontains=folded))

    @property
    def header_buttons(self):
        return [
            HeaderButton(
                _("Download CSV"),
                url=reverse("glossary_export", args=["csv"]),
                icon_name="download",
                priority=10,
            ),
            HeaderButton(
                _("Download TBX"),
                url=reverse("glossary_export", args=["tbx"]),
                icon_name="download",
                priority=20,
            ),
        ]


class GlossaryViewSet(ModelViewSet):
    model = Term
    index_view_class = TermIndexView
    icon = "doc-full"
    menu_label = _("Glossary")
    # Fixed: Wagtail otherwise slugs the label in the language the menu is first built in.
    menu_name = "glossary"
    menu_order = 290
    add_to_admin_menu = True
    list_display = [
        "term",
        TranslationsColumn("translations", label=_("Approved translations")),
        "kind",
        BooleanColumn("do_not_translate", label=_("Do not translate")),
    ]
    list_filter = ["kind", "do_not_translate"]
    search_fields = ["search_text"]
    ordering = ["term"]
    inspect_view_enabled = False


glossary_viewset = GlossaryViewSet("glossary")

EXPORTS = {
    "csv": (glossary_csv, "text/csv; charset=utf-8", "glossary.csv"),
    "tbx": (glossary_tbx, "application/x-tbx+xml; charset=utf-8", "glossary.tbx"),
}


def export(request, fmt):
    """The whole glossary as a download, for anyone who may see it in the admin."""
    if not ModelPermissionPolicy(Term).user_has_any_permission(
        request.user, ["view", "change", "add"]
    ):
        raise PermissionDenied
    if fmt not in EXPORTS:
        raise Http404
    build, content_type, filename = EXPORTS[fmt]
    response = HttpResponse(build(), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def admin_urls():
    return [path("glossary/export/<str:fmt>/", export, name="glossary_export")]


def machine_strings(translation):
    """How many of ``translation``'s segments have a machine translation."""
    segments = StringSegment.objects.filter(source=translation.source)
    return StringTranslation.objects.filter(
        locale=translation.target_locale,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        translation_of__in=segments.values("string"),
        context__in=segments.values("context"),
    ).count()


@require_POST
def machine_translate(request, translation_id):
    """wagtail-localize's machine-translate view, with its failures turned into messages.

    Answers at wagtail-localize's own URL (glossary/wagtail_hooks.py). The
    provider is called before anything is written, so a failure leaves every
    saved translation as it was; the editor is sent back with a message.
    """
    translator = get_machine_translator()
    if translator is None:
        raise Http404
    translation = get_object_or_404(Translation, pk=translation_id)
    next_url = get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
    name = translator.display_name
    before = machine_strings(translation)
    try:
        anything_to_do = apply_machine_translation(translation.pk, request.user, translator)
    except (PermissionDenied, Http404):
        raise
    except MachineTranslationError as error:
        messages.error(
            request,
            _(
                "Machine translation failed: %(reason)s Nothing was changed; your "
                "translations are kept."
            )
            % {"reason": error.message},
        )
        return redirect(next_url)
    except Exception:
        logger.exception("Machine translation with %s failed", name)
        messages.error(
            request,
            _(
                "Machine translation with %(name)s failed. Nothing was changed; your "
                "translations are kept. Try again later or translate by hand."
            )
            % {"name": name},
        )
        return redirect(next_url)
    filled = machine_strings(translation) - before
    if not anything_to_do:
        messages.warning(request, _("Every segment already has a translation."))
    elif filled:
        messages.success(
            request,
            ngettext(
                "%(count)s segment translated with %(name)s. It stays marked as a machine "
                "translation until someone reviews it.",
                "%(count)s segments translated with %(name)s. They stay marked as machine "
                "translations until someone reviews them.",
                filled,
            )
            % {"count": filled, "name": name},
        )
    else:
        messages.warning(
            request,
            _("%(name)s had nothing for the remaining segments: they are left for you.")
            % {"name": name},
        )
    return redirect(next_url)
