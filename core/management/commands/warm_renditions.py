"""``manage.py warm_renditions``: make every image rendition the templates ask for, now.

Wagtail makes a rendition the first time a page shows it, so the first
visitor of each page waits for dozens of AVIF/WebP/JPEG encodings (seconds on
a small server). This command reads the filter specs of every ``{% picture %}``,
``{% srcset_image %}`` and ``{% image %}`` tag in the templates and makes the
missing renditions of every image ahead of time. ``load_demo`` runs it at its
end; run it after uploading images in bulk. Safe to re-run: existing
renditions are kept.
"""

import re
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.template import engines
from django.template.base import smart_split
from wagtail.images import get_image_model
from wagtail.images.models import Filter

IMAGE_TAG = re.compile(r"{%\s*(picture|srcset_image|image)\s+(.*?)\s*%}", re.DOTALL)


def template_files():
    """Every template the project's engines can load (project and app folders)."""
    seen = set()
    for engine in engines.all():
        for loader in engine.engine.template_loaders:
            for folder in loader.get_dirs() if hasattr(loader, "get_dirs") else []:
                folder = Path(folder)
                if not folder.is_dir():
                    continue
                for path in folder.rglob("*.html"):
                    if path not in seen:
                        seen.add(path)
                        yield path


def specs_in(text):
    """The filter specs of each image tag in ``text``, expanded as Wagtail expands them.

    The order of the operations is kept: Wagtail stores a rendition under the
    spec as written (``format-avif|fill-480x300``), so a reordered spec would
    make a rendition no page asks for.
    """
    specs = []
    for _tag, arguments in IMAGE_TAG.findall(text):
        bits = list(smart_split(arguments))[1:]  # the image expression comes first
        operations = []
        for bit in bits:
            if "=" in bit or bit == "as":
                break
            operations.append(bit)
        if operations:
            specs.extend(Filter.expand_spec(operations))
    return specs


def template_specs():
    specs = []
    for path in template_files():
        # Only the project's own templates, not Wagtail's admin.
        if not str(path).startswith(str(settings.BASE_DIR)) or "/.venv/" in str(path):
            continue
        for spec in specs_in(path.read_text(encoding="utf-8")):
            if spec not in specs:
                specs.append(spec)
    return specs


class Command(BaseCommand):
    help = "Make the image renditions the templates use, so no visitor waits for them."

    def add_arguments(self, parser):
        parser.add_argument(
            "--list", action="store_true", help="Only list the filter specs found in templates."
        )

    def handle(self, *args, **options):
        specs = template_specs()
        if options["list"]:
            for spec in specs:
                self.stdout.write(spec)
            return
        Image = get_image_model()
        images = Image.objects.prefetch_related("renditions").order_by("pk")
        started = time.monotonic()
        made = 0
        total = 0
        for image in images:
            existing = {rendition.filter_spec for rendition in image.renditions.all()}
            missing = [spec for spec in specs if spec not in existing]
            total += len(specs)
            if not missing:
                continue
            try:
                image.get_renditions(*missing)
            except (OSError, ValueError) as error:  # a missing or unreadable original
                self.stderr.write(self.style.WARNING(f"warning: image {image.pk}: {error}"))
                continue
            made += len(missing)
        self.stdout.write(
            f"renditions: {made} made, {total - made} already there "
            f"({len(specs)} filter specs from templates × {images.count()} images, "
            f"{time.monotonic() - started:.1f} s)"
        )
