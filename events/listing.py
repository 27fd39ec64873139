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

from core.cache import remember
from core.i18n import locale_by_id
from core.listing import paginate
from core.query import PAGE, QueryParameter, year_month
from core.samples import samples_shown

from . import queries, recurrence

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
        moment = queries.reference_moment()
        kept = timeline(locale, moment.date())
        villages = [Village(*row) for row in kept["villages"]]
        selected = None
        slug = request.GET.get("village", "")
        if slug:
            selected = next((village for village in villages if village.slug == slug), None)
            if selected is None:
                raise Http404(
                    _("There are no events in a village called “%(village)s”.")
                    % {"village": slug[:80]}
                )
        village_key = selected.translation_key if selected is not None else None
        if month is None and when == UPCOMING:
            events = upcoming_at(kept["upcoming"], moment, village_key)
        else:
            every = [
                event
                for event in queries.candidate_events(locale)
                if village_key is None
                or any(v.translation_key == village_key for v in event.villages)
            ]
            if month is not None:
                events = queries.in_month_from(every, month.year, month.month)
            else:
                events = queries.past_from(every, moment)
        filters = {}
        if when == PAST and month is None:
            filters["when"] = PAST
        if selected is not None:
            filters["village"] = selected.slug
        if month is not None:
            filters["month"] = month.strftime("%Y-%m")
        page_obj = paginate(events, request, index.page_size)
        if month is None and when == UPCOMING:
            page_obj.object_list = cards(page_obj.object_list, locale)
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


@dataclass(frozen=True)
class Village:
    """A village of the filter, in the reader's language where translated."""

    translation_key: object
    slug: str
    title: str
    shown_language: str
    is_fallback: bool


def timeline(locale, day):
    """The events to come from ``day`` on, and the villages of every event, as plain data.

    Each event's next occurrences are worked out from its recurrence rule for
    every event the language lists: the costly part of the index, and the same
    for every reader all day. So it is kept per language, sample setting and
    day until content changes (``core.cache.remember``); a request filters and
    sorts plain tuples and loads the events of its page only
    (docs/performance.md). ``upcoming``: ``(pk, title, occurrences, village
    keys)`` in the order ``candidate_events`` gives, with up to ``KEPT``
    occurrences from the day's start.
    """
    samples = samples_shown()
    return remember(
        "event-timeline",
        [locale.pk, samples, day.isoformat()],
        lambda: _timeline(locale, day, samples),
    )


# The occurrence in progress at midnight (or the next one) and two after it:
# when the first ends during the day, the next is shown with its own following
# one (an event repeats at most daily, so one ends per day at most).
KEPT = 3


def _timeline(locale, day, samples):
    every = queries.candidate_events(locale, samples=samples)
    start = recurrence.day_start(day)
    upcoming = []
    for event in every:
        occurrences = event.upcoming_occurrences(KEPT, after=start)
        if occurrences:
            keys = [village.translation_key for village in event.villages]
            upcoming.append((event.pk, event.title, occurrences, keys))
    villages = [
        (
            village.translation_key,
            village.slug,
            village.title,
            getattr(village, "shown_language", ""),
            getattr(village, "is_fallback", False),
        )
        for village in villages_of(every)
    ]
    return {"upcoming": upcoming, "villages": villages}


def upcoming_at(rows, moment, village_key=None):
    """``timeline``'s rows still to come at ``moment``, soonest first, as ``queries.upcoming_from``.

    An event in progress counts; cancelled events stay in (marked on the card).
    Each item: ``(pk, occurrence, following)``.
    """
    found = []
    for pk, title, occurrences, keys in rows:
        if village_key is not None and village_key not in keys:
            continue
        left = [occurrence for occurrence in occurrences if occurrence[1] > moment]
        if left:
            found.append((left[0][0], title, pk, left[0], left[1] if len(left) > 1 else None))
    found.sort(key=lambda item: item[:2])
    return [(pk, occurrence, following) for _start, _title, pk, occurrence, following in found]


def cards(items, locale):
    """The events of one page of ``upcoming_at`` items, loaded with their occurrences."""
    items = list(items)
    events = queries.events_by_pk([pk for pk, _occurrence, _following in items], locale)
    shown = {pk: (occurrence, following) for pk, occurrence, following in items}
    for event in events:
        event.occurrence, event.following = shown[event.pk]
    return events


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
