"""The glossary in the admin: menu, listing, accent-folding search, editing, flat queries."""

import json

from django.test import TestCase
from django.urls import reverse
from wagtail.admin.panels import get_edit_handler
from wagtail.models import Locale
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from glossary.models import Term, TermTranslation
from tests.glossary import admin_in
from tests.utils import create_locales, soup

INDEX = reverse("glossary:index")
ADD = reverse("glossary:add")


def make_term(term, kind=Term.Kind.CRAFT, **translations):
    obj = Term(term=term, kind=kind)
    for code, text in translations.items():
        obj.translations.add(
            TermTranslation(locale=Locale.objects.get(language_code=code), text=text)
        )
    obj.save()
    return obj


class GlossaryAdminTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        create_locales()
        cls.gom = make_term("gốm", en="pottery", fr="céramique")
        cls.bat_trang = make_term("Bát Tràng", kind=Term.Kind.PLACE, ja="バッチャン")
        cls.duong_lam = make_term("Đường Lâm", kind=Term.Kind.PLACE)

    def setUp(self):
        self.user = admin_in(self.login(), "en")

    def listed(self, **params):
        response = self.client.get(INDEX, params)
        self.assertEqual(response.status_code, 200)
        return {
            a.get_text(strip=True)
            for a in soup(response).select("table tbody td.title .title-wrapper a")
        }

    def test_the_glossary_is_in_the_vietnamese_admin_menu(self):
        admin_in(self.user, "vi")
        response = self.client.get(reverse("wagtailadmin_home"))
        props = soup(response).select_one("#wagtail-sidebar-props").string
        # The sidebar's menu is JSON for its script: "Bảng thuật ngữ" escaped.
        self.assertIn(json.dumps({"name": "glossary", "label": "Bảng thuật ngữ"})[1:-1], props)
        self.assertIn(f'"url": "{INDEX}"', props)

    def test_the_index_lists_every_term(self):
        self.assertEqual(self.listed(), {"gốm", "Bát Tràng", "Đường Lâm"})

    def test_search_without_marks_finds_a_term_with_two_marks(self):
        self.assertEqual(self.listed(q="gom"), {"gốm"})

    def test_search_with_marks_still_finds_it(self):
        self.assertEqual(self.listed(q="gốm"), {"gốm"})

    def test_d_with_stroke_is_found_as_d(self):
        self.assertEqual(self.listed(q="duong lam"), {"Đường Lâm"})

    def test_search_finds_a_term_by_its_translation(self):
        self.assertEqual(self.listed(q="ceramique"), {"gốm"})
        self.assertEqual(self.listed(q="バッチャン"), {"Bát Tràng"})

    def test_the_index_shows_the_approved_translations(self):
        response = self.client.get(INDEX)
        row = next(
            tr
            for tr in soup(response).select("table tbody tr")
            if tr.select_one("td.title .title-wrapper a").get_text(strip=True) == "gốm"
        )
        self.assertIn("en: pottery · fr: céramique", row.get_text(" ", strip=True))

    def test_the_index_filters_by_kind(self):
        self.assertEqual(self.listed(kind="place"), {"Bát Tràng", "Đường Lâm"})

    def test_the_listing_runs_the_same_queries_for_3_or_40_terms(self):
        self.client.get(INDEX)  # warm the caches (site, locales, user profile)
        few = self.count_queries()
        for number in range(37):
            make_term(f"thuật ngữ {number}", en=f"term {number}")
        self.assertEqual(self.count_queries(), few)

    def count_queries(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as context:
            response = self.client.get(INDEX)
        self.assertEqual(response.status_code, 200)
        return len(context.captured_queries)

    def form_data(self, term="men rạn", translations=()):
        return nested_form_data(
            {
                "term": term,
                "kind": "craft",
                "do_not_translate": "",
                "note": "A glaze that crazes.",
                "also_written": "",
                "not_in": "",
                "translations": inline_formset(
                    [
                        {
                            "locale": Locale.objects.get(language_code=code).pk,
                            "text": text,
                            "variants": "",
                            "may_omit": "",
                        }
                        for code, text in translations
                    ]
                ),
            }
        )

    def test_an_editor_adds_a_term_with_its_translations(self):
        response = self.client.post(
            ADD, self.form_data(translations=[("en", "crackle glaze"), ("ja", "貫入")])
        )
        self.assertEqual(response.status_code, 302)
        term = Term.objects.get(term="men rạn")
        self.assertEqual(
            dict(term.translations.values_list("locale__language_code", "text")),
            {"en": "crackle glaze", "ja": "貫入"},
        )
        self.assertEqual(self.listed(q="men ran"), {"men rạn"})

    def test_two_translations_into_one_language_are_a_form_error_not_a_500(self):
        response = self.client.post(
            ADD, self.form_data(translations=[("en", "crackle glaze"), ("en", "crazing")])
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "This language already has an approved translation.")
        self.assertFalse(Term.objects.filter(term="men rạn").exists())

    def test_a_term_typed_with_combining_marks_is_the_same_term(self):
        import unicodedata

        decomposed = unicodedata.normalize("NFD", "gốm")
        response = self.client.post(ADD, self.form_data(term=decomposed))
        self.assertEqual(response.status_code, 200)  # "already exists", not a second gốm
        self.assertEqual(Term.objects.filter(term="gốm").count(), 1)

    def test_the_vietnamese_locale_is_not_offered_as_a_target(self):
        form = get_edit_handler(Term).get_form_class()()
        offered = form.formsets["translations"].empty_form.fields["locale"].queryset
        codes = set(offered.values_list("language_code", flat=True))
        self.assertEqual(codes, {"en", "fr", "it", "ja", "ko"})
