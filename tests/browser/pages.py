"""Which public page types exist in which languages, and how to tell them apart.

The browser tier visits every live page of the demo site. Pages are found in
the site's own ``sitemap.xml`` (every language, real translations only) and
sorted into page types by their path; ``MATRIX`` says which page types the
demo content has in which language, and a test checks that the sitemap and
the matrix agree, so new demo content cannot slip past the tier unseen.
"""

import re
from urllib.parse import urlsplit

LANGUAGES = ("vi", "en", "fr", "it", "ja", "ko")
PAGE_TYPES = (
    "home",
    "village_index",
    "village",
    "story_index",
    "story",
    "route_index",
    "route",
    "event_index",
    "event",
    "product_index",
    "producer",
    "product",
    "standard",
    "open_data",
    "404",
)
# Vietnamese, English, French and Italian have everything; the headline
# villages, the route index, the West Lake route, the events index and the
# headline events are also in Japanese and Korean (docs/demo-content.md). Every
# language has its 404 page.
PARTIAL_TYPES = (
    "home",
    "village_index",
    "village",
    "route_index",
    "route",
    "event_index",
    "event",
    "standard",
    "open_data",
    "404",
)
COMPLETE_LANGUAGES = ("vi", "en", "fr", "it", "ja", "ko")
MATRIX = [
    (page_type, language)
    for language in LANGUAGES
    for page_type in (PAGE_TYPES if language in COMPLETE_LANGUAGES else PARTIAL_TYPES)
]

_PATTERNS = [
    ("home", r"/(?P<lang>[a-z]{2})/"),
    ("village_index", r"/(?P<lang>[a-z]{2})/villages/"),
    ("village", r"/(?P<lang>[a-z]{2})/villages/[\w-]+/"),
    # Producers under their village, products under their producer (products app).
    ("producer", r"/(?P<lang>[a-z]{2})/villages/[\w-]+/[\w-]+/"),
    ("product", r"/(?P<lang>[a-z]{2})/villages/[\w-]+/[\w-]+/[\w-]+/"),
    ("product_index", r"/(?P<lang>[a-z]{2})/products/"),
    ("story_index", r"/(?P<lang>[a-z]{2})/stories/"),
    ("story", r"/(?P<lang>[a-z]{2})/stories/[\w-]+/"),
    ("route_index", r"/(?P<lang>[a-z]{2})/routes/"),
    ("route", r"/(?P<lang>[a-z]{2})/routes/[\w-]+/"),
    ("event_index", r"/(?P<lang>[a-z]{2})/events/"),
    ("event", r"/(?P<lang>[a-z]{2})/events/[\w-]+/"),
    # About, Contact, Privacy, Accessibility (home.StandardPage), in every language.
    ("standard", r"/(?P<lang>[a-z]{2})/(?:about|contact|privacy|accessibility)/"),
    # The Open data page (opendata.OpenDataPage), in every language.
    ("open_data", r"/(?P<lang>[a-z]{2})/open-data/"),
]

# The pages the keyboard, map and switcher tests use: in every language.
ROUTE = "routes/west-lake-morning-quang-an/"
VILLAGE = "villages/bat-trang/"


def classify(url):
    """``(page type, language)`` of a sitemap URL, or None for an unknown shape."""
    path = urlsplit(url).path
    for page_type, pattern in _PATTERNS:
        match = re.fullmatch(pattern, path)
        if match:
            return page_type, match["lang"]
    return None


def not_found_paths(language, existing):
    """Paths that answer 404 in ``language``.

    One exists in no language; the other, where there is one, exists only in
    other languages (the 404 page then links to them).
    """
    paths = [f"/{language}/no-such-page/"]
    here = {path.split("/", 2)[2] for path in existing if path.startswith(f"/{language}/")}
    elsewhere = sorted(
        {path.split("/", 2)[2] for path in existing} - here,
        key=lambda rest: (rest.count("/"), rest),
    )
    if elsewhere:
        paths.append(f"/{language}/{elsewhere[0]}")
    return paths
