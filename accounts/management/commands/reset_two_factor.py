"""An administrator's answer to a lost phone: remove a user's second factor.

The user signs in with their password next time and, if their groups require
it, enrols a new authenticator at once. Their recovery codes go too.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.services import reset_second_factor, signed_in_fully


class Command(BaseCommand):
    help = "Remove every two-factor device (authenticator, recovery codes) of one user."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user_model = get_user_model()
        try:
            user = user_model.objects.get(**{user_model.USERNAME_FIELD: username})
        except user_model.DoesNotExist as error:
            raise CommandError(f"No user “{username}”.") from error
        removed = reset_second_factor(user)
        # A lockout from wrong codes would keep them out of the new enrolment.
        signed_in_fully(user)
        self.stdout.write(
            self.style.SUCCESS(
                f"Removed {removed} device(s) of “{username}”; they will enrol again "
                "at their next sign-in."
            )
        )
