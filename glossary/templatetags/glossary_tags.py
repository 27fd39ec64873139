"""The glossary beside a translation: the terms of its source text, approved into its language."""

from django import template
from wagtail_localize.models import String

from ..services import Matcher, entries_from_db

register = template.Library()


@register.simple_tag
def glossary_for_translation(translation):
    """``[(entry, approved translation), …]`` for the glossary terms found in the
    source text of ``translation`` (a wagtail-localize ``Translation``), in three
    queries whatever the page's size."""
    if translation is None:
        return []
    code = translation.target_locale.language_code
    texts = String.objects.filter(segments__source=translation.source).values_list(
        "data", flat=True
    )
    found = Matcher(entries_from_db([code])).find_all(texts)
    return [(entry, entry.approved(code)) for entry in found]
