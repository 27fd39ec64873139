"""A set of weekdays stored as text ("5,6"), edited as checkboxes.

A weekly event repeats on a few chosen days; seven boolean columns would be
``monday``, ``tuesday``… and a join table would be heavy for seven values.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

WEEKDAY_CHOICES = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]


def parse_weekdays(value):
    """``"5,6"`` → ``(5, 6)``; anything that is not a weekday number is an error."""
    if isinstance(value, list | tuple):
        parts = [str(part) for part in value]
    else:
        parts = [part.strip() for part in str(value or "").split(",") if part.strip()]
    try:
        days = sorted({int(part) for part in parts})
    except ValueError as error:
        raise ValidationError(_("Weekdays must be numbers from 0 (Monday) to 6.")) from error
    if any(day < 0 or day > 6 for day in days):
        raise ValidationError(_("Weekdays must be numbers from 0 (Monday) to 6."))
    return tuple(days)


def format_weekdays(days):
    return ",".join(str(day) for day in sorted(set(days)))


class WeekdaysFormField(forms.TypedMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        for name in ("max_length", "empty_value"):
            kwargs.pop(name, None)
        kwargs.setdefault("choices", WEEKDAY_CHOICES)
        super().__init__(coerce=int, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, str):
            return [str(day) for day in parse_weekdays(value)]
        return value

    def clean(self, value):
        return format_weekdays(super().clean(value))

    def has_changed(self, initial, data):
        return super().has_changed(self.prepare_value(initial), data)


class WeekdaysField(models.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 13)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return WeekdaysFormField(
            required=not self.blank,
            label=self.verbose_name.capitalize() if self.verbose_name else None,
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        parse_weekdays(value)
