"""Every demo translation uses the glossary's approved translation of the terms in its source.

For each entry of each demo PO file (demo/content/locale/<lang>/**/*.po) whose
Vietnamese msgid contains a glossary term (glossary/data/terms.yaml, found by
``glossary.services.Matcher``: syllable boundaries, names case-sensitive, longest
term first), the msgstr must contain the term's approved translation into that
language or one of its accepted variants, case-insensitively. A language where
the term may be left implicit (``may_omit``) is not checked for it.
"""

from pathlib import Path

import polib
import pytest
from django.conf import settings

from glossary.services import Matcher, entries_from_yaml

LOCALE_DIR = Path(settings.BASE_DIR) / "demo" / "content" / "locale"
LANGUAGES = sorted(path.name for path in LOCALE_DIR.iterdir() if path.is_dir())
MATCHER = Matcher(entries_from_yaml())


def departures(language):
    """``[(file, term, accepted forms, msgid, msgstr)]`` where a translation leaves the glossary."""
    problems = []
    for path in sorted((LOCALE_DIR / language).rglob("*.po")):
        for entry in polib.pofile(str(path)):
            if not entry.msgstr or entry.obsolete:
                continue
            translation = entry.msgstr.casefold()
            for term in MATCHER.find(entry.msgid):
                if language in term.may_omit:
                    continue
                forms = term.accepted(language)
                if not any(form.casefold() in translation for form in forms):
                    problems.append(
                        (
                            str(path.relative_to(LOCALE_DIR)),
                            term.term,
                            forms,
                            entry.msgid,
                            entry.msgstr,
                        )
                    )
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_translations_use_the_approved_glossary_terms(language):
    problems = departures(language)
    report = "\n".join(
        f"{file}: {term!r} should be one of {forms}\n"
        f"  vi: {msgid[:120]}\n  {language}: {msgstr[:160]}"
        for file, term, forms, msgid, msgstr in problems
    )
    assert problems == [], f"{len(problems)} translations leave the glossary:\n{report}"


def test_every_target_language_of_the_demo_is_checked():
    assert set(LANGUAGES) >= {"en", "fr", "it", "ja", "ko"}


def test_the_check_finds_a_departure():
    """The rule bites: a French text calling West Lake "lac Tây" is reported."""
    west_lake = next(entry for entry in MATCHER.entries if entry.term == "Hồ Tây")
    found = MATCHER.find("Dạo quanh Hồ Tây")
    assert found == [west_lake]
    assert not any(form.casefold() in "le lac tây" for form in west_lake.accepted("fr"))


def test_longer_terms_win_and_names_keep_their_case():
    terms = [entry.term for entry in MATCHER.find("Gốm sứ Bát Tràng ở bờ tây Hồ Tây")]
    assert "gốm sứ" in terms
    assert "gốm" not in terms  # covered by gốm sứ
    assert "Hồ Tây" in terms
    assert "Tây Hồ" not in terms  # "tây Hồ" here is "west of the lake", not the area


def test_a_term_inside_a_longer_word_is_not_the_term():
    assert [entry.term for entry in MATCHER.find("các gia đình làm trà")] == []
