"""Tests: fast hashing, in-memory storage for media, plain HTTP."""

from .base import *  # noqa: F403
from .base import BASE_DIR, env

SECRET_KEY = "test-only-not-secret-" + "x" * 40  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# django-axes refuses Client.login() (no request to key the lockout on); the
# lockout tests in tests/security turn it back on.
AXES_ENABLED = False
# Tests sign in with force_login; tests/security/test_two_factor.py turns this on.
TWO_FACTOR_REQUIRED = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
STORAGES = {
    "default": {"BACKEND": "core.uploads.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / "media-test"
# Static files are served from the finders in tests; no collectstatic folder.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# The demo and the tests' sites are at their own addresses, whatever the shell says.
PUBLIC_URL = ""
# Never a real provider in tests, whatever the environment says (docs/glossary.md).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
}
if env("DATABASE_URL", "").startswith("postgres"):
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405

# Sample events are part of the demo and of the tests.
SHOW_SAMPLE_CONTENT = env("SHOW_SAMPLE_CONTENT", "true").lower() == "true"

# Never a real translation provider in tests: the dummy marks the text instead.
ENQUIRY_TRANSLATOR = "enquiries.translators.DummyTranslator"
