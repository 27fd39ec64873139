"""Keeping the search index (``SearchEntry``) in step with the pages.

Each page (not the root, never an alias) has one row, refreshed whenever it is
saved, published, unpublished or moved (``search.signals``), and rebuilt whole
by ``manage.py rebuild_search_index`` (which ``load_demo`` runs). The row
holds every page, live or not: who may see a page is decided when searching,
by ``core.privacy``, so a restriction added later needs no reindexing.
"""

import contextlib
import threading

from django.conf import settings
from django.utils.html import strip_tags
from wagtail.fields import StreamValue
from wagtail.models import Page, Site
from wagtail.search import index

from .models import SearchEntry
from .text import document, fold

# Page model → the "type" facet (search.services.KINDS); others are "page".
KIND_OF_MODEL = {
    "villages.villagepage": "village",
    "stories.storypage": "story",
    "routes.routepage": "route",
    "events.eventpage": "event",
    "products.productpage": "product",
    "products.producerpage": "producer",
}

_state = threading.local()


@contextlib.contextmanager
def paused():
    """No indexing on save inside the block (a bulk build rebuilds once afterwards)."""
    before = getattr(_state, "paused", False)
    _state.paused = True
    try:
        yield
    finally:
        _state.paused = before


def is_paused():
    return getattr(_state, "paused", False)


def searchable_text(page):
    """The page's own search fields (beyond title and intro) as plain text."""
    texts = []
    for field in page.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name in ("title", "intro"):
            continue
        value = getattr(page, field.field_name, None)
        if callable(value):
            continue  # folded_title and such: derived, not content
        if isinstance(value, StreamValue):
            texts.extend(str(text) for text in value.stream_block.get_searchable_content(value))
        elif isinstance(value, str):
            texts.append(strip_tags(value))
    return " ".join(" ".join(texts).split())


def village_key(page):
    """The translation key of the village ``page`` is about, or None."""
    from villages.models import VillagePage

    if isinstance(page, VillagePage):
        return page.translation_key
    for related in ("story_villages", "event_villages"):
        manager = getattr(page, related, None)
        if manager is not None:
            item = manager.select_related("village").order_by("sort_order").first()
            return item.village.translation_key if item else None
    village = page.get_ancestors().type(VillagePage).first()
    return village.translation_key if village else None


def craft_names(page):
    """A village's crafts in the page's language ("gốm" finds the ceramics village)."""
    from villages.models import Craft

    items = getattr(page, "village_crafts", None)
    if items is None:
        return []
    keys = [item.craft.translation_key for item in items.select_related("craft")]
    return list(
        Craft.objects.filter(translation_key__in=keys, locale_id=page.locale_id).values_list(
            "name", flat=True
        )
    )


def index_page(page):
    """Write (or remove) the row of ``page``; returns the row or None."""
    page = page.specific_deferred if type(page) is Page else page
    from core.models import BasePage

    if not isinstance(page, BasePage) or page.alias_of_id or page.depth < 2:
        SearchEntry.objects.filter(page_id=page.pk).delete()
        return None
    language = page.locale.language_code
    vietnamese = ""
    if language != settings.LANGUAGE_CODE:
        vietnamese = (
            Page.objects.filter(
                translation_key=page.translation_key,
                locale__language_code=settings.LANGUAGE_CODE,
                alias_of__isnull=True,
            )
            .values_list("title", flat=True)
            .first()
            or ""
        )
    # A village also knows its Vietnamese name itself (a synchronised field).
    vietnamese = vietnamese or getattr(page, "vietnamese_name", "") or ""
    body = searchable_text(page)
    text = " ".join(part for part in (page.intro, body) if part)
    crafts = craft_names(page)
    entry, _created = SearchEntry.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "language": language,
            "translation_key": page.translation_key,
            "kind": KIND_OF_MODEL.get(page._meta.label_lower, "page"),
            "village_key": village_key(page),
            "is_sample": bool(getattr(page, "is_sample_content", False)),
            "title": page.title[:255],
            "vietnamese_title": vietnamese[:255] if vietnamese != page.title else "",
            "text": text,
            "url": public_url(page),
            "document": document(page.title, vietnamese, page.search_description, *crafts, text),
            "folded_title": fold(page.title)[:255],
        },
    )
    return entry


def public_url(page):
    """The page's URL, read from a fresh copy of it.

    Indexing runs in ``post_save``, before Wagtail refreshes its cached site
    roots (it does so after the save): a new language's home page would get
    no URL, and the saved instance would keep that stale answer for its
    caller. A fresh copy, with the cache cleared when the page is a site root,
    answers right and leaves the caller's instance alone.
    """
    if page.is_site_root():
        Site.clear_site_root_paths_cache()
    return Page.objects.get(pk=page.pk).get_url() or ""


def index_pages(pages):
    for page in pages:
        index_page(page)


def index_translations(page):
    """``page`` and its translations: a Vietnamese title is searchable in every language."""
    pages = Page.objects.filter(translation_key=page.translation_key).select_related("locale")
    index_pages(page.specific for page in pages)


def rebuild():
    """Every page again, from scratch; returns the number of rows."""
    SearchEntry.objects.all().delete()
    pages = (
        Page.objects.filter(depth__gt=1, alias_of__isnull=True)
        .select_related("locale")
        .specific()
        .order_by("path")
    )
    count = 0
    for page in pages:
        if index_page(page) is not None:
            count += 1
    return count
