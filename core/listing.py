"""Helpers shared by the index pages: pagination and untranslated items."""

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.utils.translation import gettext as _

from .i18n import language_codes
from .privacy import visible


def paginate(queryset, request, per_page):
    """The requested page of results; a bad ``?page=`` is a 404, never a 500."""
    paginator = Paginator(queryset, per_page)
    raw = request.GET.get("page", "1")
    try:
        return paginator.page(raw)
    except (PageNotAnInteger, EmptyPage) as error:
        raise Http404(
            _("There is no page “%(page)s” in this list.") % {"page": str(raw)[:20]}
        ) from error


def preferred_fallback_languages(current):
    """Languages to offer a reader when a page is not in ``current``: English first."""
    order = [settings.FALLBACK_LANGUAGE_CODE, settings.LANGUAGE_CODE, *language_codes()]
    seen = []
    for code in order:
        if code != current and code not in seen:
            seen.append(code)
    return seen


def untranslated_pages(model, locale, present_keys):
    """Live pages of ``model`` that have no real translation in ``locale``.

    For each, the version in the reader's best fallback language (English
    first, then Vietnamese), so an index can say "also in English" instead of
    hiding them or showing them as if they were translated.
    """
    candidates = (
        visible(model.objects.all())
        .exclude(locale=locale)
        .exclude(translation_key__in=present_keys)
        .select_related("locale")
        .defer_streamfields()
        .order_by("title")
    )
    order = {
        code: rank for rank, code in enumerate(preferred_fallback_languages(locale.language_code))
    }
    best = {}
    for page in candidates:
        code = page.locale.language_code
        current = best.get(page.translation_key)
        if current is None or order.get(code, 99) < order.get(current.locale.language_code, 99):
            best[page.translation_key] = page
    return sorted(best.values(), key=lambda page: page.title)
