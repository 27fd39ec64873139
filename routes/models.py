"""Red River routes: ordered stops with the legs between them."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.utils.functional import cached_property
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from api import fields as api
from core.models import BasePage, IndexPageMixin, latitude_field, longitude_field
from core.privacy import public_q
from core.text import SUMMARY_MAX_LENGTH
from villages.models.parts import TravelMode

from . import services


class RouteIndexPage(IndexPageMixin, BasePage):
    template = "pages/route_index.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["routes.RoutePage"]
    listing_model = "routes.RoutePage"

    translatable_fields = BasePage.translatable_fields

    class Meta:
        verbose_name = _("route index")
        verbose_name_plural = _("route indexes")

    def routes(self):
        """Every listed route, shortest day first, one version each.

        Which routes, not what their cards read: the index keeps only their
        ids (``listed_ids``) and reads one page of cards through
        ``card_pages``, which adds the stops.
        """
        return self.listing().order_by("day_length", "title", "pk")

    def card_pages(self):
        # Stops at villages that may not be shown stay off the cards and the map.
        stops = RouteStop.objects.filter(Q(village__isnull=True) | public_q("village__"))
        return (
            super()
            .card_pages()
            .prefetch_related(Prefetch("stops", queryset=stops.select_related("village")))
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        ids = self.listed_ids([], self.routes)
        context.update(routes=self.paginate_cards(request, ids))
        return context


class RoutePage(BasePage):
    template = "pages/route.html"
    # Wagtail API v2 (docs/api.md): stops in order with their legs; detail-only.
    api_fields = [
        *BasePage.api_fields,
        APIField("summary"),
        APIField("day_length"),
        APIField("best_season"),
        APIField("tips"),
        APIField("stops", serializer=api.Computed(api.route_stops)),
        APIField("totals", serializer=api.Computed(api.route_totals)),
    ]
    parent_page_types = ["routes.RouteIndexPage"]
    subpage_types = []

    class DayLength(models.TextChoices):
        HALF = "half", _("Half day")
        FULL = "full", _("Full day")

    summary = models.TextField(
        _("summary"),
        max_length=SUMMARY_MAX_LENGTH,
        validators=[MaxLengthValidator(SUMMARY_MAX_LENGTH)],
        help_text=_("What the day is like, in two or three sentences."),
    )
    day_length = models.CharField(
        _("length of day"), max_length=10, choices=DayLength.choices, default=DayLength.HALF
    )
    best_season = models.CharField(
        _("best season"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “Late May to July, when the lotuses bloom”."),
    )
    tips = models.TextField(_("practical tips"), blank=True)

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("summary"),
        SynchronizedField("day_length"),
        TranslatableField("best_season"),
        TranslatableField("tips"),
        TranslatableField("stops"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("day_length"), FieldPanel("best_season")]),
        InlinePanel(
            "stops",
            label=_("Stops, in order (the first is the starting point)"),
            min_num=2,
        ),
        FieldPanel("tips"),
    ]

    class Meta:
        verbose_name = _("route")
        verbose_name_plural = _("routes")

    @cached_property
    def stop_list(self):
        """Stops with their villages in the reader's language, from one query each.

        A stop at a village that may not be shown in any of the reader's
        languages (``core.privacy``, through ``localized_list``) is left out:
        its name and position are the village's. The page, its maps, JSON-LD
        and downloads all read this list. ``stop.number`` keeps each stop's
        place in the whole route, which the planner's codes count by.
        """
        from core.i18n import localized_list

        stops = list(self.stops.select_related("village"))
        villages = {
            v.translation_key: v
            for v in localized_list([s.village for s in stops if s.village], self.locale)
        }
        return self._shown_stops(stops, villages)

    @staticmethod
    def _shown_stops(stops, villages):
        shown = []
        for number, stop in enumerate(stops, start=1):
            stop.number = number
            stop.village_shown = (
                villages.get(stop.village.translation_key) if stop.village else None
            )
            if stop.village is None or stop.village_shown is not None:
                shown.append(stop)
        return shown

    @classmethod
    def prefetch_stop_lists(cls, routes):
        """Fill ``stop_list`` of many routes of one language in three queries in all.

        For lists of routes (the open-data GeoJSON, opendata/services.py), which
        would otherwise cost three queries per route. Returns the Vietnamese
        names of named-place stops, ``{translation_key: name}``, for
        ``wayfinding.services.vietnamese_stops``.
        """
        from django.conf import settings

        from core.i18n import localized_list

        routes = list(routes)
        if not routes:
            return {}
        stops = list(
            RouteStop.objects.filter(page__in=routes)
            .select_related("village")
            .order_by("page_id", "sort_order")
        )
        locale = routes[0].locale
        villages = {
            v.translation_key: v
            for v in localized_list([s.village for s in stops if s.village], locale)
        }
        for route in routes:
            own = [stop for stop in stops if stop.page_id == route.pk]
            route.__dict__["stop_list"] = cls._shown_stops(own, villages)
        places = [stop.translation_key for stop in stops if not stop.village_id]
        if not places or locale.language_code == settings.LANGUAGE_CODE:
            return {}
        return dict(
            RouteStop.objects.filter(
                translation_key__in=places, locale__language_code=settings.LANGUAGE_CODE
            ).values_list("translation_key", "place_name")
        )

    @cached_property
    def totals(self):
        return services.route_totals(self.stop_list)

    def map_data(self):
        return services.route_map_data(self.stop_list)


class RouteStop(TranslatableMixin, Orderable):
    page = ParentalKey(RoutePage, related_name="stops", on_delete=models.CASCADE)
    village = models.ForeignKey(
        "villages.VillagePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Pick a village, or leave empty and name a place below."),
    )
    place_name = models.CharField(
        _("place name"),
        max_length=200,
        blank=True,
        help_text=_("For a stop that is not a village page, e.g. “Hoàn Kiếm Lake”."),
    )
    latitude = latitude_field(
        _("latitude"),
        null=True,
        blank=True,
        help_text=_("For a named place. Villages use their own coordinates."),
    )
    longitude = longitude_field(_("longitude"), null=True, blank=True)
    minutes_here = models.PositiveIntegerField(
        _("time here (minutes)"), default=0, help_text=_("Time to spend at this stop, in minutes.")
    )
    activity = models.TextField(_("what to do here"), blank=True)
    leg_mode = models.CharField(
        _("to the next stop by"),
        max_length=20,
        choices=TravelMode.choices,
        blank=True,
        help_text=_("Leave empty on the last stop."),
    )
    leg_line = models.CharField(_("bus line"), max_length=20, blank=True)
    leg_minutes = models.PositiveIntegerField(_("travel time (minutes)"), null=True, blank=True)
    leg_km = models.DecimalField(
        _("distance by road (km)"),
        max_digits=6,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("Along the road or path, not as the crow flies."),
    )
    leg_cost_min_vnd = models.PositiveIntegerField(
        _("lowest cost (VND)"),
        null=True,
        blank=True,
        help_text=_(
            "Rough fare, in đồng: per car for a taxi, per ride for a motorbike taxi, "
            "per bicycle for a hire, per person for a bus or a boat."
        ),
    )
    leg_cost_max_vnd = models.PositiveIntegerField(_("highest cost (VND)"), null=True, blank=True)
    leg_notes = models.TextField(_("notes on the way"), blank=True)

    translatable_fields = [
        SynchronizedField("village"),
        TranslatableField("place_name"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("minutes_here"),
        TranslatableField("activity"),
        SynchronizedField("leg_mode"),
        SynchronizedField("leg_line"),
        SynchronizedField("leg_minutes"),
        SynchronizedField("leg_km"),
        SynchronizedField("leg_cost_min_vnd"),
        SynchronizedField("leg_cost_max_vnd"),
        TranslatableField("leg_notes"),
    ]
    panels = [
        FieldPanel("village"),
        FieldPanel("place_name"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("minutes_here"),
        FieldPanel("activity"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("leg_mode"), FieldPanel("leg_line"), FieldPanel("leg_minutes")]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("leg_km"),
                        FieldPanel("leg_cost_min_vnd"),
                        FieldPanel("leg_cost_max_vnd"),
                    ]
                ),
                FieldPanel("leg_notes"),
            ],
            heading=_("Getting to the next stop"),
        ),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("route stop")
        verbose_name_plural = _("route stops")
        pass

    @property
    def name(self):
        shown = getattr(self, "village_shown", None)
        if shown is not None:
            return shown.title
        return self.place_name or (self.village.title if self.village else "")

    @property
    def leg_cost_basis(self):
        """What a leg's fare pays for: a taxi is paid per car, a bus per person."""
        return {
            "taxi": pgettext_lazy("fare of a journey", "per car"),
            "motorbike": pgettext_lazy("fare of a journey", "per ride"),
            "bicycle": pgettext_lazy("fare of a journey", "per bicycle"),
            "bus": pgettext_lazy("fare of a journey", "per person"),
            "boat": pgettext_lazy("fare of a journey", "per person"),
        }.get(self.leg_mode, "")

    @property
    def coordinates(self):
        if self.village is not None:
            return self.village.latitude, self.village.longitude
        if self.latitude is not None and self.longitude is not None:
            return self.latitude, self.longitude
        return None

    def clean(self):
        errors = {}
        if self.village is None and not self.place_name:
            errors["place_name"] = gettext("Pick a village or name the place.")
        if self.village is None and (self.latitude is None or self.longitude is None):
            errors["latitude"] = gettext("A named place needs its latitude and longitude.")
        if (
            self.leg_cost_min_vnd is not None
            and self.leg_cost_max_vnd is not None
            and self.leg_cost_max_vnd < self.leg_cost_min_vnd
        ):
            errors["leg_cost_max_vnd"] = gettext("The highest cost cannot be below the lowest.")
        if errors:
            raise ValidationError(errors)
