"""Trade enquiries: one inbox for every buyer's message, whatever language it came in.

An enquiry is not a Wagtail form submission (one table per form page and
language): it is one row here, with the page it was sent from, the product,
producer and village it is about (their Vietnamese pages, so that one village
is one filter value in the inbox and its editors' page permissions decide who
reads it), the language the buyer wrote in, and what happened to it since.
Titles are copied when it arrives: an enquiry outlives the page it came from.

The message is kept as written; ``message_vi`` is the machine translation
for the producer (enquiries.translators), when one is configured and worked.
"""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .countries import country_name, validate_country

# Field lengths: generous for real buyers, short enough that nothing huge is stored.
NAME_MAX = 120
COMPANY_MAX = 160
PRODUCTS_MAX = 300
QUANTITY_MAX = 100
MESSAGE_MIN = 20
MESSAGE_MAX = 3000


class Enquiry(models.Model):
    class Status(models.TextChoices):
        NEW = "new", pgettext_lazy("enquiry status", "New")
        ANSWERED = "answered", pgettext_lazy("enquiry status", "Answered")
        CLOSED = "closed", pgettext_lazy("enquiry status", "Closed")

    class Translation(models.TextChoices):
        NOT_NEEDED = "not-needed", _("Written in Vietnamese")
        DONE = "done", _("Machine-translated")
        FAILED = "failed", _("Translation failed")
        OFF = "off", _("No machine translator configured")

    # Where it came from
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("sent from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    page_title = models.CharField(_("page title"), max_length=255)
    page_url = models.CharField(_("page address"), max_length=500, blank=True)
    product = models.ForeignKey(
        "products.ProductPage",
        verbose_name=_("product"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    producer = models.ForeignKey(
        "products.ProducerPage",
        verbose_name=_("producer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    village = models.ForeignKey(
        "villages.VillagePage",
        verbose_name=_("village"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    producer_name = models.CharField(_("producer name"), max_length=255, blank=True)
    village_name = models.CharField(_("village name"), max_length=100, blank=True)
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        help_text=_("The language of the page the buyer wrote from."),
    )

    # The buyer
    name = models.CharField(_("name"), max_length=NAME_MAX)
    company = models.CharField(_("company"), max_length=COMPANY_MAX)
    # No choices on the field: some 250 names from Babel (CLDR) would be
    # written into every migration; the form offers them, the validator checks.
    country = models.CharField(_("country"), max_length=2, validators=[validate_country])
    email = models.EmailField(_("e-mail address"))
    products = models.CharField(_("products of interest"), max_length=PRODUCTS_MAX)
    quantity = models.CharField(_("quantity"), max_length=QUANTITY_MAX, blank=True)
    target_date = models.DateField(_("wanted by"), null=True, blank=True)
    message = models.TextField(
        _("message"), max_length=MESSAGE_MAX, validators=[MaxLengthValidator(MESSAGE_MAX)]
    )
    consent = models.BooleanField(_("agreed to be contacted"), default=False)

    # For the producer
    message_vi = models.TextField(_("message in Vietnamese"), blank=True)
    translation = models.CharField(
        _("machine translation"),
        max_length=12,
        choices=Translation.choices,
        default=Translation.OFF,
    )
    translated_by = models.CharField(_("translated by"), max_length=60, blank=True)

    # What happened since
    status = models.CharField(
        pgettext_lazy("enquiry", "status"),
        max_length=10,
        choices=Status.choices,
        default=Status.NEW,
        db_index=True,
    )
    created = models.DateTimeField(pgettext_lazy("enquiry", "received"), default=timezone.now)
    updated = models.DateTimeField(_("last changed"), auto_now=True)
    answered_at = models.DateTimeField(_("answered on"), null=True, blank=True)
    editors_notified_at = models.DateTimeField(_("editors e-mailed on"), null=True, blank=True)
    buyer_confirmed_at = models.DateTimeField(_("buyer e-mailed on"), null=True, blank=True)
    mail_error = models.CharField(_("last e-mail problem"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("trade enquiry")
        verbose_name_plural = _("trade enquiries")
        ordering = ["-created"]
        indexes = [models.Index(fields=["village", "status", "-created"])]

    def __str__(self):
        return f"{self.company} – {self.page_title}"[:120]

    def save(self, *args, **kwargs):
        if self.status == self.Status.ANSWERED and self.answered_at is None:
            self.answered_at = timezone.now()
        super().save(*args, **kwargs)

    @property
    def country_name(self):
        return country_name(self.country)

    @property
    def mail_pending(self):
        """Whether an e-mail still has to go out (the admin offers to send it again)."""
        return self.editors_notified_at is None or self.buyer_confirmed_at is None
