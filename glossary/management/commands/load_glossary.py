"""``manage.py load_glossary``: the seed glossary (glossary/data/terms.yaml) into the database.

Safe to re-run: it only adds terms and translations that are missing, and never
changes what editors have changed (docs/glossary.md).
"""

from django.core.management.base import BaseCommand

from glossary.models import Term
from glossary.services import load_seed


class Command(BaseCommand):
    help = "Load the seed glossary; a second run changes nothing."

    def handle(self, *args, **options):
        terms, translations = load_seed()
        if terms or translations:
            self.stdout.write(
                f"glossary: {terms} terms and {translations} translations created "
                f"({Term.objects.count()} terms in all)"
            )
        else:
            self.stdout.write("glossary: nothing to do")
