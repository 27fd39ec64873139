"""The service worker, the offline page and the web app manifest.

The worker is served by a view at the site root, not as a static file: a
worker controls only the paths under its own URL, and it needs the URLs,
names and cache version of this deploy (``services.worker_config``).
"""

import json

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_safe

from . import services


@require_safe
def service_worker(request):
    response = HttpResponse(
        services.service_worker_script(), content_type="text/javascript; charset=utf-8"
    )
    # Browsers check the worker for updates on navigations; they must always
    # get this deploy's, never an HTTP-cached one.
    response["Cache-Control"] = "no-cache"
    return response


@require_safe
def offline_page(request):
    """The page the worker shows for a page that was not saved, in the visitor's language.

    The worker keeps one per language at install time; the list of saved
    pages is read on the device (static_src/js/offline.js), so the page is
    the same for everyone.
    """
    language = translation.get_language()
    context = {
        "offline_config": services.page_config(language),
        "page_kinds": services.PAGE_KINDS,
        "page_limit": services.PAGE_LIMIT,
    }
    return render(request, "offline/offline_page.html", context)


@require_safe
def manifest(request):
    data = services.web_manifest(translation.get_language())
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=1),
        content_type="application/manifest+json; charset=utf-8",
    )
    response["Cache-Control"] = "public, max-age=86400"
    return response
