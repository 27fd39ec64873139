"""Dates of the demo events that are examples, set from the day the demo is loaded.

Real events (``is_demo: false`` in ``demo/content/pages/events/``) keep the dates their source
gives. Demo events are made-up examples whose dates follow the day the demo is loaded, so that
the upcoming lists are never empty.
"""

import datetime

# The Lunar New Year (Tết), first day, as published calendars give it.
TET = {
    2026: datetime.date(2026, 2, 17),
    2027: datetime.date(2027, 2, 6),
    2028: datetime.date(2028, 1, 26),
    2029: datetime.date(2029, 2, 13),
    2030: datetime.date(2030, 2, 3),
    2031: datetime.date(2031, 1, 23),
    2032: datetime.date(2032, 2, 11),
    2033: datetime.date(2033, 1, 31),
    2034: datetime.date(2034, 2, 19),
    2035: datetime.date(2035, 2, 8),
}


def next_tet(today):
    """The first Tết whose closure (from the day before) has not ended by ``today``."""
    for year in sorted(TET):
        if TET[year] + datetime.timedelta(days=4) >= today:
            return TET[year]
    raise ValueError("demo/event_dates.py: add the Tết dates of the coming years")


def relative_dates(slug, today):
    """Dates of a demo event, from the day the demo is loaded."""
    if slug == "bat-trang-weekend-market":
        # Weekly since the Saturday eight weeks back: past dates and future ones.
        saturday = today - datetime.timedelta(days=(today.weekday() - 5) % 7 + 56)
        return {"start_date": saturday}
    if slug == "van-phuc-open-loom-day":
        first = (today.replace(day=1) - datetime.timedelta(days=40)).replace(day=15)
        return {"start_date": first, "repeat_until": first.replace(year=first.year + 2)}
    if slug == "quang-an-lotus-tea-season":
        return {
            "start_date": datetime.date(today.year - 1, 6, 1),
            "end_date": datetime.date(today.year - 1, 7, 15),
        }
    if slug == "ha-thai-tet-closure":
        tet = next_tet(today)
        return {
            "start_date": tet - datetime.timedelta(days=1),
            "end_date": tet + datetime.timedelta(days=4),
        }
    return {}
