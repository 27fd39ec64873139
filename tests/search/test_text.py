"""Folding, query terms and highlighting (search/text.py): no database."""

from django.test import SimpleTestCase

from search.text import (
    MAX_QUERY_LENGTH,
    MAX_TERMS,
    bigrams,
    clean_query,
    document,
    fold,
    highlight,
    snippet,
    terms,
)


class FoldingTests(SimpleTestCase):
    def test_marks_and_d_are_folded_both_ways(self):
        for text, folded in [
            ("Bát Tràng", "bat trang"),
            ("gốm", "gom"),
            ("Đông Hồ", "dong ho"),
            ("đường", "duong"),
            ("Lụa Vạn Phúc", "lua van phuc"),
            ("ữ ệ ộ ầ", "u e o a"),
            ("Fête à Milan", "fete a milan"),
        ]:
            with self.subTest(text=text):
                self.assertEqual(fold(text), folded)

    def test_folding_keeps_one_character_for_each_character(self):
        for text in ["Làng gốm Bát Tràng", "バッチャン", "밧짱", "ﬁ İstanbul ß", "e\u0301"]:
            with self.subTest(text=text):
                from search.text import nfc

                self.assertEqual(len(fold(text)), len(nfc(text)))

    def test_japanese_and_korean_are_left_as_they_are(self):
        self.assertEqual(fold("陶器 도자기"), "陶器 도자기")


class TermTests(SimpleTestCase):
    def test_latin_words_match_at_the_start_of_a_word(self):
        self.assertEqual(terms("Bát Tràng"), [" bat", " trang"])

    def test_cjk_and_hangul_runs_become_bigrams(self):
        self.assertEqual(bigrams("バッチャン"), ["バッ", "ッチ", "チャ", "ャン"])
        self.assertEqual(terms("도자기"), ["도자", "자기"])
        self.assertEqual(terms("陶"), ["陶"])

    def test_search_syntax_is_dropped(self):
        for raw, expected in [
            ('"gốm" AND (lụa*) -NEAR', [" gom", " and", " lua", " near"]),
            ("'; DROP TABLE x; --", [" drop", " table", " x"]),
            ("🏺🏺", []),
            ('"*()-+:^', []),
            ("שלום", [" שלום"]),
        ]:
            with self.subTest(raw=raw):
                self.assertEqual(terms(raw), expected)

    def test_terms_are_bounded(self):
        self.assertEqual(len(terms(" ".join(f"w{n}" for n in range(50)))), MAX_TERMS)

    def test_long_queries_are_cut_and_said_so(self):
        query, cut = clean_query("gốm " * 100)
        self.assertTrue(cut)
        self.assertLessEqual(len(query), MAX_QUERY_LENGTH)
        self.assertEqual(clean_query("  gốm \x00 lụa "), ("gốm  lụa", False))

    def test_the_document_holds_words_and_bigrams(self):
        self.assertEqual(document("Gốm", "陶器市"), " gom 陶器市 陶器 器市 ")


class HighlightTests(SimpleTestCase):
    def test_folded_matches_are_marked_in_the_original_text(self):
        self.assertEqual(
            str(highlight("Làng gốm Bát Tràng", terms("bat trang"))),
            "Làng gốm <mark>Bát</mark> <mark>Tràng</mark>",
        )
        self.assertEqual(str(highlight("Đông Hồ", terms("dong"))), "<mark>Đông</mark> Hồ")

    def test_bigrams_are_marked_inside_words(self):
        self.assertEqual(str(highlight("週末の陶器市", terms("陶器"))), "週末の<mark>陶器</mark>市")
        self.assertEqual(
            str(highlight("주말 도자기 장터", terms("도자기"))), "주말 <mark>도자기</mark> 장터"
        )

    def test_text_is_escaped_around_and_inside_marks(self):
        html = str(highlight('<script>alert("gốm")</script> & gốm', terms("gom")))
        self.assertNotIn("<script>", html)
        self.assertIn("&lt;script&gt;", html)
        self.assertIn("&amp; <mark>gốm</mark>", html)
        self.assertIn("&quot;<mark>gốm</mark>&quot;", html)

    def test_only_word_starts_are_marked_for_latin_terms(self):
        self.assertEqual(
            str(highlight("Lang and Trang", terms("an"))), "Lang <mark>an</mark>d Trang"
        )

    def test_a_snippet_is_cut_around_the_first_match(self):
        text = "Mở đầu. " * 60 + "Làng gốm Bát Tràng bên sông Hồng. " + "Kết thúc. " * 60
        html = str(snippet(text, terms("bat trang"), length=120))
        self.assertIn("<mark>Bát</mark> <mark>Tràng</mark>", html)
        self.assertTrue(html.startswith("… "))
        self.assertTrue(html.endswith(" …"))
        self.assertLess(len(html), 200)
