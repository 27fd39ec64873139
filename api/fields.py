"""Serializer fields for the page models' ``api_fields`` (Wagtail API v2, docs/api.md).

Child rows and computed values are given as plain data chosen field by field
(never a model serializer's "every column"), so nothing private (editor
names, revisions, enquiries) can slip in when a model gains a column. These
fields read child relations; they are detail-only (``api.views``), so a
listing never pays a query per page.
"""

import datetime
from decimal import Decimal

from rest_framework.fields import Field

from . import text


def _plain(value):
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value.normalize()) if value == value.to_integral() else str(value)
    return value


class Rows(Field):
    """A child relation as a list of ``{name: value}`` for the named attributes only."""

    def __init__(self, *names, **kwargs):
        self.names = names
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        return [
            {name: _plain(getattr(row, name, None)) for name in self.names} for row in manager.all()
        ]


class Computed(Field):
    """The value of ``function(page)``: plain data worked out by the page's own code."""

    def __init__(self, function, **kwargs):
        self.function = function
        super().__init__(read_only=True, source="*", **kwargs)

    def to_representation(self, page):
        return self.function(page)


class BodyText(Field):
    """A StreamField body as plain text: what it says, in order, without markup."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, source="*", **kwargs)

    def to_representation(self, page):
        request = self.context.get("request")
        base_url = request.build_absolute_uri("/") if request else ""
        return text.plain_text(text.stream_markdown(page, page.body, base_url))


class Plain(Field):
    """A model value as JSON (dates ISO, times HH:MM, decimals as strings)."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        if isinstance(value, (list, tuple, set)):
            return [_plain(item) for item in value]
        return _plain(value)


# --- Computed values, shared with nothing else: each calls the page's own code ----


def village_hours(page):
    """The hours as villages/hours.py states them, with the page's "to be confirmed"."""
    from villages import hours

    data = hours.hours_data(page, village=page)
    data.pop("utcOffset", None)
    return {
        **data,
        "timezone": "Asia/Ho_Chi_Minh",
        "confirmed": page.hours_confirmed,
        "note": page.hours_note,
    }


def village_crafts(page):
    return [craft.name for craft in page.craft_list]


def route_stops(page):
    """Stops in order (core.privacy: a stop at a private village is left out, as on the page)."""
    stops = []
    for stop in page.stop_list:
        coordinates = stop.coordinates
        stops.append(
            {
                "number": stop.number,
                "name": stop.name,
                "village": stop.village_shown.pk if stop.village_shown is not None else None,
                "latitude": _plain(coordinates[0]) if coordinates else None,
                "longitude": _plain(coordinates[1]) if coordinates else None,
                "minutes_here": stop.minutes_here,
                "activity": stop.activity,
                "next_leg": {
                    "mode": stop.leg_mode,
                    "bus_line": stop.leg_line,
                    "minutes": stop.leg_minutes,
                    "km": _plain(stop.leg_km),
                    "cost_min_vnd": stop.leg_cost_min_vnd,
                    "cost_max_vnd": stop.leg_cost_max_vnd,
                    "notes": stop.leg_notes,
                },
            }
        )
    return stops


def route_totals(page):
    totals = page.totals
    return {
        "stops": totals.stop_count,
        "minutes": totals.minutes,
        "minutes_at_stops": totals.minutes_at_stops,
        "minutes_travelling": totals.minutes_travelling,
        "km": _plain(totals.km),
        "cost_min_vnd": totals.cost_min_vnd,
        "cost_max_vnd": totals.cost_max_vnd,
    }


def event_villages(page):
    return [{"id": village.pk, "title": village.title} for village in page.villages]


def event_next_dates(page):
    """The next three occurrences (Hanoi dates), for a recurring event."""
    return [
        {"start": _plain(start), "end": _plain(end)} for start, end in page.upcoming_occurrences(3)
    ]


def certificates(page):
    """OCOP results, oldest first, with their year and source."""
    from products.models import latest_certificate

    rows = sorted(
        page.certificates.all(), key=lambda c: (c.dated_on or datetime.date.min, c.sort_order or 0)
    )
    current = latest_certificate(rows)
    return [
        {
            "rating": row.rating,
            "stars": row.stars,
            "current": row is current,
            "level": row.level,
            "decision_number": row.decision_number,
            "decision_date": _plain(row.decision_date),
            "year": row.dated_on.year if row.dated_on else None,
            "valid_until": _plain(row.valid_until),
            "source_name": row.source_name,
            "source_date": _plain(row.source_date),
            "source_url": row.source_url,
        }
        for row in rows
    ]


def craft_name(page):
    return page.craft_name if page.craft_id else ""


def story_villages(page):
    return [{"id": village.pk, "title": village.title} for village in page.villages]


FACT_FIELDS = (
    "label",
    "value",
    "value_to",
    "unit",
    "approximate",
    "as_of",
    "as_of_precision",
    "source_name",
    "source_date",
    "source_url",
)
