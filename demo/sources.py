"""Read the demo content from disk: one YAML file per page or snippet, one PO file per language.

Why files and not Python: a source author edits readable YAML, and a translator works in any
PO editor on files that wagtail-localize itself imports (``Translation.import_po``). Each
translated string is matched to its source segment by its context (``msgctxt``, the field or
block path) and its Vietnamese text (``msgid``), never by its position. Format and workflow:
docs/demo-content.md.
"""

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import yaml

SOURCE_LANGUAGE = "vi"
CONTENT_DIR = Path(__file__).resolve().parent / "content"
MANIFEST = CONTENT_DIR / "site.yaml"
LOCALE_DIR = CONTENT_DIR / "locale"

# The manifest's kinds and the folders that hold their files.
FOLDERS = {
    "crafts": "snippets/crafts",
    "menus": "snippets/menus",
    "home": "pages/home",
    "indexes": "pages/indexes",
    "villages": "pages/villages",
    "producers": "pages/producers",
    "products": "pages/products",
    "stories": "pages/stories",
    "routes": "pages/routes",
    "events": "pages/events",
    "standard": "pages/standard",
    "opendata": "pages/opendata",
}
# The kinds that are pages (the rest are snippets).
PAGE_KINDS = tuple(kind for kind, folder in FOLDERS.items() if folder.startswith("pages/"))

# libyaml's loader when PyYAML was built with it: the same result, several times faster.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DemoContentError(Exception):
    """The demo data cannot be built as written; the message names the file and the string."""


@dataclass(frozen=True)
class Item:
    """One page or snippet of the demo: its source file and its translations."""

    kind: str
    slug: str

    @property
    def relative_path(self):
        return f"{FOLDERS[self.kind]}/{self.slug}"

    @property
    def path(self):
        return CONTENT_DIR / f"{self.relative_path}.yaml"

    @property
    def label(self):
        return f"{self.relative_path}.yaml"

    @cached_property
    def data(self):
        try:
            with self.path.open(encoding="utf-8") as file:
                data = yaml.load(file, Loader=Loader)  # noqa: S506 (a safe loader)
        except FileNotFoundError as error:
            raise DemoContentError(f"{self.label} is listed in site.yaml but missing") from error
        if not isinstance(data, dict):
            raise DemoContentError(f"{self.label}: expected a mapping of fields")
        return data

    def po_files(self):
        """{language: PO file} for every language that has translations of this item."""
        files = {}
        for folder in sorted(LOCALE_DIR.iterdir()) if LOCALE_DIR.is_dir() else ():
            path = folder / f"{self.relative_path}.po"
            if path.is_file():
                files[folder.name] = path
        return files


def manifest():
    with MANIFEST.open(encoding="utf-8") as file:
        return yaml.load(file, Loader=Loader)  # noqa: S506 (a safe loader)


def items(kind):
    """The items of one kind, in the build order the manifest gives."""
    return [Item(kind, slug) for slug in manifest().get(kind) or []]


def all_items():
    return [item for kind in FOLDERS for item in items(kind)]
