"""A Python port of the MDN HTTP Observatory's header grader.

Source: github.com/mdn/mdn-http-observatory (algorithm version 4), read file by
file; each function below names the file it follows:

- ``src/scanner/index.js``: the ten tests, start at 100, bonuses count only
  when the score without them is already ≥ 90 (``MINIMUM_SCORE_FOR_EXTRA_CREDIT``).
- ``src/grader/charts.js``: the score modifiers (``SCORE_TABLE``) and grades.
- ``src/grader/grader.js``: score → grade.
- ``src/analyzer/cspParser.js`` and ``src/analyzer/tests/*.js``: one test each.

What the port leaves out, because nothing here needs it:
- the HSTS preload list (``hsts.js``): our hosts are not on it, so
  ``hsts-preloaded`` and ``redirection-all-redirects-preloaded`` never apply;
- certificate checks: the test client has no TLS, responses count as verified;
- tldts' public-suffix lookup in the SRI test: "same site" compares the last
  two host labels, which is exact for the test hosts used here.

The retrieval itself (what the Observatory fetches) is up to the caller: see
``Retrieved``. The grader is pure and takes no Django objects.
"""

import math
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from urllib.parse import urlsplit

# --- src/types.js: Expectation values -----------------------------------------
# --- src/grader/charts.js: SCORE_TABLE modifiers ------------------------------
SCORE_TABLE = {
    # CSP
    "csp-implemented-with-no-unsafe-default-src-none": 10,
    "csp-implemented-with-no-unsafe": 5,
    "csp-implemented-with-unsafe-inline-in-style-src-only": 0,
    "csp-implemented-with-insecure-scheme-in-passive-content-only": -10,
    "csp-implemented-with-unsafe-eval": -10,
    "csp-implemented-with-unsafe-inline": -20,
    "csp-implemented-with-insecure-scheme": -20,
    "csp-header-invalid": -25,
    "csp-not-implemented": -25,
    "csp-not-implemented-but-reporting-enabled": -25,
    "csp-implemented-but-duplicate-directives": 0,
    # Cookies
    "cookies-secure-with-httponly-sessions-and-samesite": 5,
    "cookies-secure-with-httponly-sessions": 0,
    "cookies-not-found": 0,
    "cookies-without-secure-flag-but-protected-by-hsts": -5,
    "cookies-session-without-secure-flag-but-protected-by-hsts": -10,
    "cookies-without-secure-flag": -20,
    "cookies-samesite-flag-invalid": -20,
    "cookies-anticsrf-without-samesite-flag": -20,
    "cookies-session-without-httponly-flag": -30,
    "cookies-session-without-secure-flag": -40,
    # CORS
    "cross-origin-resource-sharing-not-implemented": 0,
    "cross-origin-resource-sharing-implemented-with-public-access": 0,
    "cross-origin-resource-sharing-implemented-with-restricted-access": 0,
    "cross-origin-resource-sharing-implemented-with-universal-access": -50,
    # Redirection
    "redirection-all-redirects-preloaded": 0,
    "redirection-to-https": 0,
    "redirection-not-needed-no-http": 0,
    "redirection-off-host-from-http": -5,
    "redirection-not-to-https-on-initial-redirection": -10,
    "redirection-not-to-https": -20,
    "redirection-missing": -20,
    "redirection-invalid-cert": -20,
    # Referrer-Policy
    "referrer-policy-private": 5,
    "referrer-policy-not-implemented": 0,
    "referrer-policy-unsafe": -5,
    "referrer-policy-header-invalid": -5,
    # HSTS
    "hsts-preloaded": 5,
    "hsts-implemented-max-age-at-least-six-months": 0,
    "hsts-implemented-max-age-less-than-six-months": -10,
    "hsts-not-implemented": -20,
    "hsts-header-invalid": -20,
    "hsts-not-implemented-no-https": -20,
    "hsts-invalid-cert": -20,
    # Subresource integrity
    "sri-implemented-and-all-scripts-loaded-securely": 5,
    "sri-implemented-and-external-scripts-loaded-securely": 5,
    "sri-not-implemented-response-not-html": 0,
    "sri-not-implemented-but-no-scripts-loaded": 0,
    "sri-not-implemented-but-all-scripts-loaded-from-secure-origin": 0,
    "sri-not-implemented-but-external-scripts-loaded-securely": -5,
    "sri-implemented-but-external-scripts-not-loaded-securely": -20,
    "sri-not-implemented-and-external-scripts-not-loaded-securely": -50,
    # X-Content-Type-Options
    "x-content-type-options-nosniff": 0,
    "x-content-type-options-not-implemented": -5,
    "x-content-type-options-header-invalid": -5,
    # X-Frame-Options
    "x-frame-options-implemented-via-csp": 5,
    "x-frame-options-sameorigin-or-deny": 0,
    "x-frame-options-allow-from-origin": 0,
    "x-frame-options-not-implemented": -20,
    "x-frame-options-header-invalid": -20,
    # Cross-Origin-Resource-Policy
    "corp-header-invalid": -5,
    "corp-implemented-with-cross-origin": 0,
    "corp-implemented-with-same-origin": 10,
    "corp-implemented-with-same-site": 10,
    "corp-not-implemented": 0,
    # Generic
    "html-not-parseable": -20,
}
MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90
GRADE_CHART = {
    100: "A+", 95: "A", 90: "A", 85: "A-", 80: "B+", 75: "B", 70: "B", 65: "B-", 60: "C+",
    55: "C", 50: "C", 45: "C-", 40: "D+", 35: "D", 30: "D", 25: "D-", 20: "F", 15: "F",
    10: "F", 5: "F", 0: "F",
}  # fmt: skip
HTML_TYPES = {"text/html", "application/xhtml+xml"}


@dataclass
class Retrieved:
    """What the Observatory fetches for one URL (src/retriever/retriever.js).

    ``headers`` are (name, value) pairs as sent; ``set_cookies`` the raw
    Set-Cookie values of every response in the session (the cookie jar);
    ``http_route`` the URLs visited from the plain-HTTP URL, following
    redirects (``None`` if plain HTTP does not answer); ``cors_headers`` the
    headers of the answer to the same request sent with an ``Origin``.
    """

    url: str
    status: int
    headers: list
    body: str = ""
    set_cookies: list = field(default_factory=list)
    http_route: list | None = None
    cors_headers: list = field(default_factory=list)
    cors_origin: str = "https://http-observatory.security.mozilla.org"

    def header_values(self, name):
        return [value for key, value in self.headers if key.lower() == name.lower()]

    def first_header(self, name):
        values = self.header_values(name)
        return values[0] if values else None

    @property
    def mime(self):
        return (self.first_header("Content-Type") or "").split(";")[0].strip().lower()


@dataclass
class Result:
    name: str
    result: str

    @property
    def modifier(self):
        return SCORE_TABLE[self.result]


@dataclass
class Grade:
    score: int
    grade: str
    results: list

    def breakdown(self):
        lines = [f"score {self.score} ({self.grade})"]
        lines += [f"  {r.modifier:+4d}  {r.name}: {r.result}" for r in self.results]
        return "\n".join(lines)


def only_if_worse(new, old, order):
    """src/analyzer/utils.js: keep the worse of two results."""
    if not old:
        return new
    return new if order.index(new) > order.index(old) else old


# --- meta http-equiv and script tags (the retriever's HTML parsing) -----------
class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.http_equiv = {}
        self.scripts = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "meta" and attributes.get("http-equiv"):
            name = attributes["http-equiv"].lower()
            self.http_equiv.setdefault(name, []).append(attributes.get("content") or "")
        elif tag == "script":
            self.scripts.append(attributes)


def _parse_page(retrieved):
    parser = _PageParser()
    if retrieved.mime in HTML_TYPES or not retrieved.mime:
        parser.feed(retrieved.body or "")
    return parser


# --- src/analyzer/cspParser.js ------------------------------------------------
SHORTEST_DIRECTIVE_LENGTH = len("img-src") - 1
DIRECTIVES_DISALLOWED_IN_META = ("frame-ancestors", "report-uri", "sandbox")
ALLOWED_DUPLICATE_KEYS = {"report-uri", "report-to"}
DUPLICATE_WARNINGS_KEY = "_observatory_duplicate_warnings"


class CspParseError(ValueError):
    pass


@dataclass
class _Source:
    source: str
    index: int
    keep: bool


def _path_part_match(path_a, path_b):
    if not path_a:
        return True
    if path_a == "/" and not path_b:
        return True
    exact = not path_a.endswith("/")
    list_a, list_b = path_a.split("/"), path_b.split("/")
    if len(list_a) > len(list_b) or (exact and len(list_a) != len(list_b)):
        return False
    if not exact:
        list_a.pop()
    return all(a == b for a, b in zip(list_a, list_b, strict=False))


def parse_csp(policies):
    """Directive → set of sources; several policies intersect as the JS does."""
    clean = [policy.replace("\r", "").replace("\n", "").strip() for policy in policies]
    if not clean:
        return {}
    for policy in clean:
        if not policy or len(policy) < SHORTEST_DIRECTIVE_LENGTH:
            raise CspParseError(policy)
    csp = {}
    duplicates = set()
    for index, policy in enumerate(clean):
        seen = set()
        for entry in policy.split(";"):
            tokens = entry.split()
            if not tokens:
                continue
            directive, raw_values = tokens[0].lower(), tokens[1:]
            if directive in seen:
                if directive not in ALLOWED_DUPLICATE_KEYS:
                    raise CspParseError(f"duplicate directive {directive}")
                duplicates.add(directive)
            else:
                seen.add(directive)
            keep = index == 0
            values = [_Source(raw.strip().lower(), index, keep) for raw in raw_values]
            if not values and directive.endswith("-src"):
                values = [_Source("'none'", index, keep)]
            combined = values if index == 0 else [*csp.get(directive, []), *values]
            # The JS sorts with Intl.Collator("en"); the loop below only needs a
            # prefix to sort right before its extensions, which any order gives.
            combined.sort(key=lambda source: source.source)
            for position in range(1, len(combined)):
                current, previous = combined[position], combined[position - 1]
                if current.index == previous.index and current.source.startswith(previous.source):
                    current.keep = False
                if current.index != previous.index and _path_part_match(
                    previous.source, current.source
                ):
                    current.keep = True
            csp[directive] = [source for source in combined if source.keep]
            if index == 0 and len(policies) > 1:
                for source in csp[directive]:
                    source.keep = False
    final = {
        directive: {source.source for source in sources} if sources else {"'none'"}
        for directive, sources in csp.items()
    }
    if duplicates:
        final[DUPLICATE_WARNINGS_KEY] = duplicates
    return final


def parse_csp_meta(policies):
    parsed = parse_csp(policies)
    for directive in DIRECTIVES_DISALLOWED_IN_META:
        parsed.pop(directive, None)
    return parsed


# --- src/analyzer/tests/csp.js ------------------------------------------------
DANGEROUSLY_BROAD = {
    "ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*", "https://*.*",
}  # fmt: skip
UNSAFE_INLINE = {"'unsafe-inline'", "data:"}
BROAD_OR_INLINE = DANGEROUSLY_BROAD | UNSAFE_INLINE
PASSIVE_DIRECTIVES = ("img-src", "media-src")
NONCES_HASHES = ("'sha256-", "'sha384-", "'sha512-", "'nonce-")


def _split_policies(values):
    return [part.strip() for value in values for part in value.split(",")]


def _has_nonce_or_hash(sources):
    return any(source.startswith(NONCES_HASHES) for source in sources)


def csp_test(retrieved, page=None):
    """Returns (result, parsed policy or None)."""
    page = page or _parse_page(retrieved)
    http_policies = _split_policies(retrieved.header_values("Content-Security-Policy"))
    meta_policies = _split_policies(page.http_equiv.get("content-security-policy", []))
    try:
        csp = parse_csp([*http_policies, *meta_policies])
    except CspParseError:
        return "csp-header-invalid", None
    try:
        header_only = parse_csp(http_policies)
    except CspParseError:
        header_only = {}
    try:
        meta_csp = parse_csp_meta(meta_policies)
    except CspParseError:
        meta_csp = {}
    if len(header_only) + len(meta_csp) == 0:
        if retrieved.first_header("Content-Security-Policy-Report-Only"):
            return "csp-not-implemented-but-reporting-enabled", None
        return "csp-not-implemented", None

    result = None
    object_src = set(csp.get("object-src") or csp.get("default-src") or {"*"})
    script_src = set(csp.get("script-src") or csp.get("default-src") or {"*"})
    style_src = set(csp.get("style-src") or csp.get("default-src") or {"*"})
    for sources in (script_src, style_src):
        if _has_nonce_or_hash(sources):
            sources.discard("'unsafe-inline'")
    if _has_nonce_or_hash(script_src) and "'strict-dynamic'" in script_src:
        for source in list(script_src):
            if any(source.startswith(broad) for broad in DANGEROUSLY_BROAD) or source in (
                "'self'",
                "'unsafe-inline'",
            ):
                script_src.discard(source)
    elif "'strict-dynamic'" in script_src:
        result = "csp-header-invalid"

    active = [
        source
        for directive, sources in csp.items()
        if directive not in PASSIVE_DIRECTIVES and directive != "script-src"
        for source in sources
    ] + list(script_src)
    passive = [
        source
        for directive in PASSIVE_DIRECTIVES
        for source in (csp.get(directive) or csp.get("default-src") or set())
    ]
    https = urlsplit(retrieved.url).scheme == "https"

    if script_src & BROAD_OR_INLINE or object_src & DANGEROUSLY_BROAD:
        result = result or "csp-implemented-with-unsafe-inline"
    if https and any(source.startswith(("http:", "ftp:")) for source in active):
        result = result or "csp-implemented-with-insecure-scheme"
    if "'unsafe-eval'" in script_src | style_src:
        result = result or "csp-implemented-with-unsafe-eval"
    if https and any(source.startswith(("http:", "ftp:")) for source in passive):
        result = result or "csp-implemented-with-insecure-scheme-in-passive-content-only"
    if style_src & BROAD_OR_INLINE:
        result = result or "csp-implemented-with-unsafe-inline-in-style-src-only"
    if csp.get("default-src") == {"'none'"}:
        result = result or "csp-implemented-with-no-unsafe-default-src-none"
    else:
        result = result or "csp-implemented-with-no-unsafe"
    passing = (
        "csp-implemented-with-no-unsafe",
        "csp-implemented-with-no-unsafe-default-src-none",
        "csp-implemented-with-unsafe-inline-in-style-src-only",
        "csp-implemented-with-insecure-scheme-in-passive-content-only",
    )
    if result in passing and DUPLICATE_WARNINGS_KEY in csp:
        result = "csp-implemented-but-duplicate-directives"
    data = {key: value for key, value in csp.items() if key != DUPLICATE_WARNINGS_KEY}
    return result, data


# --- src/analyzer/tests/strict-transport-security.js --------------------------
SIX_MONTHS = 15_552_000


def hsts_test(retrieved):
    if urlsplit(retrieved.url).scheme != "https":
        return "hsts-not-implemented-no-https"
    values = retrieved.header_values("Strict-Transport-Security")
    if not values:
        return "hsts-not-implemented"
    data = values[0][:1024]
    if "," in data:
        return "hsts-header-invalid"
    max_age = None
    for parameter in (part.strip().lower() for part in data.split(";")):
        if parameter.startswith("max-age="):
            # Number.parseInt: leading digits; NaN (not null) when there are none,
            # and NaN < SIX_MONTHS is false.
            digits = re.match(r"\s*([+-]?\d+)", parameter[8:128])
            max_age = int(digits.group(1)) if digits else math.nan
    if max_age is None:
        return "hsts-header-invalid"
    if max_age < SIX_MONTHS:
        return "hsts-implemented-max-age-less-than-six-months"
    return "hsts-implemented-max-age-at-least-six-months"


# --- src/analyzer/tests/cookies.js --------------------------------------------
COOKIE_GOODNESS = [
    "cookies-without-secure-flag-but-protected-by-hsts",
    "cookies-without-secure-flag",
    "cookies-session-without-secure-flag-but-protected-by-hsts",
    "cookies-samesite-flag-invalid",
    "cookies-anticsrf-without-samesite-flag",
    "cookies-session-without-httponly-flag",
    "cookies-session-without-secure-flag",
]


@dataclass
class Cookie:
    key: str
    secure: bool = False
    http_only: bool = False
    same_site: str | None = None
    expired: bool = False


def parse_set_cookie(raw):
    """The parts of tough-cookie's parser the cookie test reads."""
    name_value, *attributes = raw.split(";")
    cookie = Cookie(key=name_value.split("=", 1)[0].strip())
    for attribute in attributes:
        key, _, value = attribute.strip().partition("=")
        key, value = key.strip().lower(), value.strip()
        if key == "secure":
            cookie.secure = True
        elif key == "httponly":
            cookie.http_only = True
        elif key == "samesite":
            cookie.same_site = value.lower() if value.lower() in ("strict", "lax", "none") else None
        elif key == "max-age" and value.lstrip("-").isdigit() and int(value) <= 0:
            cookie.expired = True
        elif key == "expires":
            try:
                expires = parsedate_to_datetime(value)
            except (TypeError, ValueError):
                continue
            cookie.expired = expires <= datetime.now(UTC)
    return cookie


def _invalid_same_site(raw):
    for part in raw.strip().split(";"):
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "samesite" and (
            not value or value.strip().lower() not in ("lax", "strict", "none")
        ):
            return True
    return False


def cookies_test(retrieved):
    result = None
    hsts = hsts_test(retrieved) in (
        "hsts-implemented-max-age-at-least-six-months",
        "hsts-preloaded",
    )
    for raw in retrieved.set_cookies:
        if _invalid_same_site(raw):
            result = only_if_worse("cookies-samesite-flag-invalid", result, COOKIE_GOODNESS)
    # The jar drops deleted (expired) cookies, and keeps one cookie per name.
    jar = {}
    for raw in retrieved.set_cookies:
        cookie = parse_set_cookie(raw)
        if cookie.expired:
            jar.pop(cookie.key, None)
        elif cookie.key and cookie.key != "heroku-session-affinity":
            jar[cookie.key] = cookie
    if not jar:
        return "cookies-not-found"
    missing_same_site = False
    for cookie in jar.values():
        session = any(word in cookie.key.lower() for word in ("login", "sess"))
        anticsrf = "csrf" in cookie.key.lower()
        if not cookie.secure and cookie.same_site == "none":
            result = only_if_worse("cookies-samesite-flag-invalid", result, COOKIE_GOODNESS)
        if not cookie.secure:
            worse = (
                "cookies-without-secure-flag-but-protected-by-hsts"
                if hsts
                else "cookies-without-secure-flag"
            )
            result = only_if_worse(worse, result, COOKIE_GOODNESS)
        if anticsrf and not cookie.same_site:
            result = only_if_worse(
                "cookies-anticsrf-without-samesite-flag", result, COOKIE_GOODNESS
            )
        if session and not cookie.secure:
            worse = (
                "cookies-session-without-secure-flag-but-protected-by-hsts"
                if hsts
                else "cookies-session-without-secure-flag"
            )
            result = only_if_worse(worse, result, COOKIE_GOODNESS)
        if session and not cookie.http_only:
            result = only_if_worse("cookies-session-without-httponly-flag", result, COOKIE_GOODNESS)
        if not cookie.same_site:
            missing_same_site = True
    if not result:
        result = (
            "cookies-secure-with-httponly-sessions"
            if missing_same_site
            else "cookies-secure-with-httponly-sessions-and-samesite"
        )
    return result


# --- src/analyzer/tests/cors.js -----------------------------------------------
def cors_test(retrieved):
    acao = next(
        (v for k, v in retrieved.cors_headers if k.lower() == "access-control-allow-origin"),
        None,
    )
    credentials = next(
        (v for k, v in retrieved.cors_headers if k.lower() == "access-control-allow-credentials"),
        None,
    )
    if not acao:
        return "cross-origin-resource-sharing-not-implemented"
    data = acao[:256].strip().lower()
    if data == "*":
        return "cross-origin-resource-sharing-implemented-with-public-access"
    if acao == retrieved.cors_origin and (credentials or "").strip().lower() == "true":
        return "cross-origin-resource-sharing-implemented-with-universal-access"
    return "cross-origin-resource-sharing-implemented-with-restricted-access"


# --- src/analyzer/tests/redirection.js ----------------------------------------
def redirection_test(retrieved):
    route = retrieved.http_route
    if route is None:
        return "redirection-not-needed-no-http"
    parsed = [urlsplit(url) for url in route]
    if len(parsed) == 1:
        return "redirection-missing"
    if parsed[-1].scheme != "https":
        return "redirection-not-to-https"
    if parsed[1].scheme == "http":
        return "redirection-not-to-https-on-initial-redirection"
    if (
        parsed[0].scheme == "http"
        and parsed[1].scheme == "https"
        and parsed[0].hostname != parsed[1].hostname
    ):
        return "redirection-off-host-from-http"
    return "redirection-to-https"


# --- src/analyzer/tests/referrer-policy.js ------------------------------------
REFERRER_GOOD = ("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin")
REFERRER_BAD = ("origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade")


def referrer_policy_test(retrieved, page=None):
    page = page or _parse_page(retrieved)
    values = [
        *retrieved.header_values("Referrer-Policy"),
        *page.http_equiv.get("referrer-policy", []),
    ]
    if not values:
        return "referrer-policy-not-implemented"
    valid = [
        part.strip().lower()
        for part in ", ".join(values).split(",")
        if part.strip().lower() in REFERRER_GOOD + REFERRER_BAD
    ]
    policy = valid[-1] if valid else ""
    if policy in REFERRER_GOOD:
        return "referrer-policy-private"
    if policy in REFERRER_BAD:
        return "referrer-policy-unsafe"
    return "referrer-policy-header-invalid"


# --- src/analyzer/tests/subresource-integrity.js ------------------------------
SRI_GOODNESS = [
    "sri-implemented-and-all-scripts-loaded-securely",
    "sri-implemented-and-external-scripts-loaded-securely",
    "sri-implemented-but-external-scripts-not-loaded-securely",
    "sri-not-implemented-but-external-scripts-loaded-securely",
    "sri-not-implemented-and-external-scripts-not-loaded-securely",
    "sri-not-implemented-response-not-html",
]


def _site_of(host):
    return ".".join((host or "").split(".")[-2:])


def sri_test(retrieved, page=None):
    if retrieved.mime and retrieved.mime not in HTML_TYPES:
        return "sri-not-implemented-response-not-html"
    page = page or _parse_page(retrieved)
    result = None
    foreign = False
    site_host = urlsplit(retrieved.url).hostname
    https = urlsplit(retrieved.url).scheme == "https"
    for script in page.scripts:
        src = script.get("src")
        if not src:
            continue
        integrity = script.get("integrity")
        relative_origin = relative_protocol = False
        if src.startswith("//") and not src.startswith("///"):
            relative_protocol = same_site = True
        elif src.startswith(("http://", "https://")):
            same_site = _site_of(urlsplit(src).hostname) == _site_of(site_host)
        else:
            relative_origin = same_site = True
        secure_origin = relative_origin or (same_site and not relative_protocol)
        if not secure_origin:
            foreign = True
        scheme = None if (relative_protocol or relative_origin) else urlsplit(src).scheme
        secure_scheme = scheme == "https" or (relative_origin and https)
        if not secure_origin:
            if integrity and not secure_scheme:
                new = "sri-implemented-but-external-scripts-not-loaded-securely"
            elif not integrity and secure_scheme:
                new = "sri-not-implemented-but-external-scripts-loaded-securely"
            elif not integrity:
                new = "sri-not-implemented-and-external-scripts-not-loaded-securely"
            else:
                continue
            result = only_if_worse(new, result, SRI_GOODNESS)
        elif integrity and secure_scheme and not result:
            result = "sri-implemented-and-all-scripts-loaded-securely"
    if not page.scripts:
        return "sri-not-implemented-but-no-scripts-loaded"
    if not result:
        result = (
            "sri-implemented-and-external-scripts-loaded-securely"
            if foreign
            else "sri-not-implemented-but-all-scripts-loaded-from-secure-origin"
        )
    return result


# --- src/analyzer/tests/x-content-type-options.js -----------------------------
def x_content_type_options_test(retrieved):
    header = retrieved.first_header("X-Content-Type-Options")
    if not header:
        return "x-content-type-options-not-implemented"
    if header[:256].strip().lower() == "nosniff":
        return "x-content-type-options-nosniff"
    return "x-content-type-options-header-invalid"


# --- src/analyzer/tests/x-frame-options.js ------------------------------------
def x_frame_options_test(retrieved, csp_data):
    header = retrieved.first_header("X-Frame-Options")
    if header:
        xfo = header[:1024].strip().lower()
        if xfo in ("deny", "sameorigin"):
            result = "x-frame-options-sameorigin-or-deny"
        elif xfo.startswith("allow-from"):
            result = "x-frame-options-allow-from-origin"
        else:
            result = "x-frame-options-header-invalid"
    else:
        result = "x-frame-options-not-implemented"
    if csp_data and csp_data.get("frame-ancestors"):
        result = "x-frame-options-implemented-via-csp"
    return result


# --- src/analyzer/tests/cross-origin-resource-policy.js -----------------------
def corp_test(retrieved, page=None):
    page = page or _parse_page(retrieved)
    header = retrieved.first_header("Cross-Origin-Resource-Policy")
    meta = page.http_equiv.get("cross-origin-resource-policy", [])
    value = header or (meta[-1] if meta else None)
    if not value:
        return "corp-not-implemented"
    return {
        "same-site": "corp-implemented-with-same-site",
        "same-origin": "corp-implemented-with-same-origin",
        "cross-origin": "corp-implemented-with-cross-origin",
    }.get(value[:256].strip().lower(), "corp-header-invalid")


# --- src/scanner/index.js and src/grader/grader.js ----------------------------
def grade(retrieved):
    page = _parse_page(retrieved)
    csp_result, csp_data = csp_test(retrieved, page)
    results = [
        Result("content-security-policy", csp_result),
        Result("cookies", cookies_test(retrieved)),
        Result("cross-origin-resource-sharing", cors_test(retrieved)),
        Result("redirection", redirection_test(retrieved)),
        Result("referrer-policy", referrer_policy_test(retrieved, page)),
        Result("strict-transport-security", hsts_test(retrieved)),
        Result("subresource-integrity", sri_test(retrieved, page)),
        Result("x-content-type-options", x_content_type_options_test(retrieved)),
        Result("x-frame-options", x_frame_options_test(retrieved, csp_data)),
        Result("cross-origin-resource-policy", corp_test(retrieved, page)),
    ]
    with_extra_credit = 100 + sum(result.modifier for result in results)
    uncurved = 100 + sum(result.modifier for result in results if result.modifier < 0)
    score = with_extra_credit if uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT else uncurved
    score = max(score, 0)
    letter = GRADE_CHART[min(score - score % 5, 100)]
    return Grade(score=score, grade=letter, results=results)
