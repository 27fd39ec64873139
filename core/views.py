"""Views outside the page tree: the language-choosing front door and error pages."""

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.cache import never_cache
from wagtail.models import Page

from . import i18n
from .resilience import request_language


@never_cache
def choose_language(request):
    """``/`` → the home page in the visitor's best language among the live ones.

    English when Accept-Language matches none of them (then Vietnamese, the
    source, if there is no live English home page).
    """
    language = i18n.front_door_language(request.headers.get("Accept-Language", ""))
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    return response


def versions_elsewhere(request):
    """Where the requested path exists in other languages, as real live pages.

    Slugs are synchronised across languages, so the same path under another
    language prefix is the same page.
    """
    language = translation.get_language()
    path = request.path_info
    prefix = f"/{language}/"
    if not path.startswith(prefix):
        return []
    rest = path[len(prefix) :]
    components = [part for part in rest.split("/") if part]
    if len(rest) > 1000 or len(components) > 10:
        return []
    found = []
    homes = Page.objects.filter(depth=2, live=True).select_related("locale")
    for home in homes:
        code = home.locale.language_code
        if code == language:
            continue
        try:
            with translation.override(code):
                page = home.specific.route(request, components).page
        except Http404:
            continue
        if i18n.is_real_translation(page):
            found.append(
                {"code": code, "name": i18n.native_name(code), "url": page.get_url(request)}
            )
    order = {code: index for index, code in enumerate(i18n.language_codes())}
    return sorted(found, key=lambda item: order.get(item["code"], 99))


def page_not_found(request, exception=None):
    message = ""
    if exception is not None and exception.args:
        candidate = exception.args[0]
        # Only our own messages are shown; Django's internal ones are not for visitors.
        if isinstance(candidate, str) and not candidate.startswith(("No ", "Resolver404", "{")):
            message = candidate
    context = {
        "message": message,
        # A message means the page exists here and a parameter was wrong
        # (?page=abc, ?craft=…): it is not "missing in this language".
        "elsewhere": [] if message else versions_elsewhere(request),
        "request_path": request.path,
    }
    return render(request, "404.html", context, status=404)


def server_error(request):
    # Rendered without the database: no menus, no page lookups. The language
    # is decided again from the URL, since the error may have struck before
    # the locale middleware ran.
    with translation.override(request_language(request)):
        return render(request, "500.html", {"request": request}, status=500)


def bad_request(request, exception=None):
    # Also called before the locale middleware (core.middleware.HostileInputMiddleware).
    with translation.override(request_language(request)):
        return render(request, "400.html", {}, status=400)
