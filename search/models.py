"""The site search's own index (one row per page) and its log of fruitless searches.

Why not Wagtail's search index: its database backend uses SQLite FTS5 or
PostgreSQL full text, which fold marks differently (FTS5 keeps ố, neither
folds đ), split no Japanese or Korean words, and fail on FTS syntax in a
query. A row of folded text per page, matched with LIKE, behaves the same on
both databases (docs/search.md); an index of trigrams under it (migration
0002) keeps matching from reading every row.
"""

from django.db import connections, models
from django.db.models.expressions import RawSQL
from django.utils.translation import gettext_lazy as _

from .text import MAX_QUERY_LENGTH

# Trigram indexes find substrings of three characters or more; shorter terms
# ("陶器" as one bigram, " a") are matched by LIKE alone.
TRIGRAM = 3


class SearchEntryQuerySet(models.QuerySet):
    def matching(self, query_terms):
        """Rows whose ``document`` contains every term (``search.text.terms``).

        On SQLite the FTS5 trigram table (migration 0002) decides the terms of
        three characters or more: a trigram phrase query is a substring match,
        the same as ``LIKE`` on the folded (lowercase) document, without
        reading the documents (at 10× the demo, reading them to check was 2 of
        the query's 2.3 ms). ``LIKE`` decides shorter terms, and every term on
        PostgreSQL, whose planner uses its trigram GIN index for ``LIKE``.
        """
        rows = self
        indexed = []
        if connections[self.db].vendor == "sqlite":
            indexed = [term for term in query_terms if len(term) >= TRIGRAM]
        for term in query_terms:
            if term not in indexed:
                rows = rows.filter(document__contains=term)
        if indexed:
            # Each term as an FTS5 string (quotes doubled), so no query is
            # read as FTS syntax (NEAR, *, ^, -, column filters).
            phrases = " AND ".join('"' + term.replace('"', '""') + '"' for term in indexed)
            rows = rows.filter(
                pk__in=RawSQL(
                    "SELECT rowid FROM search_searchentry_fts "
                    "WHERE search_searchentry_fts MATCH %s",
                    [phrases],
                )
            )
        return rows


class SearchEntry(models.Model):
    """What a page says, folded for matching, and what a result shows, as plain data."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="search_entry"
    )
    language = models.CharField(max_length=10, db_index=True)
    translation_key = models.UUIDField(db_index=True)
    kind = models.CharField(max_length=20)
    # The translation key of the village the page is about, for the village facet.
    village_key = models.UUIDField(null=True, blank=True)
    is_sample = models.BooleanField(default=False)
    title = models.CharField(max_length=255)
    # The page's Vietnamese title when it is not in Vietnamese ("Bát Tràng"
    # on the Japanese page): shown beside the title, and searchable.
    vietnamese_title = models.CharField(max_length=255, blank=True)
    text = models.TextField(blank=True, help_text="Intro and body as plain text, for snippets.")
    url = models.CharField(max_length=500)
    document = models.TextField(help_text="Folded text that queries match (search.text).")
    # Folded title alone, for ranking and "did you mean".
    folded_title = models.CharField(max_length=255)

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [
            # "Does this page exist in the visitor's language?" is asked for
            # every match (``services.matching_rows``): one lookup, not a
            # walk through every row of the language.
            models.Index(fields=["translation_key", "language"], name="search_entry_key_language"),
        ]

    def __str__(self):
        return f"{self.language}: {self.title}"


class FruitlessSearch(models.Model):
    """A query that found nothing, per language, for editors to fill the gap.

    Wagtail's search promotions keep queries (``Query``, ``QueryDailyHits``)
    without a language and count every search; editors here need the
    searches that found nothing, per language, so the log is a model of its own.
    """

    language = models.CharField(_("language"), max_length=10)
    query = models.CharField(_("search (folded)"), max_length=MAX_QUERY_LENGTH)
    count = models.PositiveIntegerField(_("searches"), default=1)
    first_seen = models.DateTimeField(_("first seen"), auto_now_add=True)
    last_seen = models.DateTimeField(_("last seen"), auto_now=True)

    class Meta:
        verbose_name = _("search with no results")
        verbose_name_plural = _("searches with no results")
        constraints = [
            models.UniqueConstraint(fields=["language", "query"], name="unique_fruitless_search")
        ]
        ordering = ["-last_seen"]

    def __str__(self):
        return f"{self.language}: {self.query}"
