"""Template helpers: figures, dates, durations, money, menus and languages."""

from django import template
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import formats, i18n, navigation

register = template.Library()


def _number(value):
    return formats.format_number(value)


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
    """A fact's date to its precision: "tháng 5 năm 2025" for a month, "2025" for a year."""
    return formats.format_date(value, precision or formats.DAY)


@register.filter
def long_date(value, precision="day"):
    """``{{ page.date|long_date }}``: "ngày 8 tháng 1 năm 2026", "January 8, 2026"."""
    return formats.format_date(value, precision or formats.DAY)


@register.filter
def weekday_date(value):
    """The date with its day of the week: "jeudi 8 janvier 2026"."""
    return formats.format_date(value, weekday=True)


@register.filter
def month_year(value):
    """``{{ month|month_year }}``: "tháng 6 năm 2026", "June 2026", "2026年6月"."""
    return formats.format_date(value, formats.MONTH)


@register.simple_tag
def date_range(start, end=None):
    """``{% date_range start end %}``: "du 5 au 10 février 2027", "2027年2月5日～10日"."""
    return formats.format_date_range(start, end)


@register.filter
def clock(value):
    """A time of day: "14:30" (in every language but Japanese, "H:mm")."""
    return formats.format_time(value)


@register.simple_tag
def time_range(start, end):
    """``{% time_range row.opens row.closes %}``: "08:00–17:30", Korean "08:00~17:30"."""
    return formats.format_time_range(start, end)


@register.simple_tag
def vnd_words(value, more_than=False):
    """A large sum in đồng in words: "hơn 24.000 tỷ đồng", "24兆ドン以上"."""
    return formats.format_vnd_words(value, more_than=more_than)


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


# The pictures a page has shown so far, on its request (see unseen_picture).
SHOWN_PICTURES = "hcv_shown_picture_ids"


def _page_request(context):
    # StreamField blocks render with a plain Context holding the page's
    # variables (Wagtail's include_block): the request is one of them.
    return getattr(context, "request", None) or context.get("request")


@register.simple_tag(takes_context=True)
def shown_picture(context, image):
    """Note that the page shows ``image`` (a picture an editor placed: hero, body, gallery)."""
    request = _page_request(context)
    if image is not None and request is not None:
        request.__dict__.setdefault(SHOWN_PICTURES, set()).add(image.pk)
    return ""


@register.simple_tag(takes_context=True)
def unseen_picture(context, image):
    """``image`` for a card, unless the page already shows that picture: then None.

    One page never shows the same picture twice (issue 11): a related story's
    card whose picture is the village's hero shows the card's empty state
    instead. Editors' own pictures come first in every template, so cards yield
    to them. Counted per request; without one (an e-mail), nothing is skipped.
    """
    request = _page_request(context)
    if image is None or request is None:
        return image
    shown = request.__dict__.setdefault(SHOWN_PICTURES, set())
    if image.pk in shown:
        return None
    shown.add(image.pk)
    return image
