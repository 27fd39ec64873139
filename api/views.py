"""The read-only Wagtail API v2: the pages endpoint only (docs/api.md).

Wagtail's ``PagesAPIViewSet`` with the site's rules:

- the base queryset is ``api.queries.public_pages``: core.privacy's rule for
  everyone (Wagtail's own lets a visitor with the password see a restricted
  page; a cached, shared API must not), less sample content when samples
  are off. The ``site`` parameter is not offered: one site, and a wrong host
  name would be an error of Wagtail's own;
- no search parameter: the site's search (another app) folds Vietnamese
  marks, Wagtail's API search does not;
- every bad parameter is a 400 with a JSON message (in English, like
  Wagtail's own: the API is for developers and has no language of its own) (an unknown locale
  included, which Wagtail answers with 404), and an id beyond 64 bits a 404;
- JSON only (no browsable API: its forms and scripts are not for a
  read-only public endpoint), ``Access-Control-Allow-Origin: *``.
"""

import hashlib

from django.core.exceptions import FieldError, ValidationError
from django.http import Http404, HttpResponse
from rest_framework import status
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from wagtail.api.v2 import filters
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Locale, Site

from core.cache import remember
from core.samples import samples_shown
from villages.models.pages import VILLAGE_PARTS

from .queries import public_pages

# Largest id a database integer column holds.
MAX_ID = 2**63 - 1
# Beyond this, a listing is empty anyway; the database need not be asked.
MAX_OFFSET = 100_000

# Child relations each page type's detail fields read, fetched in one go per relation.
PREFETCH = {
    "villages.VillagePage": ["village_crafts__craft", *VILLAGE_PARTS],
    "routes.RoutePage": ["stops__village"],
    "events.EventPage": ["event_villages__village", "participants"],
    "products.ProducerPage": ["facts", "trade_fairs"],
    "products.ProductPage": ["certificates", "craft"],
    "stories.StoryPage": ["story_villages__village"],
    "home.HomePage": ["figures"],
}


class LocaleFilter(filters.LocaleFilter):
    """``?locale=fr``; a language the site does not have is a 400, not Wagtail's 404."""

    def filter_queryset(self, request, queryset, view):
        if "locale" in request.GET:
            code = request.GET["locale"]
            if not Locale.objects.filter(language_code=code).exists():
                raise BadRequestError(f"unknown locale: {code[:20]}")
        return super().filter_queryset(request, queryset, view)


class Pagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class PagesViewSet(PagesAPIViewSet):
    renderer_classes = [JSONRenderer]
    # Anonymous and read-only: no session, no passwords (DRF's Basic auth would take them).
    authentication_classes = []
    permission_classes = []
    pagination_class = Pagination
    filter_backends = [
        filters.FieldsFilter,
        filters.ChildOfFilter,
        filters.AncestorOfFilter,
        filters.DescendantOfFilter,
        filters.OrderingFilter,
        filters.TranslationOfFilter,
        LocaleFilter,
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters - {"site", "search"}
    # Always null here (aliases are never shown); editors' menu flag is no one else's business.
    meta_fields = [
        field for field in PagesAPIViewSet.meta_fields if field not in ("alias_of", "show_in_menus")
    ]

    # Fields that read child rows or work something out: one page at a time, so a
    # listing never pays a query per page (a 400 "unknown fields" in a listing).
    detail_only_fields = [
        *PagesAPIViewSet.detail_only_fields,
        "body",
        "crafts",
        "opening_hours",
        "facts",
        "recognitions",
        "attractions",
        "transport",
        "stops",
        "totals",
        "next_dates",
        "villages",
        "participants",
        "trade_fairs",
        "ocop",
        "craft_name",
        "figures",
    ]

    def get_base_queryset(self):
        return public_pages(Site.find_for_request(self.request))

    def get_queryset(self):
        # The listing's own meta field reads the locale; child rows are detail-only.
        return super().get_queryset().select_related("locale")

    def listing_view(self, request):
        return self.cached(request, super().listing_view)

    def detail_view(self, request, pk):
        if int(pk) > MAX_ID:
            raise Http404
        return self.cached(request, super().detail_view, pk)

    def cached(self, request, view, *args):
        """The view's JSON, kept as bytes until the next publish (``core.cache.remember``).

        Only answers of 200 are kept (an error is cheap and says nothing), under
        the host, path and query with its parameters sorted, so that ``?a&b``
        and ``?b&a`` share one entry. Anonymous and the same for everyone.
        """
        uncached = {}

        def build():
            response = view(request, *args)
            if response.status_code != status.HTTP_200_OK:
                uncached["response"] = response
                return None
            return JSONRenderer().render(response.data)

        query = sorted((name, values) for name, values in request.GET.lists())
        # Hashed: a query may hold anything, and a cache key must be short and plain.
        asked = repr([request.get_host(), request.path, query, samples_shown()])
        content = remember(
            "api", [hashlib.sha256(asked.encode()).hexdigest()], build, keep_none=False
        )
        if content is None:
            return uncached["response"]
        return HttpResponse(content, content_type="application/json")

    def get_object(self):
        page = super().get_object()
        prefetch = PREFETCH.get(page._meta.label)
        if prefetch:
            from django.db.models import prefetch_related_objects

            prefetch_related_objects([page], *prefetch)
        return page

    def find_object(self, queryset, request):
        """``?html_path=/fr/villages/bat-trang/``: the page at that path in that
        language's own tree (Wagtail's own looks in the default site's tree only)."""
        if "html_path" in request.GET:
            from .markdown import find_page

            parts = [part for part in request.GET["html_path"].split("/") if part]
            site = Site.find_for_request(request)
            if not parts or site is None:
                return None
            page = find_page(site, parts[0], "/".join(parts[1:]) or "index")
            return page if page is not None and queryset.filter(pk=page.pk).exists() else None
        return super().find_object(queryset, request)

    def handle_exception(self, exc):
        # Values the database cannot compare (a date filter given "abc", an id
        # beyond 64 bits in a filter) are the caller's mistake, not the server's.
        if isinstance(exc, (ValueError, OverflowError, ValidationError, FieldError)):
            message = exc.messages[0] if isinstance(exc, ValidationError) else str(exc)
            return Response({"message": message[:200]}, status=status.HTTP_400_BAD_REQUEST)
        return super().handle_exception(exc)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method in ("GET", "HEAD", "OPTIONS"):
            response["Access-Control-Allow-Origin"] = "*"
        return response


api_router = WagtailAPIRouter("wagtailapi")
# Pages only: images and documents would list files whatever page shows them.
api_router.register_endpoint("pages", PagesViewSet)
