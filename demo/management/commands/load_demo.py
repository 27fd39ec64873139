"""``manage.py load_demo``: build (or complete) the multilingual demo site. Safe to re-run."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db.models import Count
from wagtail.images.models import Image
from wagtail.models import Locale, Page
from wagtail.signal_handlers import disable_reference_index_auto_update

from demo.builder import DemoBuilder
from demo.illustrations import COLLECTION_NAME
from search import indexing as search_indexing
from villages.models import Craft


class Command(BaseCommand):
    help = "Build the demo site (six languages) from demo/content; a second run changes nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--skip-renditions",
            action="store_true",
            help="Do not make the image renditions now (they are made on first view); "
            "the test suite uses this.",
        )

    def handle(self, *args, **options):
        builder = DemoBuilder(log=self.log, warn=self.warn)
        # Every page is saved several times on its way to six published
        # languages; indexing its references once at the end, rather than on
        # each save, takes a fifth off the build.
        # The search index likewise (search/indexing.py), rebuilt once below.
        with disable_reference_index_auto_update(), search_indexing.paused():
            builder.run()
        if builder.created:
            call_command("rebuild_references_index", verbosity=0)
        call_command("rebuild_search_index", stdout=self.stdout, stderr=self.stderr)
        for line in builder.created:
            self.log(f"created {line}")
        if not builder.created:
            self.log("nothing to do: the demo content is already complete")
        # The editorial groups and review workflows, for the villages just built.
        call_command("setup_roles", stdout=self.stdout, stderr=self.stderr)
        # The craft and place terms translators see beside their work (glossary/).
        call_command("load_glossary", stdout=self.stdout, stderr=self.stderr)
        # The renditions the templates use, so no visitor's first view waits for them.
        if not options["skip_renditions"]:
            call_command("warm_renditions", stdout=self.stdout, stderr=self.stderr)
        # The open-data package of what was just built (rewritten only if it changed).
        call_command("build_open_data", stdout=self.stdout, stderr=self.stderr)
        self.print_summary()

    def log(self, message):
        self.stdout.write(message)

    def warn(self, message):
        self.stderr.write(self.style.WARNING(f"warning: {message}"))

    def print_summary(self):
        self.stdout.write(self.style.MIGRATE_HEADING("Demo content"))
        pages = Page.objects.exclude(depth=1)
        live = dict(
            pages.filter(live=True, alias_of__isnull=True)
            .order_by()  # Page orders by path, which would split the groups
            .values_list("locale__language_code")
            .annotate(n=Count("id"))
        )
        crafts = dict(
            Craft.objects.order_by().values_list("locale__language_code").annotate(n=Count("id"))
        )
        for code in Locale.objects.order_by("id").values_list("language_code", flat=True):
            self.stdout.write(
                f"  {code}: {live.get(code, 0):3} live pages, {crafts.get(code, 0):2} crafts"
            )
        aliases = pages.filter(alias_of__isnull=False).count()
        images = Image.objects.filter(collection__name=COLLECTION_NAME).count()
        self.stdout.write(f"  alias pages: {aliases}; illustrations: {images}")
