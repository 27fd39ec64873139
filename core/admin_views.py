"""The translation dashboard: source pages × languages, each cell a translation state.

Registered under /admin/ by wagtail_hooks.py (Wagtail asks for a signed-in user
with admin access first); only users who may add, edit or publish pages see it.
The states and links come from core.translation_status.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import translation_status as ts

EDIT_ACTIONS = {"add", "change", "publish"}


def may_see_dashboard(user):
    return PagePermissionPolicy().user_has_any_permission(user, EDIT_ACTIONS)


class BadFilter(Exception):
    """An unknown filter value in the query string, with the message to show."""


def page_types():
    """``{"app_label.model": model}`` of the page types on the dashboard."""
    return {model._meta.label_lower: model for model in ts.dashboard_models()}


def parse_filters(params, locales):
    """``(models, language codes, state)`` from the query string, or ``BadFilter``.

    Not ``Http404``: under /admin/ Django's locale middleware would turn a 404
    into a redirect to a public page.
    """
    page_type = params.get("type") or None
    types = page_types()
    if page_type is not None and page_type not in types:
        raise BadFilter(_("There is no page type called “%(value)s”.") % {"value": page_type[:40]})
    language = params.get("language") or None
    codes = [locale.language_code for locale in locales]
    if language is not None and language not in codes:
        raise BadFilter(_("There is no language called “%(value)s”.") % {"value": language[:40]})
    state = params.get("state") or None
    if state is not None and state not in ts.State.ALL:
        raise BadFilter(
            _("There is no translation state called “%(value)s”.") % {"value": state[:40]}
        )
    models = [types[page_type]] if page_type else None
    return models, [language] if language else codes, state


class TranslationDashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "core/admin/translation_dashboard.html"
    page_title = gettext_lazy("Translations")
    header_icon = "wagtail-localize-language"

    def get_breadcrumbs_items(self):
        return []

    def dispatch(self, request, *args, **kwargs):
        if not may_see_dashboard(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        context = self.get_context_data(**kwargs)
        locales = ts.target_locales()
        context.update(
            page_types={key: model._meta.verbose_name for key, model in page_types().items()},
            states=[(state, ts.State.LABELS[state]) for state in ts.State.ALL],
            all_locales=locales,
            selected=request.GET,
        )
        try:
            models, codes, state = parse_filters(request.GET, locales)
        except BadFilter as error:
            context.update(error=str(error), rows=[], locales=[], counts={})
            return self.render_to_response(context, status=400)
        locales = [locale for locale in locales if locale.language_code in codes]
        rows = ts.statuses(ts.source_pages(models), locales)
        totals = ts.counts(rows, locales)
        if state is not None:
            rows = [row for row in rows if any(c.state == state for c in row.cells.values())]
        context.update(
            rows=[(row, [row.cells[code] for code in codes]) for row in rows],
            locales=locales,
            counts=[
                (locale, [totals[locale.language_code][s] for s in ts.State.ALL])
                for locale in locales
            ],
        )
        return self.render_to_response(context)


def may_see_alt_report(user):
    return PagePermissionPolicy().user_has_any_permission(user, {"change"})


class AltTextReportView(WagtailAdminTemplateMixin, TemplateView):
    """Reports → Images missing alt text: pages × languages the user may edit (core/alt_text.py).

    Not Wagtail's ``ReportView``: that lists one queryset, and these rows come
    from every page type's hero, gallery and StreamField JSON together.
    """

    template_name = "core/admin/alt_text_report.html"
    page_title = gettext_lazy("Images missing alt text")
    header_icon = "image"

    def get_breadcrumbs_items(self):
        return []

    def dispatch(self, request, *args, **kwargs):
        if not may_see_alt_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        from wagtail.models import Locale

        from .alt_text import missing_alt_report, report_models
        from .i18n import language_codes

        context = self.get_context_data(**kwargs)
        types = {model._meta.label_lower: model for model in report_models()}
        order = language_codes()
        all_locales = sorted(
            (x for x in Locale.objects.all() if x.language_code in order),
            key=lambda x: order.index(x.language_code),
        )
        context.update(
            page_types={key: model._meta.verbose_name for key, model in types.items()},
            all_locales=all_locales,
            selected=request.GET,
        )
        page_type = request.GET.get("type") or None
        language = request.GET.get("language") or None
        error = None
        if page_type is not None and page_type not in types:
            error = _("There is no page type called “%(value)s”.") % {"value": page_type[:40]}
        elif language is not None and language not in {x.language_code for x in all_locales}:
            error = _("There is no language called “%(value)s”.") % {"value": language[:40]}
        if error:
            context.update(error=error, rows=[], counts=[])
            return self.render_to_response(context, status=400)
        locales = [x for x in all_locales if language in (None, x.language_code)]
        rows = missing_alt_report(request.user, locales, [types[page_type]] if page_type else None)
        counts = []
        for locale in locales:
            in_language = [row for row in rows if row.locale == locale]
            pictures = sum(len(row.missing) for row in in_language)
            counts.append((locale, len(in_language), pictures))
        context.update(rows=rows, counts=counts)
        return self.render_to_response(context)
