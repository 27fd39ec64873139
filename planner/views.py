"""The My day page, its calendar file and the language-neutral share link.

Thin views over codec.py (reading the URL) and services.py (the day itself).
Every response is private to the visitor's plan: ``never_cache`` marks it
``private, no-store``, and core.cache's page cache only stores Wagtail pages
(docs/planner.md).
"""

from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from core import i18n

from . import codec, services
from .calendar import day_calendar

SHARE_PATH = "/my-day/"


def _read(request):
    """The plan in the request, or the ``PlanError`` saying why it cannot be read."""
    return codec.parse(request.GET, request.META.get("QUERY_STRING", ""))


def _page_path(language=None):
    return f"/{language or translation.get_language()}/my-day/"


@never_cache
@require_safe
def my_day(request):
    try:
        plan = _read(request)
    except codec.PlanError as error:
        return render(
            request,
            "planner/my_day.html",
            {"error": error.message, "today": codec.today_in_hanoi(), "strings": {}},
            status=400,
        )
    operation = request.GET.get("op")
    if operation is not None:
        # The buttons of the page without JavaScript: apply, then show the plan at its own URL.
        if operation == "suggest":
            changed = plan.with_items(
                services.suggest_order(services.build(plan, translation.get_language()))
            )
        else:
            changed = codec.apply_operation(plan, operation)
        return HttpResponseRedirect(f"{_page_path()}?{changed.query()}")

    day = services.build(plan, translation.get_language(), request)
    shown = plan.with_items([stop.item for stop in day.stops])
    suggested = services.suggest_order(day) if len(day.stops) > 2 else []
    context = {
        "day": day,
        "plan": shown,
        "query": shown.query(),
        "share_url": request.build_absolute_uri(f"{SHARE_PATH}?{shown.query()}"),
        "suggested": suggested if suggested != list(shown.items) else [],
        "strings": services.plan_strings(),
        "origins": list(codec.ORIGINS.items()),
        # The header's switcher is for Wagtail pages; this page has its own, same plan.
        "languages": [
            {
                "code": code,
                "name": i18n.native_name(code),
                "url": f"{_page_path(code)}?{shown.query()}",
            }
            for code in i18n.live_home_languages()
        ],
    }
    return render(request, "planner/my_day.html", context)


@never_cache
@require_safe
def day_ics(request):
    try:
        plan = _read(request)
    except codec.PlanError as error:
        return HttpResponse(
            str(error.message), status=400, content_type="text/plain; charset=utf-8"
        )
    day = services.build(plan, translation.get_language(), request)
    if not day.stops:
        return HttpResponse(
            gettext("There is nothing in this day to put in a calendar."),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    response = HttpResponse(day_calendar(day, request), content_type="text/calendar; charset=utf-8")
    filename = f"my-day-{plan.day.isoformat()}.ics"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@require_safe
def share_redirect(request):
    """``/my-day/?…`` → ``/<language>/my-day/?…`` in the reader's best live language.

    A share link says nothing about language: the person who opens it gets
    the plan in theirs, chosen as the front door (``/``) chooses it.
    """
    language = i18n.front_door_language(request.headers.get("Accept-Language", ""))
    query = request.META.get("QUERY_STRING", "")
    # An oversized query is refused by the page itself, in the reader's language.
    target = _page_path(language) + (f"?{query}" if query else "")
    response = HttpResponseRedirect(target)
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    return response
