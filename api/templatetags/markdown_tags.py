"""Filters for the Markdown templates (templates/markdown/): escaping and conversions."""

from django import template

from api import text

register = template.Library()


@register.filter
def md(value):
    """Editor text on one line, Markdown-escaped."""
    return text.escape(value)


@register.filter
def md_block(value):
    """Editor text of several paragraphs, each Markdown-escaped."""
    return text.escape_block(value)


@register.simple_tag(takes_context=True)
def md_stream(context, page, stream):
    return text.stream_markdown(page, stream, context["base_url"])


@register.simple_tag(takes_context=True)
def md_fact(context, fact):
    from core import formats

    return text.fact_line(fact, formats.format_date)


@register.simple_tag(takes_context=True)
def absolute(context, url):
    return context["request"].build_absolute_uri(url) if url else ""


@register.simple_tag(takes_context=True)
def markdown_link(context, page):
    """The absolute URL of ``page``'s Markdown version."""
    from api.markdown import markdown_url

    return absolute(context, markdown_url(page))


@register.simple_tag
def markdown_alternate(page):
    """The Markdown URL for the page head, only where the Markdown would be served."""
    from api.markdown import markdown_url
    from core.privacy import is_public

    if page is None or not hasattr(page, "depth") or getattr(page, "sample_hidden", False):
        return ""
    return markdown_url(page) if is_public(page) else ""
