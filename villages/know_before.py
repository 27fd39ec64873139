"""The compact “Know before you go” block of a village page, as plain data.

One line per answer, each with its own confirmation state, in the order a
visitor asks: how to get there, when it is open, what it costs, which
languages, toilets, cash or card, how long to stay. The page's transport legs
and hours come from its prefetched parts (``VillagePage.prefetch_parts``), so
the block adds no query. The full answers, with their notes, are further down
the page; each item links to its section.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core import formats
from core.templatetags.core_tags import hours_range, vnd

from .models.parts import Admission, FarePer, TravelMode
from .models.practical import Payment, Toilets


@dataclass
class Line:
    text: str
    confirmed: bool
    # ``[(code, name)]`` when the line lists languages: each name is marked with its own lang.
    languages: list = field(default_factory=list)


@dataclass
class Item:
    key: str
    label: str
    anchor: str
    lines: list

    @property
    def confirmed(self):
        return all(line.confirmed for line in self.lines)


def fare_text(leg):
    if leg.fare_min_vnd is None:
        return ""
    amount = vnd(leg.fare_min_vnd, leg.fare_max_vnd)
    if leg.fare_per == FarePer.CAR:
        return _("%(amount)s per car") % {"amount": amount}
    return _("%(amount)s per person") % {"amount": amount}


def minutes_range(low, high=None):
    """“30–45 min”: shorter than the page's spelled-out durations, for one line per leg."""
    if high and high != low:
        return _("%(low)s–%(high)s min") % {"low": low, "high": high}
    return _("%(minutes)s min") % {"minutes": low}


def leg_text(leg):
    """“City bus 47A · about 1 hour · every 20 minutes · 7.000 ₫ per person”."""
    head = str(leg.get_mode_display())
    if leg.line:
        head = pgettext("transport mode and line", "%(mode)s %(line)s") % {
            "mode": head,
            "line": leg.line,
        }
    parts = [head]
    if leg.duration_min:
        parts.append(minutes_range(leg.duration_min, leg.duration_max))
    elif leg.mode == TravelMode.BOAT:
        parts.append(_("schedule not known: ask tour operators"))
    if leg.frequency_minutes:
        parts.append(_("about every %(minutes)s min") % {"minutes": leg.frequency_minutes})
    fare = fare_text(leg)
    if fare:
        parts.append(fare)
    if leg.stop:
        parts.append(_("get off at %(stop)s") % {"stop": leg.stop})
    return " · ".join(parts)


def hours_text(rows):
    """“Every day, 08:00–17:30”, or the usual times and the closed days, or “varies”."""
    open_rows = [row for row in rows if not row.closed and row.opens and row.closes]
    if not open_rows:
        return ""
    times = {(row.opens, row.closes) for row in open_rows}
    if len(times) > 1:
        return _("Varies by day")
    opens, closes = times.pop()
    # Babel, like every other time on the site (core/formats.py).
    span = formats.format_time_range(opens, closes)
    open_days = {row.weekday for row in open_rows}
    if len(open_days) == 7:
        return _("Every day, %(hours)s") % {"hours": span}
    closed = [str(row.get_weekday_display()) for row in rows if row.weekday not in open_days]
    return _("%(hours)s, closed %(days)s") % {"hours": span, "days": ", ".join(closed)}


def cost_text(page):
    parts = []
    if page.entry != Admission.UNKNOWN:
        parts.append(str(page.get_entry_display()))
    if page.workshop_price_min_vnd is not None:
        price = vnd(page.workshop_price_min_vnd, page.workshop_price_max_vnd)
        parts.append(_("workshops %(price)s per person") % {"price": price})
    return " · ".join(parts) or _("Not checked yet")


def know_before_items(page):
    """``[Item]`` for the block; an answer nobody has given yet says “Not checked yet”."""
    items = []
    legs = list(page.transport.all())
    if legs:
        lines = [Line(leg_text(leg), leg.confirmed) for leg in legs]
        items.append(Item("getting-there", _("Getting there"), "getting-there", lines))
    hours = hours_text(list(page.opening_hours.all()))
    if hours:
        items.append(
            Item("hours", _("Opening hours"), "hours", [Line(hours, page.hours_confirmed)])
        )
    items.append(Item("cost", _("Cost"), "practical", [Line(cost_text(page), page.cost_confirmed)]))
    languages = page.language_items
    items.append(
        Item(
            "languages",
            _("Languages spoken"),
            "practical",
            [
                Line(
                    "" if languages else _("Not checked yet"),
                    page.languages_confirmed,
                    languages=languages,
                )
            ],
        )
    )
    items.append(
        Item(
            "toilets",
            _("Toilets"),
            "practical",
            [Line(str(Toilets(page.toilets).label), page.toilets_confirmed)],
        )
    )
    items.append(
        Item(
            "payment",
            _("Cash or card"),
            "practical",
            [Line(str(Payment(page.payment).label), page.payment_confirmed)],
        )
    )
    if page.visit_hours_min is not None:
        stay = hours_range(page.visit_hours_min, page.visit_hours_max)
        items.append(
            Item("stay", _("Time to allow"), "practical", [Line(stay, page.visit_confirmed)])
        )
    return items


def all_confirmed(items):
    return all(item.confirmed for item in items)
