"""Settings for several app servers, from the environment (tourism_site/settings/deployment.py).

Pure functions of a dict, so each variable and each bad value is tried
without touching this process's settings; the last tests start Django with
the production settings in a child process, as an app server would.
"""

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from core import release
from tourism_site.settings import deployment

from .conftest import BASE_DIR

REDIS = {"REDIS_URL": "redis://cache.internal:6379/2"}
BUCKET = {
    "AWS_STORAGE_BUCKET_NAME": "hcv-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.example.net",
    "AWS_S3_REGION_NAME": "ap-southeast-1",
    "AWS_ACCESS_KEY_ID": "key-id",
    "AWS_SECRET_ACCESS_KEY": "secret",  # noqa: S105 (a test value)
}


# --- Redis ---------------------------------------------------------------------


def test_without_redis_url_the_caches_and_sessions_stay_as_they_are():
    assert deployment.redis_cache_settings({}, "r1") is None
    assert deployment.session_settings({}) == {}


def test_redis_url_puts_every_cache_alias_on_redis_in_a_database_of_its_own():
    caches = deployment.redis_cache_settings(REDIS, "r1")
    assert set(caches) == {"default", "variants", "generation"}
    assert {cache["BACKEND"] for cache in caches.values()} == {
        "core.cache_backends.FailOpenRedisCache"
    }
    assert [caches[alias]["LOCATION"] for alias in ("default", "variants", "generation")] == [
        "redis://cache.internal:6379/2",
        "redis://cache.internal:6379/3",
        "redis://cache.internal:6379/4",
    ]


def test_redis_keys_carry_the_release_and_the_alias():
    first = deployment.redis_cache_settings(REDIS, "2026.12.1")
    second = deployment.redis_cache_settings(REDIS, "2026.12.2")
    assert first["default"]["KEY_PREFIX"] == "hcv:2026.12.1:default"
    assert second["default"]["KEY_PREFIX"] == "hcv:2026.12.2:default"
    assert first["variants"]["KEY_PREFIX"] == "hcv:2026.12.1:variants"


def test_redis_calls_time_out_quickly_so_a_lost_server_costs_little():
    options = deployment.redis_cache_settings(REDIS, "r1")["default"]["OPTIONS"]
    assert options == {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5}
    slower = deployment.redis_cache_settings({**REDIS, "REDIS_TIMEOUT": "2"}, "r1")
    assert slower["default"]["OPTIONS"]["SOCKET_TIMEOUT"] == 2.0


def test_tls_redis_keeps_its_scheme_and_password():
    url = "rediss://:pa55@cache.internal:6380/0"
    caches = deployment.redis_cache_settings({"REDIS_URL": url}, "r1")
    assert caches["generation"]["LOCATION"] == "rediss://:pa55@cache.internal:6380/2"


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("REDIS_URL", "http://cache.internal:6379", "must look like redis://"),
        ("REDIS_URL", "cache.internal:6379", "must look like redis://"),
        ("REDIS_URL", "redis://cache.internal:6379/cache", "database number"),
        ("REDIS_TIMEOUT", "soon", "number of seconds"),
        ("REDIS_TIMEOUT", "0", "number of seconds"),
    ],
)
def test_bad_redis_settings_stop_the_start_with_a_clear_message(variable, value, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        deployment.redis_cache_settings({**REDIS, variable: value}, "r1")


def test_redis_sessions_are_written_through_to_the_database():
    assert deployment.session_settings(REDIS) == {
        "SESSION_ENGINE": "django.contrib.sessions.backends.cached_db"
    }


# --- Object storage ----------------------------------------------------------------


def test_without_a_bucket_media_stays_on_disk():
    assert deployment.media_storage_settings({}) is None


def test_a_bucket_puts_media_in_object_storage():
    storage = deployment.media_storage_settings(BUCKET)
    assert storage == {
        "BACKEND": "core.object_storage.S3Storage",
        "OPTIONS": {
            "bucket_name": "hcv-media",
            "endpoint_url": "https://s3.example.net",
            "region_name": "ap-southeast-1",
            "access_key": "key-id",
            "secret_key": "secret",
        },
    }


def test_a_bucket_without_keys_uses_the_machines_own_role():
    storage = deployment.media_storage_settings({"AWS_STORAGE_BUCKET_NAME": "hcv-media"})
    assert storage["OPTIONS"] == {"bucket_name": "hcv-media"}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"AWS_SECRET_ACCESS_KEY": ""}, "both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"),
        ({"AWS_ACCESS_KEY_ID": ""}, "both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"),
        ({"AWS_S3_ENDPOINT_URL": "s3.example.net"}, "http"),
    ],
)
def test_bad_object_storage_settings_stop_the_start(changes, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        deployment.media_storage_settings({**BUCKET, **changes})


def test_the_bucket_stays_private_and_files_keep_their_names():
    from core.object_storage import S3Storage

    storage = S3Storage(bucket_name="hcv-media", access_key="a", secret_key="b")  # noqa: S106
    assert storage.default_acl == "private"
    assert storage.file_overwrite is False
    assert storage.url("images/kiln.max-800x600.png") == "/media/images/kiln.max-800x600.png"
    assert storage.generate_filename("original_images/kiln.png").count("/") == 2


# --- PUBLIC_URL --------------------------------------------------------------------


def test_public_url_joins_the_allowed_hosts_and_trusted_origins():
    result = deployment.public_url_settings(
        {"PUBLIC_URL": "https://CraftVillages.Hanoi.vn/"}, ["app-a.internal"], []
    )
    assert result == {
        "PUBLIC_URL": "https://craftvillages.hanoi.vn",
        "WAGTAILADMIN_BASE_URL": "https://craftvillages.hanoi.vn",
        "ALLOWED_HOSTS": ["app-a.internal", "craftvillages.hanoi.vn"],
        "CSRF_TRUSTED_ORIGINS": ["https://craftvillages.hanoi.vn"],
    }


def test_public_url_keeps_a_separate_admin_address_and_adds_no_duplicate_host():
    environ = {
        "PUBLIC_URL": "https://craftvillages.hanoi.vn",
        "WAGTAILADMIN_BASE_URL": "https://admin.craftvillages.hanoi.vn",
    }
    result = deployment.public_url_settings(environ, ["craftvillages.hanoi.vn"], [])
    assert result["WAGTAILADMIN_BASE_URL"] == "https://admin.craftvillages.hanoi.vn"
    assert result["ALLOWED_HOSTS"] == ["craftvillages.hanoi.vn"]


def test_without_public_url_nothing_changes():
    assert deployment.public_url_settings({}, ["example.org"], []) == {}


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("craftvillages.hanoi.vn", "must start with https://"),
        ("ftp://craftvillages.hanoi.vn", "must start with https://"),
        ("https://craftvillages.hanoi.vn/vi/", "no path, query or fragment"),
        ("https://craftvillages.hanoi.vn/?a=1", "no path, query or fragment"),
        ("https://admin:pw@craftvillages.hanoi.vn", "user name or password"),
        ("https://craftvillages.hanoi.vn:8443", "only for port 443"),
        ("http://craftvillages.hanoi.vn:443", "port 443 is https"),
        ("https://craft_villages!.vn", "no valid host name"),
        ("https://craftvillages.hanoi.vn:99999", "not a URL"),
    ],
)
def test_a_bad_public_url_stops_the_start_saying_why(url, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        deployment.public_url_settings({"PUBLIC_URL": url}, [], [])


def test_plain_http_on_another_port_is_kept_for_a_local_cluster():
    result = deployment.public_url_settings({"PUBLIC_URL": "http://127.0.0.1:8080"}, [], [])
    assert result["PUBLIC_URL"] == "http://127.0.0.1:8080"
    assert result["ALLOWED_HOSTS"] == ["127.0.0.1"]


# --- Database connections ------------------------------------------------------------


def test_database_connections_persist_a_minute_and_are_checked_by_default():
    assert deployment.database_connection_settings({}) == {
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }


def test_database_connection_settings_from_the_environment():
    environ = {"DB_CONN_MAX_AGE": "none", "DB_CONN_HEALTH_CHECKS": "false"}
    assert deployment.database_connection_settings(environ) == {
        "CONN_MAX_AGE": None,
        "CONN_HEALTH_CHECKS": False,
    }


@pytest.mark.parametrize(
    "environ",
    [{"DB_CONN_MAX_AGE": "-1"}, {"DB_CONN_MAX_AGE": "1h"}, {"DB_CONN_HEALTH_CHECKS": "y"}],
)
def test_bad_database_connection_settings_stop_the_start(environ):
    with pytest.raises(ImproperlyConfigured):
        deployment.database_connection_settings(environ)


# --- The release id ----------------------------------------------------------------------


def test_release_comes_from_the_environment_cleaned_for_a_cache_key():
    assert release.release_id({"RELEASE": "v2026.12 build#7"}) == "v2026.12-build-7"


def test_release_falls_back_to_the_git_commit_of_a_checkout():
    commit = subprocess.run(
        ["git", "rev-parse", "--short=12", "HEAD"],  # noqa: S607 (git from PATH, as the code)
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert release.release_id({}) == commit


def test_release_without_git_is_a_hash_of_the_code_that_changes_with_it(tmp_path):
    (tmp_path / "core").mkdir()
    code = tmp_path / "core" / "models.py"
    code.write_text("A = 1\n")
    first = release.release_id({}, base_dir=tmp_path)
    assert first.startswith("code-")
    assert release.release_id({}, base_dir=tmp_path) == first
    code.write_text("A = 2\n")
    assert release.release_id({}, base_dir=tmp_path) != first


# --- Production settings, as an app server starts them ---------------------------------


def production(environ, *command):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("AWS_", "REDIS", "PUBLIC_URL", "DATABASE_URL", "ALLOWED_HOSTS"))
    }
    environment.update(DJANGO_SETTINGS_MODULE="tourism_site.settings.production", **environ)
    return subprocess.run(  # noqa: S603 (argument list, no shell)
        [sys.executable, "manage.py", *command],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


SECRET = {"SECRET_KEY": "a-production-like-secret-" + "k" * 40}
PRINT_SETTINGS = (
    "from django.conf import settings as s; "
    "print(s.CACHES['default']['BACKEND'], s.CACHES['default']['KEY_PREFIX'], "
    "s.SESSION_ENGINE, s.STORAGES['default']['BACKEND'], s.ALLOWED_HOSTS, s.RELEASE)"
)


def test_production_with_every_tier_passes_check_deploy_and_uses_them():
    environ = {
        **SECRET,
        **REDIS,
        **BUCKET,
        "PUBLIC_URL": "https://craftvillages.hanoi.vn",
        "RELEASE": "2026.12.4",
    }
    check = production(environ, "check", "--deploy", "--fail-level", "WARNING")
    assert check.returncode == 0, check.stdout + check.stderr
    shown = production(environ, "shell", "--no-imports", "-c", PRINT_SETTINGS)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.split() == [
        "core.cache_backends.FailOpenRedisCache",
        "hcv:2026.12.4:default",
        "django.contrib.sessions.backends.cached_db",
        "core.object_storage.S3Storage",
        "['craftvillages.hanoi.vn']",
        "2026.12.4",
    ]


def test_production_refuses_to_start_without_a_secret_key_or_a_host():
    no_secret = production({"PUBLIC_URL": "https://craftvillages.hanoi.vn"}, "check")
    assert no_secret.returncode != 0
    assert "SECRET_KEY must be set" in no_secret.stderr
    no_host = production(SECRET, "check")
    assert no_host.returncode != 0
    assert "ALLOWED_HOSTS (or PUBLIC_URL) must be set" in no_host.stderr


def test_production_refuses_a_bad_public_url():
    result = production({**SECRET, "PUBLIC_URL": "https://craftvillages.hanoi.vn/vi/"}, "check")
    assert result.returncode != 0
    assert "PUBLIC_URL" in result.stderr
    assert "no path, query or fragment" in result.stderr
