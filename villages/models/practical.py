"""“Know before you go”: the practical answers a visitor checks before setting off.

Cost, languages, toilets and payment are choices and figures, synchronised
across languages so every reader sees the same answer; only the short notes
are prose and translated. Each answer has its own “confirmed” tick: until the
village confirms it, the page shows it as a sample to be confirmed, never as
an official fact. Hours, time to allow and transport already live on the page
and its transport legs; ``know_before_items`` gathers all of them for the
compact block at the top of the village page (templates/components/know_before.html).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .access import ChoiceSetField
from .parts import Admission, HelpLanguage, language_items


class Toilets(models.TextChoices):
    PUBLIC = "public", _("Public toilets")
    CUSTOMERS = "customers", _("Toilets in cafés and shops, for customers")
    NONE = "none", _("No toilets for visitors")
    UNKNOWN = "unknown", _("Not checked yet")


class Payment(models.TextChoices):
    CASH = "cash", _("Cash only")
    MOSTLY_CASH = "mostly_cash", _("Mostly cash; cards in some larger shops")
    CARD = "card", _("Cash or card")
    UNKNOWN = "unknown", _("Not checked yet")


def note_field(verbose_name, help_text):
    return models.CharField(verbose_name, max_length=200, blank=True, help_text=help_text)


def confirmed_field(verbose_name):
    return models.BooleanField(
        verbose_name,
        default=False,
        help_text=_("Tick once the village has confirmed this answer."),
    )


class PracticalInfo(models.Model):
    """Abstract: the practical answers of a village, with their panel and translation policy."""

    visit_confirmed = confirmed_field(_("time to allow confirmed"))
    entry = models.CharField(
        _("entry to the village"),
        max_length=10,
        choices=Admission.choices,
        default=Admission.UNKNOWN,
        help_text=_("Whether walking round the village costs anything."),
    )
    workshop_price_min_vnd = models.PositiveIntegerField(
        _("workshop price from (₫)"),
        null=True,
        blank=True,
        help_text=_("Per person, in đồng, e.g. 100000. Leave empty if not known."),
    )
    workshop_price_max_vnd = models.PositiveIntegerField(
        _("workshop price up to (₫)"), null=True, blank=True, help_text=_("Per person, in đồng.")
    )
    cost_note = note_field(
        _("note on cost"), _("E.g. “The museum charges a small entry fee.” One sentence.")
    )
    cost_confirmed = confirmed_field(_("cost confirmed"))
    languages = ChoiceSetField(
        _("languages spoken"),
        choices_set=HelpLanguage.choices,
        max_length=40,
        help_text=_("Languages visitors can usually be helped in. Leave empty if not checked."),
    )
    languages_note = note_field(
        _("note on languages"), _("E.g. “English in the larger shops.” One sentence.")
    )
    languages_confirmed = confirmed_field(_("languages confirmed"))
    toilets = models.CharField(
        _("toilets"), max_length=10, choices=Toilets.choices, default=Toilets.UNKNOWN
    )
    toilets_note = note_field(_("note on toilets"), _("E.g. where the public toilets are."))
    toilets_confirmed = confirmed_field(_("toilets confirmed"))
    payment = models.CharField(
        _("cash or card"), max_length=12, choices=Payment.choices, default=Payment.UNKNOWN
    )
    payment_note = note_field(
        _("note on payment"), _("E.g. “Bring small notes for the market.” One sentence.")
    )
    payment_confirmed = confirmed_field(_("payment confirmed"))

    practical_translatable_fields = [
        SynchronizedField("visit_confirmed"),
        SynchronizedField("entry"),
        SynchronizedField("workshop_price_min_vnd"),
        SynchronizedField("workshop_price_max_vnd"),
        TranslatableField("cost_note"),
        SynchronizedField("cost_confirmed"),
        SynchronizedField("languages"),
        TranslatableField("languages_note"),
        SynchronizedField("languages_confirmed"),
        SynchronizedField("toilets"),
        TranslatableField("toilets_note"),
        SynchronizedField("toilets_confirmed"),
        SynchronizedField("payment"),
        TranslatableField("payment_note"),
        SynchronizedField("payment_confirmed"),
    ]
    practical_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("entry"),
                        FieldPanel("workshop_price_min_vnd"),
                        FieldPanel("workshop_price_max_vnd"),
                    ]
                ),
                FieldPanel("cost_note"),
                FieldPanel("cost_confirmed"),
            ],
            heading=_("Cost"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages"),
                FieldPanel("languages_note"),
                FieldPanel("languages_confirmed"),
            ],
            heading=_("Languages spoken"),
        ),
        MultiFieldPanel(
            [FieldPanel("toilets"), FieldPanel("toilets_note"), FieldPanel("toilets_confirmed")],
            heading=_("Toilets"),
        ),
        MultiFieldPanel(
            [FieldPanel("payment"), FieldPanel("payment_note"), FieldPanel("payment_confirmed")],
            heading=_("Cash or card"),
        ),
    ]

    class Meta:
        abstract = True

    def clean_practical(self):
        low, high = self.workshop_price_min_vnd, self.workshop_price_max_vnd
        if low is not None and high is not None and high < low:
            raise ValidationError(
                {"workshop_price_max_vnd": _("The highest price cannot be below the lowest.")}
            )
        if high is not None and low is None:
            raise ValidationError(
                {"workshop_price_min_vnd": _("Give the lowest price too (or the same price).")}
            )

    @property
    def language_items(self):
        """The languages visitors can be helped in, in the village."""
        return language_items(self.languages)
