"""Options for SQLite, the embedded default database (docs/operations.md, docs/editors.md).

SQLite allows one writer at a time. With its default deferred transactions a
request that reads and then writes takes the write lock only at its first
write; two such requests at once (autosave, preview and submit in one editor
session) deadlock, and SQLite fails one immediately with "database is
locked", whatever the busy timeout. IMMEDIATE transactions take the write
lock at BEGIN and wait for it up to ``timeout`` seconds, so writers queue.
WAL lets readers (the public site) go on while one writer writes.
"""

SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    # Seconds a writer waits for the lock before "database is locked".
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
