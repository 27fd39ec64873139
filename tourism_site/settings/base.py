"""Settings shared by every environment.

Secure by default: DEBUG is off, the secret key and hosts come from the
environment, cookies are secure. ``dev`` and ``test`` relax what they must.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from core import monitoring

from . import security_policies
from .databases import SQLITE_OPTIONS

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=None, required=False):
    value = os.environ.get(name, default)
    if required and not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set.")
    return value


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "villages",
    "stories",
    "routes",
    "wayfinding",
    "events",
    "products",
    "planner",
    "offline",
    "feedback",
    "enquiries",
    "demo",
    "glossary",
    "opendata",
    "api",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "accounts",
    # Country names in every language (the event venue's country select).
    "django_countries",
]

MIDDLEWARE = [
    # Outside SecurityMiddleware, so its http→https redirect gets these headers
    # too, and before WhiteNoise, so static files do (docs/security.md).
    "core.security.SecurityHeadersMiddleware",
    "core.security.ContentSecurityPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # NUL bytes → 400; ids 0 or beyond 64 bits, overlong upload names → 404 (docs/security.md).
    "core.middleware.HostileInputMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After WhiteNoise (static files need no database), before everything that may query it.
    "core.resilience.DatabaseUnavailableMiddleware",
    # Whole pages for anonymous visitors; a hit runs nothing below (core/cache.py).
    "core.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The admin in its user's language, Wagtail's refusals included (core/middleware.py).
    "core.middleware.AdminLanguageMiddleware",
    # Everything below may act for a signed-in user, so it answers privately (accounts/).
    "accounts.middleware.PrivateCacheMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.sessions.SessionTimeoutMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.middleware.NotFoundMiddleware",
    # Last, as django-axes requires: turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tourism_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.site_context",
                "csp.context_processors.nonce",
            ],
        },
    },
]

WSGI_APPLICATION = "tourism_site.wsgi.application"

# SQLite is the embedded default; DATABASE_URL switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DB_CONN_MAX_AGE", "60")),
        # A persistent connection that died with the server is checked and
        # dropped at the next request instead of failing it (docs/operations.md).
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers queue instead of failing with "database is locked" (databases.py).
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # libpq waits forever for an unreachable host by default; a visitor
    # should get the 503 page within seconds instead.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(env("DB_CONNECT_TIMEOUT", "5"))
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------
# Vietnamese is the source language. Every language has a URL prefix, the
# default included, so that a URL always says which language it serves.
LANGUAGE_CODE = "vi"
LANGUAGES = [
    ("vi", _("Vietnamese")),
    ("en", _("English")),
    ("fr", _("French")),
    ("it", _("Italian")),
    ("ja", _("Japanese")),
    ("ko", _("Korean")),
]
# Language used for visitors whose Accept-Language matches none of ours.
FALLBACK_LANGUAGE_CODE = "en"

# Sample content (events made up to show how the site works, ``EventPage.is_demo``):
# a production site never shows it unless it asks to; dev, tests and the demo do.
SHOW_SAMPLE_CONTENT = env("SHOW_SAMPLE_CONTENT", "false").lower() == "true"
WAGTAIL_I18N_ENABLED = True
# The public API's largest page (api/, docs/api.md): a listing costs the same
# number of queries for any size, but not the same time.
WAGTAILAPI_LIMIT_MAX = 50
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# locale/: our own strings (make messages). locale_admin/: Vietnamese for the
# Wagtail and wagtail-localize admin strings their own catalogues leave in
# English (docs/languages.md); makemessages never writes there.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_admin"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True

# --- Caches -------------------------------------------------------------------
# Pages, menus, routes and renditions are cached (core/cache.py). Several
# worker processes must share one cache, or a publish would only reach the
# worker that saw it: files under CACHE_DIR when it is set (production sets a
# default), else this process's memory (development, tests). Every backend
# fails open (core/cache_backends.py): a cache that cannot be read or written
# means uncached pages, never an error.
CACHE_DIR = env("CACHE_DIR")


def cache_settings(cache_dir):
    """Three caches: pages and data; pages with a query string; the content generation.

    Each culls on its own, so a flood of filter combinations cannot evict the
    plain pages, and nothing can evict the generation tokens (two entries).
    """
    if not cache_dir:
        backend, locations = "core.cache_backends.FailOpenLocMemCache", ("", "variants", "gen")
    else:
        backend = "core.cache_backends.FailOpenFileBasedCache"
        locations = (cache_dir, f"{cache_dir}/variants", f"{cache_dir}/generation")
    sizes = (5000, 5000, 100)
    return {
        alias: {"BACKEND": backend, "LOCATION": location, "OPTIONS": {"MAX_ENTRIES": size}}
        for alias, location, size in zip(
            ("default", "variants", "generation"), locations, sizes, strict=True
        )
    }


CACHES = cache_settings(CACHE_DIR)
PAGE_CACHE_ENABLED = env("PAGE_CACHE", "true").lower() == "true"
# Seconds a cached page or fragment lives; publishing retires them at once anyway.
PAGE_CACHE_TIMEOUT = int(env("PAGE_CACHE_TIMEOUT", "3600"))

# A caching proxy in front (Varnish, docs/caching.md): the URLs a change shows on
# are sent to it as PURGE requests after each commit (core/cache.py). Only the
# utility is used: wagtail.contrib.frontend_cache stays out of INSTALLED_APPS, as
# its app would purge each published page a second time, without the other URLs.
FRONTEND_CACHE_URL = env("FRONTEND_CACHE_URL")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            # Wagtail's HTTPBackend with a time limit per PURGE: a hung proxy
            # cannot hold a publish (core/frontend_cache.py).
            "BACKEND": "core.frontend_cache.TimeLimitedHTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
            "TIMEOUT": 2,
        }
    }
# Our lists already name each language's URL (core/purge.py); Wagtail would
# otherwise send every URL once per content language.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# --- Static and media --------------------------------------------------------
STATICFILES_DIRS = [BASE_DIR / "static_src"]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
# Files browsers fetch from the site root unasked (favicon.ico), served by WhiteNoise.
WHITENOISE_ROOT = BASE_DIR / "static_src" / "root"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "/media/"
STORAGES = {
    # Documents and original images get a random folder in their name (core/uploads.py).
    "default": {"BACKEND": "core.uploads.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Wagtail -----------------------------------------------------------------
WAGTAIL_SITE_NAME = "Hanoi Craft Villages"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The public site's address for the default Site (core/public_url.py,
# `manage.py set_public_url`); production.py checks it and derives the rest.
PUBLIC_URL = env("PUBLIC_URL", "")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Wagtail's defaults (128 megapixels, no byte limit) invite decompression bombs.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Refuses images over Pillow's own bomb limit with a message, not a 500.
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.security.SafeImageForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "csv", "txt"]
# Every download goes through Wagtail's view and its collection privacy rules
# (password, sign-in, groups); never a redirect to the file in /media/, which
# serves images only (core.security.serve_upload).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Wagtail's password forms for private pages and documents, in the site's design.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "security/password_required.html"  # noqa: S105
WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE = "security/document_password_required.html"  # noqa: S105
# Types a browser may show instead of downloading (Wagtail's default): PDF.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Machine translation in the translation editor (docs/glossary.md): DeepL when a key
# is set, else the glossary-only translator that fills exact glossary terms.
DEEPL_AUTH_KEY = env("DEEPL_AUTH_KEY", "")
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": (
        "glossary.machine_translation.DeepLTranslator"
        if DEEPL_AUTH_KEY
        else "glossary.machine_translation.GlossaryTranslator"
    ),
    "OPTIONS": {
        "AUTH_KEY": DEEPL_AUTH_KEY,
        "TIMEOUT": float(env("DEEPL_TIMEOUT", "10")),
        "RETRIES": int(env("DEEPL_RETRIES", "1")),
        "SERVER_URL": env("DEEPL_SERVER_URL", ""),
    },
}
# A page submitted for translation becomes a draft in the target language,
# live only once someone who may publish publishes it (wagtail-localize's
# default copies the source's live status: an untranslated copy went live).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Map tiles are the only outside resource; every map has a plain list beside it.
MAP_TILE_URL = env("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env(
    "MAP_TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
)

# --- Security ----------------------------------------------------------------
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# HSTS is sent only on requests Django sees as secure, so it is safe to keep
# here: plain-HTTP dev servers never send it.
SECURE_HSTS_SECONDS = 63072000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
# Sent by core.security.SecurityHeadersMiddleware on every response.
PERMISSIONS_POLICY = security_policies.PERMISSIONS_POLICY
SECURE_CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
# Content-Security-Policy (django-csp): strict for the public site, a looser
# one for the Wagtail admin; docs/security.md explains every exception.
MAP_TILE_ORIGIN = security_policies.origin_of(MAP_TILE_URL)
CONTENT_SECURITY_POLICY = {"DIRECTIVES": security_policies.public_csp(MAP_TILE_ORIGIN)}
CONTENT_SECURITY_POLICY_ADMIN = {"DIRECTIVES": security_policies.admin_csp(MAP_TILE_ORIGIN)}
CONTENT_SECURITY_POLICY_ADMIN_LOGIN = {"DIRECTIVES": security_policies.admin_login_csp()}
# Anonymous admin pages keep a strict policy; the editor itself needs the looser one.
CONTENT_SECURITY_POLICY_ADMIN_PATH = "/admin/"
CONTENT_SECURITY_POLICY_ADMIN_LOGIN_PATHS = ("/admin/login/", "/admin/password_reset/")
# No avatars fetched from gravatar.com: nothing in the admin leaves the site.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Brute-force protection for the admin login (django-axes): 5 failures for the
# same username from the same address lock that pair out for 30 minutes.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# A sign-in succeeds only with its second factor, so the count is reset then
# (accounts.services.signed_in_fully), not when the password alone was right:
# otherwise a stolen password would buy fresh code guesses at every sign-in.
AXES_RESET_ON_SUCCESS = False
# Failures for one username from all addresses together (accounts/lockout.py).
AXES_HANDLER = "accounts.lockout.AccountLockoutHandler"
AXES_ACCOUNT_FAILURE_LIMIT = 20
AXES_LOCKOUT_CALLABLE = "core.security.lockout_response"
# Behind TRUSTED_PROXY_COUNT proxies the client address comes from X-Forwarded-For.
AXES_CLIENT_IP_CALLABLE = "core.security.client_ip_address"
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))
# Passwords of private pages and documents (core/view_passwords.py): wrong
# guesses counted in the Django cache, per client address (all forms) and per
# restriction (all clients); past a limit the form answers 429 for the window.
VIEW_PASSWORD_GUESSES_PER_CLIENT = 5
VIEW_PASSWORD_GUESSES_PER_RESTRICTION = 30
VIEW_PASSWORD_GUESS_WINDOW = timedelta(minutes=15)

# --- Editors' sign-in (docs/security.md) -------------------------------------------
# Superusers and groups that may publish pages need a second factor (TOTP app,
# recovery codes); dev and test settings relax it, tests of it turn it back on.
TWO_FACTOR_REQUIRED = True
# Demo accounts with a printed password: only the development settings turn this on.
DEMO_USERS_ENABLED = False
TWO_FACTOR_PROTECTED_PATH = "/admin/"
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# A session ends 12 hours after sign-in whatever happens, and after 30 minutes
# without a request (accounts/sessions.py).
SIGNIN_MAX_AGE = timedelta(hours=12)
SIGNIN_IDLE_TIMEOUT = timedelta(minutes=30)
SESSION_COOKIE_AGE = int(SIGNIN_MAX_AGE.total_seconds())
# Password reset e-mails (accounts/password_reset.py): per client and per
# address, in the shared cache.
PASSWORD_RESET_LIMIT_PER_CLIENT = 5
PASSWORD_RESET_LIMIT_PER_ADDRESS = 3
PASSWORD_RESET_RATE_WINDOW = timedelta(hours=1)

# --- Operations: health, error reports -----------------------------------------
# /healthz runs its checks at most once per this many seconds per process
# (core/health.py); its per-check detail needs this token as a Bearer token
# (or a signed-in superuser). Empty: no token opens the detail.
HEALTHZ_INTERVAL = float(env("HEALTHZ_INTERVAL", "10"))
HEALTHZ_TOKEN = env("HEALTHZ_TOKEN", "")

# Who gets an e-mail with the traceback of every 500: "Name <a@example.org>, b@example.org".
# The mail server comes from the EMAIL_* settings; with no ADMINS nothing is sent.
ADMINS = monitoring.parse_admins(env("ADMINS", ""))
SERVER_EMAIL = env("SERVER_EMAIL", "root@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
        # A database outage answers every request with a 503 and logs it; one
        # e-mail per request would bury the admins (and slow every 503 down).
        "not_an_outage": {
            "()": "django.utils.log.CallbackFilter",
            "callback": monitoring.is_not_outage_record,
        },
    },
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false", "not_an_outage"],
        },
        "django.server": {"class": "logging.StreamHandler", "formatter": "django.server"},
    },
    "loggers": {
        # Replaces Django's default "django" logger (whose own mail_admins would
        # send each 500 twice): 500s (django.request) and suspicious requests
        # (django.security) are mailed; everything still reaches the console
        # through the root logger.
        "django": {"handlers": ["mail_admins"], "level": "INFO"},
        # As Django's default: runserver's access log, on its own.
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}

# Sentry, only when SENTRY_DSN is set (core/monitoring.py; no personal data sent).
SENTRY_DSN = env("SENTRY_DSN", "")
if SENTRY_DSN:
    monitoring.init_sentry(
        SENTRY_DSN,
        environment=env("SENTRY_ENVIRONMENT", "production"),
        release=env("SENTRY_RELEASE") or None,
        traces_sample_rate=float(env("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )

# Trade enquiries (enquiries app, docs/enquiries.md): the machine translator that
# puts buyers' messages into Vietnamese for the producers, none when empty, e.g.
# ENQUIRY_TRANSLATOR=enquiries.translators.LibreTranslateTranslator with its
# ENQUIRY_TRANSLATOR_URL and ENQUIRY_TRANSLATOR_KEY.
ENQUIRY_TRANSLATOR = env("ENQUIRY_TRANSLATOR", "")
ENQUIRY_TRANSLATOR_URL = env("ENQUIRY_TRANSLATOR_URL", "")
ENQUIRY_TRANSLATOR_KEY = env("ENQUIRY_TRANSLATOR_KEY", "")
