"""Template tags for events: upcoming lists on other pages, occurrence labels."""

from dataclasses import dataclass
from datetime import timedelta

from django import template
from django.utils.translation import gettext as _

from core import formats, i18n
from core.cache import remember
from core.frozen import freeze, thaw
from core.privacy import visible

from ..models import EventIndexPage
from ..queries import upcoming_events as find

register = template.Library()

UPCOMING_TIMEOUT = 600  # seconds


@dataclass
class Upcoming:
    events: list
    index: object


@register.simple_tag(takes_context=True)
def upcoming_events(context, village=None, limit=4):
    """Upcoming events for the active language (of ``village`` if given), and the events index.

    The home page's "What's on" (no village) never lists sample events; a
    village's list shows them, marked, where samples are shown at all.
    """
    # A missing template variable arrives as "" (string_if_invalid): no village.
    village = village or None
    locale = i18n.active_locale()
    index = remember(
        "events-index",
        [locale.pk],
        lambda: next(
            (freeze(page) for page in visible(EventIndexPage.objects.filter(locale=locale))[:1]),
            None,
        ),
    )
    index = thaw(EventIndexPage, index) if index is not None else None
    # Kept a few minutes per language and village, within the content
    # generation: the page cache holds whole pages longer anyway, and the
    # browser hides what ends in between (static_src/js/events.js).
    samples = False if village is None else None
    events = remember(
        "events-upcoming",
        [locale.pk, village.translation_key if village else "", limit],
        lambda: find(locale, village=village, limit=limit, samples=samples),
        timeout=UPCOMING_TIMEOUT,
    )
    return Upcoming(events=events, index=index)


@register.simple_tag
def occurrence_label(event, occurrence):
    """“Sat 6 Dec 2025, 08:00–12:00”, “19–21 Dec 2025” or “6 Dec 2025 (all day)”."""
    start, end = occurrence
    if event.all_day:
        last = (end - timedelta(days=1)).date()
        first = start.date()
        if first == last:
            return _("%(date)s (all day)") % {"date": _date(first)}
        return formats.format_date_range(first, last)
    if start.date() == end.date():
        return _("%(date)s, %(start)s–%(end)s") % {
            "date": _date(start.date()),
            "start": formats.format_time(start.time()),
            "end": formats.format_time(end.time()),
        }
    return _("%(start)s to %(end)s") % {
        "start": f"{_date(start.date())} {formats.format_time(start.time())}",
        "end": f"{_date(end.date())} {formats.format_time(end.time())}",
    }


@register.simple_tag
def recurrence_label(event):
    """How a repeating event repeats, in words; empty for a single event."""
    if not event.is_recurring:
        return ""
    until = event.repeat_until
    if event.recurrence == "weekly":
        days = ", ".join(str(name) for name in event.weekday_names)
        text = _("Every week: %(days)s") % {"days": days}
    elif event.recurrence == "monthly":
        text = _("Every month on day %(day)s") % {"day": event.start_date.day}
    else:
        text = _("Every year on %(date)s") % {
            "date": formats.format_date(event.start_date, year=False)
        }
    if until:
        text = _("%(rule)s, until %(date)s") % {"rule": text, "date": _date(until)}
    return text


@register.filter
def event_price_text(event):
    return event_price(event)


@register.simple_tag
def event_price(event):
    """“150.000 ₫” (core_tags.vnd) or “12.50 EUR”: the reader's number format, then the code."""
    from core.templatetags.core_tags import _number, vnd

    if event.price_currency == "VND":
        return vnd(event.price)
    return _("%(price)s %(currency)s") % {
        "price": _number(event.price),
        "currency": event.price_currency,
    }


@register.simple_tag
def iso(moment):
    return moment.isoformat()


def _date(day):
    return formats.format_date(day)
