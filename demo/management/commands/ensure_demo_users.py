"""``manage.py ensure_demo_users``: one account per editorial role, for trying the admin locally.

Development only: the command refuses unless ``DEMO_USERS_ENABLED`` is on,
which only the development settings do, so no production database ever gets
accounts with a shared, printed password. ``make run`` calls it after
``ensure_admin`` and it follows the same rules: it never resets an existing
account, and prints the password only while the accounts still accept it (the
one in ``DEMO_USERS_PASSWORD``, or one it generated and keeps, owner-only, in
the git-ignored ``.demo-password``). Every account's admin is in Vietnamese.
"""

import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.users.models import UserProfile

from accounts import roles
from core.management.commands.ensure_admin import Command as EnsureAdmin
from villages.models import VillagePage

PASSWORD_VARIABLE = "DEMO_USERS_PASSWORD"  # noqa: S105 - a variable's name
ADMIN_LANGUAGE = "vi"


def demo_accounts():
    """``[(username, group name, what the role does)]`` for the groups that exist."""
    accounts = [("reviewer", roles.REVIEWERS, "reviews and publishes everything")]
    villages = VillagePage.objects.filter(
        locale__language_code=roles.SOURCE_LANGUAGE, alias_of=None
    ).order_by("path")
    for village in villages:
        accounts.append(
            (f"editor-{village.slug}", roles.village_editors_name(village), "edits, submits")
        )
    for code, language in roles.LANGUAGE_NAMES.items():
        accounts.append(
            (
                f"translator-{code}",
                roles.TRANSLATORS % {"language": language},
                f"edits the {code} tree, submits",
            )
        )
    existing = set(Group.objects.values_list("name", flat=True))
    return [account for account in accounts if account[1] in existing]


class Command(BaseCommand):
    help = "Development only: create one account per editorial role and print the logins."

    def add_arguments(self, parser):
        parser.add_argument(
            "--password-file",
            default=str(Path(settings.BASE_DIR) / ".demo-password"),
            help="Where a generated password is kept (git-ignored; default: .demo-password).",
        )

    def handle(self, *args, password_file, **options):
        if not getattr(settings, "DEMO_USERS_ENABLED", False):
            raise CommandError(
                "Demo accounts are for development only (DEMO_USERS_ENABLED is off)."
            )
        password_file = Path(password_file)
        password = os.environ.get(PASSWORD_VARIABLE) or EnsureAdmin.read_password(password_file)
        if password is None:
            password = secrets.token_urlsafe(12)
            EnsureAdmin.write_password(password_file, password)
        user_model = get_user_model()
        rows = []
        with transaction.atomic():
            for username, group_name, role in demo_accounts():
                user = user_model.objects.filter(username=username).first()
                if user is None:
                    # An address on the reserved example.org domain, so that the e-mails
                    # editors receive (trade enquiries, fact reports) show in the console.
                    user = user_model.objects.create_user(
                        username=username, password=password, email=f"{username}@example.org"
                    )
                    user.groups.add(Group.objects.get(name=group_name))
                    profile = UserProfile.get_for_user(user)
                    profile.preferred_language = ADMIN_LANGUAGE
                    profile.save()
                    self.stdout.write(f"created the demo account {username}")
                # Never reset an existing account: someone may have changed its password.
                shown = password if user.check_password(password) else "(changed: not shown)"
                rows.append((username, shown, f"{group_name} ({role})"))
        self.print_logins(rows)

    def print_logins(self, rows):
        if not rows:
            self.stdout.write("No demo accounts: run `manage.py setup_roles` first.")
            return
        width = 64
        self.stdout.write("=" * width)
        self.stdout.write(self.style.SUCCESS("  Demo accounts, one per role (development only)"))
        for username, password, role in rows:
            self.stdout.write(f"  {username:<22} {password:<18} {role}")
        self.stdout.write("=" * width)
        self.stdout.write("")
