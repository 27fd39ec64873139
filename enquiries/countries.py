"""Countries a buyer may write from: ISO 3166 codes, named by Babel in the reader's language."""

from babel import Locale
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.text import fold_vietnamese
from products.markets import country_name

# Babel's territories hold regions too ("150" Europe, "EU", "UN", "ZZ"…): only
# two-letter codes of countries, less the pseudo ones.
NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "XK"}
CODES = sorted(
    code
    for code in Locale("en").territories
    if len(code) == 2 and code.isalpha() and code.isupper() and code not in NOT_COUNTRIES
)


def country_choices(language=None):
    """``[(code, name)]`` sorted by name in ``language`` (default: the active one)."""
    language = language or get_language()
    return sorted(
        ((code, country_name(code, language)) for code in CODES),
        key=lambda item: fold_vietnamese(item[1]).casefold(),
    )


def validate_country(code):
    if code not in CODES:
        raise ValidationError(_("Choose a country from the list."), code="invalid_choice")
