import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.antispam import (
    MAX_AGE,
    MIN_SECONDS,
    honeypot_field,
    links_in,
    seconds_open,
    shown_token,
    words_beside_links,
)

from .countries import country_choices
from .models import MESSAGE_MAX, MESSAGE_MIN, Enquiry

MAX_LINKS = 2
# The furthest a target date may lie ahead: beyond it, a typo (2062 for 2026).
MAX_YEARS_AHEAD = 5
# Fields whose errors and help are tied to them for screen readers.
DESCRIBED = ("name", "company", "country", "email", "products", "quantity", "target_date")


class EnquiryForm(forms.ModelForm):
    country = forms.ChoiceField(label=_("Country"))
    target_date = forms.DateField(
        label=_("Wanted by (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("When you would like the goods, if you know."),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the village's editors and the producer may contact me about this "
            "enquiry, and that my details are kept for that purpose only."
        ),
        error_messages={"required": _("Tick this box so that we may pass on your enquiry.")},
    )
    website = honeypot_field()
    shown = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Enquiry
        fields = [
            "name",
            "company",
            "country",
            "email",
            "products",
            "quantity",
            "target_date",
            "message",
            "consent",
        ]
        labels = {
            "name": _("Your name"),
            "company": _("Company"),
            "email": _("E-mail address"),
            "products": _("Products of interest"),
            "quantity": _("Quantity (optional)"),
            "message": _("Your message"),
        }
        help_texts = {
            "email": _("The producer answers here. It is not shown anywhere."),
            "products": _("Names or kinds of products, as precisely as you can."),
            "quantity": _("For example “200 sets” or “one 20-foot container”."),
            "message": _(
                "What you are looking for: designs, sizes, packaging, certificates, "
                "delivery. Write in your own language: the producer reads it in Vietnamese."
            ),
        }
        widgets = {
            "message": forms.Textarea(attrs={"rows": 7}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "company": forms.TextInput(attrs={"autocomplete": "organization"}),
        }

    def __init__(self, *args, products="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Choose a country")), *country_choices()]
        self.fields["message"].min_length = MESSAGE_MIN
        self.fields["message"].widget.attrs["maxlength"] = MESSAGE_MAX
        if not self.is_bound:
            self.initial.setdefault("products", products)
        # A fresh time on every showing: an expired form shown again gets a new one.
        self.shown_at = shown_token()
        for name in (*DESCRIBED, "message"):
            self.fields[name].widget.attrs.pop("aria-describedby", None)
            if self.fields[name].help_text:
                self.fields[name].widget.attrs["aria-describedby"] = f"id_{name}-help"

    def clean_message(self):
        message = self.cleaned_data["message"]
        if links_in(message) > MAX_LINKS:
            raise forms.ValidationError(
                ngettext(
                    "Please keep to at most %(count)d link.",
                    "Please keep to at most %(count)d links.",
                    MAX_LINKS,
                )
                % {"count": MAX_LINKS}
            )
        if len(words_beside_links(message)) < MESSAGE_MIN:
            raise forms.ValidationError(
                _("Please say in words what you are looking for: links alone cannot be sent.")
            )
        return message

    def clean_target_date(self):
        date = self.cleaned_data["target_date"]
        today = timezone.localdate()
        if date and date < today:
            raise forms.ValidationError(_("This date has passed: choose a later one."))
        if date and date > today + datetime.timedelta(days=365 * MAX_YEARS_AHEAD):
            raise forms.ValidationError(
                _("Choose a date within the next %(years)d years.") % {"years": MAX_YEARS_AHEAD}
            )
        return date

    def clean(self):
        cleaned = super().clean()
        age = seconds_open(self.data.get("shown", ""))
        if age is not None and age > MAX_AGE:
            raise forms.ValidationError(
                _("This form was open for a long time: please check it and send it again."),
                code="expired",
            )
        return cleaned

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields and name not in ("website", "shown"):
                field = self.fields[name]
                described = [f"id_{name}-error"] + ([f"id_{name}-help"] if field.help_text else [])
                field.widget.attrs["aria-describedby"] = " ".join(described)
                field.widget.attrs["aria-invalid"] = "true"

    def is_robot(self):
        """Filled the hidden field, or sent a form never shown, or sent it too fast."""
        if self.data.get("website"):
            return True
        age = seconds_open(self.data.get("shown", ""))
        return age is None or age < MIN_SECONDS
