"""The "Report an outdated fact" form: its own page, never cached.

Public pages are cached whole for anonymous visitors (core/cache.py), so a
form on them would carry one visitor's CSRF token to the next. Pages link to
``/<lang>/report/<page id>/`` instead: a small page of its own, rendered per
request with a fresh token, that needs no JavaScript. docs/quality-checks.md.
"""

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from wagtail.models import Page

from core import privacy

from . import services
from .forms import FactReportForm
from .models import FactReport


def public_page(page_id):
    """The page reported on, if anyone may see it; else 404 (core/privacy.py)."""
    page = Page.objects.filter(pk=page_id).select_related("locale").first()
    if not privacy.is_public(page):
        raise Http404
    return page


@never_cache
def report_form(request, page_id):
    page = public_page(page_id)
    form = FactReportForm(request.POST or None)
    if request.method == "POST":
        keys = services.counters(request, page)
        if services.is_limited(keys):
            return too_many_reports(request, page)
        if form.is_robot():
            # Answered as a success, so a robot learns nothing; nothing is stored.
            return redirect("feedback_thanks", page_id=page.pk)
        if form.is_valid():
            report = FactReport.objects.create(
                page=page,
                locale=page.locale,
                text=form.cleaned_data["text"],
                email=form.cleaned_data["email"],
            )
            services.count_report(keys)
            services.notify_editors(report)
            return redirect("feedback_thanks", page_id=page.pk)
    status = 400 if form.is_bound else 200
    return render(
        request, "feedback/report_form.html", {"reported": page, "form": form}, status=status
    )


@never_cache
def thanks(request, page_id):
    page = public_page(page_id)
    return render(request, "feedback/thanks.html", {"reported": page})


def too_many_reports(request, page):
    seconds = int(services.window().total_seconds())
    response = render(
        request,
        "feedback/too_many.html",
        {"reported": page, "minutes": seconds // 60, "language": get_language()},
        status=429,
    )
    response["Retry-After"] = str(seconds)
    add_never_cache_headers(response)
    return response
