"""Short links (/go/<code>): the page in the scanner's best language, never an alias."""

from django.test import SimpleTestCase, TestCase

from tests.scenario import build_language_tree
from tests.utils import html_attrs
from villages.factories import AttractionFactory
from wayfinding import codes


class CodeTests(SimpleTestCase):
    def test_codes_round_trip_and_stay_short(self):
        for pk in (1, 31, 32, 61, 1000, 123456, 2**40):
            for kind in codes.KINDS:
                code = codes.encode(kind, pk)
                self.assertEqual(codes.decode(code), (kind, pk))
                self.assertLessEqual(len(code), codes.MAX_LENGTH)
        self.assertEqual(len(codes.encode(codes.PAGE, 5000)), 5)

    def test_codes_are_read_the_way_people_copy_them(self):
        code = codes.encode(codes.PAGE, 61)
        self.assertEqual(codes.decode(code.upper()), (codes.PAGE, 61))
        with_one = codes.encode(codes.PAGE, 33)  # "p11" + check
        self.assertIn("1", with_one[1:])
        self.assertEqual(codes.decode(with_one.replace("1", "l")), (codes.PAGE, 33))
        self.assertEqual(codes.decode(with_one.replace("1", "I")), (codes.PAGE, 33))

    def test_mistyped_and_malformed_codes_are_refused_without_raising(self):
        code = codes.encode(codes.PAGE, 4242)
        changed = {code[:i] + c + code[i + 1 :] for i in range(1, len(code)) for c in "0123456789"}
        changed.discard(code)
        swapped = {
            code[:i] + code[i + 1] + code[i] + code[i + 2 :] for i in range(1, len(code) - 1)
        }
        swapped.discard(code)
        for bad in changed | swapped:
            with self.subTest(code=bad):
                self.assertNotEqual(codes.decode(bad), (codes.PAGE, 4242))
        for bad in ("", "p", "px", "x12", "p0" + code[1:], "p" + "1" * 40, "p-1", "p😀1", None, 12):
            with self.subTest(code=bad):
                self.assertIsNone(codes.decode(bad))

    def test_only_positive_integer_ids_are_encoded(self):
        for kind, pk in ((codes.PAGE, 0), (codes.PAGE, -3), ("z", 4), (codes.PAGE, "7")):
            with self.subTest(kind=kind, pk=pk), self.assertRaises(ValueError):
                codes.encode(kind, pk)


class ShortLinkTests(TestCase):
    """The scenario: Bát Tràng in vi, en, fr (and an unpublished it draft under it aliases);
    Vạn Phúc in vi only; the route in vi and en."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()
        cls.bat_trang = codes.encode(codes.PAGE, cls.tree.bat_trang.pk)
        cls.van_phuc = codes.encode(codes.PAGE, cls.tree.van_phuc.pk)
        cls.route = codes.encode(codes.PAGE, cls.tree.route.pk)

    def go(self, code, accept_language="", prefix=""):
        return self.client.get(f"{prefix}/go/{code}", headers={"accept-language": accept_language})

    def assert_redirects_to(self, response, location):
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], location)

    def test_french_browser_gets_the_french_page_when_it_exists(self):
        self.assert_redirects_to(
            self.go(self.bat_trang, "fr-CA,fr;q=0.9,en;q=0.5"), "/fr/villages/bat-trang/"
        )

    def test_best_available_language_in_the_browsers_order_wins(self):
        # French route does not exist: the next language the browser asks for.
        self.assert_redirects_to(
            self.go(self.route, "fr,vi;q=0.8,en;q=0.5"), "/vi/routes/west-lake/"
        )

    def test_else_english_else_vietnamese(self):
        self.assert_redirects_to(self.go(self.route, "fr,de;q=0.5"), "/en/routes/west-lake/")
        self.assert_redirects_to(self.go(self.route, ""), "/en/routes/west-lake/")
        self.assert_redirects_to(self.go(self.van_phuc, "fr,en"), "/vi/villages/van-phuc/")

    def test_aliases_and_drafts_are_never_a_destination(self):
        # Italian has only aliases of the home and index pages and an unpublished Bát Tràng.
        self.assert_redirects_to(self.go(self.bat_trang, "it"), "/en/villages/bat-trang/")

    def test_redirect_varies_by_language_and_is_not_cached(self):
        response = self.go(self.bat_trang, "ja")
        self.assertIn("Accept-Language", response["Vary"])
        for directive in ("no-cache", "no-store", "private"):
            self.assertIn(directive, response["Cache-Control"])

    def test_language_prefixed_link_prefers_its_language(self):
        response = self.go(self.bat_trang, "en", prefix="/fr")
        self.assert_redirects_to(response, "/fr/villages/bat-trang/")
        response = self.go(self.route, "vi", prefix="/fr")
        self.assert_redirects_to(response, "/vi/routes/west-lake/")

    def test_attraction_codes_open_the_village_at_its_things_to_do(self):
        attraction = AttractionFactory(page=self.tree.bat_trang, name="Chợ gốm")
        code = codes.encode(codes.ATTRACTION, attraction.pk)
        self.assert_redirects_to(self.go(code, "fr"), "/fr/villages/bat-trang/#see-and-do")

    def test_codes_survive_a_capitalised_printout(self):
        self.assert_redirects_to(self.go(self.bat_trang.upper(), "en"), "/en/villages/bat-trang/")

    def test_unknown_codes_end_on_a_404_in_the_visitors_language(self):
        missing = codes.encode(codes.PAGE, self.tree.route.pk + 1000)
        home = codes.encode(codes.PAGE, self.tree.home.pk)  # a page, but not one with a code
        attraction = codes.encode(codes.ATTRACTION, 99999)
        for code in (missing, home, attraction, "p1x6", "nonsense", "x" * 300):
            with self.subTest(code=code):
                response = self.client.get(
                    f"/go/{code}", headers={"accept-language": "fr"}, follow=True
                )
                self.assertEqual(response.status_code, 404)
                self.assertEqual(html_attrs(response)[0], "fr")
                self.assertIn("ce code QR ne mène à aucune page", response.content.decode())

    def test_unpublished_pages_are_not_a_destination(self):
        self.tree.van_phuc.unpublish()
        response = self.client.get(f"/go/{self.van_phuc}", follow=True)
        self.assertEqual(response.status_code, 404)
