"""The glossary beside a translation: the terms of its source text, approved into its language."""

from django import template
from wagtail_localize.models import String

from ..services import Matcher, entries_from_db

register = template.Library()


@register.simple_tag
def glossary_for_translation(translation):
    """``[(entry, approved translation, kept as written), …]`` for the glossary terms
    found in the source text of ``translation`` (a wagtail-localize ``Translation``),
    in three queries whatever the page's size. "Kept as written" is a name not to
    translate whose approved form is its Vietnamese spelling (not バッチャン)."""
    if translation is None:
        return []
    code = translation.target_locale.language_code
    texts = String.objects.filter(segments__source=translation.source).values_list(
        "data", flat=True
    )
    found = Matcher(entries_from_db([code])).find_all(texts)
    return [
        (entry, approved, entry.do_not_translate and approved == entry.term)
        for entry in found
        for approved in [entry.approved(code)]
    ]
