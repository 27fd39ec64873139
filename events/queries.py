"""Which events a reader sees: one list per language, with fallbacks, in constant queries.

Other apps (the home page, village pages, the trip planner) call
``upcoming_events``; the event index and the iCalendar feed use
``candidate_events`` and the occurrence methods of ``EventPage``.
"""

from datetime import date, datetime, timedelta

from django.apps import apps
from django.db.models import Prefetch
from django.utils import timezone

from core import i18n
from core.privacy import visible
from core.samples import samples_shown

from . import recurrence


def _models():
    """``(EventPage, EventVillage)``, looked up by name: the pages import this module."""
    return apps.get_model("events", "EventPage"), apps.get_model("events", "EventVillage")


def _events(locale, samples):
    """Live, real (not alias) events in the reader's fallback languages, loaded for cards."""
    EventPage, EventVillage = _models()
    order = i18n.fallback_languages(locale.language_code)
    queryset = (
        visible(EventPage.objects.filter(locale__language_code__in=order))
        .select_related("locale", "hero_image")
        .prefetch_related(
            Prefetch(
                "event_villages",
                queryset=EventVillage.objects.select_related("village").order_by("sort_order"),
            ),
            "hero_image__renditions",
        )
        .defer_streamfields()
        .order_by("title")
    )
    if not (samples_shown() if samples is None else samples):
        queryset = queryset.exclude(is_demo=True)
    return queryset


def _marked(events, locale):
    _attach_villages(events, locale)
    for event in events:
        event.shown_language = event.locale.language_code
        event.is_fallback = event.locale_id != locale.pk
    return events


def candidate_events(locale, *, village=None, samples=None):
    """Live, real (not alias) events for a reader of ``locale``.

    Each event once: in ``locale`` when translated, else in English, else in
    Vietnamese, marked ``is_fallback``/``shown_language`` as
    ``core.i18n.localized_list`` marks pages. ``village``: only events linked
    to that village (in any language). Villages of each event are read in the
    reader's language as ``event.villages``. Three to four queries, whatever
    the number of events. ``samples``: include sample (``is_demo``) events;
    default ``samples_shown()``.
    """
    _EventPage, EventVillage = _models()
    queryset = _events(locale, samples)
    if village is not None:
        linked = EventVillage.objects.filter(
            village__translation_key=village.translation_key
        ).values("page__translation_key")
        queryset = queryset.filter(translation_key__in=linked)
    return _marked(list(i18n.best_versions(queryset, locale).values()), locale)


def events_by_pk(pks, locale):
    """The events ``pks`` (chosen by ``candidate_events`` earlier), loaded and marked for cards.

    In the order of ``pks``; an event gone since (unpublished) is left out.
    """
    found = {event.pk: event for event in _events(locale, samples=True).filter(pk__in=pks)}
    return _marked([found[pk] for pk in pks if pk in found], locale)


def _attach_villages(events, locale):
    chosen = [item.village for event in events for item in event.event_villages.all()]
    shown = {page.translation_key: page for page in i18n.localized_list(chosen, locale)}
    for event in events:
        villages = []
        for item in event.event_villages.all():
            page = shown.get(item.village.translation_key)
            if page is not None and page not in villages:
                villages.append(page)
        # Fills EventPage.villages (a cached_property) without a query per event.
        event.__dict__["villages"] = villages


def reference_moment(today=None):
    """``today`` as the moment listings start from: a date means its midnight in Hanoi."""
    if today is None:
        return recurrence.to_hanoi(timezone.now())
    if isinstance(today, datetime):
        return recurrence.to_hanoi(today)
    if isinstance(today, date):
        return recurrence.day_start(today)
    raise TypeError("today must be a date or a datetime")


def with_occurrence(event, moment):
    """``event`` with ``occurrence`` (in progress or next) and ``following`` set, or None."""
    occurrence = event.next_occurrence(moment)
    if occurrence is None:
        return None
    event.occurrence = occurrence
    # The one after it: a page cached for up to an hour can switch to it in the
    # browser once the first has ended (static_src/js/events.js).
    event.following = event.next_occurrence(occurrence[1]) if event.is_recurring else None
    return event


def upcoming_events(
    locale, *, village=None, limit=None, today=None, include_cancelled=False, samples=None
):
    """Live real events of ``locale`` (with fallbacks) still to come, soonest first.

    An event in progress counts as upcoming. ``today``: a date (its midnight
    in Hanoi) or a datetime; default now. Each event carries ``occurrence``
    (start, end), ``following`` (the next occurrence of a repeating event, or
    None), ``is_fallback`` and ``shown_language``. Cancelled events are left
    out unless ``include_cancelled``; sample events unless ``samples`` (see
    ``candidate_events``).
    """
    found = upcoming_from(
        candidate_events(locale, village=village, samples=samples),
        reference_moment(today),
        include_cancelled=include_cancelled,
    )
    return found[:limit] if limit is not None else found


def upcoming_from(events, moment, *, include_cancelled=False):
    found = []
    for event in events:
        if event.is_cancelled and not include_cancelled:
            continue
        if with_occurrence(event, moment) is not None:
            found.append(event)
    found.sort(key=lambda event: (event.occurrence[0], event.title))
    return found


def past_from(events, moment):
    """Events whose last occurrence ended before ``moment``, most recent first."""
    found = []
    for event in events:
        last = event.last_occurrence()
        if last is not None and last[1] <= moment:
            event.occurrence = last
            event.following = None
            found.append(event)
    found.sort(key=lambda event: (event.occurrence[0], event.title), reverse=True)
    return found


def in_month_from(events, year, month):
    """Events with an occurrence in that month, each once with its first one there."""
    first = date(year, month, 1)
    following_month = date(year + (month == 12), month % 12 + 1, 1)
    found = []
    for event in events:
        occurrences = event.occurrences_between(first, following_month - timedelta(days=1))
        if occurrences:
            event.occurrence = occurrences[0]
            event.following = None
            event.occurrences_in_month = len(occurrences)
            found.append(event)
    found.sort(key=lambda event: (event.occurrence[0], event.title))
    return found
