"""Model rows as plain data, for the small data caches (``core.cache.remember``).

A cache that outlives a deploy must not hold pickled model instances: a
release that changes a model would unpickle objects of the old shape. Rows
are kept as ``{attname: value}`` dicts of the values the database stores
(``get_prep_value``) and made into instances again as a query makes them
(``from_db_value``, then Django's ``Model.from_db``).
"""

import hashlib

from django.apps import apps
from django.db import connection

from .cache import remember


def freeze(instance, related=(), loaded_only=False):
    """``instance``'s concrete fields as a dict of plain values; ``related``: FKs to keep too.

    ``loaded_only``: the fields the query read, for cards (``defer_streamfields``):
    ``thaw`` leaves the others deferred, as the query did.
    """
    deferred = instance.get_deferred_fields() if loaded_only else ()
    row = {
        field.attname: field.get_prep_value(field.value_from_object(instance))
        for field in instance._meta.concrete_fields
        if field.attname not in deferred
    }
    for name in related:
        value = getattr(instance, name)
        row[name] = freeze(value) if value is not None else None
    return row


def thaw(model, row, related=()):
    """An instance of ``model`` from ``freeze``'s dict, with its ``related`` objects set."""
    values = dict(row)
    nested = {name: values.pop(name) for name in related}
    fields = {field.attname: field for field in model._meta.concrete_fields}
    for name, value in values.items():
        # The conversion a query applies to a value the database returns as
        # text (a set of choices); a StreamField's data is kept as its list.
        field = fields[name]
        if isinstance(value, str) and hasattr(field, "from_db_value"):
            values[name] = field.from_db_value(value, None, connection)
    instance = model.from_db(None, list(values), list(values.values()))
    for name, value in nested.items():
        target = model._meta.get_field(name).related_model
        setattr(instance, name, thaw(target, value) if value is not None else None)
    return instance


def freeze_typed(instance, related=()):
    """``freeze``, with the model named: for lists of several types (specific pages)."""
    return {"model": instance._meta.label_lower, "row": freeze(instance, related)}


def thaw_typed(data, related=()):
    return thaw(apps.get_model(data["model"]), data["row"], related)


def remember_parts(page, name, relations):
    """Set ``page``'s inline parts from the cache, kept per live revision as plain rows.

    ``relations``: ``{child relation name: (queryset, related FK names)}``.
    Inline parts (modelcluster child relations) change only when the page is
    published (a new live revision); the content generation covers direct
    edits. The parts are set on the page in memory, as Wagtail sets them on
    a page read from a revision, so ``page.<relation>.all()`` runs no query.
    """
    if not page.pk:
        return

    def build():
        return {
            relation: [freeze(row, related) for row in queryset.filter(page=page)]
            for relation, (queryset, related) in relations.items()
        }

    parts = remember(name, [page.pk, page.live_revision_id or "", page.locale_id], build)
    for relation, (queryset, related) in relations.items():
        setattr(page, relation, [thaw(queryset.model, row, related) for row in parts[relation]])


def remember_list_parts(pages, name, relations):
    """``remember_parts`` for a list of pages (cards), in one query per relation on a miss.

    Kept under every page's live revision, like ``remember_parts``: a list
    whose pages are all unchanged reads the cache only.
    """
    pages = [page for page in pages if page.pk]
    if not pages:
        return
    versions = sorted((page.pk, page.live_revision_id or "", page.locale_id) for page in pages)
    digest = hashlib.sha256(repr(versions).encode()).hexdigest()

    def build():
        parts = {}
        for relation, (queryset, related) in relations.items():
            rows = {str(page.pk): [] for page in pages}
            for row in queryset.filter(page__in=[page.pk for page in pages]):
                rows[str(row.page_id)].append(freeze(row, related))
            parts[relation] = rows
        return parts

    parts = remember(name, [digest], build)
    for relation, (queryset, related) in relations.items():
        for page in pages:
            rows = parts[relation][str(page.pk)]
            setattr(page, relation, [thaw(queryset.model, row, related) for row in rows])


def remember_foreign_keys(page, name, fields):
    """Set ``page``'s foreign keys ``fields`` (its hero image) from the cache, as plain rows.

    Kept like ``remember_parts``, under the page's live revision (which fixes
    the keys) and the content generation (which a saved image replaces).
    """
    if not page.pk:
        return
    ids = [getattr(page, page._meta.get_field(field).attname) for field in fields]

    def build():
        return {
            field: freeze(getattr(page, field)) if key else None
            for field, key in zip(fields, ids, strict=True)
        }

    rows = remember(name, [page.pk, page.live_revision_id or "", page.locale_id, *ids], build)
    for field in fields:
        if rows[field] is not None:
            model = page._meta.get_field(field).related_model
            setattr(page, field, thaw(model, rows[field]))
