"""Links to the driver cards, for the village and route pages."""

from django import template
from django.urls import reverse

register = template.Library()


@register.simple_tag
def driver_card_url(target):
    """The driver card of a village, a route stop or an event, or "" when it has none.

    An object not saved yet (the preview of a new page) has none.

    A village stop leads to its village's card (in the reader's language when
    the route found it translated); a named place, to the stop's own card;
    an event, to its venue's card when the venue is in Vietnam.
    """
    from routes.models import RouteStop
    from villages.models import VillagePage

    if target is None or (not isinstance(target, RouteStop) and target.pk is None):
        # The preview of a page before its first save: it has no card yet.
        return ""
    if isinstance(target, VillagePage):
        return reverse("driver_card", kwargs={"kind": "village", "pk": target.pk})
    if getattr(getattr(target, "_meta", None), "label", "") == "events.EventPage":
        if target.venue_country == "VN" and target.venue_latitude is not None:
            return reverse("driver_card", kwargs={"kind": "event", "pk": target.pk})
        return ""
    if isinstance(target, RouteStop):
        if target.village_id:
            village = getattr(target, "village_shown", None)
            pk = village.pk if village is not None else target.village_id
            return reverse("driver_card", kwargs={"kind": "village", "pk": pk})
        if target.pk and target.latitude is not None and target.longitude is not None:
            return reverse("driver_card", kwargs={"kind": "stop", "pk": target.pk})
    return ""
