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

from django.core.serializers.json import DjangoJSONEncoder
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
    description = page.search_description or page.intro
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
