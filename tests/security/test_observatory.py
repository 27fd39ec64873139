"""The grader port reproduces the Observatory's known scores and rules."""

from django.test import SimpleTestCase

from .observatory import Retrieved, grade, parse_csp

# Headers of a stock `wagtail start` project in production (Django 5.2 defaults,
# served over HTTPS, no HTTP→HTTPS redirect, no HSTS, no CSP).
STOCK_WAGTAIL = [
    ("Content-Type", "text/html; charset=utf-8"),
    ("X-Frame-Options", "DENY"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
]
STRONG = [
    ("Content-Type", "text/html; charset=utf-8"),
    ("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"),
    ("Strict-Transport-Security", "max-age=63072000; includeSubDomains"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
]


def page(headers, route=("http://example.org/", "https://example.org/"), **kwargs):
    return Retrieved(
        url="https://example.org/",
        status=200,
        headers=list(headers),
        http_route=list(route),
        **kwargs,
    )


class GraderTests(SimpleTestCase):
    def test_stock_wagtail_production_headers_score_35_d(self):
        result = grade(page(STOCK_WAGTAIL, route=["http://example.org/"]))
        self.assertEqual((result.score, result.grade), (35, "D"), result.breakdown())

    def test_strong_headers_earn_every_bonus(self):
        result = grade(page(STRONG))
        # 100 + CSP default-src 'none' 10 + referrer 5 + frame-ancestors 5 + CORP 10
        self.assertEqual((result.score, result.grade), (130, "A+"), result.breakdown())

    def test_bonuses_do_not_count_below_90(self):
        weak = [header for header in STRONG if header[0] != "Strict-Transport-Security"]
        result = grade(page(weak, route=["http://example.org/"]))
        self.assertEqual(result.score, 60, result.breakdown())  # 100 - 20 HSTS - 20 redirect

    def test_nonce_cancels_unsafe_inline_in_script_src(self):
        csp = "default-src 'none'; script-src 'self' 'unsafe-inline' 'nonce-abc'"
        headers = [(k, v) for k, v in STRONG if k != "Content-Security-Policy"]
        result = grade(page([*headers, ("Content-Security-Policy", csp)]))
        expected = "csp-implemented-with-no-unsafe-default-src-none"
        self.assertEqual(result.results[0].result, expected)

    def test_unsafe_inline_script_costs_20(self):
        csp = "default-src 'self'; script-src 'self' 'unsafe-inline'"
        result = grade(page([("Content-Security-Policy", csp)]))
        self.assertEqual(result.results[0].result, "csp-implemented-with-unsafe-inline")
        self.assertEqual(result.results[0].modifier, -20)

    def test_unsafe_inline_style_only_forfeits_the_csp_bonus(self):
        csp = "default-src 'none'; style-src 'self' 'unsafe-inline'"
        headers = [(k, v) for k, v in STRONG if k != "Content-Security-Policy"]
        result = grade(page([*headers, ("Content-Security-Policy", csp)]))
        self.assertEqual(
            result.results[0].result, "csp-implemented-with-unsafe-inline-in-style-src-only"
        )

    def test_session_cookie_without_secure_flag_is_penalised(self):
        result = grade(page(STRONG, set_cookies=["sessionid=abc; HttpOnly; Path=/; SameSite=Lax"]))
        cookies = next(r for r in result.results if r.name == "cookies")
        expected = "cookies-session-without-secure-flag-but-protected-by-hsts"
        self.assertEqual(cookies.result, expected)

    def test_duplicate_directive_makes_the_policy_invalid(self):
        result = grade(page([("Content-Security-Policy", "default-src 'none'; default-src *")]))
        self.assertEqual(result.results[0].result, "csp-header-invalid")

    def test_two_policies_keep_only_sources_both_allow(self):
        parsed = parse_csp(["img-src 'self' https://a.example", "img-src https://a.example"])
        self.assertEqual(parsed["img-src"], {"https://a.example"})
