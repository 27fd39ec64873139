"""The repeatable parts of a village page, edited inline on the page.

Prose is translated; times, coordinates, figures and choices are synchronised
from the Vietnamese source so they cannot drift apart between languages.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import DatedFact
from core.text import ALT_MAX_LENGTH

from .access import AccessInfo, ChoiceSetField


class Weekday(models.IntegerChoices):
    """Monday is 0, as in Python's ``date.weekday()``."""

    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class Admission(models.TextChoices):
    FREE = "free", _("Free entry")
    PAID = "paid", _("Paid entry")
    UNKNOWN = "unknown", _("Not checked yet")


class HelpLanguage(models.TextChoices):
    """Languages a visitor can be helped in at a place, as BCP 47 codes.

    The labels are each language's name in itself, like the language switcher:
    a visitor looks for their own language, not for its name in the page's.
    """

    VI = "vi", "Tiếng Việt"
    EN = "en", "English"
    FR = "fr", "Français"
    IT = "it", "Italiano"
    JA = "ja", "日本語"
    KO = "ko", "한국어"
    ZH = "zh", "中文"
    DE = "de", "Deutsch"
    ES = "es", "Español"


def language_items(codes):
    """``[(code, native name)]`` of the languages in ``codes`` (a ChoiceSetField's value)."""
    return [(code, HelpLanguage(code).label) for code in codes or []]


class TranslatableOrderable(TranslatableMixin, Orderable):
    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True


class VillageCraft(Orderable):
    page = ParentalKey(
        "villages.VillagePage", related_name="village_crafts", on_delete=models.CASCADE
    )
    craft = models.ForeignKey(
        "villages.Craft",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Pick the craft in Vietnamese; each language shows its own name."),
    )

    translatable_fields = [SynchronizedField("craft")]
    panels = [FieldPanel("craft", heading=_("Craft"))]

    class Meta(Orderable.Meta):
        verbose_name = _("village craft")
        verbose_name_plural = _("village crafts")


class VillageFact(DatedFact):
    page = ParentalKey("villages.VillagePage", related_name="facts", on_delete=models.CASCADE)

    class Meta(DatedFact.Meta):
        verbose_name = _("village fact")
        verbose_name_plural = _("village facts")


class HeritageRecognition(TranslatableOrderable):
    page = ParentalKey(
        "villages.VillagePage", related_name="recognitions", on_delete=models.CASCADE
    )
    title = models.CharField(
        _("recognition"),
        max_length=200,
        help_text=_("E.g. “National List of Intangible Cultural Heritage”."),
    )
    granted_by = models.CharField(_("granted by"), max_length=200, blank=True)
    date = models.DateField(_("date"), null=True, blank=True, help_text=_("When it was announced."))
    source_name = models.CharField(_("source"), max_length=200, blank=True)
    source_url = models.URLField(_("source link"), blank=True)

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("granted_by"),
        SynchronizedField("date"),
        SynchronizedField("source_name"),
        SynchronizedField("source_url"),
    ]
    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("granted_by"), FieldPanel("date")]),
        FieldRowPanel([FieldPanel("source_name"), FieldPanel("source_url")]),
    ]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("heritage recognition")
        verbose_name_plural = _("heritage recognitions")


class Attraction(TranslatableOrderable, AccessInfo):
    """Something to see or do in the village.

    A museum or workshop may keep hours of its own. Wagtail cannot nest inline
    panels, so they are a simple pattern on the attraction itself (one opening
    and closing time, and the weekdays it is closed), which covers the places
    the site lists; the village's dated exceptions (Tết, festivals) apply to
    every attraction (villages/hours.py).
    """

    class Kind(models.TextChoices):
        MUSEUM = "museum", _("Museum")
        MARKET = "market", _("Market")
        WORKSHOP = "workshop", _("Hands-on workshop")
        TEMPLE = "temple", _("Temple or communal house")
        TEA = "tea", _("Tea tasting")
        SHOP = "shop", _("Craft shops")
        WALK = "walk", _("Walk")

    page = ParentalKey("villages.VillagePage", related_name="attractions", on_delete=models.CASCADE)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    duration_minutes = models.PositiveIntegerField(
        _("time to allow (minutes)"),
        null=True,
        blank=True,
        help_text=_("Typical time, in minutes."),
    )
    own_hours = models.BooleanField(
        _("has its own opening hours"),
        default=False,
        help_text=_(
            "Leave unticked to use the village's weekly hours. The village's exceptions "
            "(Tết, festivals, closures) apply either way."
        ),
    )
    opens = models.TimeField(
        _("opens"), null=True, blank=True, help_text=_("Hanoi time, e.g. 08:00.")
    )
    closes = models.TimeField(
        _("closes"), null=True, blank=True, help_text=_("Hanoi time, e.g. 17:00.")
    )
    closed_days = ChoiceSetField(
        _("closed on"),
        choices_set=Weekday.choices,
        coerce=int,
        max_length=20,
        help_text=_("Tick the weekdays it is closed every week."),
    )
    access_note = models.TextField(
        _("note on access"),
        blank=True,
        help_text=_("Anything the answers above do not say, e.g. “Two steps at the door.”"),
    )
    # Whether entry is free is a fact search engines publish (isAccessibleForFree);
    # "unknown" keeps the site from claiming either way until someone has checked.
    admission = models.CharField(
        _("entry"),
        max_length=10,
        choices=Admission.choices,
        default=Admission.UNKNOWN,
    )
    admission_note = models.CharField(
        _("note on entry"),
        max_length=200,
        blank=True,
        help_text=_("E.g. the price: “50,000 ₫, children free”."),
    )
    languages = ChoiceSetField(
        _("help in"),
        choices_set=HelpLanguage.choices,
        max_length=40,
        help_text=_(
            "Tick the languages staff or guides there can help visitors in. "
            "Leave empty if not checked."
        ),
    )

    translatable_fields = [
        SynchronizedField("kind"),
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("duration_minutes"),
        SynchronizedField("own_hours"),
        SynchronizedField("opens"),
        SynchronizedField("closes"),
        SynchronizedField("closed_days"),
        *AccessInfo.access_translatable_fields,
        TranslatableField("access_note"),
        SynchronizedField("admission"),
        TranslatableField("admission_note"),
        SynchronizedField("languages"),
    ]
    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("duration_minutes")]),
        FieldPanel("name"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("own_hours"),
                FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
                FieldPanel("closed_days"),
            ],
            heading=_("Opening hours"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("admission"), FieldPanel("admission_note")]),
                FieldPanel("languages"),
            ],
            heading=_("Entry and languages"),
        ),
        AccessInfo.access_panel("access_note"),
    ]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("attraction")
        verbose_name_plural = _("attractions")

    @property
    def closed_days_labels(self):
        return [Weekday(day).label for day in self.closed_days or []]

    @property
    def language_items(self):
        """The languages visitors can be helped in at this place."""
        return language_items(self.languages)

    @property
    def is_free(self):
        """True or False when entry has been checked, else None (nothing is claimed)."""
        return {Admission.FREE: True, Admission.PAID: False}.get(self.admission)

    def clean(self):
        super().clean()
        if self.admission_note and self.admission == Admission.UNKNOWN:
            raise ValidationError(
                {"admission": _("Say whether entry is free or paid to go with the note.")}
            )
        if not self.own_hours:
            if self.opens or self.closes or self.closed_days:
                raise ValidationError(
                    {
                        "own_hours": _(
                            "Tick “has its own opening hours” to use these times and days, "
                            "or clear them to use the village's hours."
                        )
                    }
                )
            return
        if self.opens is None or self.closes is None:
            raise ValidationError(
                {"opens": _("Give both opening and closing times for its own hours.")}
            )
        if self.closes <= self.opens:
            raise ValidationError({"closes": _("Closing time must be after opening time.")})
        if len(self.closed_days or []) == len(Weekday.choices):
            raise ValidationError(
                {"closed_days": _("It cannot be closed every day; untick at least one day.")}
            )


class OpeningHours(Orderable):
    """Usual weekly hours of the village's shops and workshops (Hanoi time)."""

    Weekday = Weekday

    page = ParentalKey(
        "villages.VillagePage", related_name="opening_hours", on_delete=models.CASCADE
    )
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(_("closes"), null=True, blank=True)
    closed = models.BooleanField(_("closed all day"), default=False)

    translatable_fields = [
        SynchronizedField("weekday"),
        SynchronizedField("opens"),
        SynchronizedField("closes"),
        SynchronizedField("closed"),
    ]
    panels = [
        FieldRowPanel(
            [FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes"), FieldPanel("closed")]
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        ordering = ["weekday", "sort_order"]

    def clean(self):
        if not self.closed and (self.opens is None or self.closes is None):
            raise ValidationError(
                _("Give both opening and closing times, or tick “closed all day”.")
            )
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": _("Closing time must be after opening time.")})


class OpeningException(TranslatableOrderable):
    """Dated change to the usual hours: Tết, festivals, closures."""

    page = ParentalKey(
        "villages.VillagePage", related_name="opening_exceptions", on_delete=models.CASCADE
    )
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("until"), help_text=_("The last day the change applies."))
    closed = models.BooleanField(_("closed"), default=True)
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(_("closes"), null=True, blank=True)
    reason = models.CharField(
        _("reason"), max_length=200, help_text=_("E.g. “Tết (Lunar New Year)”.")
    )

    translatable_fields = [
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("closed"),
        SynchronizedField("opens"),
        SynchronizedField("closes"),
        TranslatableField("reason"),
    ]
    panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("closed"), FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("reason"),
    ]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("opening exception")
        verbose_name_plural = _("opening exceptions")
        ordering = ["start_date"]

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day cannot be before the first.")})
        if not self.closed and (self.opens is None or self.closes is None):
            raise ValidationError(_("Give the special opening hours, or tick “closed”."))


class TravelMode(models.TextChoices):
    TAXI = "taxi", _("Taxi or car")
    RIDE_HAILING = "ride_hailing", _("Ride-hailing app (car or motorbike)")
    BUS = "bus", _("City bus")
    BOAT = "boat", _("Boat on the Red River")
    BICYCLE = "bicycle", _("Bicycle")
    MOTORBIKE = "motorbike", _("Motorbike taxi")
    WALK = "walk", _("On foot")


class FarePer(models.TextChoices):
    PERSON = "person", _("per person")
    CAR = "car", _("per car")


class TransportLeg(TranslatableOrderable):
    """One way of getting to the village, e.g. from the Old Quarter."""

    page = ParentalKey("villages.VillagePage", related_name="transport", on_delete=models.CASCADE)
    mode = models.CharField(_("mode"), max_length=20, choices=TravelMode.choices)
    line = models.CharField(
        _("line"), max_length=20, blank=True, help_text=_("Bus line number, e.g. 47A.")
    )
    origin = models.CharField(
        _("from"), max_length=200, help_text=_("Where the leg starts, e.g. “Old Quarter”.")
    )
    duration_min = models.PositiveIntegerField(
        _("shortest time (minutes)"),
        null=True,
        blank=True,
        help_text=_("Leave empty when the schedule is unknown (e.g. boat trips)."),
    )
    duration_max = models.PositiveIntegerField(_("longest time (minutes)"), null=True, blank=True)
    distance_km = models.DecimalField(
        _("distance (km)"), max_digits=6, decimal_places=1, null=True, blank=True
    )
    notes = models.TextField(_("notes"), blank=True)
    stop = models.CharField(
        _("get off at"),
        max_length=200,
        blank=True,
        help_text=_("For a bus or boat: the stop nearest the village, e.g. “Bát Tràng terminus”."),
    )
    frequency_minutes = models.PositiveIntegerField(
        _("runs about every (minutes)"),
        null=True,
        blank=True,
        help_text=_("For a bus or boat: the usual time between departures, in minutes."),
    )
    fare_min_vnd = models.PositiveIntegerField(
        _("fare from (₫)"), null=True, blank=True, help_text=_("In đồng, e.g. 200000.")
    )
    fare_max_vnd = models.PositiveIntegerField(_("fare up to (₫)"), null=True, blank=True)
    fare_per = models.CharField(
        _("fare is"),
        max_length=10,
        choices=FarePer.choices,
        blank=True,
        help_text=_(
            "Taxis and ride-hailing cars charge per car (not per person); buses per person."
        ),
    )
    confirmed = models.BooleanField(
        _("confirmed"),
        default=False,
        help_text=_("Tick once the village or operator has confirmed these details."),
    )

    translatable_fields = [
        SynchronizedField("mode"),
        SynchronizedField("line"),
        TranslatableField("origin"),
        SynchronizedField("duration_min"),
        SynchronizedField("duration_max"),
        SynchronizedField("distance_km"),
        TranslatableField("notes"),
        TranslatableField("stop"),
        SynchronizedField("frequency_minutes"),
        SynchronizedField("fare_min_vnd"),
        SynchronizedField("fare_max_vnd"),
        SynchronizedField("fare_per"),
        SynchronizedField("confirmed"),
    ]
    panels = [
        FieldRowPanel([FieldPanel("mode"), FieldPanel("line"), FieldPanel("origin")]),
        FieldRowPanel(
            [FieldPanel("duration_min"), FieldPanel("duration_max"), FieldPanel("distance_km")]
        ),
        FieldRowPanel([FieldPanel("stop"), FieldPanel("frequency_minutes")]),
        FieldRowPanel(
            [FieldPanel("fare_min_vnd"), FieldPanel("fare_max_vnd"), FieldPanel("fare_per")]
        ),
        FieldPanel("notes"),
        FieldPanel("confirmed"),
    ]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("transport leg")
        verbose_name_plural = _("transport legs")

    def clean(self):
        if (
            self.duration_max is not None
            and self.duration_min is not None
            and self.duration_max < self.duration_min
        ):
            raise ValidationError(
                {"duration_max": _("The longest time cannot be below the shortest.")}
            )
        if self.fare_min_vnd is not None or self.fare_max_vnd is not None:
            if self.fare_min_vnd is None:
                raise ValidationError({"fare_min_vnd": _("Give the lowest fare too.")})
            if self.fare_max_vnd is not None and self.fare_max_vnd < self.fare_min_vnd:
                raise ValidationError(
                    {"fare_max_vnd": _("The highest fare cannot be below the lowest.")}
                )
            if not self.fare_per:
                raise ValidationError(
                    {"fare_per": _("Say whether the fare is per person or per car.")}
                )


class VillageGalleryImage(TranslatableOrderable):
    page = ParentalKey("villages.VillagePage", related_name="gallery", on_delete=models.CASCADE)
    image = models.ForeignKey("wagtailimages.Image", on_delete=models.CASCADE, related_name="+")
    alt = models.CharField(
        _("description for screen readers"),
        max_length=ALT_MAX_LENGTH,
        help_text=_("What the picture shows."),
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    translatable_fields = [
        SynchronizedField("image"),
        TranslatableField("alt"),
        TranslatableField("caption"),
    ]
    panels = [FieldPanel("image"), FieldPanel("alt"), FieldPanel("caption")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("gallery image")
        verbose_name_plural = _("gallery images")
