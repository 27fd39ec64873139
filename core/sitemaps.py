"""A sitemap of every language, with each page's real translations.

Wagtail's sitemap lists the default site's root tree only, which here is the
Vietnamese one. This one lists every live, public, non-alias page of every
language, and gives each its alternates (``xhtml:link hreflang``), the same
set the page itself lists in its ``<link rel="alternate">`` tags.
"""

from collections import defaultdict

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page

from .privacy import visible


def _public_pages():
    return (
        visible(Page.objects.filter(depth__gte=2))
        .select_related("locale")
        .order_by("path")
        .defer_streamfields()
    )


def translation_map(request):
    """translation_key → [(language_code, full URL)], built once per request."""
    cached = getattr(request, "_sitemap_translations", None)
    if cached is None:
        cached = defaultdict(list)
        for page in _public_pages():
            cached[page.translation_key].append(
                (page.locale.language_code, page.get_full_url(request))
            )
        request._sitemap_translations = cached
    return cached


def sitemap_urls(page, request, lastmod):
    alternates = [
        {"lang_code": code, "location": url}
        for code, url in translation_map(request)[page.translation_key]
    ]
    for code, url in translation_map(request)[page.translation_key]:
        if code == settings.FALLBACK_LANGUAGE_CODE:
            alternates.append({"lang_code": "x-default", "location": url})
    return [
        {
            "location": page.get_full_url(request),
            "lastmod": lastmod,
            "alternates": alternates if len(alternates) > 1 else [],
        }
    ]


class Sitemap(WagtailSitemap):
    def items(self):
        return _public_pages().specific()
