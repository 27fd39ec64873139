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
        # public 404: an admin 404 must stay an admin 404 (core.views).
        if is_admin_path(request.path_info):
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
