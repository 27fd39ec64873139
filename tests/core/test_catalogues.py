"""Every interface string is translated into every language the site serves.

English is the source language of the catalogues (msgids are English), so
its catalogue may leave msgstr empty; every other language must be complete.
"""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != "en"]


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalogue_has_no_untranslated_or_fuzzy_strings(language):
    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [], f"{language}: untranslated {untranslated}"
    assert fuzzy == [], f"{language}: fuzzy {fuzzy}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalogue_keeps_every_placeholder(language):
    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    broken = []
    for entry in catalogue.translated_entries():
        sources = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
        targets = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        wanted = {p for s in sources for p in _placeholders(s)}
        for target in targets:
            if _placeholders(target) != wanted:
                broken.append((entry.msgid, target))
    assert broken == []


def _placeholders(text):
    return set(re.findall(r"%\([a-z_]+\)[sd]", text))


def test_every_language_has_a_catalogue():
    for code, _name in settings.LANGUAGES:
        assert (LOCALE_DIR / code / "LC_MESSAGES" / "django.po").exists(), code


# --- Our catalogue never overrides Wagtail's -------------------------------------
# Django merges the catalogues, and LOCALE_PATHS wins over every app: a msgid
# of ours that Wagtail also uses replaces Wagtail's translation in the admin
# ("Pages" became "Phân trang", pagination, in the Vietnamese sidebar). Our
# ambiguous strings carry a message context (pgettext), which keeps them apart.
FRAMEWORK_CATALOGUES = ("wagtail", "wagtail_localize")


def framework_translations(language):
    """msgid → msgstr (no context) of every Wagtail and wagtail-localize catalogue."""
    import importlib.util

    translations = {}
    for package in FRAMEWORK_CATALOGUES:
        root = Path(importlib.util.find_spec(package).submodule_search_locations[0])
        for path in root.glob(f"**/locale/{language}/LC_MESSAGES/django.po"):
            for entry in polib.pofile(str(path)).translated_entries():
                if not entry.msgctxt and not entry.msgid_plural:
                    translations.setdefault(entry.msgid, set()).add(entry.msgstr)
    return translations


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalogue_never_overrides_wagtail_with_another_translation(language):
    theirs = framework_translations(language)
    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    overrides = [
        (entry.msgid, entry.msgstr, sorted(theirs[entry.msgid]))
        for entry in catalogue.translated_entries()
        if not entry.msgctxt and entry.msgid in theirs and entry.msgstr not in theirs[entry.msgid]
    ]
    assert overrides == [], f"{language}: {len(overrides)} overrides {overrides}"
