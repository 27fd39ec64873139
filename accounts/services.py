"""Second-factor devices of one user: confirm, recovery codes, reset."""

from base64 import b32encode

import segno
from axes.utils import reset as reset_lockout
from django.db import transaction
from django.utils.translation import gettext
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .policy import second_factor_required

RECOVERY_CODE_COUNT = 10
AUTHENTICATOR_NAME = "authenticator"
RECOVERY_NAME = "recovery"


def pending_authenticator(user):
    """The unconfirmed authenticator this user is enrolling, created on first use."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)
    return device


def authenticator_secret(device):
    """The key in the base32 form apps accept when typed in."""
    return b32encode(device.bin_key).decode("ascii")


def authenticator_qr_svg(device):
    """The otpauth:// URL as inline SVG (no image request, nothing leaves the page)."""
    title = gettext("QR code to scan with your authenticator app")
    return segno.make(device.config_url, error="m").svg_inline(scale=5, border=2, title=title)


@transaction.atomic
def confirm_authenticator(device):
    """Make ``device`` the user's one authenticator (it replaces an old phone's)."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()


@transaction.atomic
def issue_recovery_codes(user):
    """New single-use recovery codes; the old ones stop working."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def matching_device(user, code):
    """The user's confirmed device that accepts ``code``, or None.

    Each device counts its own failures and slows down guessing
    (django-otp's throttling), and a TOTP code is accepted once only.
    """
    with transaction.atomic():
        for device in devices_for_user(user, for_verify=True):
            if device.verify_token(code):
                return device
    return None


def signed_in_fully(user):
    """The whole sign-in succeeded: forget the failures (django-axes)."""
    reset_lockout(username=user.get_username())


def password_sign_in_done(sender, request, user, **kwargs):
    """A password sign-in that needs no second factor is a whole sign-in."""
    if not second_factor_required(user):
        signed_in_fully(user)


@transaction.atomic
def reset_second_factor(user):
    """Remove every device of ``user`` (lost phone); returns how many."""
    removed = 0
    for device in devices_for_user(user, confirmed=None):
        device.delete()
        removed += 1
    return removed
