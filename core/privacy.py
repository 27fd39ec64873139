"""Which pages a visitor may be shown: one rule, in one place, failing closed.

A page's title, teaser, place or URL may appear anywhere (a listing, a card,
a menu, a feed, a driver card, a short link, the planner, a download, the
sitemap, a language switcher, a map) only when the page is

- live,
- not an alias (an alias shows another page's content: its source is judged),
- not under a view restriction (password, login or groups), set on itself or
  on any ancestor.

Wagtail checks restrictions when it serves a page itself (its password or
login form); every other route asks this module and answers 404 or leaves
the page out. Side routes hide a restricted page from everyone, signed in or
not: they are cached and shared, and a private page has its own URL.

"Failing closed": a page that cannot be judged (no id or path, or the list of
restrictions cannot be read) is treated as private.

Querysets and single pages are both checked against the restricted paths,
read once per content generation (``core.cache`` retires them when a
restriction is saved or deleted, or a page moves): a listing gains no query,
whatever the number of cards. Documents
follow the same rule through their collection's restrictions.
"""

import logging

from django.db import DatabaseError
from django.db.models import F, Func, IntegerField, Q
from django.db.models.lookups import IsNull

from .cache import remember

logger = logging.getLogger(__name__)


def restricted_paths():
    """Tree paths of pages that carry a view restriction, or None if unknown."""
    from wagtail.models import PageViewRestriction

    def build():
        return tuple(sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))))

    try:
        return remember("private-paths", [], build)
    except (DatabaseError, OSError):
        logger.exception("Page view restrictions could not be read: every page is hidden.")
        return None


class WithoutIndex(Func):
    """A column, read without its index on SQLite (``+column``), as it is elsewhere.

    "Not an alias" (``alias_of_id IS NULL``) is true of nearly every page, but
    SQLite without planner statistics (a live SQLite site has none unless
    someone runs ``ANALYZE``) takes any condition on an index to pick a
    handful of rows, and started listings and searches from every page that
    is not an alias instead of from their own conditions: a producer page's
    products, 10-23 ms a query at 100× the demo. PostgreSQL keeps
    statistics, and reads the column as it is.
    """

    template = "%(expressions)s"

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, template="+%(expressions)s", **extra_context)


def public_q(prefix=""):
    """A ``Q`` for visible pages; ``prefix`` reaches a page through a relation (``"page__"``).

    A page is restricted when a restriction sits on itself or an ancestor,
    i.e. on a page whose tree path begins its own, as in Wagtail's
    ``PageQuerySet.private_q()``. The restricted paths are the ones
    ``restricted_paths`` keeps per content generation (retired when a
    restriction or the tree changes, as for single pages), written into the
    query as plain conditions: no query of its own, and no subquery per row,
    which made every listing's cost grow with the number of its rows times
    their translations. Unknown paths fail closed: nothing is visible.
    """
    paths = restricted_paths()
    if paths is None:
        return Q(pk__in=[])
    not_alias = IsNull(WithoutIndex(F(f"{prefix}alias_of_id"), output_field=IntegerField()), True)
    shown = Q(**{f"{prefix}live": True}) & Q(not_alias)
    for path in paths:
        shown &= ~Q(**{f"{prefix}path__startswith": path})
    return shown


def visible(queryset, prefix=""):
    """``queryset`` (of pages, or of rows reaching a page by ``prefix``) less private pages.

    For a page queryset this is Wagtail's ``.live().public()`` less aliases,
    without ``public()``'s own query for the restrictions on every call: a
    listing costs the same number of queries with or without private pages.
    """
    if not prefix and hasattr(queryset, "live"):
        queryset = queryset.live()
    return queryset.filter(public_q(prefix))


def is_restricted_path(path):
    """Whether a page at ``path`` is under a view restriction (True when unknown)."""
    paths = restricted_paths()
    if paths is None or not path:
        return True
    return any(path.startswith(restricted) for restricted in paths)


def is_public(page):
    """Whether ``page`` may be shown to anyone: live, not an alias, not restricted."""
    if page is None or not getattr(page, "pk", None):
        return False
    if not getattr(page, "live", False) or getattr(page, "alias_of_id", None) is not None:
        return False
    return not is_restricted_path(getattr(page, "path", None))


def public_or_none(page):
    return page if is_public(page) else None


def is_public_document(document):
    """Whether ``document`` may be linked for anyone: its collection and the
    collection's ancestors carry no view restriction (Wagtail's own check)."""
    collection = getattr(document, "collection", None)
    if collection is None:
        return False
    try:
        return not collection.get_view_restrictions().exists()
    except DatabaseError:
        logger.exception("Collection view restrictions could not be read.")
        return False


def public_source(page):
    """The page whose content ``page`` shows, if it may be shown, else None.

    A page is its own source; an alias shows its source's content, so both
    the alias (live, not restricted) and its source must pass.
    """
    if page is None or not getattr(page, "alias_of_id", None):
        return public_or_none(page)
    if not getattr(page, "live", False) or is_restricted_path(getattr(page, "path", None)):
        return None
    # An alias has its source's type.
    source = type(page)._default_manager.filter(pk=page.alias_of_id).first()
    return public_or_none(source)
