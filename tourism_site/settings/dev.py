"""Local development: debug on, a throwaway key, plain HTTP on localhost."""

from .base import *  # noqa: F403
from .base import env

DEBUG = True
SECRET_KEY = env("SECRET_KEY", "dev-only-not-secret-" + "x" * 40)
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# The `make run` admin signs in with its password alone; set
# TWO_FACTOR_REQUIRED=true to try the production sign-in locally.
TWO_FACTOR_REQUIRED = env("TWO_FACTOR_REQUIRED", "false").lower() == "true"
# `make run` creates one account per editorial role (demo/management/commands/ensure_demo_users.py).
DEMO_USERS_ENABLED = True

# Sample events are part of the demo and of the tests.
SHOW_SAMPLE_CONTENT = env("SHOW_SAMPLE_CONTENT", "true").lower() == "true"

# Enquiries show a marked copy of the message where a translation would be.
ENQUIRY_TRANSLATOR = env("ENQUIRY_TRANSLATOR", "enquiries.translators.DummyTranslator")
