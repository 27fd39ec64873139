"""My day: turn a plan's codes into stops, times, legs and warnings.

Everything is worked out per request from the plan in the URL (planner/codec.py):
no plan is stored on the server. Pages are read in a fixed number of queries
whatever the number of stops (a test pins it), in the visitor's language with
the English, then Vietnamese, version as fallback, and the Vietnamese name
always beside it.
"""

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from django.db.models import Prefetch
from django.utils.translation import gettext
from wagtail.models import Page

from core import formats, i18n
from core.privacy import visible
from events.models import EventPage, EventVillage
from villages import hours as village_hours
from villages.models import Attraction, VillagePage
from villages.models.parts import TravelMode

from .codec import HANOI

# Hoàn Kiếm Lake, where the Old Quarter begins and most visitors' days start.
OLD_QUARTER = (Decimal("21.028800"), Decimal("105.852200"))
# The other starting places a visitor can choose (codec.ORIGINS): Xuân Diệu
# street on the Tây Hồ peninsula, and the Opera House.
ORIGIN_POINTS = {
    "old-quarter": OLD_QUARTER,
    "west-lake": (Decimal("21.065000"), Decimal("105.828000")),
    "french-quarter": (Decimal("21.024300"), Decimal("105.857500")),
}
# Roads around Hanoi are longer than the straight line between two points,
# and taxis average little more than 20 km/h once the city's traffic is in.
ROAD_FACTOR = 1.4
TAXI_KMH = 22
TAXI_PICKUP_MINUTES = 5
# Two places this close are a walk apart (an attraction in its own village).
WALK_KM = 0.8
WALK_KMH = 4
# Time to allow when a page does not say.
DEFAULT_MINUTES = {"village": 120, "attraction": 60, "event": 90, "stop": 60}


@dataclass
class Leg:
    """How to get from one stop to the next."""

    mode: str
    minutes: int
    km: Decimal | None = None
    line: str = ""
    estimated: bool = True
    from_route: str = ""  # the route's title when the leg comes from it

    @property
    def mode_label(self):
        return TravelMode(self.mode).label if self.mode in TravelMode.values else self.mode


@dataclass
class Stop:
    item: object  # codec.Item
    kind: str
    name: str
    name_language: str  # language the name is in (a fallback is marked)
    vietnamese_name: str
    url: str = ""
    kind_label: str = ""
    address: str = ""
    lat: Decimal | None = None
    lng: Decimal | None = None
    minutes: int = 60
    village: VillagePage | None = None
    attraction: Attraction | None = None
    event: object = None
    route_key: tuple | None = None  # (route page id, position from 1)
    route_leg: Leg | None = None  # the route's own leg to its next stop
    arrive: datetime | None = None
    leave: datetime | None = None
    leg: Leg | None = None  # to the next stop
    warnings: list = field(default_factory=list)

    @property
    def code(self):
        return self.item.code

    @property
    def shows_vietnamese_name(self):
        return self.vietnamese_name and self.vietnamese_name != self.name

    @property
    def coordinates(self):
        if self.lat is None or self.lng is None:
            return None
        return self.lat, self.lng


@dataclass
class DayPlan:
    plan: object  # codec.Plan
    stops: list
    dropped: int = 0
    first_leg: Leg | None = None  # from the starting place to the first stop

    @property
    def origin_point(self):
        return ORIGIN_POINTS[self.plan.origin]

    @property
    def origin_label(self):
        from .codec import ORIGINS

        return ORIGINS[self.plan.origin]

    @property
    def start(self):
        return datetime.combine(self.plan.day, self.plan.start, HANOI)

    @property
    def end(self):
        return self.stops[-1].leave if self.stops else self.start

    @property
    def total_minutes(self):
        return int((self.end - self.start).total_seconds() // 60)

    @property
    def legs(self):
        return [leg for leg in (self.first_leg, *(stop.leg for stop in self.stops)) if leg]

    @property
    def travel_minutes(self):
        return sum(leg.minutes for leg in self.legs)

    @property
    def has_estimates(self):
        return any(leg.estimated for leg in self.legs)

    @property
    def warning_count(self):
        return sum(len(stop.warnings) for stop in self.stops)


# --- Reading the pages ------------------------------------------------------------


def _vietnamese(candidates):
    return {c.translation_key: c for c in candidates if c.locale.language_code == "vi"}


def _visible(queryset, languages):
    """Live, real (not alias), public versions in ``languages``."""
    return visible(queryset.filter(locale__language_code__in=languages)).select_related("locale")


def resolve(plan, language, request=None):
    """The plan's items as ``Stop``s in ``language``; unknown or hidden ones are dropped.

    Returns a ``DayPlan`` (not yet scheduled) with the count of dropped items.
    """
    languages = i18n.fallback_languages(language)
    items = list(plan.items)
    page_ids = {item.id for item in items if item.kind in ("village", "event", "stop")}
    attraction_ids = {item.id for item in items if item.kind == "attraction"}

    # Any version's id works (the codes use the Vietnamese ones): pages are
    # matched by translation key, so a link opens in the reader's language.
    page_keys = dict(
        Page.objects.filter(pk__in=page_ids).values_list("pk", "translation_key")
        if page_ids
        else []
    )
    attraction_keys = {}
    if attraction_ids:
        for pk, key, village_key in Attraction.objects.filter(pk__in=attraction_ids).values_list(
            "pk", "translation_key", "page__translation_key"
        ):
            attraction_keys[pk] = (key, village_key)

    routes = {}
    route_ids = {item.id for item in items if item.kind == "stop"}
    if route_ids:
        from routes.models import RoutePage, RouteStop

        candidates = list(
            _visible(RoutePage.objects, languages)
            .filter(translation_key__in={page_keys[i] for i in route_ids if i in page_keys})
            .defer_streamfields()
            .prefetch_related(
                Prefetch("stops", queryset=RouteStop.objects.select_related("village"))
            )
        )
        routes = {"best": i18n.best_versions(candidates, language), "vi": _vietnamese(candidates)}

    village_keys = {page_keys[i.id] for i in items if i.kind == "village" and i.id in page_keys}
    village_keys.update(village_key for _key, village_key in attraction_keys.values())
    for route in routes.get("best", {}).values():
        village_keys.update(s.village.translation_key for s in route.stops.all() if s.village)
    villages = {}
    if village_keys:
        candidates = list(
            _visible(VillagePage.objects, languages)
            .filter(translation_key__in=village_keys)
            .defer_streamfields()
            .prefetch_related("opening_hours", "opening_exceptions", "attractions")
        )
        villages = {"best": i18n.best_versions(candidates, language), "vi": _vietnamese(candidates)}

    events = {}
    event_ids = {item.id for item in items if item.kind == "event"}
    if event_ids:
        candidates = list(
            _visible(EventPage.objects, languages)
            .filter(translation_key__in={page_keys[i] for i in event_ids if i in page_keys})
            .defer_streamfields()
            .prefetch_related(
                Prefetch("event_villages", queryset=EventVillage.objects.select_related("village"))
            )
        )
        events = {"best": i18n.best_versions(candidates, language), "vi": _vietnamese(candidates)}

    stops = []
    for item in items:
        if item.kind == "village":
            stop = _village_stop(item, page_keys.get(item.id), villages, request)
        elif item.kind == "attraction":
            stop = _attraction_stop(item, attraction_keys.get(item.id), villages, request)
        elif item.kind == "stop":
            stop = _route_stop(item, page_keys.get(item.id), routes, villages, request)
        else:
            stop = _event_stop(item, page_keys.get(item.id), events, villages, request)
        if stop is not None:
            stops.append(stop)
    return DayPlan(plan=plan, stops=stops, dropped=len(items) - len(stops))


def _address(village):
    from wayfinding.services import village_address

    current, former = village_address(village)
    return f"{current} (trước đây: {former})" if former else current


def _village_stop(item, key, villages, request):
    village = villages.get("best", {}).get(key)
    if village is None:
        return None
    minutes = DEFAULT_MINUTES["village"]
    if village.visit_hours_min:
        minutes = int(village.visit_hours_min * 60)
    return Stop(
        item=item,
        kind="village",
        kind_label=gettext("Village"),
        name=village.title,
        name_language=village.locale.language_code,
        vietnamese_name=village.vietnamese_name,
        url=village.get_url(request),
        address=_address(village),
        lat=village.latitude,
        lng=village.longitude,
        minutes=minutes,
        village=village,
    )


def _attraction_stop(item, keys, villages, request):
    if keys is None:
        return None
    key, village_key = keys
    village = villages.get("best", {}).get(village_key)
    if village is None:
        return None
    attraction = next((a for a in village.attractions.all() if a.translation_key == key), None)
    if attraction is None:
        return None
    vi_village = villages["vi"].get(village_key)
    vi_attraction = None
    if vi_village is not None:
        vi_attraction = next(
            (a for a in vi_village.attractions.all() if a.translation_key == key), None
        )
    vietnamese_name = vi_attraction.name if vi_attraction else attraction.name
    url = village.get_url(request)
    return Stop(
        item=item,
        kind="attraction",
        kind_label=attraction.get_kind_display(),
        name=attraction.name,
        name_language=village.locale.language_code,
        vietnamese_name=f"{vietnamese_name}, {village.vietnamese_name}",
        url=f"{url}#see-and-do" if url else "",
        address=_address(village),
        lat=village.latitude,
        lng=village.longitude,
        minutes=attraction.duration_minutes or DEFAULT_MINUTES["attraction"],
        village=village,
        attraction=attraction,
    )


def _route_stop(item, key, routes, villages, request):
    route = routes.get("best", {}).get(key)
    if route is None:
        return None
    stops = list(route.stops.all())
    if item.n > len(stops):
        return None
    stop = stops[item.n - 1]
    vi_route = routes["vi"].get(key)
    vi_stops = list(vi_route.stops.all()) if vi_route is not None else []
    vi_stop = vi_stops[item.n - 1] if len(vi_stops) >= item.n else stop
    village = None
    if stop.village is not None:
        village = villages.get("best", {}).get(stop.village.translation_key)
        if village is None:
            # The stop's village was unpublished or made private since.
            return None
    route_leg = None
    if stop.leg_mode and stop.leg_minutes is not None and item.n < len(stops):
        route_leg = Leg(
            mode=stop.leg_mode,
            minutes=stop.leg_minutes,
            km=stop.leg_km,
            line=stop.leg_line,
            estimated=False,
            from_route=route.title,
        )
    if village is not None:
        name, name_language = village.title, village.locale.language_code
        vietnamese_name, address = village.vietnamese_name, _address(village)
        lat, lng, url = village.latitude, village.longitude, village.get_url(request)
    else:
        name, name_language = stop.place_name, route.locale.language_code
        # A named place (Hoàn Kiếm Lake) is its own address: its Vietnamese name says it.
        vietnamese_name, address = vi_stop.place_name, ""
        lat, lng, url = stop.latitude, stop.longitude, route.get_url(request)
    return Stop(
        item=item,
        kind="stop",
        kind_label=gettext("Stop %(number)s of “%(route)s”")
        % {"number": item.n, "route": route.title},
        name=name,
        name_language=name_language,
        vietnamese_name=vietnamese_name,
        url=url,
        address=address,
        lat=lat,
        lng=lng,
        minutes=stop.minutes_here,
        village=village,
        route_key=(item.id, item.n),
        route_leg=route_leg,
    )


def _event_stop(item, key, events, villages, request):
    event = events.get("best", {}).get(key)
    if event is None:
        return None
    vi_event = events["vi"].get(key) or event
    coordinates = event.coordinates
    if coordinates is None:
        # No venue point: the first village taking part stands in for it.
        hosts = [link.village for link in event.event_villages.all() if link.village]
        if hosts:
            coordinates = (hosts[0].latitude, hosts[0].longitude)
    lat, lng = coordinates if coordinates else (None, None)
    return Stop(
        item=item,
        kind="event",
        kind_label=event.get_kind_display(),
        name=event.title,
        name_language=event.locale.language_code,
        vietnamese_name=vi_event.title,
        url=event.get_url(request),
        address=event.venue_address or vi_event.venue_name,
        lat=lat,
        lng=lng,
        minutes=DEFAULT_MINUTES["event"],
        event=event,
    )


# --- Times, legs and warnings --------------------------------------------------------


def distance_km(a, b):
    """Great-circle distance between two (lat, lng) points, in kilometres."""
    lat1, lng1, lat2, lng2 = (math.radians(float(value)) for value in (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


def _round_up(minutes, step=5):
    return int(math.ceil(minutes / step) * step)


def estimated_leg(a, b):
    """A leg between two points from the straight line: a walk when close, else a taxi."""
    if a is None or b is None:
        return None
    km = distance_km(a, b) * ROAD_FACTOR
    if km <= WALK_KM:
        return Leg(
            mode=TravelMode.WALK,
            minutes=max(5, _round_up(km / WALK_KMH * 60)),
            km=Decimal(str(round(km, 1))),
        )
    return Leg(
        mode=TravelMode.TAXI,
        minutes=_round_up(km / TAXI_KMH * 60 + TAXI_PICKUP_MINUTES),
        km=Decimal(str(round(km, 1))),
    )


def leg_between(stop, following):
    """The route's own leg when both are consecutive stops of one route, else an estimate."""
    if (
        stop.route_leg is not None
        and following.route_key is not None
        and stop.route_key[0] == following.route_key[0]
        and following.route_key[1] == stop.route_key[1] + 1
    ):
        return stop.route_leg
    return estimated_leg(stop.coordinates, following.coordinates)


# A first stop this close to the starting place is where the day starts.
START_HERE_KM = 0.3


def first_leg(origin, stop):
    """The leg from the starting place to the first stop (None when it starts there)."""
    if stop.coordinates is None or distance_km(origin, stop.coordinates) < START_HERE_KM:
        return None
    return estimated_leg(origin, stop.coordinates)


def _time(value):
    return formats.format_time(value)


def warnings_for(stop, day):
    """What may spoil the visit on ``day``: closed, closing before arrival, event not on."""
    if stop.event is not None:
        return _event_warnings(stop, day)
    warnings = []
    if stop.village is None:
        return warnings
    obj = stop.attraction if stop.attraction is not None else stop.village
    if not village_hours.is_known(obj, stop.village):
        return warnings
    exception = village_hours.exception_on(obj, day, stop.village)
    hours = village_hours.hours_on(obj, day, stop.village)
    if hours is None:
        if exception is not None:
            warnings.append(gettext("Closed that day: %(reason)s.") % {"reason": exception.reason})
        else:
            warnings.append(
                gettext("Usually closed on %(weekday)s.") % {"weekday": formats.format_weekday(day)}
            )
        return warnings
    opens, closes = hours
    if stop.arrive is not None:
        arrive = stop.arrive.time()
        if arrive >= closes:
            warnings.append(
                gettext("Closes at %(time)s, before you arrive.") % {"time": _time(closes)}
            )
        elif arrive < opens:
            warnings.append(
                gettext("Opens at %(time)s, after you arrive.") % {"time": _time(opens)}
            )
        elif stop.leave is not None and stop.leave.time() > closes:
            warnings.append(
                gettext("Closes at %(time)s, before the end of your visit.")
                % {"time": _time(closes)}
            )
    return warnings


def _event_warnings(stop, day):
    event = stop.event
    if event.is_cancelled:
        return [gettext("This event is cancelled.")]
    occurrences = event.occurrences_between(day, day)
    if not occurrences:
        return [gettext("This event is not on that day.")]
    if event.all_day or stop.arrive is None:
        return []
    starts, ends = occurrences[0]
    if stop.arrive >= ends:
        return [
            gettext("Ends at %(time)s, before you arrive.")
            % {"time": _time(ends.astimezone(HANOI))}
        ]
    if stop.arrive < starts:
        return [
            gettext("Starts at %(time)s, after you arrive.")
            % {"time": _time(starts.astimezone(HANOI))}
        ]
    return []


def schedule(day_plan):
    """Arrival and leaving times, legs and warnings for every stop, from the start time."""
    clock = day_plan.start
    stops = day_plan.stops
    # The first leg counts: a day from the Old Quarter reaches Bát Tràng at 9:15, not 8:30.
    day_plan.first_leg = first_leg(day_plan.origin_point, stops[0]) if stops else None
    if day_plan.first_leg is not None:
        clock += timedelta(minutes=day_plan.first_leg.minutes)
    for index, stop in enumerate(stops):
        stop.arrive = clock
        stop.leave = clock + timedelta(minutes=stop.minutes)
        stop.leg = leg_between(stop, stops[index + 1]) if index + 1 < len(stops) else None
        stop.warnings = warnings_for(stop, day_plan.plan.day)
        clock = stop.leave + timedelta(minutes=stop.leg.minutes if stop.leg else 0)
    return day_plan


def build(plan, language, request=None):
    return schedule(resolve(plan, language, request))


def _open_at(stop, day, moment):
    """Whether ``stop`` can be visited at ``moment`` on ``day`` (unknown hours count as open)."""
    if stop.event is not None:
        return stop.event.is_on(day)
    if stop.village is None:
        return True
    obj = stop.attraction if stop.attraction is not None else stop.village
    if not village_hours.is_known(obj, stop.village):
        return True
    hours = village_hours.hours_on(obj, day, stop.village)
    return hours is not None and moment.time() < hours[1]


def suggest_order(day_plan):
    """Nearest neighbour from the starting place, preferring stops still open on arrival.

    Stops without coordinates keep their place at the end, in their order.
    A greedy order, not the shortest possible day: good enough for a handful
    of stops, and easy to explain.
    """
    day = day_plan.plan.day
    remaining = [stop for stop in day_plan.stops if stop.coordinates is not None]
    placeless = [stop for stop in day_plan.stops if stop.coordinates is None]
    position, clock, ordered = day_plan.origin_point, day_plan.start, []
    while remaining:

        def arrival(stop, position=position, clock=clock):
            leg = estimated_leg(position, stop.coordinates)
            return clock + timedelta(minutes=leg.minutes if leg else 0)

        open_ones = [stop for stop in remaining if _open_at(stop, day, arrival(stop))]
        pool = open_ones or remaining
        chosen = min(pool, key=lambda stop: distance_km(position, stop.coordinates))
        clock = arrival(chosen) + timedelta(minutes=chosen.minutes)
        position = chosen.coordinates
        ordered.append(chosen)
        remaining.remove(chosen)
    return [stop.item for stop in ordered + placeless]


def plan_strings():
    """Interface strings the planner's script needs, in the active language."""
    return {
        "added": gettext("%(name)s added to your day."),
        "removed": gettext("%(name)s removed from your day."),
        "moved": gettext("%(name)s moved to position %(position)s of %(count)s."),
        "cleared": gettext("Your day is now empty."),
        "copied": gettext("Link copied."),
        "offline": gettext(
            "You are offline: the new order is kept on this device. "
            "The times will be worked out again when you are back online."
        ),
        "shared": gettext(
            "This link holds a plan someone shared with you. "
            "Stops in your own plan on this device: %(count)s. Nothing is lost until you choose."
        ),
        "open_shared": gettext("Open the shared plan"),
        "merge_shared": gettext("Add its stops to my plan"),
        "keep_mine": gettext("Keep my plan"),
        "merged": gettext("The shared stops were added to the end of your plan."),
    }
