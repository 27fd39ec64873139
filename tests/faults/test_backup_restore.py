"""The restore drill: a real backup restored into a fresh database and media folder.

``restore_drill`` (conftest) builds the demo site, backs it up with the
database's own tools, encrypted, and restores it; these tests read what it
found and try the restore's refusals on the real backup it made.
"""

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

import psycopg
import pytest
from cryptography.fernet import Fernet

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
def key(restore_drill):
    """The key the drill's backup is encrypted with."""
    return restore_drill["key"]


def mode_of(path):
    return stat.S_IMODE(Path(path).stat().st_mode)


def database_file_name(drill):
    return "database.sqlite3" if drill["engine"] == "sqlite" else "database.pgdump"


def decrypted(backup_script, key, sealed, target):
    backup_script.decrypt_file(Fernet(key.encode()), sealed, target)
    return target


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


def test_backup_folder_holds_database_media_and_a_manifest_with_checksums(
    drill, backup_script, key, tmp_path
):
    backup_dir = Path(drill["backup_dir"])
    assert backup_dir.parent.name == "backups"
    manifest = json.loads((backup_dir / "manifest.json").read_text())
    assert manifest["engine"] == drill["engine"]
    assert manifest["migrations_applied"] > 100
    database_file = database_file_name(drill)
    assert set(manifest["files"]) == {f"{database_file}.fernet", "media.tar.gz.fernet"}
    for name, entry in manifest["files"].items():
        assert entry["sha256"] == backup_script.sha256_of(backup_dir / name)
        assert entry["bytes"] == (backup_dir / name).stat().st_size
    media = decrypted(
        backup_script, key, backup_dir / "media.tar.gz.fernet", tmp_path / "media.tar.gz"
    )
    with tarfile.open(media) as archive:
        archived = {member.name for member in archive.getmembers() if member.isfile()}
    source_media = Path(drill["source_media"])
    expected = {str(p.relative_to(source_media)) for p in source_media.rglob("*") if p.is_file()}
    assert archived == expected
    assert any(name.startswith("original_images/") for name in archived)


def test_drill_comparison_reports_a_page_changed_after_restore(
    drill, fresh_target, tmp_path, backup_script, key
):
    """The comparison is not blind: one edited title in a restored copy is one difference."""
    url, media = fresh_target
    restored = run_backup_script(
        "restore",
        drill["backup_dir"],
        "--database-url",
        url,
        "--media-root",
        str(media),
        BACKUP_ENCRYPTION_KEY=key,
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
    found = backup_script.differences(backup_script.compared(before), backup_script.compared(after))
    homes = [pk for pk, page in before["pages"].items() if page["depth"] == 2]
    assert homes
    assert {f"pages/{pk}/title" for pk in homes} <= {line.split(":")[0] for line in found}
    # Nothing else moved: only the pages and the digests of the tables holding them.
    assert all(line.startswith(("pages/", "tables/")) for line in found)


def test_restore_refuses_a_database_that_is_not_empty(drill, tmp_path, key):
    result = run_backup_script(
        "restore",
        drill["backup_dir"],
        "--database-url",
        drill["restored_database_url"],
        "--media-root",
        str(tmp_path / "media"),
        BACKUP_ENCRYPTION_KEY=key,
    )
    assert result.returncode == 1
    assert "is not empty" in result.stderr
    assert not (tmp_path / "media").exists()


def test_restore_refuses_a_media_folder_that_is_not_empty(drill, fresh_target, key):
    url, media = fresh_target
    media.mkdir()
    (media / "keep.txt").write_text("someone's file")
    result = run_backup_script(
        "restore",
        drill["backup_dir"],
        "--database-url",
        url,
        "--media-root",
        str(media),
        BACKUP_ENCRYPTION_KEY=key,
    )
    assert result.returncode == 1
    assert "is not empty" in result.stderr
    assert [p.name for p in media.iterdir()] == ["keep.txt"]


def test_restore_refuses_a_damaged_backup(drill, fresh_target, tmp_path, key):
    url, media = fresh_target
    damaged = tmp_path / "damaged"
    shutil.copytree(drill["backup_dir"], damaged)
    archive = damaged / "media.tar.gz.fernet"
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF
    archive.write_bytes(bytes(data))
    result = run_backup_script(
        "restore",
        str(damaged),
        "--database-url",
        url,
        "--media-root",
        str(media),
        BACKUP_ENCRYPTION_KEY=key,
    )
    assert result.returncode == 1
    assert "damaged" in result.stderr
    assert not media.exists()


def test_backup_is_readable_by_its_owner_only(drill):
    backup_dir = Path(drill["backup_dir"])
    assert mode_of(backup_dir.parent) == 0o700
    assert mode_of(backup_dir) == 0o700
    files = list(backup_dir.iterdir())
    assert {path.name for path in files} >= {"manifest.json", "media.tar.gz.fernet"}
    assert {path.name: mode_of(path) for path in files} == dict.fromkeys(
        (path.name for path in files), 0o600
    )


def test_backup_under_a_permissive_umask_into_an_open_folder_is_still_private(drill, tmp_path):
    """Without a key: not encrypted (and says so), but 0600 files in 0700 folders all the same."""
    output = tmp_path / "backups"
    output.mkdir(mode=0o755)
    output.chmod(0o755)
    result = subprocess.run(  # noqa: S603 (argument list, no shell)
        [sys.executable, str(BACKUP_SCRIPT), "backup", "--output-dir", str(output)],
        cwd=BASE_DIR,
        env={
            **{k: v for k, v in os.environ.items() if k != "BACKUP_ENCRYPTION_KEY"},
            "DJANGO_SETTINGS_MODULE": "tourism_site.settings.dev",
            "DATABASE_URL": drill["restored_database_url"],
            "MEDIA_ROOT": drill["restored_media"],
        },
        umask=0o022,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "BACKUP_ENCRYPTION_KEY is not set: this backup is not encrypted" in result.stderr
    backup_dir = Path(result.stdout.strip().splitlines()[-1])
    assert backup_dir.parent == output
    assert mode_of(output) == 0o700
    assert mode_of(backup_dir) == 0o700
    names = {path.name: mode_of(path) for path in backup_dir.iterdir()}
    assert names == dict.fromkeys(
        ("manifest.json", database_file_name(drill), "media.tar.gz"), 0o600
    )
    assert json.loads((backup_dir / "manifest.json").read_text())["encryption"] is None


def test_drill_leaves_sessions_and_sign_in_attempts_out_of_the_backup(drill):
    left_out = drill["left_out"]
    # The drill signed someone in and failed a sign-in before backing up.
    assert left_out["sessions.Session"] == {"source": 1, "restored": 0}
    assert left_out["axes.AccessAttempt"] == {"source": 1, "restored": 0}
    assert left_out["axes.AccessLog"] == {"source": 1, "restored": 0}
    assert all(rows["restored"] == 0 for rows in left_out.values())


def test_backup_holds_no_session_or_client_address(drill, backup_script, key, tmp_path):
    """Not even in the free pages of the SQLite file, nor as table data in the dump."""
    backup_dir = Path(drill["backup_dir"])
    name = database_file_name(drill)
    plain = decrypted(backup_script, key, backup_dir / f"{name}.fernet", tmp_path / name)
    if drill["engine"] == "sqlite":
        assert plain.read_bytes().startswith(b"SQLite format 3\x00")
        assert b"203.0.113.7" not in plain.read_bytes()
        connection = sqlite3.connect(plain)
        try:
            for table in ("django_session", "axes_accessattempt", "axes_accesslog"):
                assert connection.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)  # noqa: S608
        finally:
            connection.close()
    else:
        assert plain.read_bytes().startswith(b"PGDMP")
        server_major = json.loads((backup_dir / "manifest.json").read_text())["postgresql_major"]
        listing = subprocess.run(  # noqa: S603 (argument list, no shell)
            [backup_script.pg_tool("pg_restore", server_major), "--list", str(plain)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "TABLE DATA public wagtailcore_page" in listing
        for table in ("django_session", "axes_accessattempt", "axes_accesslog"):
            assert f"TABLE public {table} " in listing
            assert f"TABLE DATA public {table} " not in listing


def test_encrypted_backup_shows_no_content(drill, backup_script, key, tmp_path):
    backup_dir = Path(drill["backup_dir"])
    name = database_file_name(drill)
    sealed = (backup_dir / f"{name}.fernet").read_bytes()
    plain = decrypted(backup_script, key, backup_dir / f"{name}.fernet", tmp_path / name)
    for readable in (b"SQLite format 3", b"PGDMP", b"wagtailcore_page", "Bát Tràng".encode()):
        assert readable not in sealed
    assert b"wagtailcore_page" in plain.read_bytes()


@pytest.mark.parametrize(
    ("given_key", "message"),
    [
        (None, "this backup is encrypted: set BACKUP_ENCRYPTION_KEY"),
        (Fernet.generate_key().decode(), "BACKUP_ENCRYPTION_KEY does not open this backup"),
        ("not-a-key", "BACKUP_ENCRYPTION_KEY is not a Fernet key"),
    ],
    ids=["missing", "wrong", "malformed"],
)
def test_restore_refuses_an_encrypted_backup_without_its_key(
    drill, fresh_target, backup_script, given_key, message
):
    url, media = fresh_target
    environment = {"BACKUP_ENCRYPTION_KEY": given_key or ""}
    result = run_backup_script(
        "restore",
        drill["backup_dir"],
        "--database-url",
        url,
        "--media-root",
        str(media),
        **environment,
    )
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    # Nothing was touched.
    assert not media.exists()
    database = backup_script.parse_database_url(url)
    if drill["engine"] == "sqlite":
        assert backup_script.sqlite_table_count(database["NAME"]) == 0
    else:
        assert backup_script.pg_table_count(database) == 0
