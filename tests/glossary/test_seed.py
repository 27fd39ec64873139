"""The seed glossary: at least 100 terms, complete in every target language, loaded once."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Locale

from glossary.models import Term, TermTranslation
from glossary.services import entries_from_yaml, load_seed
from tests.utils import create_locales

TARGETS = ("en", "fr", "it", "ja", "ko")


class SeedFileTests(TestCase):
    entries = entries_from_yaml()

    def test_the_seed_has_at_least_100_terms(self):
        self.assertGreaterEqual(len(self.entries), 100)

    def test_every_term_has_all_five_translations(self):
        missing = [
            (entry.term, code)
            for entry in self.entries
            for code in TARGETS
            if not entry.approved(code)
        ]
        self.assertEqual(missing, [])

    def test_every_kind_is_represented_and_valid(self):
        kinds = {entry.kind for entry in self.entries}
        self.assertEqual(kinds, set(Term.Kind.values))

    def test_each_vietnamese_term_appears_once(self):
        terms = [entry.term for entry in self.entries]
        self.assertEqual(len(terms), len(set(terms)))

    def test_names_not_to_translate_keep_their_diacritics_in_latin_script(self):
        bat_trang = next(entry for entry in self.entries if entry.term == "Bát Tràng")
        self.assertTrue(bat_trang.do_not_translate)
        self.assertEqual(
            [bat_trang.approved(code) for code in ("en", "fr", "it")], ["Bát Tràng"] * 3
        )
        self.assertEqual(bat_trang.approved("ja"), "バッチャン")
        self.assertEqual(bat_trang.approved("ko"), "밧짱")

    def test_korean_ocop_stars_are_never_hotel_ratings(self):
        korean = [entry.approved("ko") for entry in self.entries if "OCOP" in entry.term]
        self.assertIn("OCOP 4성 제품", korean)
        self.assertFalse([text for text in korean if "성급" in text])

    def test_one_name_for_west_lake_in_japanese(self):
        west_lake = next(entry for entry in self.entries if entry.term == "Hồ Tây")
        self.assertEqual(west_lake.approved("ja"), "西湖")


class LoadGlossaryTests(TestCase):
    def setUp(self):
        create_locales()

    def load(self):
        out = StringIO()
        call_command("load_glossary", stdout=out)
        return out.getvalue()

    def test_loading_creates_every_term_with_its_translations(self):
        output = self.load()
        count = len(entries_from_yaml())
        self.assertEqual(Term.objects.count(), count)
        self.assertEqual(TermTranslation.objects.count(), count * len(TARGETS))
        self.assertIn(f"{count} terms", output)
        gom = Term.objects.get(term="gốm sứ")
        self.assertEqual(gom.translations.get(locale__language_code="fr").text, "céramique")

    def test_a_second_run_changes_nothing(self):
        self.load()
        self.assertIn("nothing to do", self.load())

    def test_an_editors_change_is_never_overwritten(self):
        self.load()
        translation = TermTranslation.objects.get(term__term="gốm sứ", locale__language_code="en")
        translation.text = "ceramic ware"
        translation.save()
        self.load()
        translation.refresh_from_db()
        self.assertEqual(translation.text, "ceramic ware")

    def test_a_language_added_later_gets_its_names_not_to_translate(self):
        load_seed()
        Locale.objects.create(language_code="de")
        terms, translations = load_seed()
        self.assertEqual(terms, 0)
        german = TermTranslation.objects.filter(locale__language_code="de")
        self.assertEqual(german.get(term__term="Bát Tràng").text, "Bát Tràng")
        self.assertEqual(translations, german.count())
        self.assertFalse(german.filter(term__term="gốm").exists())
