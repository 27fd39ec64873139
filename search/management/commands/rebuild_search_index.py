from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the site search index (search.SearchEntry) from every page."

    def handle(self, *args, **options):
        count = rebuild()
        self.stdout.write(f"search index: {count} pages")
