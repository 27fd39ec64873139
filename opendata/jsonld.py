"""JSON-LD of a page for the open-data package: a thin adapter over the site's builders.

The page types with structured data of their own (villages, routes, events,
producers, products) are described by the builders their pages use
(core/structured_data.py, events/structured_data.py,
products/structured_data.py), so the package says what the pages say. Those
builders are being merged into one ``@graph`` per page: ``page_json_ld`` is the
one place to re-point when that lands. Other pages get a plain ``WebPage``
(``Article`` for stories).

Sample content (sample events, producers and products) is never described:
the pages leave it out of their JSON-LD too (docs/demo-content.md).
"""

from core.samples import SampleContentMixin
from core.structured_data import CONTEXT, content_language


def _builders():
    from core.structured_data import route_trip, village_destination
    from events.structured_data import event_data
    from products.structured_data import producer_page, product

    return {
        "villages.VillagePage": village_destination,
        "routes.RoutePage": route_trip,
        "events.EventPage": event_data,
        "products.ProducerPage": producer_page,
        "products.ProductPage": lambda page: product(page, page.get_parent().specific),
    }


def page_json_ld(page):
    """schema.org data of ``page`` (specific, public), or None for sample content."""
    if isinstance(page, SampleContentMixin) and page.is_sample_content:
        return None
    builder = _builders().get(page._meta.label)
    if builder is not None:
        return builder(page)
    return web_page(page)


def web_page(page):
    data = {
        "@context": CONTEXT,
        "@type": "Article" if page._meta.label == "stories.StoryPage" else "WebPage",
        "@id": page.get_full_url(),
        "name": page.title,
        "url": page.get_full_url(),
        "inLanguage": content_language(page),
    }
    description = page.search_description or getattr(page, "intro", "")
    if description:
        data["description"] = description
    if page.first_published_at:
        data["datePublished"] = page.first_published_at.isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    return data
