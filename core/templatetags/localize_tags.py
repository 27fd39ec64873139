"""Filters for the wagtail-localize admin templates that core overrides."""

from django import template

from core.localize import may_submit_translation_for_review, translation_editor_props

register = template.Library()


@register.filter
def editor_props_for(props, page_perms):
    """The translation editor's props as ``page_perms``' user may use them (core/localize.py)."""
    return translation_editor_props(props, page_perms)


@register.simple_tag
def translation_state(page):
    """The dashboard's state of translation ``page`` (a Cell), or None for a source page."""
    from core.translation_status import page_status

    return page_status(page) if page is not None and page.pk else None


@register.simple_tag(takes_context=True)
def offers_review(context, page, page_perms):
    """Should the translation editor offer "Submit translation for review" (core/localize.py)?"""
    if page is None or page_perms is None:
        return False
    return may_submit_translation_for_review(context["request"].user, page, page_perms)
