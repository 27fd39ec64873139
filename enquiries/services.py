"""An enquiry's way in: what it is about, its translation, its e-mails, the limits on sending.

Each step after saving may fail without losing the enquiry: the translator
(enquiries.translators) and the mail server. A failed e-mail is recorded on
the enquiry and sent again from the inbox ("Send the e-mails again").
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core import rate_limits
from core.mail import admin_language, editors_of, mail_is_configured
from products.models import ProducerPage, ProductPage

from .translators import translate_enquiry

logger = logging.getLogger(__name__)


def enquiries_per_client():
    return getattr(settings, "ENQUIRIES_PER_CLIENT", 5)


def enquiries_per_page():
    return getattr(settings, "ENQUIRIES_PER_PAGE", 30)


def window():
    return getattr(settings, "ENQUIRY_WINDOW", timedelta(hours=1))


def counters(request, page):
    """Cache key → limit: the client's enquiries, and the page's (many clients together)."""
    return {
        f"enquiry:client:{rate_limits.client_key(request)}": enquiries_per_client(),
        f"enquiry:page:{page.translation_key}": enquiries_per_page(),
    }


def is_limited(keys):
    return rate_limits.is_over(keys, "Enquiries")


def count(keys):
    rate_limits.count(keys, window(), "Enquiries")


def source_version(page):
    """The page in Vietnamese (the source language), else the page itself."""
    source = page.get_translation_or_none(Locale.get_default())
    return source.specific if source is not None else page


def subject_of(page):
    """``(product, producer, village)`` an enquiry from ``page`` is about, in its language."""
    if isinstance(page, ProductPage):
        producer = page.get_parent().specific
        return page, producer, producer.get_parent().specific
    if isinstance(page, ProducerPage):
        return None, page, page.get_parent().specific
    raise ValueError(f"No enquiries about {type(page).__name__} pages.")


def receive(form, page, request):
    """Save the enquiry from a valid form, translated where possible, then e-mail about it."""
    product, producer, village = subject_of(page)
    enquiry = form.save(commit=False)
    enquiry.page = page
    enquiry.page_title = page.title[:255]
    enquiry.page_url = page.get_full_url(request)[:500]
    enquiry.product = source_version(product) if product else None
    enquiry.producer = source_version(producer)
    enquiry.village = source_version(village)
    enquiry.producer_name = producer.vietnamese_name[:255]
    enquiry.village_name = village.vietnamese_name[:100]
    enquiry.language = translation.get_language()
    translate_enquiry(enquiry)
    enquiry.save()
    send_mails(enquiry)
    return enquiry


def send_mails(enquiry):
    """Send what has not gone out yet; record what went and the last problem. Never raises."""
    problems = []
    if not mail_is_configured():
        problems.append("E-mail is not set up on this site (EMAIL_URL or EMAIL_HOST).")
    else:
        if enquiry.editors_notified_at is None:
            try:
                if notify_editors(enquiry):
                    enquiry.editors_notified_at = timezone.now()
                else:
                    problems.append("No editor of this village has an e-mail address.")
            except Exception as error:  # the mail server's problem, not the buyer's
                logger.exception("Enquiry %s: the editors could not be e-mailed.", enquiry.pk)
                problems.append(f"Editors: {error}")
        if enquiry.buyer_confirmed_at is None:
            try:
                confirm_to_buyer(enquiry)
                enquiry.buyer_confirmed_at = timezone.now()
            except Exception as error:
                logger.exception("Enquiry %s: the buyer could not be e-mailed.", enquiry.pk)
                problems.append(f"Buyer: {error}")
    enquiry.mail_error = "; ".join(problems)[:255]
    enquiry.save(update_fields=["editors_notified_at", "buyer_confirmed_at", "mail_error"])
    return not problems


def inbox_url(enquiry):
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    return f"{base}{reverse('enquiries:inspect', args=[enquiry.pk])}"


def notify_editors(enquiry):
    """E-mail the village's editors, each in their admin language. The number sent."""
    if enquiry.village is None:
        return 0
    sent = 0
    for user in editors_of(enquiry.village):
        with translation.override(admin_language(user)):
            subject = _("Trade enquiry from %(company)s about “%(title)s”") % {
                "company": enquiry.company[:60],
                "title": enquiry.page_title[:80],
            }
            body = render_to_string(
                "enquiries/email/notify.txt",
                {"enquiry": enquiry, "inbox_url": inbox_url(enquiry)},
            )
        message = EmailMessage(
            subject.replace("\n", " "), body, to=[user.email], reply_to=[enquiry.email]
        )
        sent += message.send()
    return sent


def confirm_to_buyer(enquiry):
    """Tell the buyer, in the language they wrote in, that their enquiry arrived."""
    with translation.override(enquiry.language):
        subject = _("We have received your enquiry about “%(title)s”") % {
            "title": enquiry.page_title[:80]
        }
        body = render_to_string("enquiries/email/confirm.txt", {"enquiry": enquiry})
    EmailMessage(subject.replace("\n", " "), body, to=[enquiry.email]).send()


def resend(enquiry):
    """The inbox's "Send the e-mails again": only those that have not gone out."""
    return send_mails(enquiry)
