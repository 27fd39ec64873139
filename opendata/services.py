"""What the open data says, per language, as plain data: feeds, GeoJSON, the page's catalogue.

Every builder here returns plain Python data (dicts, lists, strings, dates),
kept with ``core.cache.remember`` until content changes (a publish retires it),
so a feed or a GeoJSON file costs no query while it is cached, and a fixed
number of queries when it is not, whatever the number of pages.

Which pages appear is decided where the rest of the site decides it: public
pages through ``core.privacy.visible``, in the requested language only (an
alias or a fallback is not a translation, ``core.i18n``), sample events only
where ``core.samples.samples_shown()``, upcoming events by ``events.queries``.
"""

from urllib.parse import urljoin

from django.db.models import Prefetch, prefetch_related_objects
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core import i18n
from core.cache import remember
from core.privacy import visible
from core.samples import samples_shown

# How many items a feed lists: the newest stories, the soonest events.
FEED_LENGTH = 50
FEED_KINDS = ("stories", "events")
FEED_FORMATS = {"rss": "application/rss+xml", "atom": "application/atom+xml"}
LAYERS = ("villages", "routes", "events")
# Each layer named for readers (the page's list and its DataCatalog JSON-LD).
LAYER_LABELS = {
    "villages": gettext_lazy("Craft villages"),
    "routes": gettext_lazy("Routes and their stops"),
    "events": gettext_lazy("Events"),
}


def live_locale(language_code):
    """The Locale of ``language_code`` when its home page is a real, live page; else None."""
    if language_code not in i18n.live_home_languages():
        return None
    return i18n.locale_for(language_code)


def _index(model, locale):
    """The language's own index page of ``model`` (not an alias), or None."""
    return visible(model.objects.filter(locale=locale)).select_related("locale").first()


def _villages_with_crafts(villages, locale):
    """``villages`` (chosen in any language) in ``locale`` only, with their crafts there.

    Two queries (the translations and their crafts), plus the crafts of the
    language once per content generation (``Craft.by_translation_key``).
    """
    from villages.models import Craft
    from villages.models.pages import village_crafts_prefetch

    shown = [
        page
        for page in i18n.localized_list(villages, locale)
        if page.locale_id == locale.pk  # a fallback village is not a translation
    ]
    prefetch_related_objects(shown, village_crafts_prefetch())
    crafts = Craft.by_translation_key(locale)
    return {
        page.translation_key: {
            "name": page.title,
            "crafts": [craft.name for craft in page.crafts_in(crafts)],
        }
        for page in shown
    }


def _categories(villages):
    """Villages, then their crafts, each once, in order."""
    names = []
    for village in villages:
        for name in [village["name"], *village["crafts"]]:
            if name not in names:
                names.append(name)
    return names


# --- Feeds -------------------------------------------------------------------------


def _first_published(story):
    """When the story was first published; its own date (midnight in Hanoi) for a page
    that never went through Wagtail's publishing (an import, a factory)."""
    if story.first_published_at:
        return story.first_published_at
    from events.recurrence import day_start

    return day_start(story.date) if story.date else None


def feed_data(kind, language_code):
    """``{"title", "link", "description", "language", "items": [...]}`` or None (404)."""
    if kind not in FEED_KINDS:
        return None
    builder = _story_feed if kind == "stories" else _event_feed
    parts = [kind, language_code, samples_shown()]
    if kind == "events":
        # What is upcoming changes with the day, not only with content.
        from villages.hours import hanoi_today

        parts.append(hanoi_today().isoformat())
    return remember("opendata-feed", parts, lambda: builder(language_code))


def _story_feed(language_code):
    from stories.models import StoryIndexPage, StoryPage, StoryVillage

    locale = live_locale(language_code)
    if locale is None:
        return None
    stories = list(
        visible(StoryPage.objects.filter(locale=locale))
        .select_related("locale")
        .prefetch_related(
            Prefetch(
                "story_villages",
                queryset=StoryVillage.objects.select_related("village").order_by("sort_order"),
            )
        )
        .defer_streamfields()
        .order_by("-first_published_at", "title")[:FEED_LENGTH]
    )
    villages = _villages_with_crafts(
        [item.village for story in stories for item in story.story_villages.all()], locale
    )
    index = _index(StoryIndexPage, locale)
    with translation.override(language_code):
        items = [
            {
                "title": story.title,
                "link": story.get_full_url(),
                "description": story.intro,
                "pubdate": _first_published(story),
                "updateddate": story.last_published_at or _first_published(story),
                "unique_id": f"urn:uuid:{story.translation_key}",
                "categories": _categories(
                    villages[item.village.translation_key]
                    for item in story.story_villages.all()
                    if item.village.translation_key in villages
                ),
            }
            for story in stories
        ]
        return {
            "title": _("Stories · Hanoi Craft Villages"),
            "description": _("New stories about Hanoi's craft villages, their crafts and makers."),
            "link": index.get_full_url() if index else _home_url(locale),
            "language": language_code,
            "items": items,
        }


def _event_feed(language_code):
    from events.models import EventIndexPage
    from events.queries import candidate_events, reference_moment, upcoming_from
    from events.templatetags.event_tags import occurrence_label

    locale = live_locale(language_code)
    if locale is None:
        return None
    # Events translated into this language only: a fallback is another language's page.
    events = [event for event in candidate_events(locale) if not event.is_fallback]
    events = upcoming_from(events, reference_moment())[:FEED_LENGTH]
    prefetch_related_objects(
        [village for event in events for village in event.villages],
        "village_crafts__craft",
    )
    from villages.models import Craft

    crafts = Craft.by_translation_key(locale)
    index = _index(EventIndexPage, locale)
    with translation.override(language_code):
        items = []
        for event in events:
            when = _("%(when)s (Hanoi time)") % {"when": occurrence_label(event, event.occurrence)}
            description = "\n\n".join(part for part in (when, event.intro) if part)
            villages = [
                {"name": village.title, "crafts": [c.name for c in village.crafts_in(crafts)]}
                for village in _own_language(event.villages, locale)
            ]
            items.append(
                {
                    "title": event.title,
                    "link": event.get_full_url(),
                    "description": description,
                    "pubdate": event.first_published_at,
                    "updateddate": event.last_published_at,
                    "unique_id": f"urn:uuid:{event.translation_key}",
                    "categories": [str(event.get_kind_display()), *_categories(villages)],
                    "starts": event.occurrence[0],
                    "ends": event.occurrence[1],
                }
            )
        return {
            "title": _("Events · Hanoi Craft Villages"),
            "description": _("Upcoming exhibitions, fairs, festivals and workshops."),
            "link": index.get_full_url() if index else _home_url(locale),
            "language": language_code,
            "items": items,
        }


def _own_language(pages, locale):
    """``pages`` that are in ``locale``: an event's villages may fall back to English or
    Vietnamese on its page; a feed or layer names only its own language's."""
    return [page for page in pages if page.locale_id == locale.pk]


def _home_url(locale):
    from home.models import HomePage

    home = visible(HomePage.objects.filter(locale=locale)).select_related("locale").first()
    return home.get_full_url() if home else ""


# --- GeoJSON -----------------------------------------------------------------------


def _position(latitude, longitude):
    # RFC 7946: [longitude, latitude]. The other way round lands in the Indian Ocean.
    return [round(float(longitude), 6), round(float(latitude), 6)]


def _collection(language_code, layer, features):
    return {
        "type": "FeatureCollection",
        "name": layer,
        "inLanguage": language_code,
        "license": "https://creativecommons.org/licenses/by/4.0/",
        "features": features,
    }


def geojson_data(layer, language_code, samples=None):
    """A GeoJSON FeatureCollection (a dict) of ``layer`` in ``language_code``, or None (404).

    ``samples``: include sample events (default ``samples_shown()``; the
    package never does).
    """
    builders = {"villages": _village_layer, "routes": _route_layer, "events": _event_layer}
    builder = builders.get(layer)
    if builder is None:
        return None
    samples = samples_shown() if samples is None else samples
    if layer != "events":
        return remember("opendata-geojson", [layer, language_code], lambda: builder(language_code))
    return remember(
        "opendata-geojson", [layer, language_code, samples], lambda: builder(language_code, samples)
    )


def village_feature(village, crafts, url, language_code):
    """A village as a GeoJSON Feature: the one builder of the open-data layer and the index's maps.

    ``crafts`` is ``Craft.by_translation_key`` of the reader's language (the
    village's crafts prefetched with ``village_crafts_prefetch``), ``url``
    the link that suits the caller (absolute in a download, local on a page),
    ``language_code`` the language the village is shown in.
    """
    return {
        "type": "Feature",
        "id": str(village.translation_key),
        "geometry": {
            "type": "Point",
            "coordinates": _position(village.latitude, village.longitude),
        },
        "properties": {
            "kind": "village",
            "id": str(village.translation_key),
            "name": village.title,
            "name_vi": village.vietnamese_name,
            "url": url,
            "inLanguage": language_code,
            "crafts": [craft.name for craft in village.crafts_in(crafts)],
            "location_approximate": village.location_approximate,
        },
    }


def _village_layer(language_code):
    from villages import hours
    from villages.models import Craft, VillagePage
    from villages.models.pages import village_crafts_prefetch

    locale = live_locale(language_code)
    if locale is None:
        return None
    villages = (
        visible(VillagePage.objects.filter(locale=locale))
        .select_related("locale")
        .prefetch_related(village_crafts_prefetch(), "opening_hours", "opening_exceptions")
        .defer_streamfields()
        .order_by("title")
    )
    crafts = Craft.by_translation_key(locale)
    features = []
    for village in villages:
        opening = hours.hours_data(village)
        feature = village_feature(village, crafts, village.get_full_url(), language_code)
        feature["properties"]["opening_hours"] = {
            "known": opening["known"],
            "confirmed": village.hours_confirmed,
            "weekly": opening["weekly"],
            "exceptions": opening["exceptions"],
            "utc_offset": opening["utcOffset"],
        }
        features.append(feature)
    return _collection(language_code, "villages", features)


def _route_layer(language_code):
    import geojson

    from routes.downloads import route_file, to_geojson
    from routes.models import RoutePage
    from villages.models import Craft

    locale = live_locale(language_code)
    if locale is None:
        return None
    routes = list(
        visible(RoutePage.objects.filter(locale=locale))
        .select_related("locale")
        .defer_streamfields()
        .order_by("title")
    )
    # Every route's stops, their villages and Vietnamese names in three queries
    # for all routes, rather than three per route.
    names = RoutePage.prefetch_stop_lists(routes)
    shown = {
        stop.village_shown.pk: stop.village_shown
        for route in routes
        for stop in route.stop_list
        if getattr(stop, "village_shown", None) is not None
    }
    prefetch_related_objects(list(shown.values()), "village_crafts__craft")
    crafts = Craft.by_translation_key(locale)
    features = []
    for route in routes:
        # The route download's own GeoJSON (stops and the line between them),
        # with the route's identity added to each feature.
        collection = geojson.loads(to_geojson(route_file(route, vietnamese_names=names)))
        for feature in collection["features"]:
            properties = feature["properties"]
            properties.update(
                route_id=str(route.translation_key),
                route_name=route.title,
                url=route.get_full_url(),
                inLanguage=language_code,
            )
            if properties["kind"] == "line":
                properties["id"] = str(route.translation_key)
                properties["crafts"] = _route_crafts(route, crafts)
            features.append(
                {
                    "type": "Feature",
                    "geometry": feature["geometry"],
                    "properties": properties,
                }
            )
    return _collection(language_code, "routes", features)


def _route_crafts(route, crafts):
    """The crafts of the villages a route stops at, each once, in stop order."""
    names = []
    for stop in route.stop_list:
        shown = getattr(stop, "village_shown", None)
        for craft in shown.crafts_in(crafts) if shown is not None else []:
            if craft.name not in names:
                names.append(craft.name)
    return names


def _event_layer(language_code, samples):
    from events.queries import candidate_events

    locale = live_locale(language_code)
    if locale is None:
        return None
    events = [event for event in candidate_events(locale, samples=samples) if not event.is_fallback]
    prefetch_related_objects(
        [village for event in events for village in event.villages], "village_crafts__craft"
    )
    from villages.models import Craft

    crafts = Craft.by_translation_key(locale)
    features = []
    for event in sorted(events, key=lambda event: (event.start_date, event.title)):
        coordinates = event.coordinates
        host = event.villages[0] if event.villages else None
        if coordinates is None and host is not None:
            coordinates = (host.latitude, host.longitude)
        if coordinates is None:
            continue  # nowhere to put it on a map
        craft_names = []
        for village in _own_language(event.villages, locale):
            for craft in village.crafts_in(crafts):
                if craft.name not in craft_names:
                    craft_names.append(craft.name)
        start, end = event.schedule.first()
        features.append(
            {
                "type": "Feature",
                "id": str(event.translation_key),
                "geometry": {"type": "Point", "coordinates": _position(*coordinates)},
                "properties": {
                    "kind": "event",
                    "id": str(event.translation_key),
                    "name": event.title,
                    "url": event.get_full_url(),
                    "inLanguage": language_code,
                    "event_kind": event.kind,
                    "status": event.status,
                    "venue": event.venue_name,
                    "villages": [
                        village.title for village in _own_language(event.villages, locale)
                    ],
                    "crafts": craft_names,
                    "starts": start.isoformat(),
                    "ends": end.isoformat(),
                    "recurrence": event.recurrence or None,
                    "sample": bool(event.is_demo),
                    "location_is_village": event.coordinates is None,
                },
            }
        )
    return _collection(language_code, "events", features)


# --- The page's catalogue ---------------------------------------------------------


def catalogue(language_code, request=None):
    """What the Open data page lists for ``language_code``: URLs and the package's facts."""
    from .package import package_info

    def url(name, **kwargs):
        with translation.override(language_code):
            return reverse(name, kwargs=kwargs)

    return {
        "feeds": [
            {
                "kind": kind,
                "rss": url("opendata_feed_rss", kind=kind),
                "atom": url("opendata_feed_atom", kind=kind),
            }
            for kind in FEED_KINDS
        ],
        "layers": [
            {
                "layer": layer,
                "label": LAYER_LABELS[layer],
                "url": url("opendata_geojson", layer=layer),
            }
            for layer in LAYERS
        ],
        "package": package_info(),
        "package_url": reverse("opendata_package"),
        # Added by the api app (Wagtail API v2) and the llms.txt view.
        "api_url": f"/api/v2/pages/?locale={language_code}",
        "llms_url": "/llms.txt",
    }


# --- The page's JSON-LD -------------------------------------------------------------


def data_catalog(page, catalogue_data, request=None):
    """The Open data page as a schema.org ``DataCatalog`` of its ``Dataset``s.

    Built from the catalogue the page already shows (no query): the package
    (zip, dated when it was built) and each GeoJSON layer in the page's
    language, all under the package's licence.
    """
    from .package import LICENSE_URL

    url = page.get_full_url(request)

    def absolute(path):
        # Under the page's own site, as its canonical URL and the page's other links.
        return urljoin(url, path)

    datasets = []
    package = catalogue_data.get("package")
    if package:
        dataset = {
            "@type": "Dataset",
            "name": page.title,
            "license": LICENSE_URL,
            "distribution": {
                "@type": "DataDownload",
                "encodingFormat": "application/zip",
                "contentUrl": absolute(catalogue_data["package_url"]),
                "contentSize": f"{package.get('size', 0)} B",
            },
        }
        if package.get("last_updated"):
            dataset["dateModified"] = package["last_updated"]
        datasets.append(dataset)
    for layer in catalogue_data["layers"]:
        datasets.append(
            {
                "@type": "Dataset",
                "name": str(layer["label"]),
                "license": LICENSE_URL,
                "distribution": {
                    "@type": "DataDownload",
                    "encodingFormat": "application/geo+json",
                    "contentUrl": absolute(layer["url"]),
                },
            }
        )
    return {
        "@type": "DataCatalog",
        "@id": f"{url}#catalog",
        "name": page.title,
        "url": url,
        "description": page.search_description or page.intro,
        "license": LICENSE_URL,
        "dataset": datasets,
    }
