"""The glossary downloads: CSV for spreadsheets, TBX-Basic (TBX v3) for CAT tools, parsed back."""

import csv
import io
from xml.etree import ElementTree as ET

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils

from glossary.models import Term
from glossary.services import load_seed
from tests.utils import create_locales, user_in

NS = {"tbx": "urn:iso:std:iso:30042:ed-2"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CSV_URL = reverse("glossary_export", args=["csv"])
TBX_URL = reverse("glossary_export", args=["tbx"])


class ExportTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        create_locales()
        load_seed()

    def setUp(self):
        self.login()

    def test_the_csv_has_one_row_per_term_and_a_column_per_language(self):
        response = self.client.get(CSV_URL)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        self.assertIn("attachment", response["Content-Disposition"])
        rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
        self.assertEqual(len(rows), Term.objects.count())
        self.assertEqual(
            list(rows[0]), ["vi", "kind", "do_not_translate", "note", "en", "fr", "it", "ja", "ko"]
        )
        by_term = {row["vi"]: row for row in rows}
        self.assertEqual(by_term["gốm sứ"]["fr"], "céramique")
        self.assertEqual(by_term["Bát Tràng"]["do_not_translate"], "yes")
        self.assertEqual(by_term["Bát Tràng"]["it"], "Bát Tràng")
        self.assertEqual(by_term["Bát Tràng"]["ko"], "밧짱")
        self.assertEqual(by_term["sản phẩm OCOP 4 sao"]["ko"], "OCOP 4성 제품")

    def test_the_csv_opens_as_utf8_in_a_spreadsheet(self):
        self.assertTrue(self.client.get(CSV_URL).content.startswith("\ufeff".encode()))

    def parse_tbx(self):
        response = self.client.get(TBX_URL)
        self.assertEqual(response.status_code, 200)
        self.assertIn("glossary.tbx", response["Content-Disposition"])
        return ET.fromstring(response.content)  # noqa: S314 - our own export

    def test_the_tbx_is_tbx_basic_v3(self):
        root = self.parse_tbx()
        self.assertEqual(root.tag, "{urn:iso:std:iso:30042:ed-2}tbx")
        self.assertEqual(root.get("type"), "TBX-Basic")
        self.assertEqual(root.get("style"), "dca")
        self.assertEqual(root.get(XML_LANG), "vi")
        self.assertIsNotNone(root.find("tbx:tbxHeader/tbx:fileDesc/tbx:titleStmt/tbx:title", NS))
        entries = root.findall("tbx:text/tbx:body/tbx:conceptEntry", NS)
        self.assertEqual(len(entries), Term.objects.count())
        ids = [entry.get("id") for entry in entries]
        self.assertEqual(len(ids), len(set(ids)))

    def test_every_concept_has_a_term_in_each_language(self):
        root = self.parse_tbx()
        for entry in root.findall("tbx:text/tbx:body/tbx:conceptEntry", NS):
            languages = [section.get(XML_LANG) for section in entry.findall("tbx:langSec", NS)]
            self.assertEqual(languages, ["vi", "en", "fr", "it", "ja", "ko"])
            for section in entry.findall("tbx:langSec", NS):
                term = section.find("tbx:termSec/tbx:term", NS)
                self.assertTrue(term.text)
                status = section.find("tbx:termSec/tbx:termNote", NS)
                self.assertEqual(status.get("type"), "administrativeStatus")
                self.assertEqual(status.text, "preferredTerm-admn-sts")

    def concept(self, root, vietnamese):
        for entry in root.findall("tbx:text/tbx:body/tbx:conceptEntry", NS):
            if entry.find("tbx:langSec/tbx:termSec/tbx:term", NS).text == vietnamese:
                return entry
        raise AssertionError(vietnamese)

    def terms(self, concept):
        return {
            section.get(XML_LANG): section.find("tbx:termSec/tbx:term", NS).text
            for section in concept.findall("tbx:langSec", NS)
        }

    def test_a_term_carries_its_translations_subject_and_note(self):
        lotus_tea = self.concept(self.parse_tbx(), "trà sen")
        self.assertEqual(self.terms(lotus_tea)["it"], "tè al loto")
        self.assertEqual(lotus_tea.find("tbx:descrip", NS).get("type"), "subjectField")
        self.assertEqual(lotus_tea.find("tbx:descrip", NS).text, "craft")
        self.assertIn("lotus", lotus_tea.find("tbx:note", NS).text)

    def test_a_name_not_to_translate_says_so_in_latin_script_languages(self):
        bat_trang = self.concept(self.parse_tbx(), "Bát Tràng")
        self.assertEqual(self.terms(bat_trang)["fr"], "Bát Tràng")
        self.assertEqual(self.terms(bat_trang)["ja"], "バッチャン")
        french = next(s for s in bat_trang.findall("tbx:langSec", NS) if s.get(XML_LANG) == "fr")
        self.assertIn("Do not translate", french.find("tbx:termSec/tbx:note", NS).text)

    def test_an_unknown_format_is_a_404(self):
        self.assertEqual(
            self.client.get(reverse("glossary_export", args=["xlsx"])).status_code, 404
        )

    def test_the_export_runs_a_fixed_number_of_queries(self):
        self.client.get(TBX_URL)
        with self.assertNumQueries(self.tbx_queries()):
            self.client.get(TBX_URL)

    def tbx_queries(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as context:
            self.client.get(TBX_URL)
        # Sign-in, locales, terms, translations: never one per term.
        self.assertLess(len(context.captured_queries), 15)
        return len(context.captured_queries)


class ExportRightsTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        create_locales()

    def test_a_visitor_is_sent_to_sign_in(self):
        response = self.client.get(CSV_URL)
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("wagtailadmin_login"), response["Location"])

    def test_an_editor_without_glossary_rights_is_refused(self):
        editor = user_in("Editors", "editor")
        self.client.force_login(editor)
        response = self.client.get(CSV_URL)
        # Wagtail's admin answers a refusal by sending the user to the dashboard.
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], reverse("wagtailadmin_home"))

    def test_an_editor_who_may_view_the_glossary_may_download_it(self):
        editor = user_in("Editors", "editor")
        editor.user_permissions.add(Permission.objects.get(codename="view_term"))
        self.client.force_login(get_user_model().objects.get(pk=editor.pk))
        self.assertEqual(self.client.get(TBX_URL).status_code, 200)
