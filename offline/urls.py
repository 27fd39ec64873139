"""Under the language prefix: the offline page and the manifest exist in each language.

The worker itself (``/sw.js``) is at the site root, in tourism_site/urls.py,
so that it may control every path.
"""

from django.urls import path

from . import views

app_name = "offline"

urlpatterns = [
    path("offline/", views.offline_page, name="page"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
]
