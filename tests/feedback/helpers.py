from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission


def editor_of(page, username, email=""):
    """A user whose group may edit ``page`` and the pages under it, and use the admin."""
    group = Group.objects.create(name=f"Editors of {page.pk} ({username})")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=page, permission=Permission.objects.get(codename="change_page")
    )
    user = get_user_model().objects.create_user(username=username, password="x", email=email)  # noqa: S106
    user.groups.add(group)
    return user
