"""The event index's listing: upcoming or past, by month, by village, paginated.

URL parameters are validated here; a bad one is a 404 whose message names it
in the reader's language (``core.views.page_not_found`` shows it), never a 500.
"""

import re
from dataclasses import dataclass, field
from datetime import date
from itertools import groupby

from django.http import Http404
from django.utils.translation import gettext as _

from core.i18n import locale_by_id
from core.listing import paginate
from core.query import PAGE, QueryParameter, year_month

from . import queries

MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")
FIRST_YEAR, LAST_YEAR = 2000, 2100
UPCOMING, PAST = "upcoming", "past"
# What the event index reads, in the order its form and links write it.
QUERY_PARAMETERS = (
    QueryParameter("when", default=UPCOMING),
    QueryParameter("village"),
    QueryParameter("month", clean=year_month),
    PAGE,
)


@dataclass
class MonthGroup:
    month: date  # the first day of the month
    events: list


@dataclass
class EventListing:
    when: str
    page_obj: object
    groups: list
    villages: list
    selected_village: object = None
    month: date | None = None
    query: str = ""
    filters: dict = field(default_factory=dict)

    @classmethod
    def from_request(cls, index, request):
        locale = locale_by_id(index.locale_id)
        when = request.GET.get("when", UPCOMING)
        if when not in (UPCOMING, PAST):
            raise Http404(_("There is no list of events called “%(when)s”.") % {"when": when[:40]})
        month = parse_month(request.GET.get("month"))
        every = queries.candidate_events(locale)
        villages = villages_of(every)
        selected = None
        slug = request.GET.get("village", "")
        if slug:
            selected = next((village for village in villages if village.slug == slug), None)
            if selected is None:
                raise Http404(
                    _("There are no events in a village called “%(village)s”.")
                    % {"village": slug[:80]}
                )
        if selected is not None:
            every = [
                event
                for event in every
                if any(v.translation_key == selected.translation_key for v in event.villages)
            ]
        moment = queries.reference_moment()
        if month is not None:
            events = queries.in_month_from(every, month.year, month.month)
        elif when == PAST:
            events = queries.past_from(every, moment)
        else:
            events = queries.upcoming_from(every, moment, include_cancelled=True)
        filters = {}
        if when == PAST and month is None:
            filters["when"] = PAST
        if selected is not None:
            filters["village"] = selected.slug
        if month is not None:
            filters["month"] = month.strftime("%Y-%m")
        page_obj = paginate(events, request, index.page_size)
        return cls(
            when=when,
            page_obj=page_obj,
            groups=group_by_month(
                page_obj.object_list,
                moment.date() if when == UPCOMING and month is None else None,
            ),
            villages=villages,
            selected_village=selected,
            month=month,
            query="".join(f"{name}={value}&" for name, value in filters.items()),
            filters=filters,
        )


def parse_month(raw):
    """``"2025-12"`` → 1 December 2025; None when absent; a 404 with a message when malformed."""
    if raw is None or raw == "":
        return None
    match = MONTH_PATTERN.match(raw)
    if match:
        year, month = int(match[1]), int(match[2])
        if FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12:
            return date(year, month, 1)
    raise Http404(
        _("“%(month)s” is not a month: write it as year and month, e.g. 2025-12.")
        % {"month": raw[:20]}
    )


def villages_of(events):
    """Villages linked to any of ``events``, in the reader's language, by title."""
    found = {}
    for event in events:
        for village in event.villages:
            found.setdefault(village.translation_key, village)
    return sorted(found.values(), key=lambda village: village.title)


def group_by_month(events, today=None):
    """Consecutive events grouped by the month of their shown occurrence.

    With ``today`` (the upcoming list), an event in progress counts in the
    current month rather than the month it began.
    """

    def month_of(event):
        day = event.occurrence[0].date()
        if today is not None and day < today:
            day = today
        return day.replace(day=1)

    return [
        MonthGroup(month=month, events=list(items)) for month, items in groupby(events, month_of)
    ]
