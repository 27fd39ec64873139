"""``/healthz``: a real write to the database, a cache and a storage round trip,
cheap under a flood of probes, and nothing revealed to an anonymous caller."""

import json
from contextlib import contextmanager

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import storages
from django.db import connection, connections
from django.db.utils import load_backend
from django.test import Client, override_settings
from django.urls import reverse

from core import health
from core.models import HealthHeartbeat

from .outage import database_unreachable

pytestmark = pytest.mark.django_db

CHECKS = {"database", "cache", "media_storage"}
TOKEN = "health-token-for-tests"  # noqa: S105


@pytest.fixture(autouse=True)
def fresh_checks():
    """Each request checks again (interval 0), unless a test says otherwise."""
    health.latest.forget()
    with override_settings(HEALTHZ_INTERVAL=0, HEALTHZ_TOKEN=TOKEN):
        yield
    health.latest.forget()


def get_health(client=None, token=None, **headers):
    if token is not None:
        headers["authorization"] = f"Bearer {token}"
    client = client or Client(raise_request_exception=False)
    response = client.get("/healthz", headers=headers)
    return response, json.loads(response.content)


def get_detail():
    return get_health(token=TOKEN)


def assert_not_cacheable(response):
    assert "no-store" in response["Cache-Control"]
    assert "max-age=0" in response["Cache-Control"]


@pytest.fixture
def file_storage(tmp_path):
    """Media on disk, as in production (the test settings keep it in memory)."""
    media = tmp_path / "media"
    with override_settings(
        STORAGES={
            "default": {
                "BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": str(media)},
            },
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
    ):
        yield media


@pytest.fixture
def file_cache(tmp_path):
    """The file cache production uses, in a folder of its own."""
    location = tmp_path / "cache"
    with override_settings(
        CACHES={
            "default": {
                "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                "LOCATION": str(location),
            }
        }
    ):
        yield location


# --- What an anonymous caller and an operator see ------------------------------


def test_anonymous_caller_gets_only_ok_and_200(file_storage):
    response, body = get_health()
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert body == {"status": "ok"}
    assert_not_cacheable(response)
    assert {"Authorization", "Cookie"} <= {part.strip() for part in response["Vary"].split(",")}
    # The probe cleans up after itself: no file is left in the media folder.
    assert not [path for path in file_storage.rglob("*") if path.is_file()]


def test_token_holder_gets_each_check(file_storage):
    response, body = get_detail()
    assert response.status_code == 200
    assert body["status"] == "ok"
    assert body["checks"] == dict.fromkeys(CHECKS, "ok")
    assert set(body) == {"status", "checks", "checked_at"}
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize(
    "authorization",
    [
        f"Bearer {TOKEN}x",
        f"Bearer {TOKEN[:-1]}",
        "Bearer ",
        f"Basic {TOKEN}",
        TOKEN,
    ],
    ids=["longer", "shorter", "empty", "other-scheme", "no-scheme"],
)
def test_a_wrong_token_gets_the_anonymous_answer(authorization):
    response = Client().get("/healthz", headers={"authorization": authorization})
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok"}


def test_no_token_opens_the_detail_when_none_is_configured():
    with override_settings(HEALTHZ_TOKEN=""):
        _response, body = get_health(token="")
    assert body == {"status": "ok"}


def test_signed_in_superuser_gets_each_check_and_an_editor_does_not():
    users = get_user_model().objects
    client = Client()
    client.force_login(users.create_user("editor", password="x", is_staff=True))  # noqa: S106
    assert get_health(client)[1] == {"status": "ok"}
    client.force_login(users.create_superuser("root", password="x"))  # noqa: S106
    assert get_health(client)[1]["checks"] == dict.fromkeys(CHECKS, "ok")


def test_healthz_lives_outside_the_language_prefixes():
    response, _body = get_health(accept_language="fr")
    assert response.status_code == 200
    assert reverse("healthz") == "/healthz"


# --- The database ---------------------------------------------------------------


def test_healthz_answers_503_naming_the_database_when_it_is_unreachable(tmp_path):
    with database_unreachable(tmp_path):
        anonymous, anonymous_body = get_health()
        detail, body = get_detail()
    assert anonymous.status_code == detail.status_code == 503
    assert anonymous_body == {"status": "unavailable"}
    assert body["status"] == "unavailable"
    assert body["checks"] == {"database": "error", "cache": "ok", "media_storage": "ok"}
    assert_not_cacheable(anonymous)


def test_healthz_recovers_when_the_database_comes_back(tmp_path):
    with database_unreachable(tmp_path):
        assert get_health()[0].status_code == 503
    response, body = get_detail()
    assert response.status_code == 200
    assert body["checks"]["database"] == "ok"


def test_healthz_writes_to_the_database():
    get_health()
    first = HealthHeartbeat.objects.get()
    get_health()
    assert HealthHeartbeat.objects.get().beat_at > first.beat_at
    assert HealthHeartbeat.objects.count() == 1


@contextmanager
def sqlite_file_as_default(path, mode):
    """The default connection, for the duration, on a SQLite file opened in ``mode``."""
    original = connections["default"]
    settings_dict = dict(
        original.settings_dict,
        ENGINE="django.db.backends.sqlite3",
        NAME=f"file:{path}?mode={mode}",
        OPTIONS={},
    )
    wrapper = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, alias="default")
    connections["default"] = wrapper
    try:
        yield
    finally:
        wrapper.close()
        connections["default"] = original


@pytest.mark.parametrize(("mode", "status"), [("rw", 200), ("ro", 503)])
def test_healthz_fails_on_a_read_only_sqlite_file(tmp_path, mode, status):
    """A SQLite file opened read-only still answers SELECT 1, but not the health check."""
    path = tmp_path / "site.sqlite3"
    with sqlite_file_as_default(path, "rwc"):
        with connections["default"].schema_editor() as editor:
            editor.create_model(HealthHeartbeat)
        HealthHeartbeat.objects.create(pk=health.HEARTBEAT_ID, beat_at="2026-01-01T00:00:00Z")
    with sqlite_file_as_default(path, mode):
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM core_healthheartbeat")
            assert cursor.fetchone() == (1,)
        response, body = get_detail()
    assert response.status_code == status
    assert body["checks"]["database"] == ("ok" if mode == "rw" else "error")


@contextmanager
def read_only_database():
    """The test database itself refuses writes, as the database server would."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET default_transaction_read_only = on")
        else:
            cursor.execute("PRAGMA query_only = ON")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("SET default_transaction_read_only = off")
            else:
                cursor.execute("PRAGMA query_only = OFF")


@pytest.mark.django_db(transaction=True)
def test_healthz_fails_when_the_database_is_read_only():
    """PostgreSQL with ``default_transaction_read_only``, SQLite with ``query_only``."""
    assert get_health()[0].status_code == 200
    with read_only_database():
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            assert cursor.fetchone() == (1,)
        anonymous, anonymous_body = get_health()
        _detail, body = get_detail()
    assert anonymous.status_code == 503
    assert anonymous_body == {"status": "unavailable"}
    assert body["checks"] == {"database": "error", "cache": "ok", "media_storage": "ok"}
    assert get_health()[0].status_code == 200


# --- Cache and storage ------------------------------------------------------------


def test_healthz_answers_503_when_the_media_storage_cannot_be_written(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the media folder should be")
    with override_settings(
        STORAGES={
            "default": {
                "BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": str(blocker / "media")},
            },
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
    ):
        assert storages["default"].location.startswith(str(blocker))
        response, body = get_detail()
    assert response.status_code == 503
    assert body["checks"] == {"database": "ok", "cache": "ok", "media_storage": "error"}


def test_healthz_answers_degraded_with_200_when_the_cache_cannot_be_written(tmp_path):
    """The site serves uncached without its cache: a load balancer must keep the server."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    with override_settings(
        CACHES={
            "default": {
                "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                "LOCATION": str(blocker / "cache"),
            }
        }
    ):
        response, body = get_detail()
        anonymous, anonymous_body = get_health()
    assert response.status_code == anonymous.status_code == 200
    assert body["status"] == "degraded"
    assert anonymous_body == {"status": "degraded"}
    assert body["checks"] == {"database": "ok", "cache": "error", "media_storage": "ok"}


def test_healthz_shows_a_failing_page_cache_while_pages_are_served_uncached(tmp_path):
    """The project's fail-open cache never raises, so health asks it what it met."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    with override_settings(
        CACHES={
            "default": {
                "BACKEND": "core.cache_backends.FailOpenFileBasedCache",
                "LOCATION": str(blocker / "cache"),
            }
        }
    ):
        page = Client().get("/robots.txt")
        response, body = get_detail()
    assert page.status_code == 200
    assert response.status_code == 200
    assert body["status"] == "degraded"
    assert body["checks"] == {"database": "ok", "cache": "error", "media_storage": "ok"}


# --- Cheap under a flood ------------------------------------------------------------


def snapshot(*folders):
    """Every file and folder below ``folders`` with its modification time.

    A folder's time changes whenever an entry is created or removed in it, so
    a file written and deleted again between two snapshots still shows.
    """
    found = {}
    for folder in folders:
        for path in [folder, *folder.rglob("*")]:
            found[str(path)] = path.stat().st_mtime_ns
    return found


def flood(count):
    client = Client()
    for number in range(count):
        token = TOKEN if number % 2 else None
        assert get_health(client, token=token)[0].status_code == 200


def test_a_flood_of_probes_writes_no_file_no_cache_entry_and_no_row(file_cache, file_storage):
    with override_settings(HEALTHZ_INTERVAL=60):
        flood(1)
        before = snapshot(file_cache, file_storage)
        beat = HealthHeartbeat.objects.get().beat_at
        flood(200)
        assert snapshot(file_cache, file_storage) == before
        assert HealthHeartbeat.objects.get().beat_at == beat
    # One cache entry in all: the probe's fixed key.
    assert len([path for path in file_cache.iterdir() if path.is_file()]) == 1


def test_checks_run_again_once_the_interval_is_over(file_cache, file_storage):
    """The measurement above is not blind: checking again does show in the folders."""
    with override_settings(HEALTHZ_INTERVAL=60):
        flood(1)
        before = snapshot(file_cache, file_storage)
        beat = HealthHeartbeat.objects.get().beat_at
    with override_settings(HEALTHZ_INTERVAL=0):
        flood(1)
    assert snapshot(file_cache, file_storage) != before
    assert HealthHeartbeat.objects.get().beat_at > beat
    assert len([path for path in file_cache.iterdir() if path.is_file()]) == 1


def test_a_failure_is_also_kept_for_the_interval(tmp_path):
    """A flood while the database is away does not retry it on every request."""
    with override_settings(HEALTHZ_INTERVAL=60):
        with database_unreachable(tmp_path):
            assert get_health()[0].status_code == 503
        assert get_health()[0].status_code == 503
    assert get_health()[0].status_code == 200


# --- Nothing revealed ----------------------------------------------------------------


def test_healthz_reveals_no_error_details(tmp_path):
    with database_unreachable(tmp_path):
        anonymous, _ = get_health()
        detail, body = get_detail()
    assert json.loads(anonymous.content) == {"status": "unavailable"}
    assert set(body["checks"].values()) <= {"ok", "error"}
    for response in (anonymous, detail):
        text = response.content.decode()
        for leak in ("Traceback", "OperationalError", str(tmp_path), "sqlite", "postgres"):
            assert leak not in text
