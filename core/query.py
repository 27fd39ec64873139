"""The query parameters a page type reads, and the one way to spell them.

``?page=01``, ``?page=+1``, ``?page=١`` and ``?page=1`` show the same list;
``?month=x1`` on a village page, ``?utm_source=…`` or a repeated empty
``?experience=`` change nothing. Each page type lists what it reads
(``BasePage.query_parameters``); any other spelling of the same query is
answered with a 301 to the canonical URL (``canonical_redirect``), which is
the only one the page cache stores (docs/performance.md). A value that the
page does not know stays as it is, and the page answers it with its 404.
"""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from django.http import HttpResponsePermanentRedirect
from django.utils.encoding import escape_uri_path

# Digits in any script (Python's \d and int() accept Arabic-Indic ones), an
# optional plus sign, surrounding spaces.
NUMBER = re.compile(r"\s*\+?(\d+)\s*")
MONTH = re.compile(r"(\d{4})-(\d{2})")


def whole_number(value):
    """``01``, ``+1``, ``١`` → ``1``; anything else as it was (the page's 404)."""
    match = NUMBER.fullmatch(value)
    if match is None:
        return value
    try:
        return str(int(match.group(1)))
    except ValueError:  # beyond int()'s digit limit: not a page number anyway
        return value


def year_month(value):
    """``٢٠٢٥-١٢`` → ``2025-12``; anything else as it was (``2025-1`` is the page's 404)."""
    match = MONTH.fullmatch(value)
    if match is None:
        return value
    return f"{int(match.group(1)):04d}-{int(match.group(2)):02d}"


def split_known(values, known):
    """``values`` as (known, unknown), each in the order given, blank and repeated ones dropped.

    Filters read their repeated parameters through this, then answer the
    unknown ones their own way (a 404, or a 400 that names them).
    """
    chosen, unknown = [], []
    for value in values:
        if value and value not in chosen and value not in unknown:
            (chosen if value in known else unknown).append(value)
    return chosen, unknown


@dataclass(frozen=True)
class QueryParameter:
    """One parameter a page reads: its name, how its values are spelled, whether it repeats."""

    name: str
    clean: Callable[[str], str] = str
    # Read with getlist() (checkboxes); else the page reads the last value, as QueryDict.get().
    many: bool = False
    # For repeated values: the known ones in the order the page writes them in its links.
    order: Callable[[], Iterable[str]] | None = None
    # The value that means the same as no parameter at all.
    default: str | None = None
    # Whether an empty value is no filter (a form's blank field) or, for a page
    # number, the page's own 404.
    blank_is_absent: bool = True

    def values(self, query):
        values = query.getlist(self.name)
        if not self.many:
            values = values[-1:]
        values = [
            self.clean(value) for value in values if value.strip() or not self.blank_is_absent
        ]
        if self.many:
            chosen = list(dict.fromkeys(values))
            known = [value for value in (self.order() if self.order else ()) if value in chosen]
            values = known + sorted(value for value in chosen if value not in known)
        return [value for value in values if value != self.default]


PAGE = QueryParameter("page", clean=whole_number, blank_is_absent=False)


def canonical_items(parameters, query):
    """The canonical ``(name, value)`` pairs of ``query`` (a QueryDict) for ``parameters``."""
    return [
        (parameter.name, value) for parameter in parameters for value in parameter.values(query)
    ]


def decoded_query(query_string):
    """A raw query string as ``(name, value)`` pairs: ``%63``, ``c`` and ``+``/``%20`` alike."""
    return parse_qsl(query_string, keep_blank_values=True)


def normalised_query(query_string):
    """One spelling per decoded query, for cache keys (the page sees only the decoded pairs)."""
    return urlencode(decoded_query(query_string))


def canonical_redirect(request, parameters):
    """A 301 to the canonical URL when the request's query differs from it; else None.

    Compared decoded, so a value sent without percent-encoding (``?month=<b>``)
    reaches the page and its 404. A canonical request is marked for the page
    cache (``is_canonical``).
    """
    canonical = canonical_items(parameters, request.GET)
    if canonical == decoded_query(request.META.get("QUERY_STRING", "")):
        request.canonical_query = True
        return None
    path = escape_uri_path(request.path)
    return HttpResponsePermanentRedirect(f"{path}?{urlencode(canonical)}" if canonical else path)


def is_canonical(request):
    return getattr(request, "canonical_query", False) is True
