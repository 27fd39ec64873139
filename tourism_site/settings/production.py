"""Production: refuses to start without its secrets and hosts.

One machine needs only SECRET_KEY and ALLOWED_HOSTS (or PUBLIC_URL); several
app servers share Redis, PostgreSQL and object storage, each switched on by
its environment variable (tourism_site/settings/deployment.py,
docs/deployment.md).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from core import release

from . import deployment
from .base import *  # noqa: F403
from .base import (
    BASE_DIR,
    CSRF_TRUSTED_ORIGINS,
    DATABASES,
    STORAGES,
    cache_settings,
    env,
    env_list,
)
from .mail import email_settings

SECRET_KEY = env("SECRET_KEY", required=True)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
# PUBLIC_URL: the default Site's address; its host joins ALLOWED_HOSTS and its
# origin CSRF_TRUSTED_ORIGINS (core/public_url.py).
globals().update(deployment.public_url_settings(os.environ, ALLOWED_HOSTS, CSRF_TRUSTED_ORIGINS))
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "The environment variable ALLOWED_HOSTS (or PUBLIC_URL) must be set."
    )

SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT", "true").lower() == "true"
# Behind a TLS-terminating proxy, trust its scheme header so HSTS and secure
# cookies work (see docs/configuration.md).
if env("SECURE_PROXY_SSL_HEADER", "").lower() == "true":
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# HSTS (two years, sub-domains, preload) is set in base.py; Django sends it on
# secure requests only.

# Persistent database connections, checked before use (DB_CONN_MAX_AGE,
# DB_CONN_HEALTH_CHECKS).
DATABASES["default"].update(deployment.database_connection_settings(os.environ))

# Cache keys carry the release (core/release.py): a new release never reads
# what the old code wrote. With REDIS_URL every app server shares the caches,
# the sessions and the rate-limit counters; without it the worker processes
# of one machine share one file cache (docs/performance.md).
RELEASE = release.current()
CACHE_DIR = env("CACHE_DIR", str(BASE_DIR / "cache"))
CACHES = deployment.redis_cache_settings(os.environ, RELEASE)
if CACHES is None:
    CACHES = cache_settings(CACHE_DIR)
    for _alias, _cache in CACHES.items():
        _cache["KEY_PREFIX"] = f"hcv:{RELEASE}:{_alias}"
globals().update(deployment.session_settings(os.environ))

# Media (original images, renditions, documents) in object storage when a
# bucket is set, served by the app at /media/ (core/object_storage.py).
_media_storage = deployment.media_storage_settings(os.environ)
if _media_storage:
    STORAGES = {**STORAGES, "default": _media_storage}

# Outgoing e-mail (tourism_site/settings/mail.py, docs/configuration.md).
# Without it the admin's password reset is switched off instead of
# answering "sent" for an e-mail that never leaves.
EMAIL_SETTINGS = email_settings(os.environ)
globals().update(EMAIL_SETTINGS)
WAGTAIL_PASSWORD_RESET_ENABLED = bool(EMAIL_SETTINGS)
