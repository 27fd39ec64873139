"""Open-data URLs in two lists for tourism_site/urls.py.

``localized`` sit inside ``i18n_patterns`` (the feeds and GeoJSON of one
language), before Wagtail's page pattern; ``package`` at the root: the zip
holds every language, so its URL names none.
"""

from django.urls import path, re_path

from . import feeds, views

localized = [
    re_path(r"^feeds/(?P<kind>stories|events)\.rss$", feeds.RssFeed(), name="opendata_feed_rss"),
    re_path(r"^feeds/(?P<kind>stories|events)\.atom$", feeds.AtomFeed(), name="opendata_feed_atom"),
    re_path(
        r"^open-data/(?P<layer>villages|routes|events)\.geojson$",
        views.geojson_layer,
        name="opendata_geojson",
    ),
]

package = [
    path("open-data/hanoi-craft-villages-open-data.zip", views.package, name="opendata_package"),
]
