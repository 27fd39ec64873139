"""Every demo text fits the length limits editors now see (core/text.py, docs/editors.md).

Reads the files only: the Vietnamese YAML sources and every PO translation, so a
longer translation is caught before the demo build would refuse it.
"""

import polib
from django.test import SimpleTestCase
from wagtail.models import Page

from core.text import ALT_MAX_LENGTH, INTRO_MAX_LENGTH, SUMMARY_MAX_LENGTH
from demo import sources

# Field name (last part of a PO msgctxt, or a YAML key at any depth) -> limit.
LIMITS = {
    "title": Page._meta.get_field("title").max_length,
    "intro": INTRO_MAX_LENGTH,
    "summary": SUMMARY_MAX_LENGTH,
    "hero_alt": ALT_MAX_LENGTH,
    "alt": ALT_MAX_LENGTH,
}


def yaml_values(value, key=None):
    """(key, text) for every string in a YAML structure, at any depth."""
    if isinstance(value, dict):
        return [found for name, child in value.items() for found in yaml_values(child, name)]
    if isinstance(value, list):
        return [found for child in value for found in yaml_values(child, key)]
    return [(key, value)] if isinstance(value, str) else []


class DemoLengthLimitTests(SimpleTestCase):
    def test_every_limited_demo_value_fits_in_every_language(self):
        longest = dict.fromkeys(LIMITS, 0)
        for item in sources.all_items():
            texts = yaml_values(item.data)
            for path in item.po_files().values():
                texts += [
                    ((entry.msgctxt or "").split(".")[-1], entry.msgstr)
                    for entry in polib.pofile(str(path))
                ]
            for field, text in texts:
                if field in LIMITS:
                    longest[field] = max(longest[field], len(text))
                    with self.subTest(item=item.label, field=field):
                        self.assertLessEqual(len(text), LIMITS[field], text)
        # The check saw real values for every limited field, not an empty corpus.
        self.assertTrue(all(longest.values()), longest)
