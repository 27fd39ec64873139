"""schema.org ``Event`` for an event page, as JSON-LD.

Dates are ISO 8601 with the Hanoi offset (+07:00), or plain dates for an
all-day event; a repeating event gives its next occurrence (search engines
read one start and end per Event).
"""

from datetime import timedelta

from django.utils import timezone

_STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "postponed": "https://schema.org/EventPostponed",
    "cancelled": "https://schema.org/EventCancelled",
}


def event_data(event, request=None, now=None):
    occurrence = event.next_occurrence(now or timezone.now()) or (
        event.last_occurrence() or event.schedule.first()
    )
    start, end = occurrence
    if event.all_day:
        start_value = start.date().isoformat()
        # schema.org's endDate is the last day itself, not iCalendar's day after.
        end_value = (end - timedelta(days=1)).date().isoformat()
    else:
        start_value, end_value = start.isoformat(), end.isoformat()
    address = {"@type": "PostalAddress", "addressCountry": event.venue_country}
    if event.venue_address:
        address["streetAddress"] = event.venue_address
    place = {"@type": "Place", "name": event.venue_name, "address": address}
    if event.coordinates:
        latitude, longitude = event.coordinates
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(latitude),
            "longitude": float(longitude),
        }
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": event.get_full_url(request),
        "startDate": start_value,
        "endDate": end_value,
        "eventStatus": _STATUS.get(event.status, _STATUS["scheduled"]),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": place,
        "inLanguage": event.locale.language_code,
    }
    if event.is_free is not None:
        data["isAccessibleForFree"] = event.is_free
    if event.intro:
        data["description"] = event.intro
    if event.organizer_name:
        organizer = {"@type": "Organization", "name": event.organizer_name}
        if event.organizer_url:
            organizer["url"] = event.organizer_url
        data["organizer"] = organizer
    if event.price is not None:
        offer = {
            "@type": "Offer",
            "price": f"{event.price:f}".rstrip("0").rstrip(".") or "0",
            "priceCurrency": event.price_currency,
            "url": event.booking_url or data["url"],
        }
        data["offers"] = offer
    return data
