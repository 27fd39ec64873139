"""The page at a path of one language's tree, for the side routes outside Wagtail's serve.

Wagtail's ``serve`` routes pages itself (two queries per level). The Markdown
versions of pages (api/markdown.py) and the route downloads
(wayfinding/services.py) name a page by its path under the language's home
page; they find it by ``url_path`` in one query, whatever its depth, and
judge it with ``core.privacy`` themselves.
"""

from django.db.models import CharField, F, Subquery, Value
from django.db.models.functions import Concat
from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
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


def deepest_at(root, path_components):
    """The deepest specific page on ``path_components`` under ``root``, and the components left.

    ``(page, [])`` for the page at the whole path; ``(ancestor, rest)`` when
    only the first parts name pages (a side route such as ``feed.ics``, or an
    unknown address); ``(None, path_components)`` when not even the first one
    does. One query when nothing is found, two otherwise, at any depth, where
    Wagtail's ``Page.route`` takes two per level.
    """
    prefixes, url_path = [], root.url_path
    for component in path_components:
        url_path += f"{component}/"
        prefixes.append(url_path)
    # ``url_path`` has no index, and SQLite cannot use the tree's path index for
    # ``startswith``: without the slugs (indexed) this reads every page of the site.
    page = (
        Page.objects.filter(
            slug__in=set(path_components), url_path__in=prefixes, path__startswith=root.path
        )
        .order_by("-depth")
        .specific()
        .select_related("locale", for_specific_subqueries=True)
        .first()
    )
    if page is None:
        return None, list(path_components)
    return page, list(path_components[page.depth - root.depth :])


def route_under(root, request, path_components):
    """Wagtail's ``RouteResult`` for ``path_components`` under ``root``, or ``Http404``.

    The deepest page on the path decides, as in Wagtail's routing: the whole
    path is that page's own ``route`` (live, private side routes). The rest of
    a path can only be a side route of a ``RoutablePageMixin`` page (an event's
    ``.ics`` file); under any other page it names a page that does not exist,
    a 404 at once, without Wagtail's walk down the tree (two queries a level).
    """
    page, rest = deepest_at(root, path_components)
    if page is None:
        page = root
    if rest and not isinstance(page, RoutablePageMixin):
        raise Http404
    return page.route(request, rest)
