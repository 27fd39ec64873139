"""SQLite under concurrent writers: autosave, preview and submit at the same moment.

SQLite's default (deferred) transactions take the write lock only at the
first write: two requests that both read and then write deadlock, and one
fails at once with "database is locked" (a 503), busy timeout or not.
``tourism_site.settings.databases.SQLITE_OPTIONS`` starts every transaction
IMMEDIATE (the write lock first, waiting up to the busy timeout) on a WAL
database, so writers queue instead of failing. Here threads write to a file
database through Django's own connections, with and without those options.
"""

import threading
import time

from django.db import OperationalError, connections, transaction

from tourism_site.settings.databases import SQLITE_OPTIONS

WRITERS = 8


def sqlite_alias(path, options):
    alias = f"locking-{path.name}"
    connections.settings[alias] = {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": options,
        "ATOMIC_REQUESTS": False,
        "AUTOCOMMIT": True,
        "CONN_MAX_AGE": 0,
        "CONN_HEALTH_CHECKS": False,
        "TIME_ZONE": None,
        "USER": "",
        "PASSWORD": "",
        "HOST": "",
        "PORT": "",
        "TEST": {},
    }
    return alias


def concurrent_read_then_write(alias):
    """``WRITERS`` threads, each reading then writing in one transaction, as a save does."""
    with connections[alias].cursor() as cursor:
        cursor.execute("CREATE TABLE revision (id INTEGER PRIMARY KEY, n INTEGER)")
    connections[alias].close()
    errors = []
    start = threading.Barrier(WRITERS)

    def write(n):
        try:
            start.wait()
            with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
                cursor.execute("SELECT COUNT(*) FROM revision")
                time.sleep(0.05)  # the rest of the request, holding a read snapshot
                cursor.execute("INSERT INTO revision (n) VALUES (%s)", [n])
        except OperationalError as error:
            errors.append(str(error))
        finally:
            connections[alias].close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM revision")
        saved = cursor.fetchone()[0]
    connections[alias].close()
    del connections.settings[alias]
    return saved, errors


def test_concurrent_writers_queue_instead_of_failing(tmp_path, django_db_blocker):
    with django_db_blocker.unblock():
        saved, errors = concurrent_read_then_write(
            sqlite_alias(tmp_path / "site.sqlite3", SQLITE_OPTIONS)
        )
    assert errors == []
    assert saved == WRITERS


def test_without_immediate_transactions_writers_fail(tmp_path, django_db_blocker):
    """The failure the options prevent, so the test above proves something."""
    with django_db_blocker.unblock():
        saved, errors = concurrent_read_then_write(sqlite_alias(tmp_path / "plain.sqlite3", {}))
    assert any("database is locked" in error for error in errors)
    assert saved == WRITERS - len(errors)


def test_the_site_uses_these_options_for_sqlite():
    from django.conf import settings

    default = settings.DATABASES["default"]
    if default["ENGINE"] == "django.db.backends.sqlite3":
        for key, value in SQLITE_OPTIONS.items():
            assert default["OPTIONS"][key] == value
    else:
        assert "transaction_mode" not in default.get("OPTIONS", {})
