"""How an OCOP result is said: in words first (screen readers, print), stars second."""

from django.utils.translation import gettext as _

from core.formats import MONTH, format_date

from .models import Rating


def rating_words(rating):
    """ "4-star OCOP product", as each language says it (Korean "OCOP 4성 제품")."""
    return {
        Rating.THREE: _("3-star OCOP product"),
        Rating.FOUR: _("4-star OCOP product"),
        Rating.POTENTIAL_FIVE: _("4-star OCOP product with 5-star potential"),
        Rating.FIVE: _("5-star OCOP product"),
    }[Rating(rating)]


def certificate_words(certificate):
    """ "4-star OCOP product, certified in 2024": the whole result in one sentence.

    Without a decision date the result is dated by the source that reports it
    ("…, reported in May 2025"), never by a date made up for it.
    """
    rating = rating_words(certificate.rating)
    if certificate.decision_date:
        return _("%(rating)s, certified in %(year)s") % {
            "rating": rating,
            # A year is written without grouping in every language ("2024", never "2,024").
            "year": str(certificate.decision_date.year),
        }
    if certificate.source_date:
        return _("%(rating)s, reported in %(date)s") % {
            "rating": rating,
            "date": format_date(certificate.source_date, MONTH),
        }
    return rating


def stars_drawn(certificate):
    """★★★★☆: decoration beside the words (aria-hidden), five places, filled as earned."""
    return "★" * certificate.stars + "☆" * (5 - certificate.stars)
