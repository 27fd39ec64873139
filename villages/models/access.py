"""Structured access information, shared by a village and each of its attractions.

Visitors with reduced mobility, heat sensitivity or young children need answers
they can compare and filter on ("is there a step-free way in?"), not only a
paragraph. The answers are choices, synchronised across languages; only the
note is prose and translated. ``unknown`` is a real answer: most places have
not been checked yet, and the page says so instead of guessing.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField


class ChoiceSetField(models.CharField):
    """A set of choices stored as comma-separated values ("paved,steps"), edited as checkboxes.

    SQLite has no array type and a JSON field would need a custom widget anyway;
    a short string keeps the value readable in the database and in revisions.
    The Python value is a list in the order of ``choices``.
    """

    def __init__(self, *args, choices_set=(), coerce=str, **kwargs):
        self.choices_set = list(choices_set)
        self.coerce = coerce
        kwargs.setdefault("max_length", 100)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices_set"] = self.choices_set
        if self.coerce is not str:
            kwargs["coerce"] = self.coerce
        return name, path, args, kwargs

    def allowed(self):
        return [self.coerce(value) for value, _label in self.choices_set]

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, str):
            value = [part for part in value.split(",") if part.strip()]
        try:
            chosen = {self.coerce(str(part).strip()) for part in value}
        except (TypeError, ValueError) as error:
            raise ValidationError(_("Unknown choice."), code="invalid_choice") from error
        unknown = chosen - set(self.allowed())
        if unknown:
            raise ValidationError(_("Unknown choice."), code="invalid_choice")
        return [item for item in self.allowed() if item in chosen]

    def from_db_value(self, value, expression, connection):
        try:
            return self.to_python(value)
        except ValidationError:
            # A choice removed from the code since the row was saved is dropped, not fatal.
            return [item for item in self.allowed() if str(item) in str(value).split(",")]

    def get_prep_value(self, value):
        # Not CharField's: it would turn the value back into a list (to_python).
        if value is None:
            return ""
        return ",".join(str(item) for item in self.to_python(value))

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        # Membership is checked in to_python; CharField's own choice check expects one value.
        if not self.blank and not value:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def run_validators(self, value):
        super().run_validators(self.get_prep_value(value))

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.choices_set,
            "coerce": self.coerce,
            "required": not self.blank,
            "widget": forms.CheckboxSelectMultiple,
            "label": self.verbose_name,
            "help_text": self.help_text,
        }
        defaults.update(kwargs)
        form_class = defaults.pop("form_class")
        for key in ("max_length", "empty_value", "choices_form_class"):
            defaults.pop(key, None)
        return form_class(**defaults)


class StepFree(models.TextChoices):
    YES = "yes", _("Step-free access")
    PARTLY = "partly", _("Partly step-free")
    NO = "no", _("Steps, no step-free way in")
    UNKNOWN = "unknown", _("Step-free access not checked yet")


class Answer(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", pgettext_lazy("access answer", "No")
    UNKNOWN = "unknown", _("Not checked yet")


class Surface(models.TextChoices):
    PAVED = "paved", _("Paved, even ground")
    UNEVEN = "uneven", _("Uneven ground")
    ALLEYS = "alleys", _("Narrow brick or cobbled alleys")
    STEPS = "steps", _("Steps")


def answer_field(verbose_name, help_text):
    """A yes / no / not-checked question: "not checked" claims nothing either way."""
    return models.CharField(
        verbose_name,
        max_length=10,
        choices=Answer.choices,
        default=Answer.UNKNOWN,
        help_text=help_text,
    )


class AccessInfo(models.Model):
    """Abstract: the access answers a page or an attraction carries, with their panels."""

    step_free = models.CharField(
        _("step-free access"),
        max_length=10,
        choices=StepFree.choices,
        default=StepFree.UNKNOWN,
        help_text=_("Can a wheelchair user get in and round without steps?"),
    )
    accessible_toilet = answer_field(
        _("accessible toilet"), _("A toilet usable from a wheelchair, open to visitors.")
    )
    surfaces = ChoiceSetField(
        _("ground"),
        choices_set=Surface.choices,
        help_text=_("Tick every kind of ground a visitor meets. Leave empty if not checked."),
    )
    seating = answer_field(
        _("seating or rest spots"), _("Benches, cafés or shade where a visitor can sit and rest.")
    )
    kiln_heat = answer_field(
        _("heat near kilns"), _("“Yes” if visitors pass close to hot kilns or furnaces.")
    )
    noise = answer_field(
        _("loud noise"), _("“Yes” if machines, looms or traffic are loud where visitors go.")
    )

    access_confirmed = models.BooleanField(
        _("access information checked"),
        default=False,
        help_text=_("Tick once someone has checked these answers on the spot."),
    )

    access_translatable_fields = [
        SynchronizedField("step_free"),
        SynchronizedField("accessible_toilet"),
        SynchronizedField("surfaces"),
        SynchronizedField("seating"),
        SynchronizedField("kiln_heat"),
        SynchronizedField("noise"),
        SynchronizedField("access_confirmed"),
    ]
    access_fields = [
        FieldRowPanel([FieldPanel("step_free"), FieldPanel("accessible_toilet")]),
        FieldPanel("surfaces"),
        FieldRowPanel([FieldPanel("seating"), FieldPanel("kiln_heat"), FieldPanel("noise")]),
        FieldPanel("access_confirmed"),
    ]

    class Meta:
        abstract = True

    @classmethod
    def access_panel(cls, note_field):
        return MultiFieldPanel(
            [*cls.access_fields, FieldPanel(note_field)], heading=_("Access information")
        )

    @property
    def access_items(self):
        """What the page says about access: ``[(key, state, text)]``, known answers first.

        ``state`` is "ok", "partly", "warn" or "unknown" and picks the icon; an
        answer that is a warning (heat, noise, steps) is marked as such.
        """
        items = []
        step_state = {"yes": "ok", "partly": "partly", "no": "warn"}.get(self.step_free, "unknown")
        items.append(("step-free", step_state, StepFree(self.step_free).label))
        toilet = {
            "yes": ("ok", _("Accessible toilet")),
            "no": ("warn", _("No accessible toilet")),
        }.get(self.accessible_toilet, ("unknown", _("Accessible toilet not checked yet")))
        items.append(("toilet", *toilet))
        for surface in self.surfaces or []:
            state = "ok" if surface == Surface.PAVED else "warn"
            items.append((f"surface-{surface}", state, Surface(surface).label))
        seating = {
            "yes": ("ok", _("Seating and rest spots")),
            "no": ("warn", _("Few places to sit")),
        }.get(self.seating, ("unknown", _("Seating not checked yet")))
        items.append(("seating", *seating))
        heat = {
            "yes": ("warn", _("Heat near the kilns")),
            "no": ("ok", _("No kiln heat where visitors go")),
        }.get(self.kiln_heat)
        if heat:
            items.append(("heat", *heat))
        noise = {
            "yes": ("warn", _("Can be loud (machines, traffic)")),
            "no": ("ok", _("Quiet")),
        }.get(self.noise)
        if noise:
            items.append(("noise", *noise))
        order = {"ok": 0, "partly": 0, "warn": 0, "unknown": 1}
        return sorted(items, key=lambda item: order[item[1]])

    @property
    def has_access_info(self):
        return any(state != "unknown" for _key, state, _text in self.access_items)
