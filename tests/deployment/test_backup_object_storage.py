"""scripts/backup.py with media in object storage: a bucket archived, restored into an
empty bucket, and the drill's fingerprint equal on both sides (moto's S3 in-process)."""

import io
import json
import tarfile

import boto3
import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.test import override_settings
from moto import mock_aws

from core.factories import ImageFactory
from tests.faults.conftest import load_backup_module
from tourism_site.settings.deployment import media_storage_settings

pytestmark = pytest.mark.django_db

ENVIRON = {
    "AWS_S3_REGION_NAME": "us-east-1",
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",  # noqa: S105 (moto's)
}


def on_bucket(name):
    return override_settings(
        STORAGES={
            "default": media_storage_settings({**ENVIRON, "AWS_STORAGE_BUCKET_NAME": name}),
            "staticfiles": settings.STORAGES["staticfiles"],
        }
    )


@pytest.fixture(scope="module")
def backup():
    return load_backup_module()


@pytest.fixture
def buckets():
    with mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        for name in ("live-media", "restored-media"):
            client.create_bucket(Bucket=name)
        yield client


def test_a_bucket_backed_up_restores_into_an_empty_bucket_with_equal_fingerprints(
    backup, buckets, tmp_path
):
    archive = tmp_path / "media.tar.gz"
    with on_bucket("live-media"):
        image = ImageFactory()
        image.get_rendition("fill-20x20")
        storages["default"].save("healthz/probe.txt", ContentFile(b"probe"))
        _database, live = backup.site_database_and_media()
        assert isinstance(live, backup.StorageMedia)
        before = backup.fingerprint(live)
        live.archive(archive)
    with tarfile.open(archive) as tar:
        archived = sorted(tar.getnames())
    assert archived == sorted(before["media_files"])
    assert image.file.name in archived
    assert not [name for name in archived if name.startswith("healthz/")]

    with on_bucket("restored-media"):
        _database, restored = backup.site_database_and_media()
        assert restored.names() == []
        restored.extract(archive)
        after = backup.fingerprint(restored)
    assert after["media_files"] == before["media_files"]
    assert after["images"] == before["images"]
    assert before["images"][str(image.pk)]["file_sha256"] is not None
    assert backup.differences(backup.compared(before), backup.compared(after)) == []


def test_restore_refuses_a_bucket_that_is_not_empty(backup, buckets, tmp_path):
    with on_bucket("restored-media"):
        storages["default"].save("images/already-here.png", ContentFile(b"x"))
        _database, media = backup.site_database_and_media()
        with pytest.raises(backup.BackupError, match="is not empty"):
            backup.restore(make_backup_dir(backup, tmp_path), {"ENGINE": "sqlite3"}, media)


def make_backup_dir(backup, tmp_path):
    """A minimal valid backup folder: a manifest naming no files, of an SQLite site."""
    folder = tmp_path / "backup"
    folder.mkdir()
    manifest = {"format": backup.FORMAT_VERSION, "engine": "sqlite", "files": {}}
    (folder / backup.MANIFEST).write_text(json.dumps(manifest))
    return folder


def test_an_archive_entry_that_climbs_out_is_refused(backup, buckets, tmp_path):
    archive = tmp_path / "hostile.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        info = tarfile.TarInfo("../outside.png")
        info.size = 3
        tar.addfile(info, io.BytesIO(b"png"))
    with on_bucket("restored-media"):
        _database, media = backup.site_database_and_media()
        with pytest.raises(backup.BackupError, match="unsafe entry"):
            media.extract(archive)
        assert media.names() == []
