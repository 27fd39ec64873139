"""JSON-LD (schema.org) for travel: villages, their attractions, and routes.

Search engines and travel apps read these to show a village as a destination,
its museums and workshops with their opening hours, and a route's stops in
order. Built from the same data as the page, in the page's language
(``inLanguage``), and nothing more: a fact the site does not hold (which
languages a workshop's staff speak besides Vietnamese, whether entry is free,
until an editor has recorded it) is left out rather than guessed (docs/structured-data.md).

``json_ld`` serialises with the escapes of Django's ``json_script``, so text
from editors can never close the ``<script>`` element.
"""

import json
from urllib.parse import urljoin

from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

CONTEXT = "https://schema.org"
DAYS = (
    "https://schema.org/Monday",
    "https://schema.org/Tuesday",
    "https://schema.org/Wednesday",
    "https://schema.org/Thursday",
    "https://schema.org/Friday",
    "https://schema.org/Saturday",
    "https://schema.org/Sunday",
)
# Attractions that keep shop hours; temples, markets and walks have no hours on the site.
KINDS_WITH_HOURS = {"museum", "workshop", "shop", "tea"}
# The same escapes as django.utils.html.json_script.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data):
    """``<script type="application/ld+json">`` with ``data``, safe inside HTML."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


def content_language(page):
    """The BCP 47 code of the language the page's content is in (an alias shows its source's)."""
    source = page.source_page if getattr(page, "alias_of_id", None) else page
    return source.locale.language_code


def geo(latitude, longitude):
    return {"@type": "GeoCoordinates", "latitude": float(latitude), "longitude": float(longitude)}


def _full_url(page, request):
    return page.get_full_url(request)


def _hhmm(value):
    return value.strftime("%H:%M")


def opening_hours(village, attraction=None):
    """``OpeningHoursSpecification``s of a village (or of one of its attractions).

    Weekly hours, then the dated exceptions (Tết, festivals) with
    ``validFrom``/``validThrough``; a closed day is given as 00:00–00:00, as
    schema.org says. Only hours the village has confirmed are published: a
    machine reading them would not see the page's "to be confirmed".
    """
    from villages.hours import hours_data

    if not village.hours_confirmed:
        return []
    data = hours_data(attraction if attraction is not None else village, village)
    if not data["known"]:
        return []
    specs = []
    for day, intervals in enumerate(data["weekly"]):
        for opens, closes in intervals or [("00:00", "00:00")]:
            specs.append(
                {
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": DAYS[day],
                    "opens": opens,
                    "closes": closes,
                }
            )
    for exception in data["exceptions"]:
        for opens, closes in exception["hours"] or [("00:00", "00:00")]:
            specs.append(
                {
                    "@type": "OpeningHoursSpecification",
                    "validFrom": exception["start"],
                    "validThrough": exception["end"],
                    "opens": opens,
                    "closes": closes,
                    "description": exception["reason"],
                }
            )
    return specs


def tourist_types(attractions):
    """Who the village suits, from what there is to do (in the page's language)."""
    kinds = {item.kind for item in attractions}
    types = [_("Visitors interested in traditional crafts")]
    if kinds & {"museum", "temple"}:
        types.append(_("Visitors interested in history and heritage"))
    if "workshop" in kinds:
        types.append(_("Visitors who want to try a craft themselves"))
    if kinds & {"market", "shop"}:
        types.append(_("Buyers of handmade goods"))
    if "tea" in kinds:
        types.append(_("Tea lovers"))
    return types


def available_languages(item):
    """The ``Language``s visitors can be helped in at an attraction, BCP 47 codes as alternateName.

    Vietnamese is spoken at every place the site lists; other languages only
    when the editor ticked them. One language stays a single object, as before.
    """
    from villages.models.parts import HelpLanguage

    codes = ["vi", *(code for code in item.languages or [] if code != "vi")]
    languages = [
        {"@type": "Language", "name": HelpLanguage(code).label, "alternateName": code}
        for code in codes
    ]
    return languages[0] if len(languages) == 1 else languages


def attraction(item, village, village_url, language):
    """A museum, workshop or other attraction of ``village`` as a ``TouristAttraction``."""
    types = ["TouristAttraction"]
    if item.kind == "museum":
        types.append("Museum")
    data = {
        "@type": types if len(types) > 1 else types[0],
        "name": item.name,
        "url": f"{village_url}#see-and-do",
        "inLanguage": language,
        "containedInPlace": {"@id": f"{village_url}#destination"},
        "availableLanguage": available_languages(item),
    }
    if item.description:
        data["description"] = item.description
    # Claimed only once an editor has checked it: "unknown" says nothing.
    if item.is_free is not None:
        data["isAccessibleForFree"] = item.is_free
    if item.kind in KINDS_WITH_HOURS:
        hours = opening_hours(village, item)
        if hours:
            data["openingHoursSpecification"] = hours
    return data


def village_destination(page, request=None):
    """A village page as a ``TouristDestination`` containing its attractions."""
    language = content_language(page)
    url = _full_url(page, request)
    attractions = list(page.attractions.all())
    data = {
        "@context": CONTEXT,
        "@type": "TouristDestination",
        "@id": f"{url}#destination",
        "name": page.title,
        "url": url,
        "inLanguage": language,
        "geo": geo(page.latitude, page.longitude),
        "address": {
            "@type": "PostalAddress",
            # The current commune or ward (two-level administration since 1 July 2025);
            # none while it is not known, rather than the abolished district.
            **({"addressLocality": page.commune} if page.commune else {}),
            "addressRegion": page.city,
            "addressCountry": "VN",
        },
        "touristType": tourist_types(attractions),
    }
    if page.vietnamese_name and page.vietnamese_name != page.title:
        data["alternateName"] = page.vietnamese_name
    description = page.search_description or getattr(page, "intro", "")
    if description:
        data["description"] = description
    hours = opening_hours(page)
    if hours:
        data["openingHoursSpecification"] = hours
    places = [attraction(item, page, url, language) for item in attractions]
    if places:
        data["containsPlace"] = places
    return data


def _stop_place(stop, request):
    coordinates = stop.coordinates
    shown = getattr(stop, "village_shown", None)
    place = {
        "@type": "TouristDestination" if stop.village_id else "Place",
        "name": stop.name,
    }
    if shown is not None:
        place["url"] = shown.get_full_url(request)
        if shown.vietnamese_name and shown.vietnamese_name != stop.name:
            place["alternateName"] = shown.vietnamese_name
    if coordinates is not None:
        place["geo"] = geo(*coordinates)
    if stop.activity:
        place["description"] = stop.activity
    return place


def route_trip(page, request=None):
    """A route page as a ``TouristTrip`` whose itinerary lists the stops in order."""
    language = content_language(page)
    stops = page.stop_list
    data = {
        "@context": CONTEXT,
        "@type": "TouristTrip",
        "name": page.title,
        "url": _full_url(page, request),
        "inLanguage": language,
        "itinerary": {
            "@type": "ItemList",
            "numberOfItems": len(stops),
            "itemListOrder": "https://schema.org/ItemListOrderAscending",
            "itemListElement": [
                {"@type": "ListItem", "position": position, "item": _stop_place(stop, request)}
                for position, stop in enumerate(stops, start=1)
            ],
        },
    }
    if page.summary:
        data["description"] = page.summary
    return data


# --- One graph per page ---------------------------------------------------------
# Every page carries a single JSON-LD script with one ``@graph``: the page's own
# thing (a destination, a trip, an event, a product…), its breadcrumb trail and,
# on the home page, the website and its publisher. One script per page means one
# ``@context`` and node ids (``#destination``, ``#organization``) that can refer
# to each other.


def breadcrumb_trail(page, request=None):
    """``[(title, full URL)]`` from the language's home page down to ``page``, as plain data.

    The same links as the visible breadcrumb (the page's ancestors in its own
    language tree, an untranslated alias ancestor included: its URL is in the
    reader's language); an ancestor that may not be shown is left out. Kept in
    the cache per page, so a page pays its ancestors' query once per publish.
    """
    from .cache import remember
    from .privacy import public_source

    def build():
        ancestors = page.get_ancestors(inclusive=False).filter(depth__gte=2).defer_streamfields()
        trail = [
            (ancestor.title, ancestor.get_full_url(request))
            for ancestor in ancestors
            if public_source(ancestor) is not None
        ]
        return [*trail, (page.title, page.get_full_url(request))]

    if getattr(request, "is_preview", False):
        # A preview shows a draft title: never kept where the public reads.
        return build()
    return remember("breadcrumb", [page.pk], build)


def breadcrumb_list(trail, page_url):
    return {
        "@type": "BreadcrumbList",
        "@id": f"{page_url}#breadcrumb",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": url,
            }
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def publisher(home_url):
    """The organisation that publishes the site, in the reader's language."""
    return {
        "@type": "Organization",
        "@id": f"{home_url}#organization",
        "name": _("Hanoi Craft Villages"),
        "url": home_url,
        # The site's square icon (180 px), what search engines show beside results.
        "logo": urljoin(home_url, static("img/apple-touch-icon.png")),
    }


def website(page, request, home_url):
    data = {
        "@type": "WebSite",
        "@id": f"{home_url}#website",
        "name": _("Hanoi Craft Villages"),
        "url": home_url,
        "publisher": {"@id": f"{home_url}#organization"},
    }
    description = page.search_description or getattr(page, "intro", "")
    if description:
        data["description"] = description
    return data


def hero_image_url(page, request):
    """The absolute URL of the page's hero picture, the JPEG the page itself shows.

    ``fill-1600x1000|format-jpeg`` is the largest JPEG of the hero ``<picture>``:
    the same rendition, so sharing and structured data add no image to make, and
    no query once the rendition is cached.
    """
    if not getattr(page, "hero_image_id", None):
        return None
    # Asked twice per page (sharing tags, JSON-LD): read once.
    found = getattr(page, "social_image", None)
    if found is None:
        rendition = page.hero_image.get_rendition(SOCIAL_IMAGE_SPEC)
        found = page.social_image = {
            # Under the page's own site, as its canonical URL (a storage may give a full URL).
            "url": urljoin(page.get_full_url(request), rendition.url),
            "width": rendition.width,
            "height": rendition.height,
        }
    return found


SOCIAL_IMAGE_SPEC = "fill-1600x1000|format-jpeg"


def article(page, request, home_url):
    """A story page as an ``Article``: what it is about, who wrote and who published it."""
    url = page.get_full_url(request)
    data = {
        "@type": "Article",
        "@id": f"{url}#article",
        "headline": page.title,
        "url": url,
        "mainEntityOfPage": url,
        "publisher": {"@id": f"{home_url}#organization"},
        # The byline when the story has one; else the site speaks for itself.
        "author": (
            {"@type": "Person", "name": page.author}
            if page.author
            else {"@id": f"{home_url}#organization"}
        ),
    }
    description = page.search_description or getattr(page, "intro", "")
    if description:
        data["description"] = description
    published = page.first_published_at or page.date
    if published:
        data["datePublished"] = published.isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    about = [
        {"@type": "TouristDestination", "name": item.title, "url": item.get_full_url(request)}
        for item in page.villages
    ] + [
        {"@type": "Product", "name": item.title, "url": item.get_full_url(request)}
        for item in page.products
    ]
    if about:
        data["about"] = about
    return data


def web_page(page, request, schema_type="WebPage"):
    url = page.get_full_url(request)
    data = {"@type": schema_type, "@id": f"{url}#webpage", "name": page.title, "url": url}
    description = page.search_description or getattr(page, "intro", "")
    if description:
        data["description"] = description
    return data


# Where an index page's context holds the page of cards it shows (a paginator page).
LISTINGS = {
    "villages.VillageIndexPage": "villages",
    "stories.StoryIndexPage": "stories",
    "routes.RouteIndexPage": "routes",
    "products.ProductIndexPage": "products",
    # The event index groups its page of events by month: the page itself is in the listing.
    "events.EventIndexPage": "listing.page_obj",
}


def item_list(cards, request):
    """The cards an index page shows (this page of them), as an ``ItemList``.

    The same pages, in the same order, as the page's own listing: already
    loaded by the view, so no query (a card not yet translated links its
    English or Vietnamese version, as the card does).
    """
    items = list(getattr(cards, "object_list", None) or [])
    if not items:
        return None
    first = cards.start_index() if hasattr(cards, "start_index") else 1
    return {
        "@type": "ItemList",
        "numberOfItems": len(items),
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": item.title,
                "url": item.get_full_url(request),
            }
            for position, item in enumerate(items, start=first)
        ],
    }


def _main_nodes(page, request, context, home_url):
    """The page's own schema.org objects, by page type."""
    from products import structured_data as products_data

    from .models import OnePerLocaleMixin

    label = page._meta.label
    if label == "villages.VillagePage":
        return [village_destination(page, request)]
    if label == "routes.RoutePage":
        return [route_trip(page, request)]
    if label == "events.EventPage":
        from events.structured_data import event_data

        return [event_data(page, request)]
    if label == "products.ProductPage":
        producer = context.get("producer") or page.producer
        return [products_data.product(page, producer, request)]
    if label == "products.ProducerPage":
        return [products_data.producer_page(page, request)]
    if label == "stories.StoryPage":
        return [article(page, request, home_url)]
    if label == "home.HomePage":
        return [website(page, request, home_url), publisher(home_url)]
    if label == "opendata.OpenDataPage" and context.get("catalogue"):
        from opendata.services import data_catalog

        return [data_catalog(page, context["catalogue"], request)]
    if isinstance(page, OnePerLocaleMixin):  # the index pages, the catalogue
        collection = web_page(page, request, "CollectionPage")
        name, *attributes = LISTINGS.get(label, "").split(".")
        cards = context.get(name)
        for attribute in attributes:
            cards = getattr(cards, attribute, None)
        listed = item_list(cards, request)
        if listed:
            collection["mainEntity"] = listed
        return [collection]
    return [web_page(page, request)]


def page_graph(page, request=None, context=None):
    """The page's one JSON-LD graph, or None for a page that states no facts (a sample)."""
    if getattr(page, "is_sample_content", False):
        return None
    language = content_language(page)
    trail = breadcrumb_trail(page, request)
    home_url = trail[0][1]
    page_url = page.get_full_url(request)
    nodes = [*_main_nodes(page, request, context or {}, home_url)]
    image = hero_image_url(page, request)
    if image and nodes[0]["@type"] != "WebSite":
        nodes[0].setdefault("image", image["url"])
    nodes.append(breadcrumb_list(trail, page_url))
    for node in nodes:
        node.pop("@context", None)
        node.setdefault("inLanguage", language)
    return {"@context": CONTEXT, "@graph": nodes}
