"""The demo content files: readable YAML sources and PO translations that standard tools accept.

These read the files only (no database): what they check holds before anything is built.
That each PO entry still matches a segment of its built source page is checked on the
built demo, in test_load_demo.py.
"""

import shutil
import subprocess
import uuid

import polib
import yaml
from django.test import SimpleTestCase

from demo import sources

MSGFMT = shutil.which("msgfmt")  # GNU gettext, which compilemessages needs as well


def po_items():
    """(item, language, PO file) for every translation file of the manifest's items."""
    return [
        (item, language, path)
        for item in sources.all_items()
        for language, path in item.po_files().items()
    ]


def list_ids(value):
    """The ids of every block and list item in a YAML structure (at any depth)."""
    if isinstance(value, dict):
        found = [value["id"]] if "id" in value else []
        for child in value.values():
            found += list_ids(child)
        return found
    if isinstance(value, list):
        return [found for child in value for found in list_ids(child)]
    return []


class ContentFilesTests(SimpleTestCase):
    def test_every_listed_item_has_its_file_and_every_file_is_listed(self):
        listed = {item.path for item in sources.all_items()}
        on_disk = {path for path in sources.CONTENT_DIR.rglob("*.yaml") if path != sources.MANIFEST}
        self.assertEqual(sorted(on_disk - listed), [])
        self.assertEqual(sorted(listed - on_disk), [])
        items = {item.relative_path for item in sources.all_items()}
        orphans = []
        for path in sources.LOCALE_DIR.rglob("*.po"):
            _language, *folders = path.relative_to(sources.LOCALE_DIR).with_suffix("").parts
            if "/".join(folders) not in items:
                orphans.append(path)
        self.assertEqual(orphans, [])

    def test_content_is_data_files_only_with_vietnamese_source_text(self):
        others = [
            path.relative_to(sources.CONTENT_DIR).as_posix()
            for path in sources.CONTENT_DIR.rglob("*")
            if path.is_file() and path.suffix not in (".yaml", ".po")
        ]
        self.assertEqual(others, [], "demo/content holds YAML and PO files only")
        for item in sources.all_items():
            with self.subTest(item=item.label):
                # No per-language text next to the source: translations live in PO files.
                self.assertNotIn("text", item.data)
                self.assertTrue(item.data.get("title") or item.data.get("name") or item.slug)

    def test_every_block_and_list_item_has_a_unique_uuid_id(self):
        for item in sources.all_items():
            with self.subTest(item=item.label):
                ids = list_ids(item.data)
                self.assertEqual(len(ids), len(set(ids)), "an id is used twice")
                for value in ids:
                    uuid.UUID(str(value))  # raises on anything else

    def test_po_files_are_valid_for_msgfmt_and_polib(self):
        self.assertIsNotNone(MSGFMT, "GNU gettext's msgfmt is needed (compilemessages too)")
        for _item, language, path in po_items():
            with self.subTest(po=str(path.relative_to(sources.CONTENT_DIR))):
                result = subprocess.run(  # noqa: S603 (a fixed tool on our own files)
                    [MSGFMT, "--check-format", "-o", "/dev/null", str(path)],
                    capture_output=True,
                    text=True,
                    check=False,
                )
                self.assertEqual(result.returncode, 0, result.stderr)
                po = polib.pofile(str(path))
                self.assertEqual(po.metadata.get("Language"), language)
                self.assertGreater(len(po), 0)

    def test_every_entry_names_its_context_once_so_nothing_pairs_by_position(self):
        for _item, _language, path in po_items():
            with self.subTest(po=str(path.relative_to(sources.CONTENT_DIR))):
                entries = [entry for entry in polib.pofile(str(path)) if not entry.obsolete]
                keys = [(entry.msgctxt, entry.msgid) for entry in entries]
                self.assertTrue(all(context and msgid for context, msgid in keys))
                self.assertEqual(len(keys), len(set(keys)))

    def test_source_files_are_plain_yaml(self):
        # The builder uses libyaml's loader when present; the pure-Python one reads the same.
        for item in sources.all_items():
            with self.subTest(item=item.label):
                text = item.path.read_text(encoding="utf-8")
                self.assertEqual(yaml.safe_load(text), item.data)
