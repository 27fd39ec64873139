"""Error reporting: who hears about a 500, by e-mail (``ADMINS``) and Sentry.

Imported by the settings, so it imports nothing of Django's that needs them.
See docs/operations.md.
"""

from email.utils import getaddresses, parseaddr

from django.core.exceptions import ImproperlyConfigured


def parse_admins(value):
    """``"Ana <ana@example.org>, ops@example.org"`` → Django's ``ADMINS`` pairs.

    Refuses an entry that is not an address, so that a typo shows at start-up
    rather than as a 500 that nobody hears about.
    """
    admins = []
    for name, address in getaddresses([value]):
        if not address:
            continue
        if "@" not in address or parseaddr(address)[1] != address:
            raise ImproperlyConfigured(f"ADMINS: {address!r} is not an e-mail address.")
        admins.append((name or address, address))
    return admins


def is_not_outage_record(record):
    """False for the 503s a database outage logs once per request (see LOGGING)."""
    return getattr(record, "status_code", None) != 503


def init_sentry(dsn, *, environment, release=None, traces_sample_rate=0.0, transport=None):
    """Start sentry-sdk with its Django integration, sending no personal data.

    ``send_default_pii=False`` keeps out cookies, the user's id and e-mail,
    and the client address; request bodies are not sent either. ``transport``
    is for tests (one that records events instead of sending them).
    """
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    options = {}
    if transport is not None:
        options["transport"] = transport
    sentry_sdk.init(
        dsn=dsn,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        max_request_body_size="never",
        environment=environment,
        release=release,
        traces_sample_rate=traces_sample_rate,
        **options,
    )
