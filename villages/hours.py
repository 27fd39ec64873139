"""Opening hours of villages and their attractions, as pure functions of the stored data.

One place decides what "open on a given day" means, for the village page, the
trip planner and structured data alike:

- a village has weekly rows (``OpeningHours``; several rows on one day mean a
  lunch break) and dated exceptions (``OpeningException``: Tết, festivals);
- an attraction uses the village's weekly hours unless it has its own
  (``Attraction.own_hours``: one opening time, one closing time, closed weekdays);
- the village's exceptions apply to its attractions too: a village closed for
  Tết has its museum closed, and special festival hours are everyone's hours.

A village with no weekly rows has *unknown* hours, which is not the same as
closed: ``hours_on`` returns None for both, ``is_known`` tells them apart and
``hours_data`` says ``"known": false`` so the browser shows no status.

Times are Hanoi time (UTC+7, no daylight saving time), like the stored data.
Only ``hanoi_today`` reads the clock, for server code that needs today's
date; pages never do, so they stay cacheable, and "open now" is worked out in
the visitor's browser (static_src/js/opening-hours.js) from ``hours_data``.
"""

import datetime
import re

HANOI_UTC_OFFSET_HOURS = 7


def _village(obj, village=None):
    """The village whose hours and exceptions ``obj`` follows (itself for a village)."""
    if village is not None:
        return village
    return obj.page if _is_attraction(obj) else obj


def _is_attraction(obj):
    return hasattr(obj, "own_hours")


def _weekly(obj, village):
    """Intervals per weekday (Monday = 0): ``{weekday: [(opens, closes), ...]}``."""
    if _is_attraction(obj) and obj.own_hours:
        closed = set(obj.closed_days or [])
        return {day: ([] if day in closed else [(obj.opens, obj.closes)]) for day in range(7)}
    week = {day: [] for day in range(7)}
    for row in village.opening_hours.all():
        if not row.closed and row.opens and row.closes:
            week[row.weekday].append((row.opens, row.closes))
    for intervals in week.values():
        intervals.sort()
    return week


def is_known(obj, village=None):
    """Whether any weekly hours are stored for ``obj`` (else its hours are unknown)."""
    village = _village(obj, village)
    if _is_attraction(obj) and obj.own_hours:
        return True
    return bool(village.opening_hours.all())


def exception_on(obj, day, village=None):
    """The village's exception covering ``day``, if any (the earliest-starting one)."""
    village = _village(obj, village)
    for exception in sorted(village.opening_exceptions.all(), key=lambda e: e.start_date):
        if exception.start_date <= day <= exception.end_date:
            return exception
    return None


def intervals_on(obj, day, village=None):
    """Every opening interval of ``obj`` on ``day``, exceptions first: ``[(opens, closes)]``."""
    village = _village(obj, village)
    exception = exception_on(obj, day, village)
    if exception is not None:
        if exception.closed or not (exception.opens and exception.closes):
            return []
        return [(exception.opens, exception.closes)]
    return _weekly(obj, village)[day.weekday()]


def hours_on(obj, day, village=None):
    """``(opens, closes)`` of a village or attraction on ``day``, or None when closed.

    None also when no hours are known (see ``is_known``). With a lunch break,
    the first opening and the last closing of the day.
    """
    intervals = intervals_on(obj, day, village)
    if not intervals:
        return None
    return intervals[0][0], intervals[-1][1]


def _hhmm(value):
    return value.strftime("%H:%M")


def hours_data(obj, village=None):
    """Weekly hours and exceptions of ``obj``, JSON-serialisable, for the browser.

    ``{"known": bool, "weekly": [[["08:00", "17:30"]], ...]  (7 lists, Monday first),
    "exceptions": [{"start": "2027-02-05", "end": "2027-02-10", "closed": true,
    "hours": [], "reason": "Tết"}], "utcOffset": 7}``
    """
    village = _village(obj, village)
    weekly = _weekly(obj, village)
    exceptions = []
    for exception in sorted(village.opening_exceptions.all(), key=lambda e: e.start_date):
        open_hours = not exception.closed and exception.opens and exception.closes
        exceptions.append(
            {
                "start": exception.start_date.isoformat(),
                "end": exception.end_date.isoformat(),
                "closed": not open_hours,
                "hours": [[_hhmm(exception.opens), _hhmm(exception.closes)]] if open_hours else [],
                "reason": exception.reason,
            }
        )
    return {
        "known": is_known(obj, village),
        "weekly": [
            [[_hhmm(opens), _hhmm(closes)] for opens, closes in weekly[day]] for day in range(7)
        ],
        "exceptions": exceptions,
        "utcOffset": HANOI_UTC_OFFSET_HOURS,
    }


def weekly_summary(obj, village=None):
    """Rows for a server-rendered table: ``[(weekday, [(opens, closes), ...])]``, Monday first."""
    village = _village(obj, village)
    weekly = _weekly(obj, village)
    return [(day, weekly[day]) for day in range(7)]


def hanoi_today():
    """Today's date in Hanoi (for server code that needs it, such as the planner)."""
    offset = datetime.timezone(datetime.timedelta(hours=HANOI_UTC_OFFSET_HOURS))
    return datetime.datetime.now(offset).date()


def _times_in(data):
    """Every "HH:MM" string in ``hours_data`` output (nested lists and dicts)."""
    if isinstance(data, str):
        return {data} if re.fullmatch(r"\d\d:\d\d", data) else set()
    items = data.values() if isinstance(data, dict) else data if isinstance(data, list) else ()
    found = set()
    for item in items:
        found |= _times_in(item)
    return found


def browser_strings(data=None):
    """The sentences opening-hours.js fills in, in the active language.

    Placeholders are named, as everywhere: ``%(time)s``, ``%(day)s``, ``%(reason)s``.
    ``times`` holds every time in ``data`` (hours_data output) as the page's
    tables write it (core.formats), so the status line and the table agree.
    """
    from django.utils.translation import gettext

    from core.formats import format_time

    from .models.parts import Weekday

    return {
        "open": gettext("Open now · closes at %(time)s"),
        "opensToday": gettext("Opens today at %(time)s"),
        "closedNow": gettext("Closed now"),
        "closedToday": gettext("Closed today"),
        "closedTodayReason": gettext("Closed today (%(reason)s)"),
        "special": gettext("Special hours today: %(reason)s"),
        "next": gettext("opens %(day)s at %(time)s"),
        "tomorrow": gettext("tomorrow"),
        "days": [str(label) for _value, label in Weekday.choices],
        "times": {value: format_time(value) for value in sorted(_times_in(data or {}))},
    }
