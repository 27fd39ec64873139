"""Create the local admin account once, and say how to log in.

``make run`` calls this on every start, so it must change nothing the second
time. It prints a password only when it knows it is right: one it was given in
DJANGO_SUPERUSER_PASSWORD, or one it generated and keeps in a git-ignored
file, and in both cases only while the account still accepts it.
"""

import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

# The variable Django's own `createsuperuser --noinput` reads (a name, not a secret).
PASSWORD_VARIABLE = "DJANGO_SUPERUSER_PASSWORD"  # noqa: S105


class Command(BaseCommand):
    help = "Create the admin superuser if it is missing and print the login."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin", help="Account name (default: admin).")
        parser.add_argument(
            "--password-file",
            default=str(Path(settings.BASE_DIR) / ".admin-password"),
            help="Where a generated password is kept (git-ignored; default: .admin-password).",
        )

    def handle(self, *args, username, password_file, **options):
        password_file = Path(password_file)
        env_password = os.environ.get(PASSWORD_VARIABLE) or None
        stored_password = self.read_password(password_file)
        user_model = get_user_model()

        with transaction.atomic():
            user = user_model.objects.filter(**{user_model.USERNAME_FIELD: username}).first()
            if user is None:
                password = env_password or stored_password
                if password is None:
                    password = secrets.token_urlsafe(12)
                    self.write_password(password_file, password)
                user_model.objects.create_superuser(username=username, email="", password=password)
                self.stdout.write(self.style.SUCCESS(f"Created the superuser “{username}”."))
            else:
                # Never reset an existing account: an editor may have changed the password.
                password = next(
                    (
                        candidate
                        for candidate in (env_password, stored_password)
                        if candidate and user.check_password(candidate)
                    ),
                    None,
                )
                if env_password and password != env_password:
                    self.stderr.write(
                        f"${PASSWORD_VARIABLE} is set, but “{username}” already exists with "
                        "another password; the account was left unchanged."
                    )

        self.print_login(username, password, password_file)

    def print_login(self, username, password, password_file):
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/"
        if password is None:
            password_line = (
                f"(not shown: it is neither ${PASSWORD_VARIABLE} nor the one in "
                f"{password_file.name}; reset it with `manage.py changepassword {username}`)"
            )
        else:
            password_line = password
        width = 64
        self.stdout.write("")
        self.stdout.write("=" * width)
        self.stdout.write(self.style.SUCCESS("  Wagtail admin login"))
        self.stdout.write(f"  URL:      {url}")
        self.stdout.write(f"  Username: {username}")
        self.stdout.write(f"  Password: {password_line}")
        self.stdout.write("=" * width)
        self.stdout.write("")

    @staticmethod
    def read_password(path):
        try:
            return path.read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None

    @staticmethod
    def write_password(path, password):
        # Readable by the owner only: it is a real credential on a shared machine.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(password + "\n")
