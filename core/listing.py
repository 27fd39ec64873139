"""Helpers shared by the index pages: pagination and untranslated items."""

from operator import itemgetter

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.utils.translation import gettext as _

from .i18n import best_versions


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


def paginate_marked(queryset, request, per_page, locale):
    """``paginate``, with the shown page's items marked by ``mark_languages``."""
    page = paginate(queryset, request, per_page)
    page.object_list = mark_languages(page.object_list, locale)
    return page


def best_version_ids(queryset, locale):
    """Primary keys of one version of each page in ``queryset``, the best for the reader.

    ``core.i18n.best_versions`` over one light query (three columns); the
    caller then loads the chosen pages with their prefetching, once.
    """
    rows = queryset.order_by().values_list("pk", "translation_key", "locale__language_code")
    best = best_versions(
        rows, locale.language_code, language_of=itemgetter(2), key_of=itemgetter(1)
    )
    return [pk for pk, _key, _code in best.values()]


def with_fallbacks(queryset, locale):
    """``queryset`` narrowed to one version per page (``best_version_ids``).

    Untranslated pages are content, not holes: an index, a filter and a
    village's sections list them (and count them) in the language they exist
    in, marked by ``mark_languages`` so the card says which.
    """
    return queryset.filter(pk__in=best_version_ids(queryset, locale)).select_related("locale")


def under_translations(queryset, parent, depth=1):
    """``queryset`` narrowed to pages ``depth`` levels under ``parent`` or any of its translations.

    A village's producers, a producer's products: with ``with_fallbacks`` a
    reader sees every one, the untranslated ones too. Every language tree has
    the same shape, so the translations of ``parent`` sit at its depth; the
    test is one condition of the same query, not a query of its own.
    """
    from django.db.models import Exists, OuterRef
    from django.db.models.functions import Substr
    from wagtail.models import Page

    ancestor = Page.objects.filter(
        translation_key=parent.translation_key,
        path=Substr(OuterRef("path"), 1, parent.depth * Page.steplen),
    )
    return queryset.filter(Exists(ancestor), depth=parent.depth + depth)


def mark_languages(pages, locale):
    """Set ``is_fallback`` and ``shown_language`` (read by ``fallback_language``) on each page."""
    pages = list(pages)
    for page in pages:
        page.shown_language = page.locale.language_code
        page.is_fallback = page.locale_id != locale.pk
    return pages
