from django.core.management.base import BaseCommand

from core.statistics import analyze
from search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the site search index (search.SearchEntry) from every page."

    def handle(self, *args, **options):
        count = rebuild()
        # A rebuild writes every row: the planner's picture of the tables is refreshed with it.
        analyze()
        self.stdout.write(f"search index: {count} pages")
