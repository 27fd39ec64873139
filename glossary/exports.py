"""The glossary for outside translators: CSV for a spreadsheet, TBX for a CAT tool.

TBX is TBX-Basic in TBX v3 (ISO 30042:2019, "DCA" style): a ``tbx`` root,
one ``conceptEntry`` per Vietnamese term, a ``langSec`` per language with a
``termSec`` for the approved translation (preferred) and, in Vietnamese, one for
each other spelling (admitted). The accepted variants are left out: they are
matching aids for the content check (stems such as "villagg"), not terms.
Both exports are built from ``entries_from_db`` in two queries, with one column
or language section per locale the site has.
"""

import csv
import io
from xml.etree import ElementTree as ET

from wagtail.models import Locale

from .services import entries_from_db

TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PREFERRED = "preferredTerm-admn-sts"
ADMITTED = "admittedTerm-admn-sts"
DO_NOT_TRANSLATE_NOTE = "Do not translate: keep the Vietnamese spelling, with its diacritics."


def languages():
    """(source code, [target codes]) in a stable order: the default locale first."""
    source = Locale.get_default().language_code
    targets = [
        code
        for code in Locale.objects.order_by("pk").values_list("language_code", flat=True)
        if code != source
    ]
    return source, targets


def glossary_csv():
    """The glossary as CSV text: one row per term, one column per language.

    Starts with a byte-order mark so that spreadsheet programs read the
    Vietnamese letters as UTF-8.
    """
    source, targets = languages()
    entries = entries_from_db()
    output = io.StringIO()
    output.write("\ufeff")
    writer = csv.writer(output)
    writer.writerow([source, "kind", "do_not_translate", "note", *targets])
    for entry in entries:
        writer.writerow(
            [
                entry.term,
                entry.kind,
                "yes" if entry.do_not_translate else "no",
                entry.note,
                *[entry.approved(code) or "" for code in targets],
            ]
        )
    return output.getvalue()


def _term_section(lang_section, text, status, note=None):
    term_section = ET.SubElement(lang_section, "termSec")
    ET.SubElement(term_section, "term").text = text
    ET.SubElement(term_section, "termNote", type="administrativeStatus").text = status
    if note:
        ET.SubElement(term_section, "note").text = note


def glossary_tbx(title="Hanoi craft villages glossary"):
    """The glossary as a TBX-Basic (TBX v3) document, as UTF-8 bytes."""
    source, targets = languages()
    root = ET.Element(
        "tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: source, "xmlns": TBX_NAMESPACE}
    )
    header = ET.SubElement(root, "tbxHeader")
    file_desc = ET.SubElement(header, "fileDesc")
    title_stmt = ET.SubElement(file_desc, "titleStmt")
    ET.SubElement(title_stmt, "title").text = title
    source_desc = ET.SubElement(file_desc, "sourceDesc")
    ET.SubElement(
        source_desc, "p"
    ).text = "Approved translations of Vietnamese craft, place and tourism terms."
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for number, entry in enumerate(entries_from_db(), start=1):
        concept = ET.SubElement(body, "conceptEntry", id=f"c{number}")
        ET.SubElement(concept, "descrip", type="subjectField").text = entry.kind
        if entry.note:
            ET.SubElement(concept, "note").text = entry.note
        lang_section = ET.SubElement(concept, "langSec", {XML_LANG: source})
        _term_section(lang_section, entry.term, PREFERRED)
        for spelling in entry.also_written:
            _term_section(lang_section, spelling, ADMITTED)
        for code in targets:
            approved = entry.approved(code)
            if not approved:
                continue
            lang_section = ET.SubElement(concept, "langSec", {XML_LANG: code})
            note = (
                DO_NOT_TRANSLATE_NOTE if entry.do_not_translate and approved == entry.term else None
            )
            _term_section(lang_section, approved, PREFERRED, note)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
