"""URLs of the wayfinding app, in two lists for tourism_site/urls.py.

``short_links`` sit at the root, outside the language prefixes, so a printed
QR code names no language. ``localized`` sit inside ``i18n_patterns``,
before Wagtail's page pattern, which would otherwise take every path that
ends with a slash.
"""

from django.urls import path, re_path

from . import views

short_links = [
    path("go/<str:code>", views.short_link, name="short_link"),
]

localized = [
    path("go/<str:code>", views.short_link, name="short_link_localized"),
    path("driver/<str:kind>/<int:pk>/", views.driver_card, name="driver_card"),
    re_path(
        r"^(?P<path>(?:[\w\-]+/)+)route\.(?P<extension>gpx|geojson)$",
        views.route_download,
        name="route_download",
    ),
]
