"""The package's size and date in the reader's language (Babel, through core/formats.py)."""

import datetime

from django import template

from core import formats

register = template.Library()


@register.simple_tag
def file_size(size):
    return formats.format_file_size(size)


@register.simple_tag
def iso_date(value):
    """An ISO 8601 moment (from metadata.json) as a long date in the reader's language."""
    if not value:
        return ""
    try:
        moment = datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return ""
    return formats.format_date(moment)
