"""JSON-LD of a page for the open-data package: what the page itself says.

``core.structured_data.page_graph`` builds the one ``@graph`` each page
carries; the package keeps each page's main object (its breadcrumb trail is
navigation, not data). Sample content is never described: ``page_graph``
says nothing for it (docs/demo-content.md).
"""

from core.structured_data import page_graph


def page_json_ld(page):
    """The schema.org object of ``page`` (specific, public), or None for sample content."""
    graph = page_graph(page)
    if graph is None:
        return None
    return graph["@graph"][0]
