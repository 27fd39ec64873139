"""Planner statistics for SQLite: ``ANALYZE`` after migrations and bulk writes.

PostgreSQL gathers its own (autovacuum). SQLite has none until ``ANALYZE``
runs, and without them its planner takes every indexed equality to pick a
handful of rows. The search query (``search.services.matching_rows``) then
starts from ``wagtailcore_page.alias_of_id IS NULL``, which is every page,
and reads each page's search row, instead of starting from the trigram
index's matches: 166 ms instead of 11 ms at ten times the demo, 14 s at a
hundred times. Statistics of any size of site are enough for the planner
to see that nearly every page is not an alias, so ``migrate`` (every
deploy) and the bulk builds (``rebuild_search_index``, ``load_demo``,
``bench/scale.py``) refresh them; on the demo it takes a few milliseconds.
"""

from django.db import DEFAULT_DB_ALIAS, connections


def analyze(using=DEFAULT_DB_ALIAS):
    """Refresh SQLite's planner statistics (nothing on other databases)."""
    connection = connections[using]
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def analyze_after_migrate(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    analyze(using)
