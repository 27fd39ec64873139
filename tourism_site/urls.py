import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls

from accounts.password_reset import RateLimitedPasswordResetView
from api import urls as api_urls
from core import sitemaps, view_passwords
from core import views as core_views
from core.downloads import serve_document
from core.health import healthz
from core.security import serve_upload
from offline import views as offline_views
from opendata import urls as opendata_urls
from planner import views as planner_views
from wayfinding import urls as wayfinding_urls

urlpatterns = [
    path("", core_views.choose_language, name="choose_language"),
    # Outside the language prefixes: monitors ask one fixed URL.
    path("healthz", healthz, name="healthz"),
    # The service worker must sit at the root to control every path (offline/).
    path("sw.js", offline_views.service_worker, name="service_worker"),
    # Wagtail's own view with a rate limit (accounts/password_reset.py); same URL and name.
    path(
        "admin/password_reset/",
        RateLimitedPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document URLs and names, with the site's download headers and
    # a limit on password guesses (core/downloads.py, core/view_passwords.py).
    re_path(r"^documents/(\d+)/(.*)$", serve_document, name="wagtaildocs_serve"),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        view_passwords.authenticate_document,
        name="wagtaildocs_authenticate_with_password",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
    # An index of one sitemap per language (core/sitemaps.py); no language
    # prefix, so one index names them all.
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<str:section>.xml", sitemaps.language_sitemap, name="sitemap_language"),
    # The read-only pages API and /llms.txt (api/, docs/api.md).
    path("", include(api_urls.root)),
    path("", include(wayfinding_urls.short_links)),
    # The language-neutral share link of a plan (planner/views.py).
    path("my-day/", planner_views.share_redirect, name="my_day_share"),
    # The open-data package holds every language: one URL for all (opendata/).
    path("", include(opendata_urls.package)),
]

# Uploads are served by the site itself (in production too), with the
# sandboxing headers of core.security.serve_upload.
urlpatterns += [
    re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.+)$", serve_upload),
]

urlpatterns += i18n_patterns(
    path("", include("offline.urls")),
    path("my-day/", include("planner.urls")),
    # "Report an outdated fact": a page of its own, never cached (feedback/views.py).
    path("", include("feedback.urls")),
    # Trade enquiries: a form page of its own, never cached (enquiries/views.py).
    path("", include("enquiries.urls")),
    path("", include(wayfinding_urls.localized)),
    # Feeds and GeoJSON per language (opendata/).
    path("", include(opendata_urls.localized)),
    # /<lang>/llms.txt and the Markdown version of each page (api/).
    path("", include(api_urls.localized)),
    # Site search: a view of its own, never cached (search/views.py).
    path("", include("search.urls")),
    # Calendar files of event pages (events.models.CalendarRouteMixin, Wagtail's
    # RoutablePageMixin): Wagtail's own pattern takes no dot, so paths ending
    # in .ics go to Wagtail's own view here.
    re_path(r"^((?:[\w\-]+/)+[\w\-]+\.ics)$", wagtail_views.serve, name="calendar_file"),
    # Wagtail's password form for private pages, with a limit on guesses.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        view_passwords.authenticate_page,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "core.views.bad_request"
handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
