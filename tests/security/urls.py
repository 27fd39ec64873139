"""The site's URLs plus two test views: one that fails, one with an inline script."""

from django.http import HttpResponse
from django.template import engines
from django.urls import path

from tourism_site.urls import handler400, handler404, handler500
from tourism_site.urls import urlpatterns as site_urlpatterns

__all__ = ["handler400", "handler404", "handler500", "urlpatterns"]

INLINE_SCRIPT = '<!DOCTYPE html><script nonce="{{ CSP_NONCE }}">document.title = "ok";</script>'


def failing_view(request):
    raise RuntimeError("A bug, to see the 500 page's headers.")


def inline_script_view(request):
    """An inline script the way a template would write one: with the request's nonce."""
    return HttpResponse(engines["django"].from_string(INLINE_SCRIPT).render(request=request))


urlpatterns = [
    path("test-security/fail/", failing_view),
    path("test-security/inline-script/", inline_script_view),
    *site_urlpatterns,
]
