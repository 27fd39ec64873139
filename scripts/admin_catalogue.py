"""Vietnamese for the admin strings that Wagtail and wagtail-localize leave in English.

Their Vietnamese catalogues cover about 300 of the admin's 1,800 strings, so
an editor with the admin in Vietnamese read "Reports", "Help", "Download PO
file"… `locale_admin/vi/LC_MESSAGES/` (in LOCALE_PATHS, after our own
`locale/`) fills exactly those gaps. After a Wagtail or wagtail-localize
upgrade, `make admin-messages` runs this script: it adds the new English
strings with an empty translation, drops the ones the frameworks now translate
themselves (or our own catalogue does), and keeps every translation we have.
`tests/core/test_admin_catalogue.py` then lists what is left to translate.

Usage: python scripts/admin_catalogue.py [--check]
    --check: change nothing; exit 1 if the catalogue is not up to date.
"""

import importlib.util
import sys
from pathlib import Path

import polib

BASE_DIR = Path(__file__).resolve().parents[1]
LANGUAGE = "vi"
ADMIN_LOCALE = BASE_DIR / "locale_admin" / LANGUAGE / "LC_MESSAGES"
OUR_CATALOGUE = BASE_DIR / "locale" / LANGUAGE / "LC_MESSAGES" / "django.po"
PACKAGES = ("wagtail", "wagtail_localize")
DOMAINS = ("django", "djangojs")
METADATA = {
    "Project-Id-Version": "Hanoi Craft Villages admin (Wagtail, wagtail-localize)",
    "Language": LANGUAGE,
    "Language-Team": "Hanoi Craft Villages editors",
    "Last-Translator": "Hanoi Craft Villages editors",
    "PO-Revision-Date": "2026-12-03 12:00+0700",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}
# Upstream translations that read wrongly, corrected here (domain, context, msgid):
# the frameworks' own Vietnamese has "Dịch với" without the space the button's
# label needs before the translator's name ("Dịch vớiDeepL").
CORRECTIONS = {
    ("djangojs", None, "Translate with "): "Dịch bằng ",
}


def key(entry):
    return (entry.msgctxt, entry.msgid)


def package_catalogues(domain, language):
    """Every catalogue file of ``domain`` in ``language`` inside Wagtail and wagtail-localize."""
    for package in PACKAGES:
        root = Path(importlib.util.find_spec(package).submodule_search_locations[0])
        yield from sorted(root.glob(f"**/locale/{language}/LC_MESSAGES/{domain}.po"))


def translated_keys(paths):
    keys = set()
    for path in paths:
        keys.update(key(entry) for entry in polib.pofile(str(path)).translated_entries())
    return keys


def wanted_entries(domain):
    """The frameworks' English entries that nothing translates into Vietnamese yet."""
    done = translated_keys(package_catalogues(domain, LANGUAGE))
    if domain == "django":
        done |= translated_keys([OUR_CATALOGUE])
    wanted = {}
    for path in package_catalogues(domain, "en"):
        for entry in polib.pofile(str(path)):
            corrected = (domain, *key(entry)) in CORRECTIONS
            if not entry.obsolete and (key(entry) not in done or corrected):
                wanted.setdefault(key(entry), entry)
    return wanted


def updated_catalogue(domain):
    path = ADMIN_LOCALE / f"{domain}.po"
    current = {key(entry): entry for entry in polib.pofile(str(path))} if path.exists() else {}
    catalogue = polib.POFile(wrapwidth=100)
    catalogue.metadata = dict(METADATA)
    for entry_key, source in sorted(
        wanted_entries(domain).items(), key=lambda i: (i[0][1], i[0][0] or "")
    ):
        kept = current.get(entry_key)
        entry = polib.POEntry(
            msgctxt=source.msgctxt,
            msgid=source.msgid,
            msgid_plural=source.msgid_plural,
            flags=[flag for flag in source.flags if flag.endswith("-format")],
        )
        if source.msgid_plural:
            entry.msgstr_plural = {0: kept.msgstr_plural.get(0, "") if kept else ""}
        else:
            entry.msgstr = kept.msgstr if kept else CORRECTIONS.get((domain, *entry_key), "")
        catalogue.append(entry)
    return path, catalogue


def main(check=False):
    stale = []
    for domain in DOMAINS:
        path, catalogue = updated_catalogue(domain)
        shipped = polib.pofile(str(path)) if path.exists() else []
        if [(key(e), e.msgstr, e.msgstr_plural) for e in shipped] != [
            (key(e), e.msgstr, e.msgstr_plural) for e in catalogue
        ]:
            stale.append(path.relative_to(BASE_DIR))
            if not check:
                path.parent.mkdir(parents=True, exist_ok=True)
                catalogue.save(str(path))
        untranslated = len(catalogue.untranslated_entries())
        print(
            f"{path.relative_to(BASE_DIR)}: {len(catalogue)} strings, {untranslated} untranslated"
        )
    if check and stale:
        print("Out of date (run `make admin-messages`):", ", ".join(map(str, stale)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(check="--check" in sys.argv[1:]))
