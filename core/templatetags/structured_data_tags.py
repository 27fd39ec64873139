"""JSON-LD and sharing tags for ``base.html`` (built in core/structured_data.py, core/social.py)."""

from django import template

from core import social, structured_data

register = template.Library()


def _served_page(context):
    """The page being served, not a page a side view (an enquiry form) talks about."""
    page = context.get("page")
    if page is None or context.get("self") is not page:
        return None
    from core.models import BasePage
    from core.privacy import is_restricted_path

    if not isinstance(page, BasePage):
        return None
    # Wagtail's password and login forms render with the private page in the
    # context: nothing of it may reach their <head>.
    return None if is_restricted_path(page.path) else page


@register.simple_tag(takes_context=True)
def page_structured_data(context):
    """The page's single JSON-LD script (one ``@graph``), or nothing."""
    page = _served_page(context)
    if page is None:
        return ""
    graph = structured_data.page_graph(page, context.get("request"), context)
    return structured_data.json_ld(graph) if graph else ""


@register.inclusion_tag("includes/social_meta.html", takes_context=True)
def social_meta(context):
    page = _served_page(context)
    return {"meta": social.social_meta(page, context.get("request")) if page else None}
