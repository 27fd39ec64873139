"""Outgoing mail shared by the apps that write to editors (feedback, enquiries)."""

from django.conf import settings
from wagtail.permission_policies.pages import PagePermissionPolicy

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


def mail_is_configured():
    """Whether outgoing mail goes anywhere (tourism_site/settings/mail.py).

    Production without ``EMAIL_URL``/``EMAIL_HOST`` keeps Django's default
    SMTP backend on localhost, where nothing listens.
    """
    if getattr(settings, "EMAIL_SETTINGS", None) is not None:
        return bool(settings.EMAIL_SETTINGS)
    return settings.EMAIL_BACKEND != SMTP_BACKEND or settings.EMAIL_HOST != "localhost"


def editors_of(page):
    """Active users who may edit ``page`` (Wagtail's page permissions), with an e-mail address."""
    users = PagePermissionPolicy().users_with_permission_for_instance("change", page)
    return users.exclude(email="")


def admin_language(user):
    """The language ``user`` reads the admin in (their Wagtail profile), else the site's."""
    profile = getattr(user, "wagtail_userprofile", None)
    return getattr(profile, "preferred_language", "") or settings.LANGUAGE_CODE
