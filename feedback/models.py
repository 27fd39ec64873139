"""What visitors tell the editors: "this fact is out of date".

No IP address or other trace of the visitor is stored (docs/quality-checks.md):
only what they wrote, and an e-mail address if they chose to give one.
"""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

TEXT_MIN_LENGTH = 15
TEXT_MAX_LENGTH = 2000


class FactReport(models.Model):
    class Status(models.TextChoices):
        NEW = "new", pgettext_lazy("report status", "New")
        HANDLED = "handled", pgettext_lazy("report status", "Handled")

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=pgettext_lazy("fact report", "page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=pgettext_lazy("fact report", "language"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The language of the page the visitor read."),
    )
    text = models.TextField(
        _("what is wrong"),
        max_length=TEXT_MAX_LENGTH,
        validators=[MaxLengthValidator(TEXT_MAX_LENGTH)],
    )
    email = models.EmailField(_("e-mail address"), blank=True)
    created = models.DateTimeField(
        pgettext_lazy("fact report", "received"), auto_now_add=True, db_index=True
    )
    status = models.CharField(
        pgettext_lazy("fact report", "status"),
        max_length=10,
        choices=Status.choices,
        default=Status.NEW,
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("handled on"), null=True, blank=True)

    class Meta:
        verbose_name = _("outdated-fact report")
        verbose_name_plural = _("outdated-fact reports")
        ordering = ["-created"]

    def __str__(self):
        return f"{self.page_id} ({self.created:%Y-%m-%d})"
