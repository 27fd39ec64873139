"""The glossary as plain data, and finding its terms in Vietnamese text.

One matcher, used everywhere a term is looked for: the translator panel, the
glossary-only machine translator, DeepL's protection of names and the test that
the demo translations follow the glossary (docs/glossary.md). It works on
``Entry`` objects, built from the database (``entries_from_db``) or from the
seed file (``entries_from_yaml``), so the content test needs no database.

Matching rules: a term is found on syllable boundaries; case-insensitively for a
common noun ("gốm" also finds "Gốm"), case-sensitively for a name, whose first
letter is a capital ("Hồ Tây", the lake, is not found in "bờ tây Hồ"); the
longest terms first, and the words they cover are not looked at again (gốm sứ is
not also gốm); never inside the longer words listed in ``not_in``.
"""

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.db import transaction
from wagtail.models import Locale

from .models import Term, TermTranslation, lines, normalise

SEED_FILE = Path(__file__).resolve().parent / "data" / "terms.yaml"

# Languages written in Latin letters, where a name not to translate is kept as
# written in Vietnamese when the seed gives no spelling of its own.
LATIN_SCRIPT_LANGUAGES = {"en", "fr", "it", "de", "es", "pt", "nl", "pl", "vi"}

TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Entry:
    term: str
    kind: str = Term.Kind.CRAFT
    do_not_translate: bool = False
    note: str = ""
    also_written: tuple = ()
    not_in: tuple = ()
    translations: dict = field(default_factory=dict, hash=False, compare=False)
    variants: dict = field(default_factory=dict, hash=False, compare=False)
    may_omit: frozenset = frozenset()

    @property
    def spellings(self):
        return (self.term, *self.also_written)

    def approved(self, language_code):
        """The approved translation into ``language_code``, or None."""
        text = self.translations.get(language_code)
        if not text and self.do_not_translate and language_code in LATIN_SCRIPT_LANGUAGES:
            return self.term
        return text or None

    def accepted(self, language_code):
        """Every form a translation may use: the approved one first, then the variants."""
        approved = self.approved(language_code)
        forms = [approved] if approved else []
        return forms + list(self.variants.get(language_code, ()))


def plain_text(text):
    """Segment HTML (wagtail-localize keeps inline tags and entities) as plain text."""
    return normalise(html.unescape(TAG.sub(" ", text or "")))


class Matcher:
    """Finds glossary entries in Vietnamese text, by the rules in the module docstring."""

    def __init__(self, entries):
        self.entries = list(entries)
        patterns = []
        for entry in self.entries:
            for spelling in entry.spellings:
                flags = 0 if spelling[:1].isupper() else re.IGNORECASE
                pattern = re.compile(r"(?<!\w)" + re.escape(spelling) + r"(?!\w)", flags)
                patterns.append((len(spelling), entry, pattern))
        patterns.sort(key=lambda item: -item[0])
        self.patterns = [(entry, pattern) for _length, entry, pattern in patterns]
        self.exact_index = {}
        for entry in self.entries:
            for spelling in entry.spellings:
                self.exact_index.setdefault(spelling.casefold(), entry)

    def find(self, text):
        """The entries found in ``text``, each once, longest terms first."""
        text = plain_text(text)
        found = []
        for entry, pattern in self.patterns:
            probe = text
            for phrase in entry.not_in:
                probe = re.sub(re.escape(phrase), lambda m: " " * len(m.group()), probe, flags=re.I)
            match_positions = [m.span() for m in pattern.finditer(probe)]
            if not match_positions:
                continue
            if entry not in found:
                found.append(entry)
            # Blank out what the term covers, keeping offsets, so shorter terms skip it.
            for start, end in match_positions:
                text = text[:start] + " " * (end - start) + text[end:]
        return found

    def find_all(self, texts):
        """The entries found in any of ``texts``, each once, in the order first found."""
        found = []
        for text in texts:
            for entry in self.find(text):
                if entry not in found:
                    found.append(entry)
        return found

    def exact(self, text):
        """The entry whose term is the whole of ``text`` (case aside), or None."""
        entry = self.exact_index.get(plain_text(text).casefold())
        if entry is None:
            return None
        # A name only matches with its capitals ("Hồ Tây", not "hồ tây").
        if entry.term[:1].isupper() and plain_text(text) not in entry.spellings:
            return None
        return entry


def entries_from_yaml(path=SEED_FILE):
    """The seed file as entries (see the comment at its top for the format)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    entries = []
    for item in data:
        translations = {
            code: normalise(text)
            for code, text in item.items()
            if len(code) == 2 and code != "vi" and isinstance(text, str)
        }
        entries.append(
            Entry(
                term=normalise(item["vi"]),
                kind=item.get("kind", Term.Kind.CRAFT),
                do_not_translate=bool(item.get("do_not_translate", False)),
                note=item.get("note", "") or "",
                also_written=tuple(normalise(s) for s in item.get("also_written", []) or []),
                not_in=tuple(normalise(s) for s in item.get("not_in", []) or []),
                translations=translations,
                variants={
                    code: tuple(forms) for code, forms in (item.get("variants") or {}).items()
                },
                may_omit=frozenset(item.get("may_omit", []) or []),
            )
        )
    return entries


def entries_from_db(language_codes=None):
    """Every term in the database as entries, with translations into ``language_codes``
    (all languages when None), in two queries."""
    translations = TermTranslation.objects.select_related("locale")
    if language_codes is not None:
        translations = translations.filter(locale__language_code__in=list(language_codes))
    by_term = {}
    for translation in translations:
        by_term.setdefault(translation.term_id, []).append(translation)
    entries = []
    for term in Term.objects.order_by("term"):
        rows = by_term.get(term.pk, [])
        entries.append(
            Entry(
                term=term.term,
                kind=term.kind,
                do_not_translate=term.do_not_translate,
                note=term.note,
                also_written=tuple(lines(term.also_written)),
                not_in=tuple(lines(term.not_in)),
                translations={row.locale.language_code: row.text for row in rows},
                variants={row.locale.language_code: tuple(lines(row.variants)) for row in rows},
                may_omit=frozenset(row.locale.language_code for row in rows if row.may_omit),
            )
        )
    return entries


@transaction.atomic
def load_seed(entries=None):
    """Create the seed's terms that are missing, and their missing translations.

    Idempotent, and never overwrites: once a term is in the database, editors own
    it. Translations are stored for every locale the site has (a name not to
    translate gets its Vietnamese spelling where the seed gives none). Returns
    the number of terms and of translations created.
    """
    entries = entries_from_yaml() if entries is None else entries
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    source_code = Locale.get_default().language_code
    existing = {term.term: term for term in Term.objects.all()}
    have = set(TermTranslation.objects.values_list("term_id", "locale_id"))
    terms_created = translations_created = 0
    for entry in entries:
        term = existing.get(entry.term)
        if term is None:
            term = Term(
                term=entry.term,
                kind=entry.kind,
                do_not_translate=entry.do_not_translate,
                note=entry.note,
                also_written="\n".join(entry.also_written),
                not_in="\n".join(entry.not_in),
            )
            term.save()
            terms_created += 1
        new_rows = []
        for code, locale in locales.items():
            text = entry.approved(code)
            if code == source_code or not text or (term.pk, locale.pk) in have:
                continue
            new_rows.append(
                TermTranslation(
                    term=term,
                    locale=locale,
                    text=text,
                    variants="\n".join(entry.variants.get(code, ())),
                    may_omit=code in entry.may_omit,
                )
            )
        if new_rows:
            TermTranslation.objects.bulk_create(new_rows)
            translations_created += len(new_rows)
            term.save()  # search_text now covers the translations
    return terms_created, translations_created
