"""Outdated-fact reports: the limits on sending them, and who hears of them.

Rate limits count accepted reports (``core.rate_limits``): per client (the
address hashed, never stored) and per page, for ``FACT_REPORT_WINDOW``. If the
cache fails, reports are not limited rather than refused.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.admin.admin_url_finder import AdminURLFinder

from core import rate_limits
from core.mail import admin_language, editors_of, mail_is_configured

logger = logging.getLogger(__name__)


def reports_per_client():
    return getattr(settings, "FACT_REPORTS_PER_CLIENT", 5)


def reports_per_page():
    return getattr(settings, "FACT_REPORTS_PER_PAGE", 20)


def window():
    return getattr(settings, "FACT_REPORT_WINDOW", timedelta(hours=1))


def counters(request, page):
    """Cache key → limit for the client's and the page's reports."""
    return {
        f"fact-report:client:{rate_limits.client_key(request)}": reports_per_client(),
        f"fact-report:page:{page.pk}": reports_per_page(),
    }


def is_limited(keys):
    return rate_limits.is_over(keys, "Fact reports")


def count_report(keys):
    rate_limits.count(keys, window(), "Fact reports")


def notify_editors(report):
    """E-mail the page's editors, each in their admin language; nothing if mail is not set up."""
    if not mail_is_configured():
        return 0
    page = report.page.specific_deferred
    edit_url = AdminURLFinder().get_edit_url(page)
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    sent = 0
    for user in editors_of(page):
        with translation.override(admin_language(user)):
            subject = _("Outdated fact reported on “%(title)s”") % {"title": page.title[:80]}
            body = render_to_string(
                "feedback/email/report.txt",
                {
                    "report": report,
                    "page": page,
                    "language": report.locale.get_display_name(),
                    "edit_url": f"{base}{edit_url}" if edit_url else "",
                    "reports_url": f"{base}{reverse('feedback_reports')}",
                },
            )
        try:
            sent += send_mail(subject, body, None, [user.email])
        except Exception:
            logger.exception("The report could not be e-mailed to an editor.")
    return sent
