"""The page at a path of one language's tree, for the side routes outside Wagtail's serve.

Wagtail's ``serve`` routes pages itself (two queries per level). The Markdown
versions of pages (api/markdown.py) and the route downloads
(wayfinding/services.py) name a page by its path under the language's home
page; they find it by ``url_path`` in one query, whatever its depth, and
judge it with ``core.privacy`` themselves.
"""

from django.db.models import CharField, F, Subquery, Value
from django.db.models.functions import Concat
from wagtail.models import Page


def page_at(site, language_code, path, model=Page):
    """The ``model`` page at ``path`` (``"villages/bat-trang/"``) under the home page, or None.

    ``""`` is the home page itself. Pages of other types are None. One query:
    the home page's ``url_path`` is read in a subquery.
    """
    home_path = Subquery(
        Page.objects.filter(
            translation_key=site.root_page.translation_key, locale__language_code=language_code
        ).values("url_path")[:1]
    )
    pages = model.objects.filter(locale__language_code=language_code)
    if path.strip("/"):
        # ``url_path`` has no index; the slug (its last part) has one, and names few pages.
        pages = pages.filter(slug=path.strip("/").rsplit("/", 1)[-1])
    return (
        pages.annotate(wanted=Concat(home_path, Value(path), output_field=CharField()))
        .filter(url_path=F("wanted"))
        .select_related("locale")
        .first()
    )


def descendant_at(root, path_components):
    """The specific page at ``path_components`` under ``root``, by its ``url_path``, or None.

    Two queries at any depth, where Wagtail's ``Page.route`` takes two per
    level. The page's ``route`` still decides (live, side routes); None (a
    side route such as ``feed.ics``, or no page) leaves the path to Wagtail's
    routing, level by level.
    """
    url_path = root.url_path + "".join(f"{component}/" for component in path_components)
    # ``url_path`` has no index, and SQLite cannot use the tree's path index for
    # ``startswith``: without the slug (the path's last part, indexed) this reads
    # every page of the site.
    return (
        Page.objects.filter(slug=path_components[-1], url_path=url_path, path__startswith=root.path)
        .specific()
        .select_related("locale", for_specific_subqueries=True)
        .first()
    )
