"""Wagtail's password forms for private pages and documents, with a limit on guesses.

Wagtail checks a page's or a collection's shared password in
``wagtailcore_authenticate_with_password`` and
``wagtaildocs_authenticate_with_password`` and lets anyone try again forever.
``limit_password_guesses`` wraps those views (they stay Wagtail's own):

- every wrong password (the form shown again) counts against the client's
  address (``core.security.client_ip_address``, all forms together) and
  against the restriction (all clients together, against guessing from many
  addresses);
- once either count reaches its limit, the form answers with a translated 429
  page in the site's design until ``VIEW_PASSWORD_GUESS_WINDOW`` has passed
  since the last counted failure, even for the right password, so guessing
  on learns nothing. Another client with the right password still gets in,
  unless the restriction itself is under attack.

Counts live in the Django cache (``core.rate_limits``, which says how they
behave across processes and when the cache fails: guesses are then not
limited rather than refused).
"""

from functools import wraps

from django.conf import settings
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from wagtail import views as page_views
from wagtail.documents.views import serve as document_views

from core import rate_limits


def limit_password_guesses(view, kind, restriction_argument):
    """``view`` with failures counted per client and per restriction ``kind``."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if request.method != "POST":
            return view(request, *args, **kwargs)
        counters = failure_counters(request, kind, kwargs[restriction_argument])
        if is_blocked(counters):
            return too_many_guesses(request)
        response = view(request, *args, **kwargs)
        if response.status_code == 200:  # the form again: a wrong password
            count_failure(counters)
        return response

    return guarded


def failure_counters(request, kind, restriction_id):
    """Cache key → limit for the client's and the restriction's failures."""
    return {
        f"view-password:client:{rate_limits.client_key(request)}": (
            settings.VIEW_PASSWORD_GUESSES_PER_CLIENT
        ),
        f"view-password:{kind}:{restriction_id}": settings.VIEW_PASSWORD_GUESSES_PER_RESTRICTION,
    }


def is_blocked(counters):
    return rate_limits.is_over(counters, "Password guesses")


def count_failure(counters):
    rate_limits.count(counters, settings.VIEW_PASSWORD_GUESS_WINDOW, "Password guesses")


def too_many_guesses(request):
    """The translated 429 page, with the way back to what the visitor was opening."""
    window = settings.VIEW_PASSWORD_GUESS_WINDOW
    return_url = request.POST.get("return_url", "")
    if not url_has_allowed_host_and_scheme(
        return_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return_url = f"/{get_language()}/"
    response = render(
        request,
        "security/too_many_guesses.html",
        {"minutes": int(window.total_seconds() // 60), "return_url": return_url},
        status=429,
    )
    response["Retry-After"] = str(int(window.total_seconds()))
    add_never_cache_headers(response)
    return response


authenticate_page = limit_password_guesses(
    page_views.authenticate_with_password, "page", "page_view_restriction_id"
)
authenticate_document = limit_password_guesses(
    document_views.authenticate_with_password, "collection", "restriction_id"
)
