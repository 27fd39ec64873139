"""Public views: driver cards, short links, route downloads.

None of them is a Wagtail page, so the anonymous page cache (core/cache.py)
leaves them alone: short links must not be cached (they depend on the
scanner's browser), and the others are small reads.
"""

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from . import services


@require_safe
def driver_card(request, kind, pk):
    place = services.driver_place(kind, pk, translation.get_language())
    if place is None:
        raise Http404(_("There is no driver card for this place. It may have been unpublished."))
    return render(
        request,
        "wayfinding/driver_card.html",
        {"place": place, "vi": services.DRIVER_PHRASES_VI},
    )


@never_cache
@require_safe
def short_link(request, code):
    """``/go/<code>`` → the page in the scanner's best language among its live translations.

    The language-prefixed form (``/fr/go/<code>``) prefers its own language.
    It is also where an unknown code ends: Django's locale middleware sends a
    404 on an unprefixed path to the prefixed path in the visitor's language.
    """
    target = services.short_link_target(code)
    preferred = translation.get_language_from_path(request.path_info)
    version = target.best(request.headers.get("Accept-Language", ""), preferred) if target else None
    if version is None:
        raise Http404(_("This short link or QR code does not lead to a page we know."))
    response = HttpResponseRedirect(target.url_for(version))
    patch_vary_headers(response, ["Accept-Language"])
    return response


@require_safe
def route_download(request, path, extension):
    """``<route page path>route.gpx`` and ``route.geojson``, for any route page in the tree."""
    from routes.downloads import download_response

    page = services.find_route(request, path)
    if page is None:
        # Unknown, unpublished and private routes alike (core.privacy).
        raise Http404(_("There is no route here to download."))
    return download_response(page, extension, request)
