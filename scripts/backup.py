#!/usr/bin/env python3
"""Back up, restore and drill-restore the site: the database plus the media folder.

Why not ``dumpdata``/``loaddata``: their round trip of Wagtail and
wagtail-localize content is known to fail (wagtail #5464, wagtail-localize
#732). The database's own tools copy it exactly: SQLite's online backup API
(safe while the site is running) or ``pg_dump``/``pg_restore`` in the
server's major version.

    backup.py backup  [--output-dir backups]
    backup.py restore BACKUP_DIR [--database-url URL] [--media-root DIR]
    backup.py fingerprint [--output FILE]
    backup.py drill [--workdir DIR] [--keep] [--report FILE]

The database and media folder default to the site's settings
(``DATABASE_URL``, ``MEDIA_ROOT``); ``make backup``, ``make restore`` and
``make restore-drill`` call this script. See docs/operations.md.
"""

import argparse
import datetime
import hashlib
import json
import os
import re
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar.gz"
SQLITE_FILE = "database.sqlite3"
PG_DUMP_FILE = "database.pgdump"
FORMAT_VERSION = 1
# The drill builds the demo site with a real file storage (the test settings
# keep media in memory, which a backup could not see).
DRILL_SETTINGS = "tourism_site.settings.dev"


class BackupError(Exception):
    """A problem the operator must fix; reported without a traceback."""


# --- Configuration -----------------------------------------------------------


def parse_database_url(url):
    import dj_database_url

    return dj_database_url.parse(url)


def site_database_and_media():
    """The database settings and media folder the site itself would use."""
    sys.path.insert(0, str(BASE_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tourism_site.settings.dev")
    from django.conf import settings

    return dict(settings.DATABASES["default"]), Path(settings.MEDIA_ROOT)


def engine_of(database):
    engine = database["ENGINE"]
    if engine.endswith("sqlite3"):
        return "sqlite"
    if engine.endswith("postgresql"):
        return "postgresql"
    raise BackupError(f"unsupported database engine {engine}: only SQLite and PostgreSQL")


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- PostgreSQL --------------------------------------------------------------


def pg_connect(database, dbname=None):
    import psycopg

    return psycopg.connect(
        dbname=dbname or database["NAME"],
        user=database.get("USER") or None,
        password=database.get("PASSWORD") or None,
        host=database.get("HOST") or None,
        port=database.get("PORT") or None,
        connect_timeout=10,
        autocommit=True,
    )


def pg_server_major(database):
    with pg_connect(database) as connection:
        number = int(connection.execute("SHOW server_version_num").fetchone()[0])
    return number // 10000


def pg_tool(name, server_major):
    """``pg_dump``/``pg_restore`` of at least the server's major version.

    An older pg_dump refuses a newer server, so prefer the binaries of exactly
    the server's version (Debian installs each under /usr/lib/postgresql/N/bin;
    ``PG_BIN_DIR`` overrides), then anything on PATH that is new enough.
    """
    candidates = []
    if os.environ.get("PG_BIN_DIR"):
        candidates.append(Path(os.environ["PG_BIN_DIR"]) / name)
    candidates.append(Path(f"/usr/lib/postgresql/{server_major}/bin/{name}"))
    on_path = shutil.which(name)
    if on_path:
        candidates.append(Path(on_path))
    for candidate in candidates:
        if not candidate.is_file() or not os.access(candidate, os.X_OK):
            continue
        output = subprocess.run(  # noqa: S603 (argument list, no shell)
            [str(candidate), "--version"], capture_output=True, text=True, check=False
        ).stdout
        match = re.search(r"(\d+)(?:\.\d+)?", output)
        if match and int(match.group(1)) >= server_major:
            return str(candidate)
    raise BackupError(
        f"{name} for PostgreSQL {server_major} (or newer) not found; install the client "
        f"(apt-get install postgresql-client-{server_major}) or set PG_BIN_DIR"
    )


def pg_arguments(database):
    """Connection arguments for libpq tools; the password goes in the environment."""
    arguments = []
    if database.get("HOST"):
        arguments += ["--host", str(database["HOST"])]
    if database.get("PORT"):
        arguments += ["--port", str(database["PORT"])]
    if database.get("USER"):
        arguments += ["--username", str(database["USER"])]
    environment = dict(os.environ)
    if database.get("PASSWORD"):
        environment["PGPASSWORD"] = str(database["PASSWORD"])
    return arguments, environment


def pg_table_count(database):
    with pg_connect(database) as connection:
        query = (
            "SELECT count(*) FROM information_schema.tables "
            "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
        )
        return connection.execute(query).fetchone()[0]


# --- SQLite -----------------------------------------------------------------


def sqlite_copy(source, target):
    """Copy with SQLite's online backup API: consistent even while the site writes."""
    source_connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    target_connection = sqlite3.connect(str(target))
    try:
        source_connection.backup(target_connection)
    finally:
        target_connection.close()
        source_connection.close()


def sqlite_table_count(path):
    if not Path(path).exists():
        return 0
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table'"
        ).fetchone()[0]
    finally:
        connection.close()


# --- Media -------------------------------------------------------------------


def archive_media(media_root, archive):
    media_root = Path(media_root)
    with tarfile.open(archive, "w:gz") as tar:
        if media_root.is_dir():
            for path in sorted(media_root.rglob("*")):
                tar.add(path, arcname=str(path.relative_to(media_root)), recursive=False)


def media_files(media_root):
    media_root = Path(media_root)
    if not media_root.is_dir():
        return []
    return sorted(path for path in media_root.rglob("*") if path.is_file())


# --- backup ------------------------------------------------------------------


def backup(output_dir, database, media_root):
    engine = engine_of(database)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d-%H%M%SZ")
    target = Path(output_dir) / stamp
    suffix = 1
    while target.exists():
        suffix += 1
        target = Path(output_dir) / f"{stamp}-{suffix}"
    target.mkdir(parents=True)
    manifest = {
        "format": FORMAT_VERSION,
        "created_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "engine": engine,
        "files": {},
    }
    if engine == "sqlite":
        source = Path(database["NAME"])
        if not source.is_file():
            raise BackupError(f"no SQLite database at {source}")
        database_file = target / SQLITE_FILE
        sqlite_copy(source, database_file)
        check = sqlite3.connect(database_file)
        try:
            result = check.execute("PRAGMA integrity_check").fetchone()[0]
            manifest["migrations_applied"] = check.execute(
                "SELECT count(*) FROM django_migrations"
            ).fetchone()[0]
        finally:
            check.close()
        if result != "ok":
            raise BackupError(f"the copied database fails SQLite's integrity check: {result}")
    else:
        major = pg_server_major(database)
        pg_dump = pg_tool("pg_dump", major)
        database_file = target / PG_DUMP_FILE
        arguments, environment = pg_arguments(database)
        subprocess.run(  # noqa: S603 (argument list, no shell)
            [pg_dump, *arguments, "--format=custom", "--no-owner", "--no-privileges"]
            + ["--file", str(database_file), "--dbname", database["NAME"]],
            env=environment,
            check=True,
        )
        manifest["postgresql_major"] = major
        with pg_connect(database) as connection:
            manifest["migrations_applied"] = connection.execute(
                "SELECT count(*) FROM django_migrations"
            ).fetchone()[0]
    archive_media(media_root, target / MEDIA_ARCHIVE)
    manifest["media_files"] = len(media_files(media_root))
    for name in (database_file.name, MEDIA_ARCHIVE):
        path = target / name
        manifest["files"][name] = {"bytes": path.stat().st_size, "sha256": sha256_of(path)}
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return target


# --- restore -----------------------------------------------------------------


def read_manifest(backup_dir):
    path = Path(backup_dir) / MANIFEST
    if not path.is_file():
        raise BackupError(f"{backup_dir} has no {MANIFEST}: not a backup made by this script")
    manifest = json.loads(path.read_text())
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(f"unknown backup format {manifest.get('format')!r}")
    for name, expected in manifest["files"].items():
        file = Path(backup_dir) / name
        if not file.is_file() or sha256_of(file) != expected["sha256"]:
            raise BackupError(f"{file} is missing or damaged (checksum differs from the manifest)")
    return manifest


def restore(backup_dir, database, media_root):
    """Restore into an empty database and an empty (or missing) media folder.

    Refuses anything else: restoring over live data would mix two sites.
    """
    backup_dir = Path(backup_dir)
    manifest = read_manifest(backup_dir)
    engine = engine_of(database)
    if engine != manifest["engine"]:
        raise BackupError(f"this backup is of {manifest['engine']}, the target is {engine}")
    media_root = Path(media_root)
    if media_root.exists() and any(media_root.iterdir()):
        raise BackupError(f"the media folder {media_root} is not empty")
    if engine == "sqlite":
        target = Path(database["NAME"])
        if sqlite_table_count(target):
            raise BackupError(f"the database {target} is not empty")
        target.parent.mkdir(parents=True, exist_ok=True)
        sqlite_copy(backup_dir / SQLITE_FILE, target)
    else:
        if pg_table_count(database):
            raise BackupError(f"the database {database['NAME']} is not empty")
        pg_restore = pg_tool("pg_restore", pg_server_major(database))
        arguments, environment = pg_arguments(database)
        subprocess.run(  # noqa: S603 (argument list, no shell)
            [pg_restore, *arguments, "--no-owner", "--no-privileges", "--exit-on-error"]
            + ["--single-transaction", "--dbname", database["NAME"]]
            + [str(backup_dir / PG_DUMP_FILE)],
            env=environment,
            check=True,
        )
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(backup_dir / MEDIA_ARCHIVE, "r:gz") as tar:
        # "data" refuses absolute paths, links out of the folder and device files.
        tar.extractall(media_root, filter="data")


# --- fingerprint: what the drill compares -----------------------------------


def _plain(value):
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    if isinstance(value, dict | list):
        return json.loads(json.dumps(value, default=str, sort_keys=True))
    return str(value)


def _value(obj, field):
    value = field.value_from_object(obj)
    if value is None or isinstance(value, bool | int | float | str | dict | list):
        return _plain(value)
    # The stored form, not str(): str() of a StreamField value renders it
    # (and creates image renditions on the way).
    return _plain(field.value_to_string(obj))


def _row(obj, fields):
    return {field.attname: _value(obj, field) for field in fields}


def _rows(model):
    fields = model._meta.concrete_fields
    return {str(obj.pk): _row(obj, fields) for obj in model._default_manager.order_by("pk")}


def fingerprint(media_root):
    """Everything the drill compares, as plain JSON. Needs Django set up."""
    from django.apps import apps
    from wagtail.images import get_image_model
    from wagtail.models import Page
    from wagtail_localize import models as localize

    pages = {}
    for page in Page.objects.select_related("locale", "latest_revision", "content_type").order_by(
        "pk"
    ):
        row = _row(page, Page._meta.concrete_fields)
        row["locale"] = page.locale.language_code
        row["content_type"] = f"{page.content_type.app_label}.{page.content_type.model}"
        revision = page.latest_revision
        row["latest_revision_content"] = _plain(revision.content) if revision else None
        pages[str(page.pk)] = row

    translations = {
        model.__name__: _rows(model)
        for model in (
            localize.TranslationSource,
            localize.Translation,
            localize.String,
            localize.TranslationContext,
            localize.StringSegment,
            localize.StringTranslation,
        )
    }

    image_model = get_image_model()
    media_root = Path(media_root)
    images = _rows(image_model)
    for row in images.values():
        path = media_root / row["file"]
        row["file_sha256"] = sha256_of(path) if path.is_file() else None
    renditions = _rows(image_model.get_rendition_model())

    files = {str(path.relative_to(media_root)): sha256_of(path) for path in media_files(media_root)}

    # Every other table as a row count and a digest, so that nothing else is lost unseen.
    tables = {}
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        rows = _rows(model)
        digest = hashlib.sha256(json.dumps(rows, sort_keys=True).encode()).hexdigest()
        tables[model._meta.label] = {"rows": len(rows), "sha256": digest}

    return {
        "pages": pages,
        "translations": translations,
        "images": images,
        "renditions": renditions,
        "media_files": files,
        "tables": tables,
    }


def differences(before, after, path=""):
    """Paths where two fingerprints differ ("pages/12/title: 'A' != 'B'")."""
    if isinstance(before, dict) and isinstance(after, dict):
        found = []
        for key in sorted(set(before) | set(after), key=str):
            where = f"{path}/{key}" if path else str(key)
            if key not in before:
                found.append(f"{where}: only in the restored copy")
            elif key not in after:
                found.append(f"{where}: missing from the restored copy")
            else:
                found += differences(before[key], after[key], where)
        return found
    if before != after:
        return [f"{path}: {before!r:.80} != {after!r:.80}"]
    return []


def summary(fingerprint_data):
    translations = fingerprint_data["translations"]
    return {
        "pages": len(fingerprint_data["pages"]),
        "translations": len(translations["Translation"]),
        "translation_sources": len(translations["TranslationSource"]),
        "string_translations": len(translations["StringTranslation"]),
        "images": len(fingerprint_data["images"]),
        "renditions": len(fingerprint_data["renditions"]),
        "media_files": len(fingerprint_data["media_files"]),
        "tables": len(fingerprint_data["tables"]),
    }


# --- drill -------------------------------------------------------------------


def run_step(description, command, environment):
    print(f">>> {description}", flush=True)
    result = subprocess.run(  # noqa: S603 (argument list, no shell)
        command, cwd=BASE_DIR, env=environment, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise BackupError(f"{description} failed (exit {result.returncode})")
    return result.stdout


def with_database_name(url, name):
    """``url`` pointing at another database on the same server."""
    head, _slash, tail = url.partition("?")
    base = head.rsplit("/", 1)[0]
    return f"{base}/{name}" + (f"?{tail}" if tail else "")


def create_pg_database(server, name):
    with pg_connect(server, dbname="postgres") as connection:
        connection.execute(f'CREATE DATABASE "{name}"')


def drop_pg_database(server, name):
    with pg_connect(server, dbname="postgres") as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def cleanup_drill(report):
    """Drop the drill's PostgreSQL databases (SQLite files go with the work folder)."""
    for url in (report["source_database_url"], report["restored_database_url"]):
        database = parse_database_url(url)
        if engine_of(database) == "postgresql":
            drop_pg_database(database, database["NAME"])


def drill(workdir, site_url, report):
    """Demo site → backup → restore into fresh places → compare, filling ``report``.

    ``site_url`` only chooses the server: the drill makes and uses its own
    databases, never the site's. ``report`` names them as soon as they exist,
    so that a failed drill can still be cleaned up.
    """
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    site_database = parse_database_url(site_url)
    engine = engine_of(site_database)
    if engine == "sqlite":
        source_url = f"sqlite:///{workdir / 'source.sqlite3'}"
        restored_url = f"sqlite:///{workdir / 'restored.sqlite3'}"
    else:
        token = secrets.token_hex(4)
        source_url = with_database_name(site_url, f"drill_{token}_source")
        restored_url = with_database_name(site_url, f"drill_{token}_restored")
    report.update(
        engine=engine,
        workdir=str(workdir),
        source_database_url=source_url,
        restored_database_url=restored_url,
        source_media=str(workdir / "media-source"),
        restored_media=str(workdir / "media-restored"),
    )
    if engine == "postgresql":
        for url in (source_url, restored_url):
            create_pg_database(site_database, parse_database_url(url)["NAME"])
    python = sys.executable
    script = str(Path(__file__).resolve())
    source_env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE=DRILL_SETTINGS,
        DATABASE_URL=source_url,
        MEDIA_ROOT=report["source_media"],
    )
    restored_env = dict(source_env, DATABASE_URL=restored_url, MEDIA_ROOT=report["restored_media"])
    run_step(
        "Build: migrate a fresh database",
        [python, "manage.py", "migrate", "--noinput", "-v0"],
        source_env,
    )
    run_step("Build: load the demo content", [python, "manage.py", "load_demo"], source_env)
    before = workdir / "fingerprint-source.json"
    run_step(
        "Fingerprint the source",
        [python, script, "fingerprint", "--output", str(before)],
        source_env,
    )
    output = run_step(
        "Back up", [python, script, "backup", "--output-dir", str(workdir / "backups")], source_env
    )
    report["backup_dir"] = output.strip().splitlines()[-1]
    run_step(
        "Restore into a fresh database and media folder",
        [python, script, "restore", report["backup_dir"]],
        restored_env,
    )
    after = workdir / "fingerprint-restored.json"
    run_step(
        "Fingerprint the restored copy",
        [python, script, "fingerprint", "--output", str(after)],
        restored_env,
    )
    before_data = json.loads(before.read_text())
    after_data = json.loads(after.read_text())
    report["source"] = summary(before_data)
    report["restored"] = summary(after_data)
    report["differences"] = differences(before_data, after_data)
    return report


# --- command line ------------------------------------------------------------


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("backup", help="back up the database and media")
    make.add_argument("--output-dir", default=str(BASE_DIR / "backups"))
    back = commands.add_parser("restore", help="restore into an empty database and media folder")
    back.add_argument("backup_dir")
    back.add_argument("--database-url", help="target database (default: DATABASE_URL)")
    back.add_argument("--media-root", help="target media folder (default: MEDIA_ROOT)")
    finger = commands.add_parser("fingerprint", help="print what the drill compares, as JSON")
    finger.add_argument("--output", help="write to this file instead of standard output")
    practice = commands.add_parser("drill", help="build, back up, restore and compare")
    practice.add_argument(
        "--workdir", help="folder for the drill's files (default: a temporary one)"
    )
    practice.add_argument(
        "--keep", action="store_true", help="keep the drill's files and databases"
    )
    practice.add_argument("--report", help="also write the report as JSON to this file")
    arguments = parser.parse_args(argv)

    try:
        if arguments.command == "backup":
            database, media_root = site_database_and_media()
            print(f">>> Backing up the {engine_of(database)} database and {media_root}")
            print(backup(arguments.output_dir, database, media_root))
        elif arguments.command == "restore":
            database, media_root = site_database_and_media()
            if arguments.database_url:
                database = parse_database_url(arguments.database_url)
            media_root = Path(arguments.media_root) if arguments.media_root else media_root
            restore(arguments.backup_dir, database, media_root)
            print(f">>> Restored {arguments.backup_dir} into {database['NAME']} and {media_root}")
        elif arguments.command == "fingerprint":
            _database, media_root = site_database_and_media()
            import django

            django.setup()
            text = json.dumps(fingerprint(media_root), indent=1, sort_keys=True)
            if arguments.output:
                Path(arguments.output).write_text(text)
            else:
                print(text)
        else:
            return run_drill(arguments)
    except (BackupError, subprocess.CalledProcessError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


def run_drill(arguments):
    site_database, _media_root = site_database_and_media()
    site_url = os.environ.get("DATABASE_URL") or f"sqlite:///{site_database['NAME']}"
    workdir = Path(arguments.workdir or tempfile.mkdtemp(prefix="restore-drill-"))
    report = {}
    try:
        drill(workdir, site_url, report)
    finally:
        if arguments.report:
            Path(arguments.report).write_text(json.dumps(report, indent=2) + "\n")
        if not arguments.keep:
            if "source_database_url" in report:
                cleanup_drill(report)
            shutil.rmtree(workdir, ignore_errors=True)
    print(">>> Restore drill (" + report["engine"] + "):")
    for key, value in report["source"].items():
        print(f"  {key}: {value} in the source, {report['restored'][key]} restored")
    if report["differences"]:
        print(f"  {len(report['differences'])} differences:")
        for line in report["differences"][:50]:
            print(f"    {line}")
        return 1
    print("  0 differences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
