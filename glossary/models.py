"""The glossary: Vietnamese terms and their approved translations (docs/glossary.md).

A term is Vietnamese (the site's source language); each approved translation is
a child row keyed by a wagtail ``Locale``, so a language added to the site later
gets its column in the admin, the exports and the translator panel without a
migration.
"""

import unicodedata

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Locale

from core.i18n import default_locale
from core.text import fold_vietnamese


def lines(text):
    """The non-empty lines of a one-per-line text field."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def normalise(text):
    """NFC, trimmed: Vietnamese can be typed precomposed or with combining marks."""
    return unicodedata.normalize("NFC", text or "").strip()


def target_locales():
    """Choices for an approved translation: every locale but the source language."""
    return ~Q(pk=default_locale().pk)


class TermForm(WagtailAdminModelForm):
    """One approved translation per language: a duplicate is a form error, not a 500."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("translations")
        if formset is not None:
            seen = set()
            for form in formset.forms:
                if not form.is_valid() or form.cleaned_data.get("DELETE"):
                    continue
                locale = form.cleaned_data.get("locale")
                if locale is not None and locale.pk in seen:
                    form.add_error(
                        "locale", _("This language already has an approved translation.")
                    )
                elif locale is not None:
                    seen.add(locale.pk)
        return cleaned_data


class Term(ClusterableModel):
    class Kind(models.TextChoices):
        CRAFT = "craft", _("Craft or material")
        PLACE = "place", _("Place")
        TOURISM = "tourism", _("Tourism")

    term = models.CharField(
        _("Vietnamese term"),
        max_length=200,
        unique=True,
        help_text=_(
            "As written in running text: lower case for common nouns (gốm), "
            "capitals for names (Bát Tràng)."
        ),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.CRAFT)
    do_not_translate = models.BooleanField(
        _("do not translate"),
        default=False,
        help_text=_(
            "Village and brand names: kept as written in Vietnamese, with diacritics, in "
            "languages written in Latin letters. Japanese and Korean still give their approved "
            "spelling below."
        ),
    )
    note = models.TextField(
        _("note for translators"),
        blank=True,
        help_text=_("What the term means, and the mistakes to avoid."),
    )
    also_written = models.TextField(
        _("also written"),
        blank=True,
        help_text=_("Other Vietnamese spellings of the term, one per line (hoá / hóa)."),
    )
    not_in = models.TextField(
        _("not part of"),
        blank=True,
        help_text=_(
            "Longer Vietnamese words that contain the term but mean something else, one per "
            "line (đình in “gia đình”)."
        ),
    )
    # Folded (no marks, đ → d), lower-case copy of the term, its translations and
    # its note: what the admin search looks in, so "gom" finds "gốm" (core/text.py).
    search_text = models.TextField(editable=False, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("term"),
                FieldRowPanel([FieldPanel("kind"), FieldPanel("do_not_translate")]),
                FieldPanel("note"),
            ],
            heading=_("Term"),
        ),
        InlinePanel(
            "translations",
            heading=_("Approved translations"),
            label=_("Translation"),
        ),
        MultiFieldPanel(
            [FieldPanel("also_written"), FieldPanel("not_in")],
            heading=_("Finding the term in a text"),
            classname="collapsed",
        ),
    ]

    base_form_class = TermForm

    class Meta:
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self):
        return self.term

    def clean(self):
        self.term = normalise(self.term)

    def save(self, *args, **kwargs):
        self.term = normalise(self.term)
        texts = [self.term, self.note, self.also_written]
        texts += [translation.text for translation in self.translations.all()]
        self.search_text = fold_vietnamese(" ".join(texts)).lower()
        super().save(*args, **kwargs)


class TermTranslation(models.Model):
    term = ParentalKey(Term, on_delete=models.CASCADE, related_name="translations")
    locale = models.ForeignKey(
        Locale,
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to=target_locales,
        verbose_name=_("language"),
    )
    text = models.CharField(
        _("approved translation"),
        max_length=200,
        help_text=_("The form to use; for a name not to translate, the name as written."),
    )
    variants = models.TextField(
        _("accepted variants"),
        blank=True,
        help_text=_(
            "Other forms a sentence may need (plural, feminine, a shorter form), one per "
            "line. The content check accepts them too."
        ),
    )
    may_omit = models.BooleanField(
        _("may be left implicit"),
        default=False,
        help_text=_("This language often leaves the term out (the visitor in Japanese)."),
    )

    panels = [
        FieldRowPanel([FieldPanel("locale"), FieldPanel("text")]),
        FieldPanel("variants"),
        FieldPanel("may_omit"),
    ]

    class Meta:
        verbose_name = _("approved translation")
        verbose_name_plural = _("approved translations")
        constraints = [
            models.UniqueConstraint(
                fields=["term", "locale"], name="glossary_one_translation_per_language"
            )
        ]

    def __str__(self):
        return self.text
