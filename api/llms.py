"""``/llms.txt`` and ``/<lang>/llms.txt`` (llmstxt.org): the site described for language models.

The root file is in English and names every language with a live home page,
each with its own llms.txt and Markdown home; a language's file is in that
language and links the Markdown versions of its public main pages (home,
index pages and the pages under them, down to villages, routes, stories and
events). Both link the pages API and the sitemap.

Pages come from ``api.queries.public_pages`` (core.privacy, samples), one
query per file; the text is kept with ``core.cache.remember`` as a string.
"""

from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.views.decorators.http import require_safe
from wagtail.models import Site

from core import i18n
from core.cache import remember
from core.samples import samples_shown

from .markdown import markdown_url
from .queries import public_pages

CONTENT_TYPE = "text/markdown; charset=utf-8"
# Home (2), index pages (3) and what they list (4); producers and products sit deeper.
DEEPEST = 4


def main_pages(request, site, language, deepest=DEEPEST):
    """``[{title, depth, url, markdown}]`` in tree order, as plain data."""
    pages = (
        public_pages(site)
        .filter(locale__language_code=language, depth__lte=deepest)
        .only("title", "url_path", "path", "depth", "locale_id")
        .order_by("path")
    )
    return [
        {
            "title": page.title,
            "depth": page.depth,
            "url": request.build_absolute_uri(page.get_url(request)),
            "markdown": request.build_absolute_uri(markdown_url(page)),
        }
        for page in pages
    ]


def _respond(text):
    return HttpResponse(text, content_type=CONTENT_TYPE)


def _context(request):
    return {
        "base_url": request.build_absolute_uri("/").rstrip("/"),
        "sitemap": request.build_absolute_uri("/sitemap.xml"),
    }


@require_safe
def llms_root(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404

    def build():
        languages = []
        for code in i18n.live_home_languages():
            pages = main_pages(request, site, code, deepest=3)
            languages.append(
                {
                    "code": code,
                    "name": i18n.native_name(code),
                    "pages": pages,
                    "llms": request.build_absolute_uri(f"/{code}/llms.txt"),
                    "api": request.build_absolute_uri(f"/api/v2/pages/?locale={code}"),
                }
            )
        with translation.override("en"):
            return render_to_string(
                "api/llms.txt", {**_context(request), "languages": languages}, request=request
            )

    return _respond(remember("llms", [site.pk, request.get_host(), "", samples_shown()], build))


@require_safe
def llms_language(request):
    language = translation.get_language()
    site = Site.find_for_request(request)
    if site is None:
        raise Http404

    def build():
        if language not in i18n.live_home_languages():
            return None
        context = {
            **_context(request),
            "language": language,
            "pages": main_pages(request, site, language),
            "api": request.build_absolute_uri(f"/api/v2/pages/?locale={language}"),
            "root": request.build_absolute_uri("/llms.txt"),
        }
        return render_to_string("api/llms_language.txt", context, request=request)

    text = remember(
        "llms", [site.pk, request.get_host(), language, samples_shown()], build, keep_none=False
    )
    if text is None:
        raise Http404
    return _respond(text)
