"""Settings for several app servers, read from the environment (docs/deployment.md).

Pure functions of a mapping (``os.environ`` in production.py, a dict in
tests): each returns the settings it decides, or nothing when its variable is
unset, so one machine with files on disk keeps working unchanged.

- ``REDIS_URL``: the caches (pages, query-string pages, the content
  generation), sessions and the rate-limit counters, shared by every server;
- ``AWS_STORAGE_BUCKET_NAME`` (and its companions): media in S3-compatible
  object storage, still served at ``/media/`` by the app;
- ``PUBLIC_URL``: the one address of the public site;
- ``DB_CONN_MAX_AGE``, ``DB_CONN_HEALTH_CHECKS``: persistent database connections.
"""

from urllib.parse import urlsplit, urlunsplit

from django.core.exceptions import ImproperlyConfigured

from core.public_url import PublicURLError, parse_public_url

# The aliases base.cache_settings makes, each with its own Redis database
# (offset from the URL's): a clear() of one never empties another.
CACHE_ALIASES = ("default", "variants", "generation")
REDIS_SCHEMES = ("redis", "rediss")
# Seconds one Redis call may take before it counts as a miss (fail open).
DEFAULT_REDIS_TIMEOUT = "0.5"
S3_BACKEND = "core.object_storage.S3Storage"
TRUE, FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off", "")


def flag(environ, name, default):
    value = environ.get(name, default).strip().lower()
    if value not in TRUE + FALSE:
        raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")
    return value in TRUE


def seconds(environ, name, default):
    value = environ.get(name, default)
    try:
        number = float(value)
    except ValueError:
        number = -1
    if not 0 < number <= 60:
        raise ImproperlyConfigured(f"{name} must be a number of seconds (0–60), not {value!r}.")
    return number


def redis_location(url, offset):
    """``url`` pointing at its database number plus ``offset``."""
    parts = urlsplit(url)
    if parts.scheme not in REDIS_SCHEMES or not parts.hostname:
        raise ImproperlyConfigured(
            f"REDIS_URL must look like redis://host:6379/0 or rediss://…, not {url!r}."
        )
    database = parts.path.strip("/") or "0"
    if not database.isdigit():
        raise ImproperlyConfigured(f"REDIS_URL's path must be a database number, not {url!r}.")
    path = f"/{int(database) + offset}"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def redis_cache_settings(environ, release):
    """CACHES on Redis for every alias, keys prefixed with the release; None without REDIS_URL."""
    url = environ.get("REDIS_URL", "").strip()
    if not url:
        return None
    timeout = seconds(environ, "REDIS_TIMEOUT", DEFAULT_REDIS_TIMEOUT)
    prefix = environ.get("CACHE_KEY_PREFIX", "hcv").strip() or "hcv"
    return {
        alias: {
            "BACKEND": "core.cache_backends.FailOpenRedisCache",
            "LOCATION": redis_location(url, offset),
            # Each release reads and writes its own keys (core/release.py).
            "KEY_PREFIX": f"{prefix}:{release}:{alias}",
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": timeout,
                "SOCKET_TIMEOUT": timeout,
            },
        }
        for offset, alias in enumerate(CACHE_ALIASES)
    }


def session_settings(environ):
    """Sessions read from Redis and written through to the database.

    A Redis restart signs nobody out, and a server whose Redis is away still
    finds the session in the database.
    """
    if not environ.get("REDIS_URL", "").strip():
        return {}
    return {"SESSION_ENGINE": "django.contrib.sessions.backends.cached_db"}


def media_storage_settings(environ):
    """The "default" storage on S3-compatible object storage; None without a bucket.

    The bucket stays private: the app serves images at ``/media/`` and
    documents through Wagtail's view (core/object_storage.py).
    """
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if not bucket:
        return None
    options = {"bucket_name": bucket}
    endpoint = environ.get("AWS_S3_ENDPOINT_URL", "").strip()
    if endpoint:
        if urlsplit(endpoint).scheme not in ("http", "https"):
            raise ImproperlyConfigured(
                f"AWS_S3_ENDPOINT_URL must be an http(s):// address, not {endpoint!r}."
            )
        options["endpoint_url"] = endpoint
    for variable, option in (
        ("AWS_S3_REGION_NAME", "region_name"),
        ("AWS_ACCESS_KEY_ID", "access_key"),
        ("AWS_SECRET_ACCESS_KEY", "secret_key"),
        ("AWS_LOCATION", "location"),
    ):
        value = environ.get(variable, "").strip()
        if value:
            options[option] = value
    if ("access_key" in options) != ("secret_key" in options):
        raise ImproperlyConfigured(
            "Set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or neither "
            "(to use the machine's own role)."
        )
    return {"BACKEND": S3_BACKEND, "OPTIONS": options}


def public_url_settings(environ, allowed_hosts, csrf_trusted_origins):
    """PUBLIC_URL, the admin's base URL, and the host added to ALLOWED_HOSTS; {} without it."""
    url = environ.get("PUBLIC_URL", "").strip()
    if not url:
        return {}
    try:
        public = parse_public_url(url)
    except PublicURLError as error:
        raise ImproperlyConfigured(f"PUBLIC_URL: {error}") from None
    hosts = list(allowed_hosts)
    if public.hostname not in hosts:
        hosts.append(public.hostname)
    origins = list(csrf_trusted_origins)
    if public.root_url not in origins:
        origins.append(public.root_url)
    return {
        "PUBLIC_URL": public.root_url,
        # Links in e-mails and notifications go to the public address unless
        # the admin has one of its own.
        "WAGTAILADMIN_BASE_URL": environ.get("WAGTAILADMIN_BASE_URL", "").strip()
        or public.root_url,
        "ALLOWED_HOSTS": hosts,
        "CSRF_TRUSTED_ORIGINS": origins,
    }


def database_connection_settings(environ):
    """How long a worker keeps its database connection, and whether it checks it first."""
    value = environ.get("DB_CONN_MAX_AGE", "60").strip()
    if value.lower() in ("none", "forever"):
        max_age = None
    elif value.isdigit():
        max_age = int(value)
    else:
        raise ImproperlyConfigured(
            "DB_CONN_MAX_AGE must be seconds (0 closes after each request) "
            f"or 'none', not {value!r}."
        )
    return {
        "CONN_MAX_AGE": max_age,
        "CONN_HEALTH_CHECKS": flag(environ, "DB_CONN_HEALTH_CHECKS", "true"),
    }
