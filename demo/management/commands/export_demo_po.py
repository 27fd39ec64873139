"""``manage.py export_demo_po``: write the demo's PO files from the built demo, for translators.

After a source author adds a page, changes Vietnamese text or adds a language, this writes
each PO file as wagtail-localize's own ``Translation.export_po()`` gives it for the page as
built now: every current segment, with the translations the existing file already has. An
entry whose Vietnamese text or context is gone stays at the end as an obsolete entry
(``#~``), so the translator can reuse it. Run ``load_demo`` first (on a fresh database
after changing a YAML file). Workflow: docs/demo-content.md.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from demo import sources
from demo.translate import built_source, read_po

HEADER = "Translations of demo/content/{path}.yaml ({language})."


def po_file(item, translation, old):
    """The PO file of ``translation``, keeping ``old``'s translations and obsolete entries."""
    if old is not None:
        translation.import_po(old, tool_name="demo/content")
    exported = translation.export_po()
    po = type(exported)(wrapwidth=0)
    po.header = HEADER.format(
        path=item.relative_path, language=translation.target_locale.language_code
    )
    po.metadata = {
        "Project-Id-Version": "hanoi-craft-villages demo",
        "Language": translation.target_locale.language_code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Transfer-Encoding": "8bit",
    }
    current = [entry for entry in exported if not entry.obsolete]
    for entry in current:
        entry.occurrences = []
        po.append(entry)
    keys = {(entry.msgctxt, entry.msgid) for entry in current}
    for entry in old or []:
        if entry.msgstr and (entry.msgctxt, entry.msgid) not in keys:
            entry.obsolete = True
            po.append(entry)
    return po


class Command(BaseCommand):
    help = "Write demo/content/locale PO files from the built demo (new pages, changed text)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--language",
            action="append",
            default=[],
            help="Also write files for this language (a new translation); may repeat.",
        )
        parser.add_argument(
            "paths",
            nargs="*",
            help="Only these items, as in site.yaml's folders: pages/villages/bat-trang",
        )

    def handle(self, *args, paths, language, **options):
        items = sources.all_items()
        if paths:
            items = [item for item in items if item.relative_path in paths]
            unknown = set(paths) - {item.relative_path for item in items}
            if unknown:
                raise CommandError(f"not in demo/content/site.yaml: {', '.join(sorted(unknown))}")
        for code in language:
            if not Locale.objects.filter(language_code=code).exists():
                raise CommandError(f"no locale {code!r}: add it to demo.builder.LANGUAGES")
        written = 0
        for item in items:
            instance = built_source(item)
            if instance is None:
                raise CommandError(f"{item.label} is not built yet: run load_demo first")
            files = item.po_files()
            for code in language:
                files.setdefault(code, sources.LOCALE_DIR / code / f"{item.relative_path}.po")
            for code, path in files.items():
                self.write(item, instance, code, path)
                written += 1
        self.stdout.write(f"{written} PO files written under {sources.LOCALE_DIR}")

    def write(self, item, instance, code, path):
        old = read_po(path) if path.is_file() else None
        # The export goes through the database (import, then export): roll it back so
        # writing files never changes the site.
        with transaction.atomic():
            source, _created = TranslationSource.update_or_create_from_instance(instance)
            translation, _created = Translation.objects.get_or_create(
                source=source, target_locale=Locale.objects.get(language_code=code)
            )
            po = po_file(item, translation, old)
            transaction.set_rollback(True)
        path.parent.mkdir(parents=True, exist_ok=True)
        po.save(str(path))
