"""Helpers for tests that sign editors in with their second factor."""

import time

from django.contrib.auth.models import Group, Permission
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import GroupPagePermission, Page

PASSWORD = "kiln-fire-4821"


def publisher(username="publisher", **kwargs):
    """An editor in a group that may publish every page, with admin access."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(
        username, email=f"{username}@example.org", password=PASSWORD, **kwargs
    )
    group, _created = Group.objects.get_or_create(name="Publishers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    root = Page.get_first_root_node()
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=Permission.objects.get(codename=codename)
        )
    user.groups.add(group)
    return user


def writer(username="writer"):
    """An editor who may edit but not publish: two-factor is their choice."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(
        username, email=f"{username}@example.org", password=PASSWORD
    )
    group, _created = Group.objects.get_or_create(name="Writers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    root = Page.get_first_root_node()
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=Permission.objects.get(codename=codename)
        )
    user.groups.add(group)
    return user


def authenticator(user):
    return TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)


def current_code(device, offset=0):
    """The code the user's app shows now (``offset`` steps later or earlier)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + offset * device.step
    return f"{totp.token():0{device.digits}d}"
