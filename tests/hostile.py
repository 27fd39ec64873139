"""Hostile requests for every URL pattern of the site, built from the URL conf itself.

Shared by tests/core/test_url_table.py (through the test client, on SQLite and
PostgreSQL) and scripts/abuse.py (over HTTP against gunicorn). Every pattern
that ``get_resolver()`` knows becomes a path template: route patterns are
read directly (``<int:pk>`` becomes an ``{int}`` slot, ``<str:code>`` a
``{text}`` slot); regular-expression patterns need a hand-written template in
``REGEX_TEMPLATES``. A new route with no template makes ``uncovered()``
non-empty, and the test fails, so no route can be forgotten.

Each template then yields a well-formed sample and hostile variants: every
slot filled with huge, negative, NUL, overlong, odd-unicode and %-junk values,
a NUL byte added to the path and to the query, junk and repeated query
parameters, and junk headers (Accept-Language, Host, X-Forwarded-For, a
cookie with a NUL byte).
"""

import re
from dataclasses import dataclass, field

from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern

SLOT = re.compile(r"\{(int|text|uuid)\}")
ROUTE_PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")
CONVERTER_SLOTS = {"int": "{int}", "str": "{text}", "slug": "{text}", "path": "{text}"}
CONVERTER_SLOTS["uuid"] = "{uuid}"
# What a well-formed request puts in each slot.
DEFAULTS = {"int": "1", "text": "x", "uuid": "00000000-0000-0000-0000-000000000001"}
LARGEST_ID = 2**63 - 1
# Ids no database integer holds (SQLite's OverflowError came from 2**63), and the edges.
# "huge id" probes (these and ZERO_INTS) must be a 404.
HUGE_INTS = (str(2**63), str(2**64), "9" * 40)
EDGE_INTS = (str(LARGEST_ID), str(2**31), "-1", "01")
# No auto-increment id is 0 (Wagtail's revision views read 0 as "no revision").
ZERO_INTS = ("0", "00")
NUL_TEXTS = ("%00", "x%00.jpg")
ODD_TEXTS = (
    "a" * 3000,  # overlong
    "%F0%9F%98%80",  # emoji
    "%E2%80%AE%D8%A7",  # right-to-left override, Arabic letter
    "%EF%BC%91",  # fullwidth digit one
    "%E0%A4%A",  # truncated UTF-8
    "%C0%80",  # overlong UTF-8 encoding of NUL
    "%FF%FE",  # not UTF-8 at all
    "%25%",  # a lone percent sign
    "..%2F..%2Fetc%2Fpasswd",
    "%3Cscript%3E",
    "-1",
)
QUERIES = (
    "page=%00",
    "%00=1",
    "page=1&page=2&page=x&page=",
    "%=%&&=&%%",
    "q=" + "b" * 3000,
    "id=" + str(2**63) + "&pk=-1&page=" + "9" * 40,
    "month=%EF%BC%91&experience=&experience=&page=%D9%A1",
)
HEADERS = (
    {"Accept-Language": "@@;q=zz,,"},
    {"Accept-Language": "x" * 1000 + ";q=1e999"},
    {"Accept-Language": "fr;q=nan, *;q=-1"},
    {"Host": "evil.example"},
    {"Host": "127.0.0.1:99999"},
    {"X-Forwarded-For": "unknown"},
    {"X-Forwarded-For": "999.1.1.1, %00"},
    {"Cookie": "sessionid=abc%00def; csrftoken=" + "c" * 300},
)
NUL_HEADERS = ({"User-Agent": "probe\x00"}, {"Cookie": "sessionid=a\x00b"})

# 500s a signed-in superuser can still cause in Wagtail 7.4's admin, not in our code:
# its page for checking the 500 page (deliberate), and "move" on the tree's root
# (page 1 has no parent: ``set_page_position`` calls ``get_parent().permissions_for_user``).
KNOWN_ADMIN_ERRORS = {
    ("admin/failwhale/", "/admin/failwhale/"),
    ("admin/pages/<int:page_to_move_id>/set_position/", "/admin/pages/1/set_position/"),
    ("admin/pages/<int:page_to_move_id>/set_position/", "/admin/pages/01/set_position/"),
}

# Templates for the patterns that are regular expressions ({lang} is a
# language prefix). Keys are the full pattern as ``pattern_key`` writes it.
REGEX_TEMPLATES = {
    r"admin/pages/^(\d+)/revisions/compare/(live|earliest|\d+)\.\.\.(live|latest|\d+)/$": [
        "admin/pages/{int}/revisions/compare/earliest...{int}/",
        "admin/pages/{int}/revisions/compare/{int}...latest/",
    ],
    r"admin/^.*/$": ["admin/{text}/"],
    r"documents/^(\d+)/(.*)$": ["documents/{int}/{text}"],
    # The same download view wrapped by core/downloads.py (issue 9), at the same URL.
    r"^documents/(\d+)/(.*)$": ["documents/{int}/{text}"],
    r"^media/(?P<path>.+)$": ["media/{text}", "media/original_images/{text}.jpg"],
    r"{lang}/^(?P<path>(?:[\w\-]+/)+)route\.(?P<extension>gpx|geojson)$": [
        "{lang}/routes/{text}/route.gpx",
        "{lang}/routes/{text}/route.geojson",
    ],
    r"{lang}/^((?:[\w\-]+/)+[\w\-]+\.ics)$": ["{lang}/events/{text}.ics", "{lang}/{text}/feed.ics"],
    r"{lang}/^((?:[\w\-]+/)*)$": [
        "{lang}/{text}/",
        "{lang}/villages/{text}/",
        "{lang}/{text}/{text}/",
    ],
    # Markdown versions of pages (api/markdown.py).
    r"{lang}/^(?P<path>(?:[\w\-]+/)*[\w\-]+)\.md$": [
        "{lang}/{text}.md",
        "{lang}/villages/{text}.md",
    ],
    # Feeds and GeoJSON layers (opendata/urls.py): known kinds and layers only.
    r"{lang}/^feeds/(?P<kind>stories|events)\.rss$": ["{lang}/feeds/stories.rss"],
    r"{lang}/^feeds/(?P<kind>stories|events)\.atom$": ["{lang}/feeds/events.atom"],
    r"{lang}/^open-data/(?P<layer>villages|routes|events)\.geojson$": [
        "{lang}/open-data/villages.geojson",
        "{lang}/open-data/routes.geojson",
    ],
}


@dataclass
class Probe:
    """One request: a path with its query, extra headers, and what it must not be."""

    path: str
    pattern: str
    kind: str
    headers: dict = field(default_factory=dict)
    # 400 for NUL bytes, 404 for ids beyond any database integer, else only "< 500".
    expected: tuple = ()


def _regex_is_literal(regex):
    text = regex.removeprefix("^").removesuffix("$")
    return re.escape(text) == text


def _piece(pattern):
    """A pattern level as text, and the template part it contributes (None: needs a table)."""
    if isinstance(pattern, LocalePrefixPattern):
        return "{lang}/", "{lang}/"
    if isinstance(pattern, RoutePattern):
        route = str(pattern)
        template = route
        for match in ROUTE_PARAMETER.finditer(route):
            slot = CONVERTER_SLOTS.get(match["converter"] or "str")
            if slot is None:
                return route, None
            template = template.replace(match[0], slot, 1)
        return route, template
    if isinstance(pattern, RegexPattern):
        regex = str(pattern)
        if _regex_is_literal(regex):
            return regex, regex.removeprefix("^").removesuffix("$")
        return regex, None
    return str(pattern), None


def _walk(patterns, chain=()):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _walk(entry.url_patterns, (*chain, entry.pattern))
        else:
            yield (*chain, entry.pattern)


def pattern_templates(urlconf=None):
    """``{pattern key: [path templates]}`` for every pattern; [] where one is missing."""
    table = {}
    for chain in _walk(get_resolver(urlconf).url_patterns):
        keys, parts = [], []
        for pattern in chain:
            key, part = _piece(pattern)
            keys.append(key)
            parts.append(part)
        key = "".join(keys)
        if all(part is not None for part in parts):
            table[key] = ["".join(parts)]
        else:
            table[key] = list(REGEX_TEMPLATES.get(key, []))
    return table


def uncovered(urlconf=None):
    return sorted(key for key, templates in pattern_templates(urlconf).items() if not templates)


def _fill(template, language, values=None):
    """The template with each slot filled: ``values`` by slot position, else defaults."""
    values = values or {}
    counter = iter(range(1000))

    def replace(match):
        position = next(counter)
        return values.get(position, DEFAULTS[match[1]])

    return "/" + SLOT.sub(replace, template.replace("{lang}", language))


def probes(urlconf=None, languages=("vi", "en"), with_headers=True, with_nul_headers=True):
    """Every probe for every pattern (a list; a few thousand for this site)."""
    result = []
    for key, templates in pattern_templates(urlconf).items():
        for template in templates:
            slots = [match[1] for match in SLOT.finditer(template)]
            for language in languages if "{lang}" in template else languages[:1]:
                result.append(Probe(_fill(template, language), key, "sample"))
            base = _fill(template, languages[-1])
            for position, slot in enumerate(slots):
                if slot == "int":
                    # Outside the language prefixes Django's LocaleMiddleware turns
                    # a 404 into a redirect to the prefixed path (which is a 404).
                    expected = (404,) if template.startswith("{lang}") else (404, 302)
                    for value in HUGE_INTS + ZERO_INTS:
                        path = _fill(template, languages[-1], {position: value})
                        result.append(Probe(path, key, "huge id", expected=expected))
                    for value in EDGE_INTS:
                        path = _fill(template, languages[-1], {position: value})
                        result.append(Probe(path, key, "edge id"))
                for value in NUL_TEXTS:
                    path = _fill(template, languages[-1], {position: value})
                    result.append(Probe(path, key, "NUL in path", expected=(400,)))
                for value in ODD_TEXTS:
                    path = _fill(template, languages[-1], {position: value})
                    result.append(Probe(path, key, "odd text"))
            result.append(Probe(base + "%00", key, "NUL in path", expected=(400,)))
            for query in QUERIES:
                expected = (400,) if "%00" in query else ()
                result.append(Probe(f"{base}?{query}", key, "query", expected=expected))
            if with_headers:
                for headers in HEADERS:
                    result.append(Probe(base, key, "header", headers=dict(headers)))
            if with_nul_headers:
                for headers in NUL_HEADERS:
                    result.append(Probe(base, key, "NUL header", dict(headers), expected=(400,)))
    return result
