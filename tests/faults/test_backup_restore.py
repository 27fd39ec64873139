"""The restore drill: a real backup restored into a fresh database and media folder.

``restore_drill`` (conftest) builds the demo site, backs it up with the
database's own tools and restores it; these tests read what it found and
try the restore's refusals on the real backup it made.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import psycopg
import pytest

from .conftest import BACKUP_SCRIPT, BASE_DIR


def run_backup_script(*arguments, **environment):
    return subprocess.run(  # noqa: S603 (argument list, no shell)
        [sys.executable, str(BACKUP_SCRIPT), *arguments],
        cwd=BASE_DIR,
        env=dict(os.environ, DJANGO_SETTINGS_MODULE="tourism_site.settings.dev", **environment),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture
def drill(restore_drill):
    result, report = restore_drill["result"], restore_drill["report"]
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return report


@pytest.fixture
def fresh_target(tmp_path, drill, backup_script):
    """An empty database of the drill's engine (URL) and a media folder path."""
    if drill["engine"] == "sqlite":
        yield f"sqlite:///{tmp_path / 'target.sqlite3'}", tmp_path / "media"
        return
    database = backup_script.parse_database_url(drill["restored_database_url"])
    name = f"{database['NAME']}_extra"
    backup_script.create_pg_database(database, name)
    try:
        yield (
            backup_script.with_database_name(drill["restored_database_url"], name),
            tmp_path / "media",
        )
    finally:
        backup_script.drop_pg_database(database, name)


def test_restore_drill_finds_no_difference_in_pages_translations_and_images(restore_drill):
    result, report = restore_drill["result"], restore_drill["report"]
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert report["differences"] == []
    assert "0 differences" in result.stdout
    source = report["source"]
    # The demo site, not an empty shell: six languages of pages, their
    # wagtail-localize translations and the illustrations with their files.
    assert source["pages"] >= 60
    assert source["translations"] >= 50
    assert source["string_translations"] >= 500
    assert source["images"] >= 10
    assert source["media_files"] >= source["images"]
    assert report["restored"] == source
    assert report["source_database_url"] != report["restored_database_url"]
    assert report["source_media"] != report["restored_media"]


def test_backup_folder_holds_database_media_and_a_manifest_with_checksums(drill, backup_script):
    backup_dir = Path(drill["backup_dir"])
    assert backup_dir.parent.name == "backups"
    manifest = json.loads((backup_dir / "manifest.json").read_text())
    assert manifest["engine"] == drill["engine"]
    assert manifest["migrations_applied"] > 100
    database_file = "database.sqlite3" if drill["engine"] == "sqlite" else "database.pgdump"
    assert set(manifest["files"]) == {database_file, "media.tar.gz"}
    for name, entry in manifest["files"].items():
        assert entry["sha256"] == backup_script.sha256_of(backup_dir / name)
        assert entry["bytes"] == (backup_dir / name).stat().st_size
    with tarfile.open(backup_dir / "media.tar.gz") as archive:
        archived = {member.name for member in archive.getmembers() if member.isfile()}
    source_media = Path(drill["source_media"])
    expected = {str(p.relative_to(source_media)) for p in source_media.rglob("*") if p.is_file()}
    assert archived == expected
    assert any(name.startswith("original_images/") for name in archived)


def test_drill_comparison_reports_a_page_changed_after_restore(
    drill, fresh_target, tmp_path, backup_script
):
    """The comparison is not blind: one edited title in a restored copy is one difference."""
    url, media = fresh_target
    restored = run_backup_script(
        "restore", drill["backup_dir"], "--database-url", url, "--media-root", str(media)
    )
    assert restored.returncode == 0, restored.stderr
    if drill["engine"] == "sqlite":
        connection = sqlite3.connect(url.removeprefix("sqlite:///"))
        with connection:
            connection.execute("UPDATE wagtailcore_page SET title = 'Edited' WHERE depth = 2")
        connection.close()
    else:
        with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as connection:
            connection.execute("UPDATE wagtailcore_page SET title = 'Edited' WHERE depth = 2")
    output = tmp_path / "fingerprint.json"
    fingerprinted = run_backup_script(
        "fingerprint", "--output", str(output), DATABASE_URL=url, MEDIA_ROOT=str(media)
    )
    assert fingerprinted.returncode == 0, fingerprinted.stderr
    before = json.loads((Path(drill["workdir"]) / "fingerprint-source.json").read_text())
    after = json.loads(output.read_text())
    found = backup_script.differences(before, after)
    homes = [pk for pk, page in before["pages"].items() if page["depth"] == 2]
    assert homes
    assert {f"pages/{pk}/title" for pk in homes} <= {line.split(":")[0] for line in found}
    # Nothing else moved: only the pages and the digests of the tables holding them.
    assert all(line.startswith(("pages/", "tables/")) for line in found)


def test_restore_refuses_a_database_that_is_not_empty(drill, tmp_path):
    result = run_backup_script(
        "restore",
        drill["backup_dir"],
        "--database-url",
        drill["restored_database_url"],
        "--media-root",
        str(tmp_path / "media"),
    )
    assert result.returncode == 1
    assert "is not empty" in result.stderr
    assert not (tmp_path / "media").exists()


def test_restore_refuses_a_media_folder_that_is_not_empty(drill, fresh_target):
    url, media = fresh_target
    media.mkdir()
    (media / "keep.txt").write_text("someone's file")
    result = run_backup_script(
        "restore", drill["backup_dir"], "--database-url", url, "--media-root", str(media)
    )
    assert result.returncode == 1
    assert "is not empty" in result.stderr
    assert [p.name for p in media.iterdir()] == ["keep.txt"]


def test_restore_refuses_a_damaged_backup(drill, fresh_target, tmp_path):
    url, media = fresh_target
    damaged = tmp_path / "damaged"
    shutil.copytree(drill["backup_dir"], damaged)
    archive = damaged / "media.tar.gz"
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF
    archive.write_bytes(bytes(data))
    result = run_backup_script(
        "restore", str(damaged), "--database-url", url, "--media-root", str(media)
    )
    assert result.returncode == 1
    assert "damaged" in result.stderr
    assert not media.exists()
