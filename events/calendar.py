"""iCalendar files: one per event, and a subscribable feed per language.

UIDs come from the event's translation key, so they stay the same from one
download to the next and across languages (a calendar app updates the event
instead of adding a copy). Times carry ``TZID=Asia/Ho_Chi_Minh`` with its
VTIMEZONE; all-day events are dates; repeating events carry an RRULE, whose
UNTIL is in UTC as RFC 5545 requires when DTSTART has a time zone.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _

from core.i18n import locale_by_id

from . import recurrence
from .queries import candidate_events, reference_moment

PRODID = "-//Hanoi Craft Villages//Events//EN"
UTC = ZoneInfo("UTC")
_STATUS = {"scheduled": "CONFIRMED", "postponed": "TENTATIVE", "cancelled": "CANCELLED"}


def uid_for(event):
    return f"event-{event.translation_key}@{slugify(settings.WAGTAIL_SITE_NAME)}"


def new_calendar(name, language):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", str(recurrence.HANOI))
    calendar["x-wr-calname"].params["LANGUAGE"] = language
    return calendar


def event_component(event, request=None):
    """A VEVENT for ``event`` in its own language."""
    language = event.locale.language_code
    schedule = event.schedule
    start, end = schedule.first()
    component = icalendar.Event()
    component.add("uid", uid_for(event))
    stamp = event.last_published_at or event.latest_revision_created_at or start
    component.add("dtstamp", stamp.astimezone(UTC))
    with translation.override(language):
        summary = event.title
        if event.is_demo:
            summary = _("%(title)s (demo event: dates are illustrative)") % {"title": summary}
        texts = {
            "summary": summary,
            "description": describe(event),
            "location": ", ".join(part for part in (event.venue_name, event.venue_address) if part),
        }
        category = str(event.get_kind_display())
    for name, value in texts.items():
        if value:
            component.add(name, value, parameters={"LANGUAGE": language})
    if schedule.all_day:
        component.add("dtstart", start.date())
        component.add("dtend", end.date())
    else:
        component.add("dtstart", start)
        component.add("dtend", end)
    rule = rrule_for(schedule)
    if rule:
        component.add("rrule", rule)
    component.add("status", _STATUS.get(event.status, "CONFIRMED"))
    component.add("transp", "TRANSPARENT" if event.kind == "closure" else "OPAQUE")
    component.add("categories", [category])
    component.add("url", event.get_full_url(request))
    if event.coordinates:
        component.add("geo", tuple(float(value) for value in event.coordinates))
    if event.organizer_name and event.organizer_url:
        component.add("organizer", event.organizer_url, parameters={"CN": event.organizer_name})
    return component


def describe(event):
    parts = [event.intro]
    if event.is_free is True:
        parts.append(_("Free entry."))
    if event.price_text:
        parts.append(event.price_text)
    if event.booking_required:
        parts.append(_("Booking required."))
    if event.booking_url:
        parts.append(event.booking_url)
    return "\n\n".join(strip_tags(part).strip() for part in parts if part)


def rrule_for(schedule):
    if not schedule.recurring:
        return None
    rule = {"freq": schedule.recurrence.upper()}
    start = schedule.first()[0]
    if schedule.recurrence == recurrence.WEEKLY:
        rule["byday"] = [recurrence.ICAL_DAYS[day] for day in schedule.rule_weekdays()]
    elif schedule.recurrence == recurrence.MONTHLY:
        rule["bymonthday"] = start.day
    else:
        rule.update(bymonth=start.month, bymonthday=start.day)
    if schedule.until:
        if schedule.all_day:
            rule["until"] = schedule.until
        else:
            last = datetime.combine(schedule.until, time(23, 59, 59), recurrence.HANOI)
            rule["until"] = last.astimezone(UTC)
    return rule


def finish(calendar):
    calendar.add_missing_timezones()
    return calendar.to_ical()


def calendar_for_event(event, request=None):
    calendar = new_calendar(event.title, event.locale.language_code)
    calendar.add_component(event_component(event, request))
    return finish(calendar)


def feed_for_index(index, request=None):
    """Every live event for the index's language (with fallbacks), soonest first.

    Past events stay in the feed for a year, so a subscriber keeps recent history.
    """
    locale = locale_by_id(index.locale_id)
    cutoff = reference_moment() - timedelta(days=366)
    calendar = new_calendar(index.title, locale.language_code)
    events = []
    # Subscribers' calendars get real events only, never samples.
    for event in candidate_events(locale, samples=False):
        last = event.last_occurrence()
        if last is None or last[1] >= cutoff:
            events.append(event)
    events.sort(key=lambda event: (event.schedule.first()[0], event.title))
    for event in events:
        calendar.add_component(event_component(event, request))
    return finish(calendar)
