"""What each page type's Markdown template reads beyond the page (api/markdown.py).

Named after the models (``villagepage`` for ``VillagePage``). Each reads the
page's own cached parts and helpers, so the Markdown says what the HTML page
says, from the same code (hours from villages/hours.py, stops from
``RoutePage.stop_list``, OCOP results from products/ocop.py).
"""

from core.privacy import visible
from core.samples import samples_shown


def children(page):
    """Public child pages in the page's language, by title (index pages list them)."""
    from api.queries import sample_content

    pages = visible(page.get_children()).filter(locale_id=page.locale_id)
    if not samples_shown():
        pages = pages.exclude(sample_content())
    return {"children": list(pages.order_by("title").only("title", "url_path", "path", "depth"))}


villageindexpage = storyindexpage = routeindexpage = eventindexpage = productindexpage = children


def homepage(page):
    return {**children(page), "figures": list(page.figures.all())}


def villagepage(page):
    from villages import hours

    page.prefetch_parts()
    return {
        "crafts": page.craft_list,
        "hours_known": hours.is_known(page, village=page),
        "weekly": [
            (label, intervals)
            for (day, intervals), label in zip(
                hours.weekly_summary(page, village=page), _weekday_labels(), strict=True
            )
        ],
    }


def _weekday_labels():
    from villages.models.parts import Weekday

    return [Weekday(day).label for day in range(7)]


def routepage(page):
    return {"stops": page.stop_list, "totals": page.totals}


def eventpage(page):
    return {"occurrences": page.upcoming_occurrences(), "villages": page.villages}


def productpage(page):
    from products import ocop
    from products.markets import market_items
    from products.models import latest_certificate

    rows = list(page.certificates.all())
    current = latest_certificate(rows)
    producer = page.get_parent().specific
    return {
        "certificates": [
            {"row": row, "words": ocop.certificate_words(row), "current": row is current}
            for row in rows
        ],
        "producer": producer if producer.locale_id == page.locale_id else None,
        "markets": market_items(page.export_markets),
    }


def producerpage(page):
    from products.markets import market_items

    return {"markets": market_items(page.export_markets), **children(page)}


def storypage(page):
    return {"villages": page.villages}
