"""Dates, times and numbers as each language writes them: one home, on Babel (CLDR data).

Every page, tag and widget formats through these functions, so the body text,
the tables and the browser widgets agree (opening-hours.js receives the times
already formatted here). The language is the active one unless ``language`` is
given. CLDR gives the patterns; the few house rules on top of it are written
out here, each with the usage it follows:

- Vietnamese dates in the full written form, "ngày 8 tháng 1 năm 2026" (the
  form of official and press writing; CLDR's long form is "8 tháng 1, 2026");
- the first of the month in French is "1er" ("1er juin"), in Italian "1°";
- a date range in a sentence: "du 5 au 10 février 2027", "dal 5 al 10 febbraio
  2027" (with "dall'8", "all'11"), "từ ngày 5 đến ngày 10 tháng 2 năm 2027";
  Japanese, Korean and English use CLDR's interval patterns, with the month
  written in full ("2027年2月5日～10日", "5 – 10 February 2027");
- times from CLDR's short time format, except Korean, which takes the 24-hour
  ``Hm`` pattern ("14:30" rather than "오후 2:30");
- large amounts in words with CLDR's compact names: thousands-based languages
  up to the 10⁹ name ("24.000 tỷ", "24,000 billion", "24 000 milliards"), Japanese
  and Korean with their 10⁴-based names up to 兆/조 ("24兆", "24조").
"""

import datetime
import re
from decimal import Decimal

from babel import Locale, dates, numbers, units
from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import pgettext

DAY = "day"
MONTH = "month"
YEAR = "year"

# Written out rather than CLDR's "d MMMM, y" (see the module docstring).
_VI_DAY = "'ngày' d 'tháng' M 'năm' y"
_VI_DAY_MONTH = "'ngày' d 'tháng' M"
_VI_INTERVAL = {
    "d": ("'ngày' d", _VI_DAY),
    "M": (_VI_DAY_MONTH, _VI_DAY),
    "y": (_VI_DAY, _VI_DAY),
}
# The languages whose ranges read as a phrase: "from <start> to <end>".
_PROSE_RANGES = {"vi", "fr", "it"}
# The largest CLDR compact name used for large amounts (see the module docstring).
_LARGEST_UNIT = {"ja": 10**12, "ko": 10**12}
_DEFAULT_LARGEST_UNIT = 10**9
# Separators CLDR puts between the two halves of an interval.
_INTERVAL_SEPARATORS = " \u2009\u202f\xa0–-~～"


def language(code=None):
    """The Babel locale name for ``code`` or the active language ("vi", "en", …)."""
    code = code or translation.get_language() or settings.LANGUAGE_CODE
    return code.split("-")[0].split("_")[0].lower()


# The site's English is British English (its spelling, and "14 February 2025" in
# the editors' text), so dates and times come from CLDR's en_GB, not en (US).
_BABEL_LOCALES = {"en": "en_GB"}


def _locale(code=None):
    code = language(code)
    return Locale.parse(_BABEL_LOCALES.get(code, code))


def _local(moment):
    """An aware datetime in the site's time zone (as Django's |date and |time show it)."""
    return timezone.localtime(moment) if timezone.is_aware(moment) else moment


def _apply(pattern, value, code):
    return dates.parse_pattern(pattern).apply(value, _locale(code))


def _first_of_month(pattern, value, code):
    """French "1er", Italian "1°" for the first day of the month."""
    if value.day != 1 or code not in ("fr", "it"):
        return pattern
    mark = "'1er'" if code == "fr" else "'1°'"
    return re.sub(r"(?<![d'])dd?(?!d)", mark, pattern, count=1)


def _pattern(code, weekday=False, year=True):
    if code == "vi":
        pattern = _VI_DAY if year else _VI_DAY_MONTH
        return f"EEEE, {pattern}" if weekday else pattern
    loc = _locale(code)
    if year:
        return (loc.date_formats["full"] if weekday else loc.date_formats["long"]).pattern
    return (
        loc.datetime_skeletons["MMMEd" if weekday else "MMMMd"]
        .pattern.replace("MMM", "MMMM")
        .replace("MMMMM", "MMMM")
    )


def format_date(value, precision=DAY, language_code=None, weekday=False, year=True):
    """A date in words: "ngày 8 tháng 1 năm 2026", "January 8, 2026", "1er juin 2026".

    ``precision`` "month" gives the month and year ("tháng 6 năm 2026", "juin
    2026"), "year" the year alone; ``year=False`` leaves the year out ("1er
    juin"), ``weekday=True`` adds the day of the week.
    """
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = _local(value).date()
    code = language(language_code)
    if precision == YEAR:
        return dates.format_skeleton("y", value, locale=_locale(code))
    if precision == MONTH:
        return dates.format_skeleton("yMMMM", value, locale=_locale(code))
    pattern = _first_of_month(_pattern(code, weekday=weekday, year=year), value, code)
    return _apply(pattern, value, code)


def format_weekday(value, language_code=None):
    """The day of the week alone: "Thứ Năm", "Thursday", "jeudi"."""
    return dates.format_date(value, "EEEE", locale=_locale(language_code))


def _interval_patterns(code, field):
    if code == "vi":
        return _VI_INTERVAL[field]
    start, end = _locale(code).interval_formats["yMMMd"][field]

    # The month in full, the day without a leading zero (CLDR's Italian "dd").
    def widen(pattern):
        pattern = re.sub(r"(?<!M)MMM(?!M)", "MMMM", pattern)
        return re.sub(r"(?<!d)dd(?!d)", "d", pattern)

    return widen(start), widen(end)


def _italian_article(article, day):
    """ "dal"/"al" before a day, "dall'"/"all'" before 8 and 11 (otto, undici)."""
    return f"{article}l'" if day in (8, 11) else f"{article} "


def format_date_range(start, end, language_code=None):
    """Two dates as one range: "du 5 au 10 février 2027", "2027年2月5日～10日"."""
    if isinstance(start, datetime.datetime):
        start = _local(start).date()
    if isinstance(end, datetime.datetime):
        end = _local(end).date()
    if not end or end == start:
        return format_date(start, language_code=language_code)
    code = language(language_code)
    field = "y" if start.year != end.year else "M" if start.month != end.month else "d"
    start_pattern, end_pattern = _interval_patterns(code, field)
    if code not in _PROSE_RANGES:
        return _apply(start_pattern, start, code) + _apply(end_pattern, end, code)
    first = _apply(_first_of_month(start_pattern, start, code), start, code)
    last = _apply(_first_of_month(end_pattern, end, code), end, code)
    first = first.rstrip(_INTERVAL_SEPARATORS)
    last = last.lstrip(_INTERVAL_SEPARATORS)
    if code == "vi":
        return f"từ {first} đến {last}"
    if code == "fr":
        return f"du {first} au {last}"
    return f"{_italian_article('dal', start.day)}{first} {_italian_article('al', end.day)}{last}"


def format_time(value, language_code=None):
    """A time of day: "14:30" (vi, en, fr, it, ko), "14:30" (ja "H:mm")."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = datetime.time.fromisoformat(value)
    if isinstance(value, datetime.datetime):
        value = _local(value).time()
    code = language(language_code)
    loc = _locale(code)
    pattern = loc.datetime_skeletons["Hm"] if code == "ko" else loc.time_formats["short"]
    return _apply(pattern.pattern, value, code)


def format_time_range(start, end, language_code=None):
    """Opening and closing time: "08:00–17:30", Korean "08:00~17:30"."""
    code = language(language_code)
    with translation.override(code):
        text = pgettext("a time range, e.g. opening hours", "%(start)s–%(end)s")
    return text % {"start": format_time(start, code), "end": format_time(end, code)}


def format_number(value, language_code=None):
    """A figure with the language's grouping and decimal mark: 1.350 (vi), 1,350 (en), 1 350 (fr).

    As many decimals as the value has (4.40 → "4,4"); no decimals for a whole number.
    """
    if value is None or value == "":
        return ""
    value = Decimal(str(value))
    value = value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()
    return numbers.format_decimal(value, locale=_locale(language_code), decimal_quantization=False)


def format_percent(value, language_code=None):
    """A percentage given as a number of percent: 35 → "35%" (en), "35 %" (fr)."""
    if value is None or value == "":
        return ""
    value = Decimal(str(value)) / 100
    return numbers.format_percent(value, locale=_locale(language_code), decimal_quantization=False)


def _compact_unit(value, code):
    """The CLDR long compact name for ``value``: ``(divisor, pattern)``, or None below a million."""
    loc = _locale(code)
    largest = _LARGEST_UNIT.get(code, _DEFAULT_LARGEST_UNIT)
    best = None
    for magnitude, forms in loc.compact_decimal_formats["long"].get("other", {}).items():
        magnitude = int(magnitude)
        pattern = forms.pattern
        zeros = pattern.count("0")
        if not zeros or magnitude > largest:
            continue
        divisor = magnitude // 10 ** (zeros - 1)
        if divisor < 10**6 or divisor > value:
            continue
        if best is None or divisor > best[0]:
            best = (divisor, magnitude)
    return best


def format_large_amount(value, language_code=None):
    """A large figure in words: 24 × 10¹² → "24.000 tỷ", "24,000 billion", "24兆"."""
    value = Decimal(str(value))
    code = language(language_code)
    unit = _compact_unit(value, code)
    if unit is None:
        return format_number(value, code)
    divisor, magnitude = unit
    scaled = value / divisor
    loc = _locale(code)
    forms = loc.compact_decimal_formats["long"]
    plural = loc.plural_form(scaled.normalize())
    pattern = (
        forms.get(plural, forms["other"]).get(str(magnitude)) or forms["other"][str(magnitude)]
    )
    return re.sub(r"0+", format_number(scaled, code), pattern.pattern, count=1)


def format_vnd_words(value, more_than=False, language_code=None):
    """A large sum in đồng, in words: "hơn 24.000 tỷ đồng", "plus de 24 000 milliards de VND"."""
    if value is None or value == "":
        return ""
    code = language(language_code)
    with translation.override(code):
        amount = format_large_amount(value, code)
        if _compact_unit(Decimal(str(value)), code) is not None:
            text = pgettext(
                "a sum in words, e.g. 24,000 billion VND (French: de VND)",
                "%(amount)s %(currency)s",
            )
        else:
            text = pgettext("a sum in figures, e.g. 150,000 VND", "%(amount)s %(currency)s")
        text = text % {
            "amount": amount,
            "currency": pgettext("Vietnamese currency after a sum in words", "VND"),
        }
        if more_than:
            text = pgettext("a sum: more than 24,000 billion VND", "more than %(amount)s") % {
                "amount": text
            }
    return text


def format_file_size(size, language_code=None):
    """A file's size in bytes with the language's units: "1.2 MB" (en), "1,2 Mo" (fr), "340 kB"."""
    if size in (None, ""):
        return ""
    size = int(size)
    if size >= 1_000_000:
        value, unit = round(size / 1_000_000, 1), "digital-megabyte"
    else:
        value, unit = max(1, round(size / 1000)), "digital-kilobyte"
    return units.format_unit(value, unit, length="short", locale=_locale(language_code))
