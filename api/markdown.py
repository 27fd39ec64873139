"""A plain Markdown version of each public page, per language (llmstxt.org's ``.md``).

``/<lang>/villages/bat-trang.md`` is the Markdown of ``/<lang>/villages/bat-trang/``,
and ``/<lang>/index.md`` that of the language's home page. The page is found
in the URL's own language tree (the home page of that language, then its
``url_path``), then judged by core.privacy: an alias, a private, draft or
hidden sample page, or a path with no page in that language is a 404, never
another language's content.

One template per page type (``templates/markdown/<type>.txt``: Markdown, named
``.txt`` so that ``makemessages`` extracts their strings, which it would not
from ``.md`` files without also reading docs/ as templates). The text is
kept with ``core.cache.remember`` as a plain string, per host, language and
path: a publish retires it with everything else.
"""

import re

from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site

from core import i18n
from core.cache import remember
from core.privacy import is_public
from core.routing import page_at
from core.samples import samples_shown

from .queries import sample_content

# Longer paths lead nowhere on this site and would only make long cache keys.
MAX_PATH = 200
CONTENT_TYPE = "text/markdown; charset=utf-8"


def markdown_url(page):
    """The Markdown version's URL of ``page`` (relative, like ``page.url``), or ''."""
    url = page.url if page is not None else None
    if not url:
        return ""
    if page.depth <= 2:
        return f"{url.rstrip('/')}/index.md"
    return f"{url.rstrip('/')}.md"


def find_page(site, language, path):
    """The page at ``path`` in ``language``'s own tree of ``site``, specific, or None."""
    page = page_at(site, language, "" if path == "index" else f"{path}/")
    return page.specific if page is not None else None


def shown(page, language):
    """Whether ``page`` may be shown as ``language``'s Markdown.

    A product under a sample producer is a sample too (api.queries).
    """
    if page is None or not is_public(page) or page.locale.language_code != language:
        return False
    if samples_shown():
        return True
    return not Page.objects.filter(pk=page.pk).filter(sample_content()).exists()


def template_name(page):
    return f"markdown/{page._meta.model_name.removesuffix('page') or 'page'}.txt"


def render_markdown(request, page):
    context = {
        "page": page,
        "request": request,
        "base_url": request.build_absolute_uri("/"),
        "canonical": page.full_url,
        "translations": [
            {
                "name": version.name,
                "language": version.language_code,
                "url": markdown_url(version.page),
            }
            for version in i18n.real_translations(page)
            if not version.is_current
        ],
    }
    context.update(type_context(page))
    text = render_to_string(template_name(page), context, request=request)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def type_context(page):
    """Data a page type's template needs beyond the page itself (each read once)."""
    from api import context as builders

    build = getattr(builders, page._meta.model_name, None)
    return build(page) if build else {}


@require_safe
def page_markdown(request, path):
    language = translation.get_language()
    site = Site.find_for_request(request)
    if site is None or len(path) > MAX_PATH:
        raise Http404

    def build():
        page = find_page(site, language, path)
        return render_markdown(request, page) if shown(page, language) else None

    text = remember(
        "markdown",
        [site.pk, request.get_host(), language, samples_shown(), path],
        build,
        keep_none=False,
    )
    if text is None:
        raise Http404
    response = HttpResponse(text, content_type=CONTENT_TYPE)
    response["Content-Language"] = language
    return response
