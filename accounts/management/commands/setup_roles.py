"""``manage.py setup_roles``: the editorial groups, collections and workflows (docs/roles.md).

Safe to re-run: it adds what is missing and changes nothing else. Run it again
after adding a village or a language.
"""

from django.core.management.base import BaseCommand

from accounts.roles import setup_roles


class Command(BaseCommand):
    help = "Create the village editor, reviewer and translator groups and the review workflows."

    def handle(self, *args, **options):
        report = setup_roles()
        for line in report.created:
            self.stdout.write(f"created {line}")
        if not report.created:
            self.stdout.write("roles: nothing to do, every group and workflow is in place")
