"""``/healthz``: a real round trip to the database, the cache and the media storage."""

import json

import pytest
from django.core.files.storage import storages
from django.test import Client, override_settings
from django.urls import reverse

from .outage import database_unreachable

pytestmark = pytest.mark.django_db

CHECKS = {"database", "cache", "media_storage"}


def get_health(**headers):
    response = Client(raise_request_exception=False).get("/healthz", headers=headers)
    return response, json.loads(response.content)


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


def test_healthz_answers_ok_when_database_cache_and_storage_answer(file_storage):
    response, body = get_health()
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert body == {"status": "ok", "checks": dict.fromkeys(CHECKS, "ok")}
    assert_not_cacheable(response)
    # The probe cleans up after itself: no file is left in the media folder.
    assert not [path for path in file_storage.rglob("*") if path.is_file()]


def test_healthz_lives_outside_the_language_prefixes():
    response, _body = get_health(accept_language="fr")
    assert response.status_code == 200
    assert reverse("healthz") == "/healthz"


def test_healthz_answers_503_naming_the_database_when_it_is_unreachable(tmp_path):
    with database_unreachable(tmp_path):
        response, body = get_health()
    assert response.status_code == 503
    assert body == {
        "status": "error",
        "checks": {"database": "error", "cache": "ok", "media_storage": "ok"},
    }
    assert_not_cacheable(response)


def test_healthz_recovers_when_the_database_comes_back(tmp_path):
    with database_unreachable(tmp_path):
        assert get_health()[0].status_code == 503
    response, body = get_health()
    assert response.status_code == 200
    assert body["checks"]["database"] == "ok"


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
        response, body = get_health()
    assert response.status_code == 503
    assert body["checks"] == {"database": "ok", "cache": "ok", "media_storage": "error"}


def test_healthz_answers_503_when_the_cache_cannot_be_written(tmp_path):
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
        response, body = get_health()
    assert response.status_code == 503
    assert body["checks"] == {"database": "ok", "cache": "error", "media_storage": "ok"}


def test_healthz_reveals_no_error_details(tmp_path):
    with database_unreachable(tmp_path):
        response, body = get_health()
    text = response.content.decode()
    assert set(body) == {"status", "checks"}
    assert set(body["checks"].values()) <= {"ok", "error"}
    for leak in ("Traceback", "OperationalError", str(tmp_path), "sqlite", "postgres"):
        assert leak not in text
