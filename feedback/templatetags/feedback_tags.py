from django import template
from django.urls import reverse

from core import privacy

register = template.Library()


@register.simple_tag
def fact_report_url(page):
    """The "Report an outdated fact" link of a public page ("" for anything else).

    An alias shows its source's content: the report goes to the source.
    No query: the privacy rule reads the restricted paths from the cache.
    """
    target = getattr(page, "alias_of_id", None) or getattr(page, "pk", None)
    if not target or not getattr(page, "live", False):
        return ""
    if privacy.is_restricted_path(getattr(page, "path", None)):
        return ""
    return reverse("feedback_report", kwargs={"page_id": target})
