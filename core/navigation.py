"""Header and footer menus for a request, in the reader's language.

Built once per language (both menus share four queries) and kept in the
cache until content changes, and on the request, because the header and
footer are separate template includes.
"""

from django.utils import translation

from . import i18n
from .cache import remember
from .frozen import freeze, thaw
from .models import NavigationMenu


def menu_links(menu):
    """A menu's links in the reader's language; a link to a page that is not
    translated yet falls back to English (then Vietnamese) and says so."""
    if menu is None:
        return []
    items = list(menu.items.all())
    pages = {
        page.translation_key: page
        for page in i18n.localized_list([item.page for item in items], specific=False)
    }
    links = []
    for item in items:
        page = pages.get(item.page.translation_key)
        if page is None:
            continue
        # The menu's own label is in the reader's language even when the page
        # it links to is not; only a title taken from a fallback page is not.
        links.append(
            {
                "url": page.get_url(),
                "title": item.label or page.title,
                "title_is_foreign": page.is_fallback and not item.label,
                "language": page.shown_language,
                "is_fallback": page.is_fallback,
                "page_id": page.pk,
            }
        )
    return links


def menus_for_request(request):
    """Both menus in the reader's language: kept in the cache per language
    (``core.cache``), and on the request for the header and footer includes."""
    cached = getattr(request, "_site_menus", None) if request is not None else None
    if cached is None:
        frozen = remember("menus", [translation.get_language()], build_menus)
        cached = {
            handle: {"menu": thaw(NavigationMenu, menu["menu"]), "links": menu["links"]}
            for handle, menu in frozen.items()
        }
        if request is not None:
            request._site_menus = cached
    return cached


def build_menus():
    return {
        handle: {"menu": freeze(menu), "links": menu_links(menu)}
        for handle, menu in NavigationMenu.for_active_language().items()
    }
