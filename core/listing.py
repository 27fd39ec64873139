"""Helpers shared by the index pages: pagination and untranslated items."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import F, Q, Window
from django.db.models.functions import RowNumber
from django.http import Http404
from django.utils.translation import gettext as _
from wagtail.models import Page

from .cache import remember
from .i18n import fallback_rank


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


def with_fallbacks(queryset, locale):
    """``queryset`` narrowed to one version per page, the best for the reader, in one query.

    Untranslated pages are content, not holes: an index, a filter and a
    village's sections list them (and count them) in the language they exist
    in, marked by ``mark_languages`` so the card says which. The choice is
    ``core.i18n.best_versions``'s order, written as SQL (``fallback_rank``):
    the versions in ``queryset`` are ranked per translation key in one pass (a
    window function) and the first of each is kept, so the pages load without
    a query of their own. (A subquery per row, as before, costs the
    database a search of every version's translations.)
    """
    best = (
        queryset.order_by()
        .annotate(
            place=Window(
                RowNumber(),
                partition_by=F("translation_key"),
                order_by=[fallback_rank(locale).asc(), F("pk").asc()],
            )
        )
        .filter(place=1)
        .values("pk")
    )
    return queryset.filter(pk__in=best).select_related("locale")


def under_translations(queryset, parent, depth=1):
    """``queryset`` narrowed to pages ``depth`` levels under ``parent`` or any of its translations.

    A village's producers, a producer's products: with ``with_fallbacks`` a
    reader sees every one, the untranslated ones too. The translations' tree
    paths are kept per content generation (``translation-paths``: a move or a
    new translation is a content change), and each becomes a range of the
    path index. (A test per page of whether its ancestor is a translation
    of ``parent`` read every page of the site: 10-23 ms a query at 100× the
    demo.)
    """

    def build():
        return sorted(
            Page.objects.filter(translation_key=parent.translation_key).values_list(
                "path", flat=True
            )
        )

    within = Q(pk__in=[])
    for path in remember("translation-paths", [parent.translation_key], build):
        below = Q(path__gt=path)
        bound = path_after(path)
        if bound is not None:
            below &= Q(path__lt=bound)
        within |= below
    return queryset.filter(within, depth=parent.depth + depth)


def path_after(path):
    """The first tree path after ``path`` and all its descendants, or None (there is none).

    Tree paths are written in treebeard's alphabet (digits, then capitals),
    which sorts the same in every collation the site runs on.
    """
    alphabet = Page.alphabet
    for index in reversed(range(len(path))):
        position = alphabet.index(path[index])
        if position + 1 < len(alphabet):
            return path[:index] + alphabet[position + 1]
    return None


def mark_languages(pages, locale):
    """Set ``is_fallback`` and ``shown_language`` (read by ``fallback_language``) on each page."""
    pages = list(pages)
    for page in pages:
        page.shown_language = page.locale.language_code
        page.is_fallback = page.locale_id != locale.pk
    return pages
