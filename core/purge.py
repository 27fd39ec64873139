"""Which URLs show a page's content: the list a change purges (docs/caching.md).

One publish used to retire every cached page in every language. A page is
shown in a known, small set of places: its own URL in each language it
exists in (whose switchers and hreflang links list each other), its parent
index in every language (indexes list pages of other languages under "also
in other languages"), the pages that reference it or that it references
(Wagtail's ``ReferenceIndex``: cards, featured pages, route stops, "stories
about this village", upcoming events), the villages whose small map shows it,
the sitemap index and its languages' sitemaps and, for stories and events,
the feeds and the home pages. The same list goes to the in-process page
cache (``core.cache``) and to the caching proxy
(``wagtail.contrib.frontend_cache``).

Some changes show on every page: the home page and the section indexes
(header and breadcrumbs of their whole language tree), a page with
descendants that changes address (every descendant's URL changes), and a
page that a snippet or setting refers to (menus are on every page). For
those ``urls_for_change`` answers ``EVERYTHING`` and the whole cache is
retired at once, as before.

The list costs a fixed number of queries however many languages and
references a page has (``tests/caching/test_purge_list.py`` counts them).
"""

import math
from types import SimpleNamespace
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, ReferenceIndex, Site


class _Everything:
    def __repr__(self):
        return "EVERYTHING"


# The change shows on every page: retire the whole cache.
EVERYTHING = _Everything()

# Depth of a language tree's home page (under Wagtail's root) and of its section indexes.
HOME_DEPTH = 2
SECTION_DEPTH = 3
# Page types listed by the feeds (opendata/urls.py) and by the home page's "upcoming" and
# featured sections beyond what the ReferenceIndex records.
FEED_KINDS = {"stories.storypage": "stories", "events.eventpage": "events"}
HOME_LISTS = {"events.eventpage"}
# What other pages show of every page (cards, chips, links, breadcrumbs): the fields a
# page type lacks are left out. A save that changes none of what other pages show of
# a page (the usual edit of its text, facts or hours) changes only the page, its
# indexes, the sitemap and its feeds; the pages that reference it keep their copy.
SHOWN_BY_DEFAULT = ("title", "slug", "url_path", "live", "intro", "hero_image_id")
# What a village's neighbours show of it on their small maps (map_tags.village_svg_map).
ON_MAPS = {"vietnamese_name", "latitude", "longitude", "live"}
# Per page type, what else other pages show of it (the cards' subtitles, kickers and
# dates in templates/components/, event cards, small maps) and its inline parts that
# decide where it is listed ("stories about this village", route stops, an event's
# villages), as {relation: fields}. A new field shown on another page's card goes here.
SHOWN_ELSEWHERE = {
    "villages.villagepage": (
        ("vietnamese_name", "latitude", "longitude"),
        {"village_crafts": ("craft_id",)},
    ),
    "products.producerpage": (("vietnamese_name", "kind", "makes"), {}),
    "products.productpage": (("material",), {"certificates": ("rating", "decision_date")}),
    "stories.storypage": (
        ("kind", "date"),
        {
            "story_villages": ("village_id",),
            "story_products": ("product_id",),
            "story_producers": ("producer_id",),
            "related": ("story_id",),
        },
    ),
    "routes.routepage": (("summary", "day_length"), {"stops": ("village_id",)}),
    "events.eventpage": (
        ("kind", "status", "start_date", "start_time", "end_date", "end_time")
        + ("recurrence", "repeat_until", "venue_name", "is_free", "booking_required", "is_demo"),
        {"event_villages": ("village_id", "role")},
    ),
}


def urls_for_change(page, *, moving=False, changed=None, linked=()):
    """The absolute URLs that show ``page``'s content, or ``EVERYTHING``.

    ``page`` as it is at the moment of the call: called before a move, a slug
    change or a delete (with the old ``url_path``) for the old URLs, and after
    a save for the new ones. ``moving``: the page's address is about to change.
    ``changed``: which of the things other pages show of it changed
    (``shown_elsewhere``); None when unknown (all may have). With none, the
    pages that reference it keep their copy; the map neighbours only change
    with a name, coordinates or liveness (``ON_MAPS``). ``linked``: ids of
    pages its listed parts point at before and after the save (``linked_pages``):
    Wagtail updates the ``ReferenceIndex`` once the transaction commits, so
    during the save it does not yet know a route's new stop.
    """
    if page.depth <= SECTION_DEPTH:
        return EVERYTHING
    if moving and page.numchild:
        return EVERYTHING
    cache_object = SimpleNamespace()  # Wagtail keeps the site root paths on it
    page_type = ContentType.objects.get_for_model(Page)
    key = page.translation_key
    # 1. The page in each language it exists in, and the aliases showing it.
    versions = list(
        Page.objects.filter(Q(translation_key=key) | Q(alias_of__translation_key=key))
        .select_related("locale")
        .only(
            *("id", "path", "url_path", "depth", "live", "translation_key", "content_type"),
            *("alias_of_id", "locale__language_code"),
        )
    )
    # The sitemaps that list it, or did (it may just have been unpublished): aliases are in none.
    languages = {
        version.locale.language_code
        for version in versions
        if not version.alias_of_id and (version.live or version.pk == page.pk)
    }
    if page.pk and page.pk not in {version.pk for version in versions}:
        versions.append(page)
    # The page itself as given (its old address before a move or slug change).
    versions = [page if version.pk == page.pk else version for version in versions]
    ids = [str(version.pk) for version in versions]
    # 2. What refers to it, and what it refers to (their back-links list it).
    references = ReferenceIndex.objects.filter(
        Q(to_content_type=page_type, to_object_id__in=ids)
        | Q(base_content_type=page_type, object_id__in=ids, to_content_type=page_type)
    ).values_list("base_content_type_id", "object_id", "to_object_id")
    related_ids = set()
    for source_type, source_id, target_id in references:
        if source_type != page_type.pk:
            return EVERYTHING  # a menu or setting: shown on every page
        related_ids.add(int(target_id) if source_id in ids else int(source_id))
    related_ids.update(linked)
    if changed is not None and not changed:
        related_ids = set()  # they show nothing that changed
    if changed is None or changed & ON_MAPS:
        related_ids.update(_neighbours(page))
    # 3. The parent indexes, and the related pages, in every language.
    steplen = Page.steplen
    parent_paths = {version.path[:-steplen] for version in versions if version.depth > 1}
    keys = Page.objects.filter(Q(path__in=parent_paths) | Q(pk__in=related_ids)).values(
        "translation_key"
    )
    around = Q(translation_key__in=keys)
    on_home = page.specific_class and page.specific_class._meta.label_lower in HOME_LISTS
    if on_home and (changed is None or changed):  # the home pages show its card
        around |= Q(depth=HOME_DEPTH)
    shown_on = Page.objects.filter(around, live=True).only("id", "url_path", "depth", "live")

    urls = set()
    for shown in [*versions, *shown_on]:
        if shown is page or shown.live:
            urls.add(_full_url(shown, cache_object))
    urls.discard(None)
    root_urls = {"{0.scheme}://{0.netloc}".format(urlsplit(url)) for url in urls}
    urls.update(sitemap_urls(root_urls, languages))
    feed = FEED_KINDS.get(page.specific_class._meta.label_lower if page.specific_class else "")
    if feed:
        urls.update(feed_urls(feed, root_urls))
    return frozenset(urls)


def linked_pages(model, before, after):
    """Ids of the pages that ``model``'s listed parts point at in ``before`` or ``after``.

    ``before`` and ``after`` are ``shown_elsewhere`` values (``before`` None when
    unknown): a route's stops, a story's villages. The pages on both sides show
    the link ("routes through this village"), so both are purged.
    """
    _fields, parts = shown_fields(model)
    ids = set()
    for relation, part_fields in parts.items():
        part_model = model._meta.get_field(relation).related_model
        for index, name in enumerate(part_fields):
            field = part_model._meta.get_field(name.removesuffix("_id"))
            if not (field.is_relation and issubclass(field.related_model, Page)):
                continue
            for values in (before or {}, after or {}):
                ids.update(row[index] for row in values.get(relation, ()) if row[index])
    return ids


def changed_elsewhere(before, after):
    """The keys of ``shown_elsewhere`` whose values differ; None when either is unknown."""
    if before is None or after is None:
        return None
    return {key for key, value in after.items() if before.get(key) != value}


def shown_fields(model):
    """The fields and inline parts of ``model`` that other pages show (``SHOWN_ELSEWHERE``)."""
    names = {field.attname for field in model._meta.concrete_fields}
    extra, parts = SHOWN_ELSEWHERE.get(model._meta.label_lower, ((), {}))
    return [name for name in SHOWN_BY_DEFAULT if name in names] + list(extra), parts


def shown_elsewhere(page):
    """What other pages show of ``page``, as comparable plain values."""
    fields, parts = shown_fields(type(page))
    values = {field: getattr(page, field) for field in fields}
    for relation, part_fields in parts.items():
        # The parts in memory (a revision being published) or else in the database.
        # Sorted by their text: a stop without a village has None where others have ids.
        values[relation] = sorted(
            (
                tuple(getattr(part, field) for field in part_fields)
                for part in getattr(page, relation).all()
            ),
            key=repr,
        )
    return values


def shown_elsewhere_saved(model, pk):
    """``shown_elsewhere`` of the ``model`` page ``pk`` as the database holds it, or None.

    What a save is about to change, read before it: the shown fields in one
    ``values()`` query (not the whole page, with its StreamFields, again) and
    each listed part's shown fields in one more, as plain tuples.
    """
    fields, parts = shown_fields(model)
    values = model._default_manager.filter(pk=pk).values(*fields).first()
    if values is None:
        return None
    for relation, part_fields in parts.items():
        link = model._meta.get_field(relation)
        rows = link.related_model._default_manager.filter(**{link.field.name: pk})
        values[relation] = sorted(rows.values_list(*part_fields), key=repr)
    return values


def feed_urls(kind, root_urls):
    """The RSS and Atom feeds of ``kind`` in every language (feeds fall back across them)."""
    urls = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for name in ("opendata_feed_rss", "opendata_feed_atom"):
                path = reverse(name, kwargs={"kind": kind})
                urls.update(f"{root}{path}" for root in root_urls)
    return urls


def sitemap_urls(root_urls, languages):
    """The sitemap index and the sitemaps of ``languages`` (core/sitemaps.py).

    A purge of a path covers its every query string: a sitemap's ``?p=`` pages too.
    """
    paths = [reverse("sitemap")]
    paths += [reverse("sitemap_language", kwargs={"section": code}) for code in languages]
    return {f"{root}{path}" for root in root_urls for path in paths}


def all_urls():
    """Every URL the caches may hold a page for: every live page, the sitemaps and feeds.

    What ``EVERYTHING`` sends to the proxy, and the denominator of ``make bench-purge``.
    """
    cache_object = SimpleNamespace()
    urls = {
        _full_url(page, cache_object)
        for page in Page.objects.filter(live=True, depth__gte=HOME_DEPTH).only("id", "url_path")
    }
    urls.discard(None)
    root_urls = {site.root_url for site in Site.objects.all()}
    urls.update(sitemap_urls(root_urls, [code for code, _name in settings.LANGUAGES]))
    for kind in set(FEED_KINDS.values()):
        urls.update(feed_urls(kind, root_urls))
    return frozenset(urls)


def cache_path(url):
    """The path part of ``url``, decoded: how the page cache names a URL (``request.path``)."""
    return unquote(urlsplit(url).path)


def _full_url(page, cache_object):
    parts = page.get_url_parts(cache_object)
    if parts is None or parts[1] is None:
        return None
    return parts[1] + parts[2]


def _neighbours(page):
    """Villages whose small map names ``page`` among their nearest (``map_tags.nearby``).

    Coordinates are synchronised across languages: one row per village is enough.
    """
    from core.templatetags.map_tags import NEIGHBOURS
    from villages.models import VillagePage

    if page.specific_class is not VillagePage:
        return set()
    rows = VillagePage.objects.filter(live=True).values_list(
        "translation_key", "latitude", "longitude", "id"
    )
    points = {}
    for key, lat, lng, pk in rows:
        points.setdefault(key, (float(lat), float(lng), pk))
    if page.translation_key not in points:
        return set()
    return {
        pk
        for key, (lat, lng, pk) in points.items()
        if key != page.translation_key
        and page.translation_key in _nearest(points, key, lat, lng, NEIGHBOURS)
    }


def _nearest(points, key, lat, lng, count):
    """The ``count`` keys nearest (lat, lng), as ``map_tags.nearby`` ranks them."""
    cos_lat = math.cos(math.radians(lat))
    others = [
        (math.hypot(other_lat - lat, (other_lng - lng) * cos_lat), other)
        for other, (other_lat, other_lng, _pk) in points.items()
        if other != key
    ]
    return {other for _distance, other in sorted(others, key=lambda item: item[0])[:count]}
