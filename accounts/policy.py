"""Who must sign in with a second factor: the one place that decides it.

Superusers, and every member of a group that may publish pages, must
(``TWO_FACTOR_REQUIRED``); everyone else who reaches the admin may opt in, and
once they have a device it is asked for at every sign-in.
"""

from django.conf import settings
from django_otp import user_has_device
from wagtail.models import GroupPagePermission


def may_publish(user):
    if user.is_superuser:
        return True
    return GroupPagePermission.objects.filter(
        group__user=user, permission__codename="publish_page"
    ).exists()


def can_reach_admin(user):
    return user.is_active and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


def second_factor_required(user):
    """Whether ``user`` may not use the admin without a verified second factor."""
    if not user.is_authenticated or not can_reach_admin(user):
        return False
    if user_has_device(user, confirmed=True):
        return True
    return settings.TWO_FACTOR_REQUIRED and may_publish(user)
