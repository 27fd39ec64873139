"""Warm a new server process before its first visitor (docs/performance.md, "Cold start").

A fresh gunicorn worker answers its first page in several times the usual
time: Django and Wagtail load lazily (URL patterns and their reverse tables
per language, compiled templates, translation catalogues, hooks, content
types), the first queries of each kind build their SQL compilers, and the
shared small data caches of ``core.cache`` (menus, sections, crafts,
translations) are empty after a deploy. ``warm_up_process`` pays for all of it
at start: gunicorn's ``post_worker_init`` calls it with the worker's WSGI
application (bench/gunicorn.conf.py; use the same hook in production), after
the application is loaded and before the worker takes a connection.

Loading code and templates needs nothing but the settings. Filling the caches
and running every lazily loaded code path needs real pages: the home page of
each language is served once, inside the process, through the whole
middleware stack (the entry pages share the header, footer, menus, cards and
picture tags with every other page). A failure here never stops the worker:
a broken template or an absent database is logged, and the visitor who meets
it gets the usual error page instead of a server that did not start.
"""

import gc
import io
import logging
import sys
from pathlib import Path

from django.apps import apps
from django.conf import settings

logger = logging.getLogger(__name__)


def warm_up_process(application=None):
    """Load what the first visitor of this process would otherwise wait for.

    ``application`` is the process's WSGI application; without it (for
    example under a server with no such hook) only code, templates and
    catalogues are loaded.
    """
    load_code_and_templates()
    if application is not None:
        serve_home_pages(application)


def settle():
    """Keep what the process holds once warm (code, templates, catalogues) out of every collection.

    Python's collector walks every container object it tracks on each full
    collection. A warmed worker holds a couple of hundred thousand of them,
    all alive until it exits, so a full collection took 90 ms; it fell inside
    some request as a pause (at 100× the demo, about one product-index request
    in ten). ``gc.freeze`` moves them to a generation the collector skips:
    full collections then walk what requests made, under 1 ms
    (docs/performance.md, "Sixth pass"). Called last, after the warm-up, by
    gunicorn's ``post_worker_init`` (deploy/ and bench/gunicorn.conf.py) and
    by the bench; never in a process that goes on to make and drop many
    long-lived objects (a test run), since frozen objects are never freed.
    """
    gc.collect()
    gc.freeze()


def load_code_and_templates():
    from django.contrib.contenttypes.models import ContentType
    from django.db import DatabaseError, connection
    from django.template import TemplateSyntaxError
    from django.template.loader import get_template
    from django.urls import get_resolver, reverse
    from django.utils import translation
    from wagtail.hooks import search_for_hooks
    from wagtail.images.image_operations import FormatOperation  # noqa: F401
    from willow.image import Image  # noqa: F401

    get_resolver().url_patterns  # noqa: B018 (imports the URL configuration)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.pgettext("skip link", "Skip to main content")
            # Django builds the reverse lookup of the URL patterns once per
            # language, on the first page URL it makes.
            reverse("wagtail_serve", args=[""])
    # Every template of the site, compiled once by Django's cached loader.
    for folder in settings.TEMPLATES[0]["DIRS"]:
        for path in sorted(Path(folder).rglob("*.html")):
            name = str(path.relative_to(folder))
            try:
                get_template(name)
            except TemplateSyntaxError:
                logger.exception("Warm-up: template %s does not compile", name)
    search_for_hooks()
    try:
        ContentType.objects.get_for_models(*apps.get_models())
    except DatabaseError:
        pass  # not migrated yet, or the database is away: the first request will say so
    finally:
        # Not carried into the first request (a test's transaction is left alone).
        if not connection.in_atomic_block:
            connection.close()


def warm_up_host():
    """A host name the site answers to, or None when ALLOWED_HOSTS names none literally."""
    for host in settings.ALLOWED_HOSTS:
        if host and host != "*" and not host.startswith("."):
            return host
    return "localhost" if settings.DEBUG else None


def home_request(path, host):
    """The WSGI environ of an anonymous visitor's GET, as the front server would pass it."""
    secure = getattr(settings, "SECURE_SSL_REDIRECT", False)
    environ = {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": host,
        "SERVER_PORT": "443" if secure else "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": host,
        "HTTP_ACCEPT": "text/html",
        "HTTP_ACCEPT_ENCODING": "identity",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "https" if secure else "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    proxy_header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    if secure and proxy_header:
        environ[proxy_header[0]] = proxy_header[1]
    return environ


def serve_home_pages(application):
    host = warm_up_host()
    if host is None:
        logger.warning("Warm-up: no literal host in ALLOWED_HOSTS, pages not served")
        return
    for code, _name in settings.LANGUAGES:
        path = f"/{code}/"
        statuses = []

        def start_response(status, headers, exc_info=None, statuses=statuses):
            statuses.append(status)

        try:
            body = application(home_request(path, host), start_response)
            try:
                for _chunk in body:
                    pass
            finally:
                # Sends request_finished: the database connection is closed as
                # after any request, not carried into the worker's first one.
                if hasattr(body, "close"):
                    body.close()
        except Exception:
            logger.exception("Warm-up: %s failed", path)
            continue
        if statuses and not statuses[0].startswith("200"):
            logger.info("Warm-up: %s answered %s", path, statuses[0])
