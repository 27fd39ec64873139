"""Production: refuses to start without its secrets and hosts."""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR, cache_settings, env, env_list
from .mail import email_settings

SECRET_KEY = env("SECRET_KEY", required=True)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("The environment variable ALLOWED_HOSTS must be set.")

SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT", "true").lower() == "true"
# Behind a TLS-terminating proxy, trust its scheme header so HSTS and secure
# cookies work (see docs/configuration.md).
if env("SECURE_PROXY_SSL_HEADER", "").lower() == "true":
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# HSTS (two years, sub-domains, preload) is set in base.py; Django sends it on
# secure requests only.

# Worker processes share one file cache, so a publish reaches all of them
# (docs/performance.md).
CACHE_DIR = env("CACHE_DIR", str(BASE_DIR / "cache"))
CACHES = cache_settings(CACHE_DIR)

# Outgoing e-mail (tourism_site/settings/mail.py, docs/configuration.md).
# Without it the admin's password reset is switched off instead of
# answering "sent" for an e-mail that never leaves.
EMAIL_SETTINGS = email_settings(os.environ)
globals().update(EMAIL_SETTINGS)
WAGTAIL_PASSWORD_RESET_ENABLED = bool(EMAIL_SETTINGS)
