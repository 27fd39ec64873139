"""Map data for templates: the server-drawn SVG maps and the village index's Leaflet points.

The pages' own querysets feed these tags (the index's ``map_villages``, a
route's ``stop_list``); the only data read here is the list of every village's
coordinates for the "nearby villages" map, kept in the content cache.
"""

import math

from django import template
from django.utils import translation
from django.utils.translation import gettext as _

from core import svgmap
from core.cache import remember
from core.privacy import visible

register = template.Library()

NEIGHBOURS = 4


def _language():
    return translation.get_language() or "vi"


def _vi_lang():
    """``lang`` for a Vietnamese name: empty on Vietnamese pages, where it is implied."""
    return "" if _language() == "vi" else "vi"


def _get(item, *names):
    """A value from a ``map_villages`` dict or a page object, by the first name it has."""
    for name in names:
        if isinstance(item, dict):
            if name in item:
                return item[name]
        elif hasattr(item, name):
            return getattr(item, name)
    return None


def _common_labels():
    return {"old_quarter_label": _("Old Quarter"), "river_label": _("Red River")}


def _build(**kwargs):
    """``svgmap.build_map`` with the labels and the scale in the page's language."""
    from core.templatetags.core_tags import format_figure

    drawn = svgmap.build_map(**kwargs, **_common_labels())
    if drawn is not None:
        drawn.scale_text = _("%(km)s km") % {"km": format_figure(drawn.scale_km)}
    return drawn


@register.simple_tag
def villages_svg_map(villages):
    """The SVG map of a list of villages (``map_villages`` entries or village pages)."""
    lang = _vi_lang()
    points = [
        svgmap.Point(
            latitude=float(_get(v, "lat", "latitude")),
            longitude=float(_get(v, "lng", "longitude")),
            label=_get(v, "vietnamese_name") or _get(v, "title"),
            label_lang=lang if _get(v, "vietnamese_name") else "",
        )
        for v in villages
        if _get(v, "lat", "latitude") is not None and _get(v, "lng", "longitude") is not None
    ]
    return _build(points=points)


@register.simple_tag(takes_context=True)
def village_map_points(context, villages):
    """The village index's Leaflet markers, JSON-ready: [{name, vi, url, lat, lng, crafts}]."""
    request = context.get("request")
    points = []
    for village in villages:
        lat, lng = _get(village, "lat", "latitude"), _get(village, "lng", "longitude")
        if lat is None or lng is None:
            continue
        url = _get(village, "url") if isinstance(village, dict) else village.get_url(request)
        crafts = _get(village, "crafts")
        if crafts is None:
            crafts = [str(craft.name) for craft in (_get(village, "craft_list") or [])]
        points.append(
            {
                "name": _get(village, "title"),
                "vi": _get(village, "vietnamese_name") or "",
                "url": url,
                "lat": float(lat),
                "lng": float(lng),
                "crafts": list(crafts),
            }
        )
    return points


def _all_village_points():
    """Every live village once (its source-language row): key, Vietnamese name, coordinates."""
    from villages.models import VillagePage

    rows = (
        visible(VillagePage.objects.all())
        .order_by("translation_key", "locale_id")
        .values_list("translation_key", "vietnamese_name", "latitude", "longitude")
    )
    seen = {}
    for key, name, lat, lng in rows:
        seen.setdefault(str(key), (name, float(lat), float(lng)))
    return seen


def nearby(village, count=NEIGHBOURS):
    """The ``count`` villages nearest ``village``: [(name, lat, lng)], nearest first."""
    everything = remember("map-village-points", [], _all_village_points)
    here = (float(village.latitude), float(village.longitude))
    cos_lat = math.cos(math.radians(here[0]))

    def distance(item):
        _name, lat, lng = item
        return math.hypot(lat - here[0], (lng - here[1]) * cos_lat)

    others = [item for key, item in everything.items() if key != str(village.translation_key)]
    return sorted(others, key=distance)[:count]


@register.simple_tag
def village_svg_map(village):
    """A small map of ``village`` and its nearest neighbours."""
    lang = _vi_lang()
    points = [
        svgmap.Point(
            latitude=float(village.latitude),
            longitude=float(village.longitude),
            label=village.vietnamese_name,
            label_lang=lang,
            current=True,
        )
    ]
    points += [
        svgmap.Point(latitude=lat, longitude=lng, label=name, label_lang=lang)
        for name, lat, lng in nearby(village)
    ]
    # Narrower than the full maps: in the side panel its labels keep 12 px on screen.
    return _build(points=points, width=svgmap.SMALL_WIDTH)


def _stop_label(stop):
    shown = getattr(stop, "village_shown", None) or stop.village
    if shown is not None and shown.vietnamese_name:
        return shown.vietnamese_name, _vi_lang()
    return stop.name, ""


def route_stops(route):
    """A route's stops as ``svgmap.Stop``s, numbered as in the page's list."""
    stops = []
    for number, stop in enumerate(route.stop_list, start=1):
        coordinates = stop.coordinates
        if coordinates is None:
            continue
        label, lang = _stop_label(stop)
        stops.append(
            svgmap.Stop(
                latitude=float(coordinates[0]),
                longitude=float(coordinates[1]),
                number=number,
                label=label,
                label_lang=lang,
            )
        )
    return stops


@register.simple_tag
def route_svg_map(route):
    """The SVG map of one route: numbered stops joined in order."""
    return _build(routes=[route_stops(route)])


@register.simple_tag
def routes_svg_map(routes):
    """One SVG map of several routes (the route index): a line per route, a dot per place.

    The routes come with their stops prefetched; their villages come in one
    more query for the whole list.
    """
    from django.db.models import prefetch_related_objects

    routes = list(routes)
    prefetch_related_objects(routes, "stops__village")
    lang = _vi_lang()
    lines = []
    for route in routes:
        stops = []
        for number, stop in enumerate(route.stops.all(), start=1):
            coordinates = stop.coordinates
            if coordinates is None:
                continue
            if stop.village is not None:
                label, label_lang = stop.village.vietnamese_name, lang
            else:
                label, label_lang = stop.place_name, ""
            stops.append(
                svgmap.Stop(float(coordinates[0]), float(coordinates[1]), number, label, label_lang)
            )
        lines.append(stops)
    return _build(routes=lines, numbered=False)
