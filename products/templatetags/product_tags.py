from django import template

from .. import ocop
from ..markets import market_items

register = template.Library()


@register.simple_tag
def ocop_words(certificate):
    return ocop.certificate_words(certificate)


@register.simple_tag
def ocop_rating_words(certificate):
    return ocop.rating_words(certificate.rating)


@register.simple_tag
def ocop_stars(certificate):
    return ocop.stars_drawn(certificate)


@register.simple_tag
def markets(codes):
    """``[(code, name)]`` of export markets, named in the active language."""
    return market_items(codes)
