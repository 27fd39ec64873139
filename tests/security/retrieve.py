"""Fetch a URL the way the Observatory does, through the real middleware stack.

Tests run on ``tourism_site.settings.test``, which turns secure cookies off
for plain-HTTP test requests. The grades must be those of production, so the
security settings are read from ``tourism_site.settings.production`` itself
(run with a throwaway key) and applied with ``override_settings``.
"""

import os
import runpy
from unittest import mock
from urllib.parse import urljoin, urlsplit

from django.test import Client

from .observatory import Retrieved

HOST = "testserver"
SECURITY_SETTING_PREFIXES = (
    "SECURE_",
    "SESSION_COOKIE_",
    "CSRF_COOKIE_",
    "LANGUAGE_COOKIE_",
    "CONTENT_SECURITY_POLICY",
    "AXES_",
)
SECURITY_SETTING_NAMES = ("DEBUG", "MIDDLEWARE", "PERMISSIONS_POLICY", "X_FRAME_OPTIONS")
REDIRECT_STATUSES = (301, 302, 303, 307, 308)


def production_security_settings():
    """The security settings as ``production.py`` computes them."""
    environment = {
        "SECRET_KEY": "observatory-test-" + "k" * 40,
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "true",
        "SECURE_PROXY_SSL_HEADER": "",
    }
    with mock.patch.dict(os.environ, environment):
        namespace = runpy.run_module("tourism_site.settings.production")
    chosen = {
        name: value
        for name, value in namespace.items()
        if name.startswith(SECURITY_SETTING_PREFIXES) or name in SECURITY_SETTING_NAMES
    }
    # test.py switches django-axes off; production leaves it on (its default).
    chosen.setdefault("AXES_ENABLED", True)
    return chosen


def _cookies(response):
    return [morsel.OutputString() for morsel in response.cookies.values()]


def _body(response):
    if response.get("Content-Type", "").startswith(("text/html", "application/xhtml+xml")):
        content = b"".join(response.streaming_content) if response.streaming else response.content
        return content.decode(response.charset or "utf-8", errors="replace")
    return ""


def retrieve(path, client=None):
    """One Observatory retrieval of ``path``: HTTPS, plain HTTP with redirects, CORS."""
    client = client or Client(raise_request_exception=False)
    response = client.get(path, secure=True)
    set_cookies = _cookies(response)

    route = [f"http://{HOST}{path}"]
    answer = client.get(path, secure=False)
    set_cookies += _cookies(answer)
    while answer.status_code in REDIRECT_STATUSES and len(route) < 10:
        route.append(urljoin(route[-1], answer["Location"]))
        target = urlsplit(route[-1])
        target_path = target.path + (f"?{target.query}" if target.query else "")
        answer = client.get(target_path, secure=target.scheme == "https")
        set_cookies += _cookies(answer)

    cors_origin = "https://http-observatory.security.mozilla.org"
    cors = client.get(path, secure=True, headers={"Origin": cors_origin})
    set_cookies += _cookies(cors)

    return Retrieved(
        url=f"https://{HOST}{path}",
        status=response.status_code,
        headers=list(response.headers.items()),
        body=_body(response),
        set_cookies=set_cookies,
        http_route=route,
        cors_headers=list(cors.headers.items()),
        cors_origin=cors_origin,
    )
