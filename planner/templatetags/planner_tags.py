"""Codes for the "Add to my day" buttons: ids of the Vietnamese (source) versions.

A button on the French page of a village adds the same code as the button on
its Vietnamese page, so a plan put together in several languages has no
doubles and a share link opens in any language (planner/codec.py).
"""

from django import template
from wagtail.models import Page

from core import i18n
from core.cache import remember
from villages.models import Attraction

register = template.Library()


def source_page_id(page):
    default = i18n.default_locale()
    if page.locale_id == default.pk:
        return page.pk

    def build():
        found = (
            Page.objects.filter(translation_key=page.translation_key, locale=default)
            .values_list("pk", flat=True)
            .first()
        )
        return found or page.pk

    return remember("planner-source-page", [page.translation_key], build)


def source_attraction_id(attraction):
    default = i18n.default_locale()
    if attraction.locale_id == default.pk:
        return attraction.pk

    # One query for all the attractions of the village, not one per button.
    def build():
        keys = Attraction.objects.filter(page_id=attraction.page_id).values("translation_key")
        return dict(
            Attraction.objects.filter(locale=default, translation_key__in=keys).values_list(
                "translation_key", "pk"
            )
        )

    ids = remember("planner-source-attractions", [attraction.page_id], build)
    return ids.get(attraction.translation_key, attraction.pk)


@register.simple_tag
def planner_code(kind, obj, index=None):
    """The plan code of ``obj``: ``kind`` is village, attraction, event, stop or route.

    For a stop, ``obj`` is its route page and ``index`` its position from 1;
    for a route, every stop in order. "" for an object not saved yet (the
    preview of a new page): a plan can only hold what has an id.
    """
    if obj is None or obj.pk is None:
        return ""
    if kind == "attraction":
        return f"a{source_attraction_id(obj)}"
    if kind == "stop":
        return f"s{source_page_id(obj)}.{index}"
    if kind == "route":
        route_id = source_page_id(obj)
        return ",".join(f"s{route_id}.{stop.number}" for stop in obj.stop_list)
    return f"{kind[0]}{source_page_id(obj)}"
