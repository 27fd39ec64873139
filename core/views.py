"""Views outside the page tree: the language-choosing front door and error pages."""

from django.db.models import Q
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.cache import never_cache
from wagtail.models import Page, Site

from . import i18n
from .purge import HOME_DEPTH
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
    """Where the requested page exists in other languages, as real live pages.

    The path is looked up in the other language trees, the source language
    (Vietnamese) first; the first live page found gives the translation key,
    and the links are that page's live, public translations (``core.privacy``).
    Slugs are synchronised, but a path can still lead to another page in
    another language (a slug taken first there gets ``-1``), so the links
    follow the key, never the path.

    One query whatever the number of languages (a 404 is the cheapest page to
    ask for): the pages at the path under every home page, found by their
    ``url_path`` (``/<home slug>/<path>``), their translations, and the home
    pages, whose visibility decides which trees are looked in.
    """
    language = translation.get_language()
    path = request.path_info
    prefix = f"/{language}/"
    if not path.startswith(prefix):
        return []
    rest = path[len(prefix) :]
    components = [part for part in rest.split("/") if part]
    # No slug holds a NUL, and PostgreSQL rejects one in a query (HomePage.route).
    if len(rest) > 1000 or len(components) > 10 or "\x00" in rest:
        return []
    site = Site.find_for_request(request)
    if site is None:
        return []
    # The home pages are the translations of the site's root page. Every condition
    # names an index (translation key, slug): ``url_path`` and ``depth`` have none.
    homes_key = site.root_page.translation_key
    wanted = "/" + "".join(f"{component}/" for component in components)
    if components:
        at_path = Q(
            slug=components[-1], depth=HOME_DEPTH + len(components), url_path__endswith=wanted
        )
    else:
        at_path = Q(translation_key=homes_key)
    at_path &= Q(live=True) & ~Q(locale__language_code=language)
    # The keys (of the page at the path, and of the home pages) in a subquery of
    # their own, each side of the OR on an index: an OR of a subquery and a key
    # in the outer query is a filter on every page, which PostgreSQL can only
    # read whole (tests/core/test_not_found.py reads the plan).
    keys = Page.objects.filter(at_path | Q(translation_key=homes_key)).values("translation_key")
    rows = list(
        Page.objects.filter(translation_key__in=keys.order_by())
        .filter(Q(live=True) | Q(translation_key=homes_key))
        .order_by()
        .select_related("locale")
        .only(
            *("id", "path", "url_path", "depth", "slug", "live", "translation_key"),
            *("alias_of_id", "locale__language_code"),
        )
    )
    order = {code: index for index, code in enumerate(i18n.language_codes())}
    homes = {
        row.path
        for row in rows
        if row.translation_key == homes_key and i18n.is_real_translation(row)
    }
    found_at_path = sorted(
        (
            row
            for row in rows
            if row.live
            and row.depth == HOME_DEPTH + len(components)
            and row.locale.language_code != language
            and row.path[: Page.steplen * HOME_DEPTH] in homes
            and (not components or row.url_path.endswith(wanted))
        ),
        key=lambda row: order.get(row.locale.language_code, 99),
    )
    if not found_at_path:
        return []
    key = found_at_path[0].translation_key
    found = []
    for version in rows:
        code = version.locale.language_code
        if (
            version.translation_key == key
            and version.live
            and code != language
            and i18n.is_real_translation(version)
        ):
            with translation.override(code):
                url = version.get_url(request)
            found.append({"code": code, "name": i18n.native_name(code), "url": url})
    return sorted(found, key=lambda item: order.get(item["code"], 99))


def is_admin_path(path):
    """Is ``path`` under Wagtail's admin (which has no language prefix)?"""
    return path.startswith(reverse("wagtailadmin_home"))


def page_not_found(request, exception=None):
    if is_admin_path(request.path_info):
        # Wagtail's own 404 page, in the editor's language, with its way back.
        return render(request, "wagtailadmin/404.html", status=404)
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
