"""Demo translations go in through wagtail-localize's own PO import, matched by context and text.

``demo.translate.translate`` is what ``load_demo`` runs for every page and snippet; here it
runs on one craft and one page with PO files written the way the demo's are.
"""

import shutil
import tempfile
from io import StringIO
from pathlib import Path
from unittest import mock

import polib
from django.core.management import call_command
from django.test import TestCase, override_settings
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from demo import sources
from demo.translate import translate
from stories.factories import StoryIndexPageFactory
from tests.utils import create_locales, create_vi_home
from villages.factories import CraftFactory


class PoImportTests(TestCase):
    def write_po(self, entries, language):
        """A PO file of (msgctxt, msgid, msgstr) entries, in the demo's header format."""
        po = polib.POFile()
        po.metadata = {"Language": language, "Content-Type": "text/plain; charset=utf-8"}
        for context, msgid, msgstr in entries:
            po.append(polib.POEntry(msgctxt=context, msgid=msgid, msgstr=msgstr))
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        path = Path(folder.name) / f"{language}.po"
        po.save(str(path))
        return path

    def setUp(self):
        create_locales()
        self.warnings = []
        (self.item,) = [item for item in sources.items("crafts") if item.slug == "ceramics"]
        data = self.item.data
        self.craft = CraftFactory(
            slug=data["slug"], name=data["name"], description=data["description"]
        )
        self.french = Locale.objects.get(language_code="fr")

    def translate(self, path, language="fr"):
        with self.captureOnCommitCallbacks(execute=True):
            return translate(
                self.craft, {language: path}, label=self.item.label, warn=self.warnings.append
            )

    def test_the_demo_po_file_translates_the_craft_through_wagtail_localize(self):
        path = self.item.po_files()["fr"]
        expected = {entry.msgctxt: entry.msgstr for entry in polib.pofile(str(path))}

        self.assertEqual(self.translate(path), ["fr"])

        french = self.craft.get_translation(self.french)
        self.assertEqual(
            (french.name, french.description), (expected["name"], expected["description"])
        )
        self.assertEqual(self.warnings, [])

    def test_entries_match_by_context_and_text_whatever_their_order(self):
        entries = [
            ("description", self.item.data["description"], "Description en français"),
            ("name", self.item.data["name"], "Céramique"),
        ]

        self.translate(self.write_po(entries, "fr"))

        french = self.craft.get_translation(self.french)
        self.assertEqual(
            (french.name, french.description), ("Céramique", "Description en français")
        )

    def test_a_changed_vietnamese_source_shows_up_as_stale_not_mismatched(self):
        entries = [
            ("name", self.item.data["name"], "Céramique"),
            ("description", "Một mô tả cũ đã bị sửa.", "Une ancienne description."),
        ]

        self.translate(self.write_po(entries, "fr"))

        french = self.craft.get_translation(self.french)
        self.assertEqual(french.name, "Céramique")
        # The old translation is not applied to the new text: Vietnamese until retranslated.
        self.assertEqual(french.description, self.item.data["description"])
        self.assertEqual(len(self.warnings), 2)
        self.assertIn("stale entry 'description'", self.warnings[0])
        self.assertIn("untranslated 'description'", self.warnings[1])

    def test_a_second_run_leaves_an_existing_translation_alone(self):
        path = self.item.po_files()["fr"]
        self.translate(path)

        self.assertEqual(self.translate(path), [])

    @override_settings(WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE=False)
    def test_a_translated_page_is_published_whatever_the_live_status_setting(self):
        home = create_vi_home()
        index = StoryIndexPageFactory(parent=home, title="Câu chuyện", slug="stories")
        source, _created = TranslationSource.get_or_create_from_instance(index)
        # wagtail-localize's own export is the template of a demo PO file.
        po = source.export_po()
        translated = {"title": "Stories", "slug": "stories"}
        entries = [
            (entry.msgctxt, entry.msgid, translated.get(entry.msgctxt, f"{entry.msgid} (en)"))
            for entry in po
        ]

        with self.captureOnCommitCallbacks(execute=True):
            done = translate(
                index, {"en": self.write_po(entries, "en")}, label="x", warn=self.warnings.append
            )

        self.assertEqual(done, ["en"])
        english = index.get_translation(Locale.objects.get(language_code="en")).specific
        self.assertEqual(english.title, "Stories")
        self.assertTrue(english.live)
        self.assertFalse(english.has_unpublished_changes)
        self.assertEqual(self.warnings, [])


class ExportDemoPoTests(TestCase):
    """``export_demo_po`` writes what wagtail-localize exports, keeping existing translations."""

    def setUp(self):
        create_locales()
        (self.item,) = [item for item in sources.items("crafts") if item.slug == "ceramics"]
        self.craft = CraftFactory(
            slug="ceramics", name=self.item.data["name"], description=self.item.data["description"]
        )
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.locale_dir = Path(folder.name)
        self.french_file = self.locale_dir / "fr" / "snippets" / "crafts" / "ceramics.po"
        self.french_file.parent.mkdir(parents=True)
        shutil.copy(self.item.po_files()["fr"], self.french_file)

    def export(self, *args):
        with mock.patch.object(sources, "LOCALE_DIR", self.locale_dir):
            call_command("export_demo_po", "snippets/crafts/ceramics", *args, stdout=StringIO())

    def test_the_committed_file_is_exactly_what_the_export_writes(self):
        self.export()

        committed = self.item.po_files()["fr"].read_text(encoding="utf-8")
        self.assertEqual(self.french_file.read_text(encoding="utf-8"), committed)

    def test_a_new_language_gets_every_segment_to_translate(self):
        self.export("--language", "ko")

        entries = polib.pofile(str(self.locale_dir / "ko" / "snippets" / "crafts" / "ceramics.po"))
        self.assertEqual(
            [(entry.msgctxt, entry.msgid, entry.msgstr) for entry in entries],
            [
                ("name", self.item.data["name"], ""),
                ("description", self.item.data["description"], ""),
            ],
        )

    def test_changed_vietnamese_text_leaves_the_old_translation_as_obsolete(self):
        old = {entry.msgctxt: entry.msgstr for entry in polib.pofile(str(self.french_file))}
        self.craft.description = "Gốm men lam và men rạn của làng Bát Tràng."
        self.craft.save()

        self.export()

        po = polib.pofile(str(self.french_file))
        current = {entry.msgctxt: (entry.msgid, entry.msgstr) for entry in po.translated_entries()}
        self.assertEqual(current, {"name": (self.item.data["name"], old["name"])})
        (untranslated,) = po.untranslated_entries()
        self.assertEqual(untranslated.msgid, "Gốm men lam và men rạn của làng Bát Tràng.")
        (obsolete,) = po.obsolete_entries()
        self.assertEqual(
            (obsolete.msgctxt, obsolete.msgid, obsolete.msgstr),
            ("description", self.item.data["description"], old["description"]),
        )
