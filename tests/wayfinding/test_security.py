"""The wayfinding responses earn the site's A+ by the MDN HTTP Observatory's rules.

Same grader and production settings as tests/security/test_headers.py: route
files, driver cards and short-link redirects are response types of their own.
"""

from django.test import TestCase, override_settings

from tests.scenario import build_language_tree
from tests.security.observatory import grade
from tests.security.retrieve import production_security_settings, retrieve
from wayfinding import codes

REQUIRED_SCORE = 120


@override_settings(ROOT_URLCONF="tests.security.urls", **production_security_settings())
class WayfindingObservatoryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def assert_a_plus(self, path, status=200):
        retrieved = retrieve(path)
        result = grade(retrieved)
        headers = "\n".join(f"  {name}: {value}" for name, value in retrieved.headers)
        report = f"{path} → {retrieved.status}\n{result.breakdown()}\nheaders:\n{headers}"
        self.assertEqual(retrieved.status, status, report)
        self.assertGreaterEqual(result.score, REQUIRED_SCORE, report)
        return retrieved

    def test_route_files_score_a_plus(self):
        for extension, content_type in (
            ("gpx", "application/gpx+xml"),
            ("geojson", "application/geo+json"),
        ):
            with self.subTest(extension=extension):
                retrieved = self.assert_a_plus(f"/en/routes/west-lake/route.{extension}")
                self.assertEqual(retrieved.first_header("Content-Type"), content_type)

    def test_driver_card_scores_a_plus(self):
        self.assert_a_plus(f"/en/driver/village/{self.tree.en['village'].pk}/")
        self.assert_a_plus("/en/driver/village/999999/", status=404)

    def test_short_link_redirect_scores_a_plus(self):
        code = codes.encode(codes.PAGE, self.tree.bat_trang.pk)
        retrieved = self.assert_a_plus(f"/go/{code}", status=302)
        self.assertIn("no-store", retrieved.first_header("Cache-Control"))
