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


# --- Italian says "voi" ---------------------------------------------------------
# The site addresses Italian readers and editors as "voi", as an Italian tourism
# board writes; "tu" slipped into 106 strings once (planner, offline page, admin
# help). These forms have no other reading in our texts ("sei" alone is also
# "six", so only "sei offline" and the like count). Strings Wagtail translates
# keep Wagtail's words (see above), whatever their register.
ITALIAN_TU = [
    re.compile(pattern)
    for pattern in (
        r"\b([Tt]uo|[Tt]ua|[Tt]uoi|[Tt]ue|[Tt]i|[Tt]e)\b",
        r"\b([Pp]uoi|[Vv]uoi|[Dd]evi|[Hh]ai|[Ss]ai|[Ss]tai|[Ff]ai|[Vv]ai)\b",
        r"\b[Ss]ei\b(?= (offline|online|pronto|pronta|sicuro|sicura|qui|già|stato|stata)\b)",
        r"(?:^|[.;:!?»”] )(Scegli|Lascia|Spunta|Togli|Controlla|Aggiungi|Apri|Usa|Trova|Inserisci"
        r"|Torna|Riprova|Chiedi|Cerca|Premi|Salva|Chiudi|Scrivi|Seleziona|Clicca|Scopri|Leggi|Prova)\b",
        r"\b(e|o|oppure) (indica|lascia|spunta|togli|torna|inizia|scegli|aggiungi|apri|usa"
        r"|chiedi)\b",
        r"\b([Pp]orta) con te\b",
    )
]


def italian_texts():
    """(where, msgid, msgstr) of every Italian interface and demo-content translation."""
    wagtails = framework_translations("it")
    paths = [LOCALE_DIR / "it" / "LC_MESSAGES" / "django.po"]
    paths += sorted((Path(settings.BASE_DIR) / "demo" / "content" / "locale" / "it").rglob("*.po"))
    for path in paths:
        for entry in polib.pofile(str(path)).translated_entries():
            if entry.msgid in wagtails and not entry.msgctxt:
                continue
            targets = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
            for target in targets:
                yield path.name, entry.msgid, target


def test_italian_addresses_the_reader_as_voi():
    texts = list(italian_texts())
    assert len(texts) > 1000  # the interface and the demo content were both read
    informal = [
        (where, msgid[:60], target)
        for where, msgid, target in texts
        if any(pattern.search(target) for pattern in ITALIAN_TU)
    ]
    assert informal == [], f"{len(informal)} Italian strings say “tu”: {informal}"
