from django import template

from core.structured_data import json_ld

from .. import ocop, structured_data
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


@register.simple_tag(takes_context=True)
def product_json_ld(context, page, producer):
    if page.is_sample:
        return ""
    return json_ld(structured_data.product(page, producer, context.get("request")))


@register.simple_tag(takes_context=True)
def producer_json_ld(context, page):
    if page.is_sample:
        return ""
    return json_ld(structured_data.producer_page(page, context.get("request")))
