#!/usr/bin/env python3
"""Back up, restore and drill-restore the site: the database plus the media.

Why not ``dumpdata``/``loaddata``: their round trip of Wagtail and
wagtail-localize content is known to fail (wagtail #5464, wagtail-localize
#732). The database's own tools copy it exactly: SQLite's online backup API
(safe while the site is running) or ``pg_dump``/``pg_restore`` in the
server's major version.

    backup.py backup  [--output-dir backups]
    backup.py restore BACKUP_DIR [--database-url URL] [--media-root DIR]
    backup.py fingerprint [--output FILE]
    backup.py drill [--workdir DIR] [--keep] [--report FILE]

The database and media default to the site's settings (``DATABASE_URL``,
and ``MEDIA_ROOT`` or, when the default storage is object storage,
``AWS_STORAGE_BUCKET_NAME``: files are then read and written through Django's
storage API, so the same archive restores into a folder or a bucket);
``make backup``, ``make restore`` and ``make restore-drill`` call this
script. See docs/operations.md and docs/deployment.md.

A backup is private: its folder is 0700 and its files 0600, it leaves out
what identifies visitors and live sign-ins (sessions, django-axes' records
of sign-in attempts with client addresses), and with
``BACKUP_ENCRYPTION_KEY`` set (``backup.py new-key`` makes one) its files
are encrypted with Fernet (``cryptography``): authenticated, so a wrong key
or a changed byte is refused rather than restored.
"""

import argparse
import datetime
import hashlib
import json
import os
import posixpath
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
ENCRYPTED_SUFFIX = ".fernet"
ENCRYPTION_SCHEME = "fernet-chunks-1"
# Fernet encrypts a message in memory; chunks keep a large media archive out of RAM.
ENCRYPTION_CHUNK_BYTES = 4 << 20
KEY_VARIABLE = "BACKUP_ENCRYPTION_KEY"
# Tables whose rows a backup leaves out (their structure stays, so the
# restored site runs): live session keys, and django-axes' sign-in attempts
# and logs, which hold client addresses. A restore signs everyone out.
LEFT_OUT_TABLES = ("django_session",)
LEFT_OUT_TABLE_PREFIXES = ("axes_",)
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
    """The database settings and media (a folder or ``StorageMedia``) the site itself would use."""
    sys.path.insert(0, str(BASE_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tourism_site.settings.dev")
    from django.conf import settings
    from django.core.files.storage import FileSystemStorage, storages

    storage = storages["default"]
    if isinstance(storage, FileSystemStorage):
        return dict(settings.DATABASES["default"]), Path(settings.MEDIA_ROOT)
    return dict(settings.DATABASES["default"]), StorageMedia(storage)


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


def is_left_out(table):
    return table in LEFT_OUT_TABLES or table.startswith(LEFT_OUT_TABLE_PREFIXES)


def private_folder(path):
    """``path`` (and missing parents) as a folder only its owner can enter."""
    path = Path(path)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    # mkdir's mode does not apply to a folder that already existed.
    path.chmod(0o700)
    return path


# --- Encryption ----------------------------------------------------------------


def fernet_from_environment(required):
    """The Fernet of ``BACKUP_ENCRYPTION_KEY``, or None when it is unset and not required."""
    key = os.environ.get(KEY_VARIABLE, "").strip()
    if not key:
        if required:
            raise BackupError(
                f"this backup is encrypted: set {KEY_VARIABLE} to the key it was made with"
            )
        return None
    from cryptography.fernet import Fernet

    try:
        return Fernet(key.encode())
    except ValueError:
        raise BackupError(
            f"{KEY_VARIABLE} is not a Fernet key (44 characters of URL-safe base64); "
            "make one with: scripts/backup.py new-key"
        ) from None


def encrypt_file(fernet, source, target):
    """``source`` → ``target`` as one Fernet token per chunk, a line each."""
    with open(source, "rb") as plain, open(target, "wb") as sealed:
        for block in iter(lambda: plain.read(ENCRYPTION_CHUNK_BYTES), b""):
            sealed.write(fernet.encrypt(block) + b"\n")


def decrypt_file(fernet, source, target):
    from cryptography.fernet import InvalidToken

    with open(source, "rb") as sealed, open(target, "wb") as plain:
        for line in sealed:
            try:
                plain.write(fernet.decrypt(line.rstrip(b"\n")))
            except InvalidToken:
                raise BackupError(
                    f"{source} does not decrypt with {KEY_VARIABLE}: wrong key or damaged file"
                ) from None


def open_seal(fernet, manifest):
    """The plaintext checksums sealed into the manifest; proves the key is the right one."""
    from cryptography.fernet import InvalidToken

    try:
        return json.loads(fernet.decrypt(manifest["encryption"]["seal"].encode()))
    except InvalidToken:
        raise BackupError(
            f"{KEY_VARIABLE} does not open this backup: it was made with another key"
        ) from None


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


def sqlite_leave_out_private_rows(path):
    """Delete the left-out rows from a copy and VACUUM, so no free page keeps them."""
    connection = sqlite3.connect(str(path))
    try:
        tables = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if is_left_out(name)
        ]
        with connection:
            for table in tables:
                connection.execute(f'DELETE FROM "{table}"')  # noqa: S608 (names from the schema)
        connection.execute("VACUUM")
    finally:
        connection.close()
    return tables


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


class StorageMedia:
    """Media in a Django storage that is not a folder: object storage (core/object_storage.py).

    Read and written by name through the storage API, so the archive holds
    the same relative names as a folder's and restores into either.
    """

    # /healthz's probe files (core/health.py): never site content.
    SKIPPED = ("healthz/",)

    def __init__(self, storage):
        self.storage = storage

    def __str__(self):
        bucket = getattr(self.storage, "bucket_name", "")
        return f"the media storage {type(self.storage).__name__} {bucket}".rstrip()

    def _walk(self, folder=""):
        folders, files = self.storage.listdir(folder)
        for name in files:
            yield posixpath.join(folder, name)
        for name in folders:
            yield from self._walk(posixpath.join(folder, name))

    def names(self):
        return sorted(name for name in self._walk() if not name.startswith(self.SKIPPED))

    def checksums(self):
        found = {}
        for name in self.names():
            digest = hashlib.sha256()
            with self.storage.open(name, "rb") as handle:
                for block in iter(lambda handle=handle: handle.read(1 << 20), b""):
                    digest.update(block)
            found[name] = digest.hexdigest()
        return found

    def archive(self, archive):
        with tarfile.open(archive, "w:gz") as tar:
            for name in self.names():
                with self.storage.open(name, "rb") as handle:
                    info = tarfile.TarInfo(name)
                    info.size = self.storage.size(name)
                    info.mode = 0o600
                    tar.addfile(info, handle)

    def extract(self, archive):
        """Every file of ``archive`` saved under its own name; refuses names a folder would."""
        from django.core.files import File

        with tarfile.open(archive, "r:gz") as tar:
            for member in tar.getmembers():
                # The "data" filter's rules, as for a folder: no absolute
                # names, no way out with "..", no links or devices.
                try:
                    member = tarfile.data_filter(member, "/restore")
                except tarfile.FilterError as error:
                    raise BackupError(f"the media archive holds an unsafe entry: {error}") from None
                if not member.isfile():
                    continue
                with tar.extractfile(member) as handle:
                    saved = self.storage.save(member.name, File(handle, name=member.name))
                if saved != member.name:
                    raise BackupError(
                        f"{member.name} was stored as {saved}: the storage was not empty"
                    )


def archive_media(media_root, archive):
    if isinstance(media_root, StorageMedia):
        media_root.archive(archive)
        return
    media_root = Path(media_root)
    with tarfile.open(archive, "w:gz") as tar:
        if media_root.is_dir():
            for path in sorted(media_root.rglob("*")):
                tar.add(path, arcname=str(path.relative_to(media_root)), recursive=False)


def media_files(media_root):
    if isinstance(media_root, StorageMedia):
        return media_root.names()
    media_root = Path(media_root)
    if not media_root.is_dir():
        return []
    return sorted(path for path in media_root.rglob("*") if path.is_file())


# --- backup ------------------------------------------------------------------


def backup(output_dir, database, media_root):
    """Write a backup folder under ``output_dir``; only its owner can read it.

    The umask is 077 while it runs, so every file (pg_dump's too) is born
    0600 and every folder 0700; the explicit chmods cover folders that existed.
    """
    previous_umask = os.umask(0o077)
    try:
        return _backup(output_dir, database, media_root)
    finally:
        os.umask(previous_umask)


def _backup(output_dir, database, media_root):
    engine = engine_of(database)
    fernet = fernet_from_environment(required=False)
    if fernet is None:
        print(
            f"warning: {KEY_VARIABLE} is not set: this backup is not encrypted "
            "(it holds password hashes and the site's content)",
            file=sys.stderr,
        )
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d-%H%M%SZ")
    private_folder(output_dir)
    target = Path(output_dir) / stamp
    suffix = 1
    while target.exists():
        suffix += 1
        target = Path(output_dir) / f"{stamp}-{suffix}"
    target.mkdir(mode=0o700)
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
        manifest["left_out_tables"] = sqlite_leave_out_private_rows(database_file)
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
        left_out = [f"--exclude-table-data={table}" for table in LEFT_OUT_TABLES]
        left_out += [f"--exclude-table-data={prefix}*" for prefix in LEFT_OUT_TABLE_PREFIXES]
        subprocess.run(  # noqa: S603 (argument list, no shell)
            [pg_dump, *arguments, "--format=custom", "--no-owner", "--no-privileges", *left_out]
            + ["--file", str(database_file), "--dbname", database["NAME"]],
            env=environment,
            check=True,
        )
        manifest["postgresql_major"] = major
        with pg_connect(database) as connection:
            manifest["migrations_applied"] = connection.execute(
                "SELECT count(*) FROM django_migrations"
            ).fetchone()[0]
            manifest["left_out_tables"] = sorted(
                name
                for (name,) in connection.execute(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = current_schema()"
                )
                if is_left_out(name)
            )
    archive_media(media_root, target / MEDIA_ARCHIVE)
    manifest["media_files"] = len(media_files(media_root))
    stored = [database_file, target / MEDIA_ARCHIVE]
    if fernet is not None:
        plain_checksums = {path.name: sha256_of(path) for path in stored}
        encrypted = []
        for path in stored:
            sealed = path.with_name(path.name + ENCRYPTED_SUFFIX)
            encrypt_file(fernet, path, sealed)
            path.unlink()
            encrypted.append(sealed)
        stored = encrypted
        # The plaintext checksums, sealed with the key: restore opens the seal
        # first (a wrong key is refused before anything is touched) and checks
        # the decrypted files against it (chunks cannot be dropped or reordered).
        manifest["encryption"] = {
            "scheme": ENCRYPTION_SCHEME,
            "key_variable": KEY_VARIABLE,
            "seal": fernet.encrypt(json.dumps(plain_checksums).encode()).decode(),
        }
    else:
        manifest["encryption"] = None
    for path in stored:
        path.chmod(0o600)
        manifest["files"][path.name] = {"bytes": path.stat().st_size, "sha256": sha256_of(path)}
    manifest_file = target / MANIFEST
    manifest_file.write_text(json.dumps(manifest, indent=2) + "\n")
    manifest_file.chmod(0o600)
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
    fernet, plain_checksums = None, None
    if manifest.get("encryption"):
        if manifest["encryption"].get("scheme") != ENCRYPTION_SCHEME:
            raise BackupError(f"unknown encryption {manifest['encryption'].get('scheme')!r}")
        fernet = fernet_from_environment(required=True)
        plain_checksums = open_seal(fernet, manifest)
    if isinstance(media_root, StorageMedia):
        if media_root.names():
            raise BackupError(f"{media_root} is not empty")
    else:
        media_root = Path(media_root)
        if media_root.exists() and any(media_root.iterdir()):
            raise BackupError(f"the media folder {media_root} is not empty")
    database_name = SQLITE_FILE if engine == "sqlite" else PG_DUMP_FILE
    if engine == "sqlite":
        if sqlite_table_count(database["NAME"]):
            raise BackupError(f"the database {database['NAME']} is not empty")
    elif pg_table_count(database):
        raise BackupError(f"the database {database['NAME']} is not empty")
    # Decrypted copies live only in a private temporary folder, removed at the end.
    with tempfile.TemporaryDirectory(prefix="restore-") as scratch:
        if fernet is None:
            database_file = backup_dir / database_name
            media_archive = backup_dir / MEDIA_ARCHIVE
        else:
            database_file = Path(scratch) / database_name
            media_archive = Path(scratch) / MEDIA_ARCHIVE
            for plain in (database_file, media_archive):
                decrypt_file(fernet, backup_dir / (plain.name + ENCRYPTED_SUFFIX), plain)
                if sha256_of(plain) != plain_checksums.get(plain.name):
                    raise BackupError(f"{plain.name} decrypts to other bytes than were backed up")
        _restore_files(database_file, media_archive, engine, database, media_root)


def _restore_files(database_file, media_archive, engine, database, media_root):
    if engine == "sqlite":
        target = Path(database["NAME"])
        target.parent.mkdir(parents=True, exist_ok=True)
        sqlite_copy(database_file, target)
    else:
        pg_restore = pg_tool("pg_restore", pg_server_major(database))
        arguments, environment = pg_arguments(database)
        subprocess.run(  # noqa: S603 (argument list, no shell)
            [pg_restore, *arguments, "--no-owner", "--no-privileges", "--exit-on-error"]
            + ["--single-transaction", "--dbname", database["NAME"]]
            + [str(database_file)],
            env=environment,
            check=True,
        )
    if isinstance(media_root, StorageMedia):
        media_root.extract(media_archive)
        return
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(media_archive, "r:gz") as tar:
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
    if isinstance(media_root, StorageMedia):
        files = media_root.checksums()
    else:
        media_root = Path(media_root)
        files = {
            str(path.relative_to(media_root)): sha256_of(path) for path in media_files(media_root)
        }
    images = _rows(image_model)
    for row in images.values():
        row["file_sha256"] = files.get(row["file"])
    renditions = _rows(image_model.get_rendition_model())

    # Every other table as a row count and a digest, so that nothing else is lost unseen;
    # the tables a backup leaves out by design as a row count alone.
    tables, left_out = {}, {}
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        if is_left_out(model._meta.db_table):
            left_out[model._meta.label] = model._default_manager.count()
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
        "left_out": left_out,
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


def compared(fingerprint_data):
    """What must come back unchanged: everything but the rows left out by design."""
    return {key: value for key, value in fingerprint_data.items() if key != "left_out"}


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


# Rows the drill adds to its source so that it proves they stay out of a backup.
PLANT_PRIVATE_ROWS = """
from axes.models import AccessAttempt, AccessLog
from django.contrib.sessions.backends.db import SessionStore
from django.utils import timezone

session = SessionStore()
session["_auth_user_id"] = "1"
session.create()
AccessAttempt.objects.create(
    username="editor", ip_address="203.0.113.7", user_agent="drill", failures_since_start=1
)
AccessLog.objects.create(
    username="editor", ip_address="203.0.113.7", user_agent="drill", attempt_time=timezone.now()
)
"""


def new_key():
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode()


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
    # The drill always encrypts, so the path production should take is the one
    # practised: with the operator's key if set, else a key made for the drill.
    key = os.environ.get(KEY_VARIABLE) or new_key()
    source_env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE=DRILL_SETTINGS,
        DATABASE_URL=source_url,
        MEDIA_ROOT=report["source_media"],
        **{KEY_VARIABLE: key},
    )
    restored_env = dict(source_env, DATABASE_URL=restored_url, MEDIA_ROOT=report["restored_media"])
    run_step(
        "Build: migrate a fresh database",
        [python, "manage.py", "migrate", "--noinput", "-v0"],
        source_env,
    )
    run_step("Build: load the demo content", [python, "manage.py", "load_demo"], source_env)
    run_step(
        "Build: a signed-in session and a failed sign-in, which the backup must leave out",
        [python, "manage.py", "shell", "--no-imports", "-c", PLANT_PRIVATE_ROWS],
        source_env,
    )
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
    report["encrypted"] = (
        json.loads((Path(report["backup_dir"]) / MANIFEST).read_text()).get("encryption")
        is not None
    )
    report["differences"] = differences(compared(before_data), compared(after_data))
    report["left_out"] = {
        label: {"source": rows, "restored": after_data["left_out"].get(label)}
        for label, rows in before_data["left_out"].items()
    }
    report["differences"] += [
        f"left_out/{label}: {rows['restored']!r} rows restored, expected 0"
        for label, rows in report["left_out"].items()
        if rows["restored"] != 0
    ]
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
    commands.add_parser("new-key", help=f"print a new random {KEY_VARIABLE}")
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
        elif arguments.command == "new-key":
            print(new_key())
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
    for label, rows in report["left_out"].items():
        print(f"  {label} (left out): {rows['source']} in the source, {rows['restored']} restored")
    print(f"  encrypted: {'yes' if report['encrypted'] else 'no'}")
    if report["differences"]:
        print(f"  {len(report['differences'])} differences:")
        for line in report["differences"][:50]:
            print(f"    {line}")
        return 1
    print("  0 differences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
