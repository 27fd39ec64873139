"""The sitemaps: an index at /sitemap.xml, and one sitemap per language.

Wagtail's sitemap lists the default site's root tree only, which here is the
Vietnamese one. These list every live, public, non-alias page (``core.privacy``),
one file per language (``/sitemap-<lang>.xml``, which Django pages at 50,000
URLs with ``?p=``), and give each page its alternates (``xhtml:link
hreflang``), the same set the page itself lists in its ``<link
rel="alternate">`` tags. One file for every language grew with every page in
every language (1.5 MB at 10 × the demo): per language, a file costs the same
queries and a sixth of the time, and a change purges only its languages'
files (``core.purge``). docs/structured-data.md.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Count, Max
from django.db.models.functions import Coalesce
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.contrib.sitemaps import views as wagtail_sitemap_views
from wagtail.models import Page, Site

from .privacy import visible
from .query import QueryParameter, canonical_redirect, whole_number

# Django's page number (``?p=``): ``?p=01`` is ``?p=2``'s spelling, ``?p=1`` no parameter.
PAGE_NUMBER = QueryParameter("p", clean=whole_number, default="1", blank_is_absent=False)


def _public_pages():
    return (
        visible(Page.objects.filter(depth__gte=2))
        .select_related("locale")
        .order_by("path")
        .defer_streamfields()
    )


def languages_with_pages():
    """{language code: latest publish} of the languages with public pages (one query)."""
    rows = (
        _public_pages()
        .order_by()
        .values("locale__language_code")
        .annotate(
            pages=Count("pk"),
            lastmod=Max(Coalesce("last_published_at", "latest_revision_created_at")),
        )
    )
    found = {row["locale__language_code"]: row["lastmod"] for row in rows}
    # In the site's order of languages, as the language switcher lists them.
    return {code: found[code] for code, _name in settings.LANGUAGES if code in found}


def translation_map(request, locale_id):
    """translation_key → [(language code, full URL)] for the pages of one language.

    Built once per request and language, in one query: the public
    translations of that language's pages, the language's own included.
    """
    maps = getattr(request, "sitemap_translations", None)
    if maps is None:
        maps = request.sitemap_translations = {}
    if locale_id not in maps:
        keys = _public_pages().filter(locale_id=locale_id).values("translation_key")
        found = maps[locale_id] = {}
        for page in _public_pages().filter(translation_key__in=keys):
            found.setdefault(page.translation_key, []).append(
                (page.locale.language_code, page.get_full_url(request))
            )
    return maps[locale_id]


def sitemap_urls(page, request, lastmod):
    translations = translation_map(request, page.locale_id)[page.translation_key]
    alternates = [{"lang_code": code, "location": url} for code, url in translations]
    for code, url in translations:
        if code == settings.FALLBACK_LANGUAGE_CODE:
            alternates.append({"lang_code": "x-default", "location": url})
    return [
        {
            "location": page.get_full_url(request),
            "lastmod": lastmod,
            "alternates": alternates if len(alternates) > 1 else [],
        }
    ]


class LanguageSitemap(WagtailSitemap):
    """The public pages of one language."""

    def __init__(self, request, language_code, lastmod=None):
        super().__init__(request)
        self.language_code = language_code
        self.latest = lastmod

    def items(self):
        return _public_pages().filter(locale__language_code=self.language_code).specific()

    def get_latest_lastmod(self):
        # Django's own reads every page of the language; the index has it from one query.
        return self.latest


def language_sitemaps(request):
    """{language code: its sitemap} for the languages that have public pages."""
    return {
        code: LanguageSitemap(request, code, lastmod)
        for code, lastmod in languages_with_pages().items()
    }


def index(request):
    """/sitemap.xml: Django's sitemap index of the language sitemaps, at the Site's address."""
    redirect = canonical_redirect(request, ())
    if redirect:
        return redirect
    sitemaps = language_sitemaps(request)
    response = wagtail_sitemap_views.index(request, sitemaps, sitemap_url_name="sitemap_language")
    # Django writes the request's Host; every absolute URL of the site is the
    # Site's (core/public_url.py), as the <loc> of each page is.
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return response
    for item in response.context_data["sitemaps"]:
        parts = urlsplit(item.location)
        item.location = site.root_url + parts.path + (f"?{parts.query}" if parts.query else "")
    return response


def language_sitemap(request, section):
    """/sitemap-<lang>.xml: one language's pages; Django answers a bad ``?p=`` with 404."""
    redirect = canonical_redirect(request, (PAGE_NUMBER,))
    if redirect:
        return redirect
    return wagtail_sitemap_views.sitemap(request, language_sitemaps(request), section=section)
