"""Caching tests: the page cache, purges, the proxy and the headers."""

from django.test import override_settings


def proxy_settings(port, **options):
    """Settings that send purges to a test proxy on ``port`` (core.frontend_cache)."""
    return override_settings(
        WAGTAILFRONTENDCACHE_LANGUAGES=[],
        WAGTAILFRONTENDCACHE={
            "proxy": {
                "BACKEND": "core.frontend_cache.TimeLimitedHTTPBackend",
                "LOCATION": f"http://127.0.0.1:{port}",
                **options,
            }
        },
    )
