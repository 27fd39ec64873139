"""Export markets: ISO 3166 country codes, named by Babel (CLDR) in the reader's language.

A buyer in Milan reads "Giappone", one in Osaka "日本": the names are never
typed by editors, so they are right in every language the site adds later.
The list holds the markets Hanoi's craft villages sell to (Europe, East Asia,
North America, Oceania, the Middle East); adding one is a code here and a
migration of the choices.
"""

from babel import Locale
from django.utils.functional import lazy
from django.utils.translation import get_language

MARKETS = (
    # Europe
    "GB", "FR", "IT", "DE", "NL", "BE", "ES", "DK", "SE", "CH", "PL",
    # East Asia
    "JP", "KR", "CN", "TW", "SG",
    # North America and Oceania
    "US", "CA", "AU", "NZ",
    # Middle East
    "AE",
)  # fmt: skip


def country_name(code, language=None):
    """The country's name in ``language`` (default: the active one), e.g. JP → "Giappone"."""
    language = (language or get_language() or "vi").replace("-", "_")
    try:
        names = Locale.parse(language).territories
    except (ValueError, TypeError):
        names = Locale("en").territories
    return names.get(code, code)


lazy_country_name = lazy(country_name, str)
# Labels follow the active language: the admin shows the editor's, pages the reader's.
MARKET_CHOICES = [(code, lazy_country_name(code)) for code in MARKETS]


def market_items(codes, language=None):
    """``[(code, name)]`` for a page's markets, in the order of ``MARKETS`` (by region)."""
    return [(code, country_name(code, language)) for code in codes or []]
