"""Language negotiation with an English fallback.

Django's LocaleMiddleware falls back to LANGUAGE_CODE (Vietnamese, the source
language) when a request's URL has no language prefix and Accept-Language
matches nothing. A visitor whose browser asks for German should get English,
the site's lingua franca, so unprefixed requests (unknown prefixes, bad
links) are negotiated here.
"""

from django.conf import settings
from django.http import Http404
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.translation import get_language_from_path

from .cache import UNPREFIXED_CACHED_VIEWS
from .i18n import language_codes, negotiate_language
from .views import is_admin_path


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_request(self, request):
        language = get_language_from_path(request.path_info)
        if not language:
            language = (
                negotiate_language(request.headers.get("Accept-Language", ""), language_codes())
                or settings.FALLBACK_LANGUAGE_CODE
            )
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        # Django redirects a 404 on an unprefixed path to the same path under
        # a language prefix, where Wagtail's page route answers with the
        # public 404: an admin 404 must stay an admin 404 (core.views), and
        # the pages API's JSON 404 a JSON 404 (api/, no language prefix).
        if is_admin_path(request.path_info) or request.path_info.startswith("/api/"):
            return response
        # The sitemaps read no language: no Vary on Accept-Language, which
        # would keep them out of the shared caches (core/cache.py).
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name in UNPREFIXED_CACHED_VIEWS:
            return response
        return super().process_response(request, response)


class NotFoundMiddleware:
    """Render the site's own 404 page for every Http404 raised by a view.

    Django shows its technical 404 page instead of ``handler404`` when DEBUG
    is on; the language-aware page ("not yet available in French, read it
    in…") is part of the product, so developers and editors running
    ``make run`` must see it too.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, Http404):
            from .views import page_not_found

            return page_not_found(request, exception)
        return None


class HostileInputMiddleware:
    """Answer what no page can use before it reaches a view or the database.

    - A NUL byte in the path, the query string or a header (a cookie, the
      User-Agent that django-axes stores) is a 400: PostgreSQL refuses NUL in
      strings, file APIs raise ``ValueError`` on it, and no real link has one.
    - A path segment of an upload (``MEDIA_URL``) longer than 255 characters
      is a 404: file systems raise ``OSError`` (ENAMETOOLONG) on such names
      (``/media/<300 × a>`` was a 500).
    - A number captured by the URL (``<int:pk>`` or a regular expression's
      digits) beyond the largest 64-bit integer, or 0, is a 404: no row has
      that id (every id in the URL conf is an auto-increment id, from 1);
      SQLite raises ``OverflowError`` on lookups through related fields, and
      Wagtail 7.4's revision views take revision 0 for "none" (a 500).

    It sits after the security-header middlewares, so its answers carry them,
    and before WhiteNoise, which would hand a NUL path to the file system.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_nul_byte(request):
            from .views import bad_request

            return bad_request(request)
        if has_overlong_segment(request):
            from .resilience import request_language
            from .views import page_not_found

            with translation.override(request_language(request)):
                return page_not_found(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if any(is_out_of_range_id(value) for value in (*view_args, *view_kwargs.values())):
            from .views import page_not_found

            return page_not_found(request)
        return None


# Wagtail's slugs and most file systems' names stop at 255.
LONGEST_SEGMENT = 255
# The largest value of a signed 64-bit integer, the widest id column of SQLite and PostgreSQL.
LARGEST_ID = 2**63 - 1


def has_nul_byte(request):
    if "\x00" in request.path_info or "\x00" in request.path:
        return True
    query = request.META.get("QUERY_STRING", "")
    if "\x00" in query or "%00" in query:
        return True
    return any(
        "\x00" in value
        for name, value in request.META.items()
        if name.startswith("HTTP_") and isinstance(value, str)
    )


def has_overlong_segment(request):
    # Only uploads become file names; elsewhere a view's own 404 says more (/go/<code>).
    if not request.path_info.startswith(settings.MEDIA_URL):
        return False
    return any(len(segment) > LONGEST_SEGMENT for segment in request.path_info.split("/"))


def is_out_of_range_id(value):
    """True for a captured number no row can have: 0, or beyond 64 bits."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return not 1 <= value <= LARGEST_ID
    if isinstance(value, str) and value.isascii() and value.isdigit():
        # Length first: int() refuses strings of more than 4,300 digits.
        return len(value) > len(str(LARGEST_ID)) or not 1 <= int(value) <= LARGEST_ID
    return False


class AdminLanguageMiddleware:
    """The admin speaks its user's language on every answer, refusals included.

    Wagtail's admin views run in the editor's preferred language, but when a
    view refuses (PermissionDenied), Wagtail 7.4 writes "Sorry, you do not have
    permission to access this area." after leaving that language, in the
    language negotiated from the browser: an editor with the admin in
    Vietnamese read it in English. Here the preferred language is active for
    the whole admin request. After AuthenticationMiddleware (it needs the user).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not is_admin_path(request.path_info):
            return self.get_response(request)
        # As Wagtail's get_localized_response reads it; the profile stays cached
        # on request.user, so Wagtail's own read costs no second query.
        if not hasattr(user, "wagtail_userprofile"):
            return self.get_response(request)
        with translation.override(user.wagtail_userprofile.get_preferred_language()):
            return self.get_response(request)
