"""The day as an iCalendar file: one event per stop at its estimated time (Hanoi time)."""

from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Calendar, Event

PRODUCT_ID = "-//Hanoi Craft Villages//My day//EN"


def day_calendar(day, request=None):
    """``bytes`` of a VCALENDAR with one VEVENT per stop of a scheduled ``DayPlan``.

    UIDs are stable for the same stop on the same day and position, so
    importing an updated plan replaces events rather than doubling them.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", gettext("My day in the craft villages"))
    host = request.get_host() if request is not None else "hanoi-craft-villages"
    stamp = timezone.now()
    for position, stop in enumerate(day.stops, start=1):
        event = Event()
        event.add("uid", f"my-day-{day.plan.day.isoformat()}-{position}-{stop.code}@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", stop.arrive)
        event.add("dtend", stop.leave if stop.leave > stop.arrive else stop.arrive)
        summary = stop.name
        if stop.shows_vietnamese_name:
            summary = f"{stop.name} ({stop.vietnamese_name})"
        event.add("summary", summary)
        if stop.address:
            event.add("location", stop.address)
        if stop.coordinates is not None:
            event.add("geo", (float(stop.lat), float(stop.lng)))
        lines = [stop.kind_label, *stop.warnings]
        if stop.leg is not None:
            lines.append(
                gettext("Then %(mode)s, about %(minutes)s min, to the next stop.")
                % {"mode": stop.leg.mode_label, "minutes": stop.leg.minutes}
            )
        lines.append(gettext("Times are estimates."))
        event.add("description", "\n".join(line for line in lines if line))
        if stop.url and request is not None:
            event.add("url", request.build_absolute_uri(stop.url))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
