"""The results page, /<lang>/search/: never cached, never indexed by robots.

Every parameter is checked here: a bad ``page``, ``type`` or ``village`` is
a 404 whose message names it in the reader's language (``core.views``
shows it), never a 500; an empty query is the search page itself.
"""

from django.core.paginator import Paginator
from django.http import Http404, QueryDict
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from core.i18n import active_locale
from core.privacy import visible

from . import services
from .text import clean_query, highlight, snippet

PER_PAGE = 10
# Page numbers longer than this are not numbers a visitor typed.
MAX_PAGE_DIGITS = 6


def page_number(raw):
    if raw is None:
        return 1
    if not (raw.isascii() and raw.isdigit()) or len(raw) > MAX_PAGE_DIGITS or int(raw) < 1:
        raise Http404(_("There is no page “%(page)s” in this list.") % {"page": raw[:20]})
    return int(raw)


def link(query, **changes):
    """The query string of this search with ``changes`` (None removes a parameter)."""
    params = QueryDict(mutable=True)
    params["q"] = query
    for name, value in changes.items():
        if value:
            params[name] = value
    return "?" + params.urlencode()


def village_index_url(locale):
    from villages.models import VillageIndexPage

    index = visible(VillageIndexPage.objects.filter(locale=locale)).first()
    return index.url if index else None


@never_cache
def search_view(request):
    language = get_language()
    query, cut = clean_query(request.GET.get("q", ""))
    kind = request.GET.get("type", "")
    village = request.GET.get("village", "")
    if kind and kind not in services.KINDS:
        raise Http404(_("There is no type of page called “%(type)s”.") % {"type": kind[:40]})
    if village and not services.is_uuid(village):
        raise Http404(_("There is no village “%(village)s”.") % {"village": village[:40]})
    number = page_number(request.GET.get("page"))
    results = services.search(query, language, kind, village)
    paginator = Paginator(results.hits, PER_PAGE)
    if number > max(paginator.num_pages, 1):
        raise Http404(_("There is no page “%(page)s” in this list.") % {"page": number})
    page_obj = paginator.page(number) if results.hits else None
    hits = []
    for row in services.with_text(page_obj.object_list) if page_obj else []:
        hits.append(
            {
                **row,
                "title_html": highlight(row["title"], results.terms),
                "snippet_html": snippet(row["text"], results.terms),
                "kind_label": services.KIND_SINGULAR[row["kind"]],
            }
        )
    context = {
        # The page's own search box stands in for the header's.
        "is_search_page": True,
        "query": query,
        "cut": cut,
        "results": results,
        "hits": hits,
        "page_obj": page_obj,
        "total": len(results.hits),
        "kind_links": [
            (facet, link(query, type=facet.value, village=village)) for facet in results.kinds
        ],
        "village_links": [
            (facet, link(query, type=kind, village=facet.value)) for facet in results.villages
        ],
        "remove_kind": link(query, village=village) if kind else None,
        "remove_village": link(query, type=kind) if village else None,
        "kind_label": services.KINDS.get(kind, ""),
        # components/pagination.html writes "?{page_query}page=N".
        "page_query": link(query, type=kind, village=village)[1:] + "&",
    }
    if not results.hits:
        if results.terms and not kind and not village:
            services.log_fruitless(query, language)
        context["suggestions"] = services.suggestions(query, language) if query else []
        context["popular"] = services.popular_pages(language)
        context["village_index_url"] = village_index_url(active_locale())
    response = render(request, "search/results.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response
