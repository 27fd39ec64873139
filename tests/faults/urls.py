"""The site's URLs plus a view that fails, to see the 500 page for real."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from tourism_site.urls import handler400, handler404, handler500, urlpatterns  # noqa: F401


class Boom(RuntimeError):
    pass


# Set by a test to do something (take the database away) just before the view fails.
before_failing = None


def fail(request):
    if before_failing is not None:
        before_failing()
    raise Boom("a bug in a view")


urlpatterns = [
    path("boom/", fail),
    *i18n_patterns(path("boom/", fail), prefix_default_language=True),
    *urlpatterns,
]
