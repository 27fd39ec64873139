from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.antispam import honeypot_field, links_in

from .models import TEXT_MAX_LENGTH, TEXT_MIN_LENGTH

MAX_LINKS = 2


class FactReportForm(forms.Form):
    text = forms.CharField(
        label=_("What is wrong or out of date?"),
        help_text=_("For example a changed opening time, a closed workshop or a wrong figure."),
        min_length=TEXT_MIN_LENGTH,
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    email = forms.EmailField(
        label=_("Your e-mail address (optional)"),
        help_text=_("Only if you would like an answer. It is not shown anywhere."),
        required=False,
        max_length=254,
    )
    # A trap for robots: hidden from people (and from screen readers), filled in by scripts.
    website = honeypot_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("text", "email"):
            self.fields[name].widget.attrs["aria-describedby"] = f"id_{name}-help"

    def clean_text(self):
        text = self.cleaned_data["text"]
        links = links_in(text)
        if links > MAX_LINKS:
            raise forms.ValidationError(
                ngettext(
                    "Please keep to at most %(count)d link.",
                    "Please keep to at most %(count)d links.",
                    MAX_LINKS,
                )
                % {"count": MAX_LINKS}
            )
        return text

    def full_clean(self):
        super().full_clean()
        # Screen readers announce the error with the field it belongs to.
        for name in self.errors:
            if name in ("text", "email"):
                attrs = self.fields[name].widget.attrs
                attrs["aria-describedby"] = f"id_{name}-error id_{name}-help"
                attrs["aria-invalid"] = "true"

    def is_robot(self):
        return bool(self.data.get("website"))
