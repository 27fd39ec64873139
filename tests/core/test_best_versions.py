"""One fallback order for every untranslated thing (core.i18n.best_versions / best_of)."""

from types import SimpleNamespace

from django.test import SimpleTestCase

from core.i18n import best_of, best_versions, fallback_languages, fallback_order


def version(key, code):
    return SimpleNamespace(translation_key=key, locale=SimpleNamespace(language_code=code))


class FallbackOrderTests(SimpleTestCase):
    def test_the_reader_then_english_then_vietnamese_then_the_others(self):
        self.assertEqual(fallback_languages("ja"), ["ja", "en", "vi"])
        self.assertEqual(fallback_order("ja"), ["ja", "en", "vi", "fr", "it", "ko"])

    def test_english_and_vietnamese_readers_are_not_repeated(self):
        self.assertEqual(fallback_languages("en"), ["en", "vi"])
        self.assertEqual(fallback_languages("vi"), ["vi", "en"])
        self.assertEqual(fallback_order("vi"), ["vi", "en", "fr", "it", "ja", "ko"])


class BestVersionsTests(SimpleTestCase):
    def test_each_page_once_in_the_best_language_it_exists_in(self):
        versions = [
            version("a", "vi"),
            version("a", "fr"),
            version("a", "en"),
            version("b", "vi"),
            version("b", "ko"),
            version("c", "it"),
            version("c", "ko"),
        ]
        best = best_versions(versions, "fr")
        self.assertEqual(
            {key: page.locale.language_code for key, page in best.items()},
            {"a": "fr", "b": "vi", "c": "it"},
        )
        # First-seen order of the pages is kept (listings sort before choosing).
        self.assertEqual(list(best), ["a", "b", "c"])
        self.assertEqual(best_versions(versions, "ko")["a"].locale.language_code, "en")

    def test_rows_read_through_their_own_accessors(self):
        rows = [(1, "a", "vi"), (2, "a", "en"), (3, "b", "ja")]
        best = best_versions(rows, "it", language_of=lambda r: r[2], key_of=lambda r: r[1])
        self.assertEqual(sorted(pk for pk, _key, _code in best.values()), [2, 3])

    def test_one_pages_versions_by_language(self):
        self.assertEqual(best_of({"vi": 1, "en": 2}, "ja"), 2)
        self.assertEqual(best_of({"vi": 1, "ko": 3}, "ja"), 1)
        self.assertEqual(best_of({"ko": 3}, "ja"), 3)
        self.assertIsNone(best_of({}, "ja"))
        self.assertEqual(best_of({}, "ja", default="source"), "source")
