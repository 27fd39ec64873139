"""Template helpers: figures, dates, durations, money, menus and languages."""

from decimal import Decimal

from django import template
from django.utils import formats, numberformat, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import i18n, navigation

register = template.Library()


def _number(value):
    if value is None:
        return ""
    value = Decimal(value)
    places = 0 if value == value.to_integral() else max(0, -value.normalize().as_tuple().exponent)
    # Django's Vietnamese formats leave NUMBER_GROUPING unset (no grouping), which
    # prints 3317 and 150000 ₫; group by thousands in every language instead.
    return numberformat.format(
        value,
        formats.get_format("DECIMAL_SEPARATOR"),
        decimal_pos=places,
        grouping=formats.get_format("NUMBER_GROUPING") or 3,
        thousand_sep=formats.get_format("THOUSAND_SEPARATOR"),
        force_grouping=True,
    )


@register.simple_tag
def format_figure(value, value_to=None, approximate=False):
    """A figure formatted for the active language: 1.350 (vi), 1,350 (en), 1 350 (fr)."""
    text = _number(value)
    if value_to is not None and value_to != "":
        text = _("%(low)s–%(high)s") % {"low": text, "high": _number(value_to)}
    if approximate:
        text = _("about %(figure)s") % {"figure": text}
    return text


@register.simple_tag
def distance(km, basis="road", from_old_quarter=False):
    """“14 km by road”, “25 km as the crow flies”: a distance always says how it was measured.

    ``basis`` is ``VillagePage.distance_basis`` ("road" or "straight"); legs of a
    journey are by road. The same words on every page, in every language.
    """
    if km in (None, ""):
        return ""
    figure = {"km": _number(km)}
    if from_old_quarter:
        if basis == "straight":
            return _("%(km)s km from the Old Quarter as the crow flies") % figure
        return _("%(km)s km from the Old Quarter by road") % figure
    if basis == "straight":
        return _("%(km)s km as the crow flies") % figure
    return _("%(km)s km by road") % figure


@register.simple_tag
def fact_date(value, precision="day"):
    if not value:
        return ""
    if precision == "year":
        return formats.date_format(value, "Y")
    if precision == "month":
        return formats.date_format(value, "YEAR_MONTH_FORMAT")
    return formats.date_format(value, "DATE_FORMAT")


@register.filter
def duration(minutes):
    """90 → “1 h 30 min” in the active language."""
    if minutes in (None, ""):
        return ""
    minutes = int(minutes)
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return _("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": rest}
    if hours:
        return ngettext("%(hours)s hour", "%(hours)s hours", hours) % {"hours": hours}
    return ngettext("%(minutes)s minute", "%(minutes)s minutes", rest) % {"minutes": rest}


@register.simple_tag
def duration_range(low, high=None):
    if high and high != low:
        return _("%(low)s to %(high)s") % {"low": duration(low), "high": duration(high)}
    return duration(low)


@register.simple_tag
def hours_range(low, high=None):
    """Visit length in hours (decimals allowed)."""
    if low is None:
        return ""
    low_text = _number(low)
    if high is not None and high != low:
        return _("%(low)s–%(high)s hours") % {"low": low_text, "high": _number(high)}
    return ngettext("%(hours)s hour", "%(hours)s hours", int(low) if low == int(low) else 2) % {
        "hours": low_text
    }


@register.simple_tag
def vnd(low, high=None):
    """Money in đồng: “30.000–50.000 ₫”."""
    if low is None:
        return ""
    text = _number(low)
    if high and high != low:
        text = _("%(low)s–%(high)s") % {"low": text, "high": _number(high)}
    return _("%(amount)s ₫") % {"amount": text}


@register.simple_tag
def native_language_name(code):
    return i18n.native_name(code)


@register.simple_tag
def language_name(code):
    """The name of a language in the reader's language, for use in a sentence."""
    return i18n.sentence_name(code)


@register.simple_tag(takes_context=True)
def site_menu(context, handle):
    """``{"menu": NavigationMenu, "links": [...]}`` for the header or footer."""
    return navigation.menus_for_request(context.get("request")).get(handle, {})


@register.simple_tag
def language_direction(code):
    return i18n.text_direction(code)


@register.simple_tag
def active_language():
    return translation.get_language()


@register.simple_tag(takes_context=True)
def localized_page(context, page):
    """A page chosen in a block, in the reader's language where translated.

    Falls back like ``i18n.localized_list`` (marked with ``is_fallback`` and
    ``shown_language``); None when the page is not live. Pages that the page
    prepared for its whole body (``BasePage.localized_stream_pages``) cost no
    query here.
    """
    if page is None:
        return None
    prepared = context.get("localized_stream_pages")
    if prepared is not None and page.translation_key in prepared:
        return prepared[page.translation_key]
    pages = i18n.localized_list([page], images=True)
    return pages[0] if pages else None


@register.filter
def fallback_language(page):
    """The language a listed page is shown in, if not the reader's (else "")."""
    return page.shown_language if getattr(page, "is_fallback", False) else ""
