"""Answer 503 "back in a moment" on every page while the database is away.

Without this, a database outage shows visitors Django's 500 page (or, worse,
a stack trace in development) and tells crawlers and proxies that the site is
broken rather than briefly unavailable. A 503 with ``Retry-After`` is the
honest answer, and the page says so in the visitor's language.

A database error can surface in three places, and each is covered:

- before anything runs: the middleware connects first (and drops a
  persistent connection that died), so every page answers alike;
- in a view or in the template it renders: ``process_exception``;
- in a middleware that sits inside this one (the session middleware saving a
  session, Wagtail's redirect middleware looking up a 404) or in an error
  handler: Django turns those exceptions into a 500 response before they
  reach an outer middleware, so ``got_request_exception`` (sent while the
  exception is being handled) marks the request and ``__call__`` swaps the
  500 for the 503.

WhiteNoise, before this middleware, serves static files without the
database, so they keep working during an outage; ``/healthz`` is left alone
because it reports the outage itself.

The 503 page is rendered without the database: a standalone template, no
menus, no page lookups. Recovery needs nothing from us: Django opens a new
connection on the next request, and ``CONN_HEALTH_CHECKS`` makes it drop a
persistent connection that died with the server instead of reusing it.
"""

import logging
import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import DEFAULT_DB_ALIAS, InterfaceError, OperationalError, connections
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.translation import get_language_from_path

from .i18n import language_codes, negotiate_language

logger = logging.getLogger(__name__)

# Seconds a client (or a crawler) is asked to wait; most outages are restarts.
RETRY_AFTER_SECONDS = 60
DATABASE_ERRORS = (OperationalError, InterfaceError)
_FLAG = "_database_unavailable"
# /healthz reports the outage itself, in its own format.
EXEMPT_PATHS = {"/healthz"}


def request_language(request):
    """The language of a page that cannot ask the database.

    The URL prefix first, then Accept-Language among the site's languages,
    then English, as ``core.middleware.LocaleMiddleware`` decides (repeated
    here because an error may be handled before or without that middleware).
    """
    return (
        get_language_from_path(request.path_info)
        or negotiate_language(request.headers.get("Accept-Language", ""), language_codes())
        or settings.FALLBACK_LANGUAGE_CODE
    )


def is_database_outage(exception):
    """True for a database error, also when it caused or was raised during another one."""
    seen = set()
    while exception is not None and id(exception) not in seen:
        if isinstance(exception, DATABASE_ERRORS):
            return True
        seen.add(id(exception))
        exception = exception.__cause__ or exception.__context__
    return False


def service_unavailable(request):
    """The 503 page in the visitor's language, rendered without the database."""
    with translation.override(request_language(request)):
        response = render(request, "503.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # A cached "back in a moment" would outlive the outage.
    add_never_cache_headers(response)
    patch_vary_headers(response, ["Accept-Language"])
    return response


def _mark_database_outage(sender, request=None, **kwargs):
    if request is not None and is_database_outage(sys.exc_info()[1]):
        setattr(request, _FLAG, True)


class DatabaseUnavailableMiddleware:
    """Turn every database outage into the 503 page. Place right after WhiteNoise."""

    def __init__(self, get_response):
        self.get_response = get_response
        got_request_exception.connect(
            _mark_database_outage, dispatch_uid="core.resilience.mark_database_outage"
        )

    def __call__(self, request):
        if request.path_info not in EXEMPT_PATHS:
            try:
                # Connect before anything else runs, so that every page (even
                # one that could be drawn without the database, like the admin
                # login form that would then fail on submit) answers the same
                # way while the database is away. A persistent connection
                # that died is dropped and reopened here; Django would do the
                # same at the first query of the request, so it costs nothing.
                database = connections[DEFAULT_DB_ALIAS]
                database.close_if_health_check_failed()
                database.ensure_connection()
            except DATABASE_ERRORS as error:
                logger.warning("Database unavailable for %s: %s", request.path, error)
                return service_unavailable(request)
        response = self.get_response(request)
        if getattr(request, _FLAG, False) and response.status_code >= 500:
            logger.error("Database unavailable while serving %s: answered 503", request.path)
            return service_unavailable(request)
        return response

    def process_exception(self, request, exception):
        if not is_database_outage(exception):
            return None
        logger.error(
            "Database unavailable while serving %s: answered 503",
            request.path,
            exc_info=(type(exception), exception, exception.__traceback__),
        )
        return service_unavailable(request)
