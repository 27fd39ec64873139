"""Events in and about the craft villages: exhibitions, fairs, markets, workshops, closures.

An event's dates, times, recurrence, prices and coordinates are synchronised
from the Vietnamese source, so they cannot drift apart between languages; its
prose (what happens, venue name, price text, accessibility) is translated.
Times are Hanoi wall-clock times (``events.recurrence``).
"""

from datetime import timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from api import fields as api
from core import privacy
from core.blocks import BodyBlock
from core.cache import remember
from core.i18n import localized_list
from core.models import BasePage, IndexPageMixin, latitude_field, longitude_field
from core.samples import SampleContentMixin

from . import recurrence
from .calendar import calendar_for_event, feed_for_index
from .fields import WEEKDAY_CHOICES, WeekdaysField, parse_weekdays
from .listing import QUERY_PARAMETERS, EventListing

CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8"


def country_select():
    """Countries by name in the editor's language, sorted (django-countries' names).

    The choices are a callable, so they are built in the language of each
    request, not once at import.
    """
    return forms.Select(choices=lambda: list(countries))


class CalendarRouteMixin(RoutablePageMixin):
    """Wagtail's ``RoutablePageMixin`` for a page's iCalendar file (``<page url><name>.ics``).

    Each page type declares its file with ``@path("<name>.ics/", name="calendar")``:
    Wagtail's routing hands a routable page the rest of the path with a slash
    appended; the public URL has none (``tourism_site/urls.py``).
    """

    @path("")
    def index_route(self, request, *args, **kwargs):
        # The page itself goes through the page's own ``serve`` (canonical
        # redirects of BasePage), not RoutablePageMixin's bare template response.
        return super().serve(request, *args, **kwargs)

    def route(self, request, path_components):
        result = super().route(request, path_components)
        # A side route of a private page is a 404 for everyone, not Wagtail's
        # password form: side routes have no form of their own (core.privacy).
        if path_components and result.page is self and privacy.public_source(self) is None:
            raise Http404
        return result

    def calendar_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("calendar").rstrip("/")

    def calendar_response(self, content, filename, attachment):
        response = HttpResponse(content, content_type=CALENDAR_CONTENT_TYPE)
        disposition = "attachment" if attachment else "inline"
        response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
        return response


class EventIndexPage(CalendarRouteMixin, IndexPageMixin, BasePage):
    template = "pages/event_index.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    listing_model = "events.EventPage"
    page_size = 20

    translatable_fields = BasePage.translatable_fields

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    @property
    def query_parameters(self):
        return QUERY_PARAMETERS

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = EventListing.from_request(self, request)
        return context

    @path("feed.ics/", name="calendar")
    def serve_calendar(self, request):
        content = remember(
            "events-feed", [self.pk, self.locale_id], lambda: feed_for_index(self, request)
        )
        return self.calendar_response(content, "events.ics", attachment=False)


class EventPage(SampleContentMixin, CalendarRouteMixin, BasePage):
    sample_field = "is_demo"  # core.samples: the field that marks a sample event
    template = "pages/event.html"
    # Wagtail API v2 (docs/api.md): dates and times are Hanoi time.
    api_fields = [
        *BasePage.api_fields,
        APIField("kind"),
        APIField("status"),
        APIField("start_date"),
        APIField("start_time", serializer=api.Plain()),
        APIField("end_date"),
        APIField("end_time", serializer=api.Plain()),
        APIField("recurrence"),
        APIField("repeat_until"),
        APIField("venue_name"),
        APIField("venue_address"),
        APIField("venue_country", serializer=api.Plain()),
        APIField("venue_latitude", serializer=api.Plain()),
        APIField("venue_longitude", serializer=api.Plain()),
        APIField("is_free"),
        APIField("price", serializer=api.Plain()),
        APIField("price_currency"),
        APIField("price_text"),
        APIField("booking_required"),
        APIField("booking_url"),
        APIField("accessibility"),
        APIField("organizer_name"),
        APIField("organizer_url"),
        APIField("source_name"),
        APIField("source_url"),
        APIField("source_date"),
        APIField("sample", serializer=api.Plain(source="is_demo")),
        APIField("next_dates", serializer=api.Computed(api.event_next_dates)),
        APIField("villages", serializer=api.Computed(api.event_villages)),
        APIField("participants", serializer=api.Rows("name", "description", "url")),
        APIField("body", serializer=api.BodyText()),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Kind(models.TextChoices):
        EXHIBITION = "exhibition", _("Exhibition")
        FAIR = "fair", _("Trade fair")
        FESTIVAL = "festival", _("Festival")
        MARKET = "market", _("Market")
        WORKSHOP = "workshop", _("Workshop open to visitors")
        CLOSURE = "closure", _("Closure")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        POSTPONED = "postponed", _("Postponed")
        CANCELLED = "cancelled", pgettext_lazy("event status", "Cancelled")

    class Recurrence(models.TextChoices):
        SINGLE = recurrence.SINGLE, _("Does not repeat")
        WEEKLY = recurrence.WEEKLY, _("Every week, on the chosen days")
        MONTHLY = recurrence.MONTHLY, _("Every month, on the start date's day")
        YEARLY = recurrence.YEARLY, _("Every year, on the start date")

    class Currency(models.TextChoices):
        VND = "VND", _("Vietnamese dong (VND)")
        EUR = "EUR", _("Euro (EUR)")
        USD = "USD", _("US dollar (USD)")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.EXHIBITION)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.SCHEDULED,
        help_text=_("Keep a cancelled or postponed event published, so visitors learn of it."),
    )
    start_date = models.DateField(_("start date"), help_text=_("First day, in Hanoi time."))
    start_time = models.TimeField(
        _("start time"),
        null=True,
        blank=True,
        help_text=_("Hanoi time, e.g. 08:00. Leave both times empty for an all-day event."),
    )
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_("Last day. Leave empty when the event ends on the day it starts."),
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True, help_text=_("Hanoi time."))
    recurrence = models.CharField(
        _("repeats"),
        max_length=10,
        choices=Recurrence.choices,
        default=Recurrence.SINGLE,
        help_text=_("A repeating event repeats its first occurrence: same times, same length."),
    )
    weekdays = WeekdaysField(
        _("on these days"),
        help_text=_("For a weekly event. None ticked: the start date's weekday."),
    )
    repeat_until = models.DateField(
        _("repeats until"),
        null=True,
        blank=True,
        help_text=_("Last day a repeating event may take place. Empty: no end date."),
    )

    venue_name = models.CharField(
        _("venue"),
        max_length=200,
        help_text=_("Where it happens, e.g. “Bát Tràng pottery market”."),
    )
    venue_address = models.CharField(
        _("venue address"),
        max_length=255,
        blank=True,
        help_text=_("As written locally (in Vietnamese in Vietnam), for a taxi driver."),
    )
    venue_country = models.CharField(
        _("venue country"),
        max_length=2,
        default="VN",
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Two capital letters, e.g. VN or IT."))],
        help_text=_("Two-letter country code, e.g. VN, IT."),
    )
    venue_latitude = latitude_field(
        _("venue latitude"),
        null=True,
        blank=True,
        help_text=_("Degrees north, e.g. 20.975000 (Hanoi is near 21)."),
    )
    venue_longitude = longitude_field(
        _("venue longitude"),
        null=True,
        blank=True,
        help_text=_("Degrees east, e.g. 105.912000 (Hanoi is near 105.8)."),
    )

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("what happens"),
        help_text=_("The programme: demonstrations, stalls, what a visitor can see and do."),
    )
    is_free = models.BooleanField(
        _("free entry"),
        null=True,
        blank=True,
        default=None,
        help_text=_("Leave unknown when the organisers have not said."),
    )
    price = models.DecimalField(
        _("price"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Lowest ticket or session price, if any, e.g. 150000."),
    )
    price_currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.VND
    )
    price_text = models.CharField(
        _("price details"),
        max_length=255,
        blank=True,
        help_text=_("E.g. “Entry free; pottery session 150,000 VND”."),
    )
    booking_required = models.BooleanField(_("booking required"), default=False)
    booking_url = models.URLField(
        _("booking link"), blank=True, help_text=_("Where to book, if it can be done online.")
    )
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Steps, surfaces, toilets, seating, crowds, heat near kilns."),
    )
    organizer_name = models.CharField(
        _("organiser"), max_length=200, blank=True, help_text=_("Who runs the event, if known.")
    )
    organizer_url = models.URLField(_("organiser link"), blank=True)
    source_name = models.CharField(
        _("source"),
        max_length=200,
        blank=True,
        help_text=_("For a real event: the publication that announced it."),
    )
    source_url = models.URLField(_("source link"), blank=True)
    source_date = models.DateField(
        _("source date"), null=True, blank=True, help_text=_("When the source was published.")
    )
    is_demo = models.BooleanField(
        _("demo event"),
        default=False,
        help_text=_(
            "A sample, made up to show how the site works: marked as such, never in "
            "search-engine data, calendar feeds or the home page, and hidden on a site "
            "that does not show samples."
        ),
    )

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("kind"),
        SynchronizedField("status"),
        SynchronizedField("start_date"),
        SynchronizedField("start_time"),
        SynchronizedField("end_date"),
        SynchronizedField("end_time"),
        SynchronizedField("recurrence"),
        SynchronizedField("weekdays"),
        SynchronizedField("repeat_until"),
        TranslatableField("venue_name"),
        SynchronizedField("venue_address"),
        SynchronizedField("venue_country"),
        SynchronizedField("venue_latitude"),
        SynchronizedField("venue_longitude"),
        TranslatableField("body"),
        SynchronizedField("is_free"),
        SynchronizedField("price"),
        SynchronizedField("price_currency"),
        TranslatableField("price_text"),
        SynchronizedField("booking_required"),
        SynchronizedField("booking_url"),
        TranslatableField("accessibility"),
        TranslatableField("organizer_name"),
        SynchronizedField("organizer_url"),
        SynchronizedField("source_name"),
        SynchronizedField("source_url"),
        SynchronizedField("source_date"),
        SynchronizedField("is_demo"),
        SynchronizedField("event_villages"),
        TranslatableField("participants"),
    ]

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
        FieldPanel("body"),
        InlinePanel("event_villages", label=_("Villages")),
        InlinePanel("participants", label=_("Producers and groups taking part")),
        FieldPanel("is_demo"),
    ]
    when_panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
        FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
        MultiFieldPanel(
            [FieldPanel("recurrence"), FieldPanel("weekdays"), FieldPanel("repeat_until")],
            heading=_("Repeats"),
        ),
    ]
    where_panels = [
        FieldPanel("venue_name"),
        FieldPanel("venue_address"),
        FieldRowPanel(
            [
                FieldPanel("venue_country", widget=country_select()),
                FieldPanel("venue_latitude"),
                FieldPanel("venue_longitude"),
            ]
        ),
    ]
    visit_panels = [
        FieldRowPanel([FieldPanel("is_free"), FieldPanel("price"), FieldPanel("price_currency")]),
        FieldPanel("price_text"),
        FieldRowPanel([FieldPanel("booking_required"), FieldPanel("booking_url")]),
        FieldPanel("accessibility"),
        FieldRowPanel([FieldPanel("organizer_name"), FieldPanel("organizer_url")]),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("source_name"), FieldPanel("source_date"), FieldPanel("source_url")]
                )
            ],
            heading=_("Source (for a real event)"),
        ),
    ]
    edit_handler = BasePage.tabs(
        (content_panels, _("Event")),
        (when_panels, _("When")),
        (where_panels, _("Where")),
        (visit_panels, _("Visiting")),
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("venue_name"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["localized_stream_pages"] = self.localized_stream_pages(self.body)
        return context

    @path("event.ics/", name="calendar")
    def serve_calendar(self, request):
        return self.calendar_response(
            calendar_for_event(self, request), f"{self.slug}.ics", attachment=True
        )

    # --- When it happens: the public API other apps use --------------------------

    @property
    def schedule(self):
        return recurrence.Schedule(
            start_date=self.start_date,
            end_date=self.end_date,
            start_time=self.start_time,
            end_time=self.end_time,
            recurrence=self.recurrence,
            weekdays=parse_weekdays(self.weekdays),
            until=self.repeat_until,
        )

    @property
    def all_day(self):
        return self.start_time is None

    @property
    def is_recurring(self):
        return self.schedule.recurring

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    def occurrences_between(self, start_date, end_date):
        """Occurrences overlapping the days ``start_date``..``end_date`` (both included).

        A list of ``(start, end)`` aware datetimes in Asia/Ho_Chi_Minh, end
        exclusive (an all-day event ends at midnight after its last day).
        """
        if end_date < start_date:
            return []
        return self.schedule.between(
            recurrence.day_start(start_date),
            recurrence.day_start(end_date + timedelta(days=1)),
        )

    def is_on(self, day):
        """Whether the event takes place on ``day`` (Hanoi calendar); never when cancelled."""
        return not self.is_cancelled and bool(self.occurrences_between(day, day))

    def next_occurrence(self, after=None):
        """The occurrence in progress at ``after`` (default: now), else the next one, else None."""
        return self.schedule.next_after(after or timezone.now())

    def upcoming_occurrences(self, count=3, after=None):
        """The occurrence in progress (or next) and the ones after it, at most ``count``."""
        found = []
        occurrence = self.next_occurrence(after)
        while occurrence is not None and len(found) < count:
            found.append(occurrence)
            occurrence = self.schedule.next_after(occurrence[1]) if self.is_recurring else None
        return found

    def last_occurrence(self):
        """The last occurrence, or None when the event repeats for ever."""
        return self.schedule.last()

    def has_ended(self, now=None):
        return self.next_occurrence(now) is None

    # --- Display helpers ------------------------------------------------------------

    @cached_property
    def villages(self):
        """The villages of the event in the reader's language where translated (two queries)."""
        chosen = [item.village for item in self.event_villages.select_related("village")]
        return localized_list(chosen, self.locale)

    @property
    def coordinates(self):
        if self.venue_latitude is None or self.venue_longitude is None:
            return None
        return self.venue_latitude, self.venue_longitude

    @property
    def weekday_names(self):
        names = dict(WEEKDAY_CHOICES)
        return [names[day] for day in self.schedule.rule_weekdays()]

    def clean(self):
        super().clean()
        errors = {}
        if (self.start_time is None) != (self.end_time is None):
            errors["end_time"] = gettext(
                "Give both a start and an end time, or neither for an all-day event."
            )
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = gettext("The event cannot end before it starts.")
        elif (
            self.start_time
            and self.end_time
            and (self.end_date or self.start_date) == self.start_date
            and self.end_time <= self.start_time
        ):
            errors["end_time"] = gettext(
                "On a one-day event, the end time must be after the start."
            )
        if self.repeat_until and self.recurrence == self.Recurrence.SINGLE:
            errors["repeat_until"] = gettext("Only a repeating event has a “repeats until” date.")
        elif self.repeat_until and self.start_date and self.repeat_until < self.start_date:
            errors["repeat_until"] = gettext("A repeating event cannot stop before it starts.")
        if self.weekdays and self.recurrence != self.Recurrence.WEEKLY:
            errors["weekdays"] = gettext("Days of the week are only for a weekly event.")
        if self.price is not None and self.is_free is True:
            errors["price"] = gettext(
                "A free event has no price: untick “free” or clear the price."
            )
        if self.venue_country and self.venue_country not in countries:
            errors["venue_country"] = gettext("Choose the country from the list.")
        if (self.venue_latitude is None) != (self.venue_longitude is None):
            errors["venue_longitude"] = gettext("Give both coordinates, or neither.")
        if errors:
            raise ValidationError(errors)


class EventVillage(Orderable):
    class Role(models.TextChoices):
        HOST = "host", _("Takes place in this village")
        TAKES_PART = "takes_part", _("Village taking part")

    page = ParentalKey(EventPage, related_name="event_villages", on_delete=models.CASCADE)
    village = models.ForeignKey(
        "villages.VillagePage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Pick the village; each language links to its own translation."),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.HOST)

    translatable_fields = [SynchronizedField("village"), SynchronizedField("role")]
    panels = [FieldPanel("village"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("event village")
        verbose_name_plural = _("event villages")


class EventParticipant(TranslatableMixin, Orderable):
    """A producer, cooperative or group taking part, named as the organisers name it."""

    page = ParentalKey(EventPage, related_name="participants", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=200)
    description = models.CharField(
        _("what they show"), max_length=255, blank=True, help_text=_("E.g. “Lotus tea tasting”.")
    )
    url = models.URLField(_("link"), blank=True)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("url"),
    ]
    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("url")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("event participant")
        verbose_name_plural = _("event participants")
        unique_together = [("translation_key", "locale")]
