"""The worker, the offline page and the manifest earn A+ like every other response.

The same grader and production settings as tests/security/test_headers.py
(the MDN HTTP Observatory's rules), applied to the three response types this
app adds.
"""

from django.test import TestCase, override_settings

from tests.scenario import build_language_tree
from tests.security.observatory import grade
from tests.security.retrieve import production_security_settings, retrieve

PRODUCTION = production_security_settings()
REQUIRED_SCORE = 120


@override_settings(ROOT_URLCONF="tests.security.urls", **PRODUCTION)
class OfflineObservatoryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_language_tree()

    def assert_a_plus(self, path):
        retrieved = retrieve(path)
        result = grade(retrieved)
        report = f"{path} → {retrieved.status}\n{result.breakdown()}"
        self.assertEqual(retrieved.status, 200, report)
        self.assertGreaterEqual(result.score, REQUIRED_SCORE, report)
        return retrieved

    def test_service_worker_script_scores_a_plus(self):
        retrieved = self.assert_a_plus("/sw.js")
        self.assertEqual(retrieved.first_header("Content-Type"), "text/javascript; charset=utf-8")
        self.assertIsNotNone(retrieved.first_header("Strict-Transport-Security"))

    def test_offline_page_scores_a_plus_in_each_language(self):
        for language in ("vi", "en", "ja"):
            with self.subTest(language=language):
                self.assert_a_plus(f"/{language}/offline/")

    def test_manifest_scores_a_plus(self):
        self.assert_a_plus("/en/manifest.webmanifest")

    def test_public_policy_lets_pages_register_a_same_origin_worker_only(self):
        """``worker-src`` falls back to ``script-src`` ('self', no host, no blob:)."""
        retrieved = retrieve("/en/offline/")
        policy = retrieved.first_header("Content-Security-Policy")
        directives = {
            part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()
        }
        sources = directives.get("worker-src") or directives["script-src"]
        self.assertIn("'self'", sources)
        self.assertFalse([source for source in sources if "://" in source or source == "blob:"])
        # The worker's own fetches fall under its connect-src: same origin only.
        self.assertEqual(directives["connect-src"], ["'self'"])
