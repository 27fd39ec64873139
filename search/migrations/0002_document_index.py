"""An index under ``SearchEntry.document``, so matching reads candidate rows, not every row.

Matching stays ``LIKE '% term%'`` on the folded text (the results are the
LIKE's); the index only finds the rows that can match:

- SQLite: an FTS5 table with the ``trigram`` tokenizer over ``document``
  (external content: it stores the index, not a second copy of the text),
  kept in step by triggers on every insert, update and delete, whoever writes
  the row. ``SearchEntry.objects.matching`` asks it for candidates.
- PostgreSQL: ``pg_trgm`` and a GIN index with ``gin_trgm_ops``, which the
  planner uses for ``LIKE '%…%'`` by itself.

Each step checks the database vendor, so both migrate cleanly. A later
migration that makes SQLite remake the ``search_searchentry`` table drops its
triggers: it must create them again (``SQLITE_TRIGGERS``), and the sync tests
in ``tests/search/test_index.py`` fail until it does.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

FTS_TABLE = "search_searchentry_fts"

SQLITE_TABLE = f"""
CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(
    document, content='search_searchentry', content_rowid='id', tokenize='trigram'
)
"""

SQLITE_TRIGGERS = [
    f"""
    CREATE TRIGGER {FTS_TABLE}_insert AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO {FTS_TABLE}(rowid, document) VALUES (new.id, new.document);
    END
    """,
    f"""
    CREATE TRIGGER {FTS_TABLE}_delete AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, document)
        VALUES ('delete', old.id, old.document);
    END
    """,
    f"""
    CREATE TRIGGER {FTS_TABLE}_update AFTER UPDATE ON search_searchentry BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, document)
        VALUES ('delete', old.id, old.document);
        INSERT INTO {FTS_TABLE}(rowid, document) VALUES (new.id, new.document);
    END
    """,
]

POSTGRESQL_INDEX = "search_entry_document_trgm"


def create_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(SQLITE_TABLE)
        for trigger in SQLITE_TRIGGERS:
            schema_editor.execute(trigger)
        # Rows written before this migration (an existing site's index).
        schema_editor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    elif vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX {POSTGRESQL_INDEX} ON search_searchentry "
            "USING gin (document gin_trgm_ops)"
        )


def drop_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for action in ("insert", "delete", "update"):
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{action}")
        schema_editor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {POSTGRESQL_INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
    ]

    operations = [
        # Does nothing on other databases; trusted since PostgreSQL 13, so the
        # database's owner may create it.
        TrigramExtension(),
        migrations.RunPython(create_index, drop_index, elidable=False),
    ]
