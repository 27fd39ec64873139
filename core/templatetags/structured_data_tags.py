"""JSON-LD for ``{% block structured_data %}`` (core/structured_data.py builds it)."""

from django import template

from core import structured_data

register = template.Library()


@register.simple_tag(takes_context=True)
def village_structured_data(context, page):
    return structured_data.json_ld(
        structured_data.village_destination(page, context.get("request"))
    )


@register.simple_tag(takes_context=True)
def route_structured_data(context, page):
    return structured_data.json_ld(structured_data.route_trip(page, context.get("request")))
