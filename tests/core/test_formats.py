"""Dates, times and numbers as each language writes them (core/formats.py, CLDR via Babel).

One table per language, every expected string written out: a change in the
house rules or in the CLDR data shows up here as a readable difference.
"""

import datetime
import re
from decimal import Decimal

import polib
import pytest
from django.template import Context, Template
from django.utils import translation

from core import formats
from demo import sources
from villages import hours

D = datetime.date
T = datetime.time
NNBSP = "\u202f"  # CLDR's French digit group separator
THIN = "\u2009"  # CLDR's space around the dash of a British English interval

CASES = {
    "single date": lambda: formats.format_date(D(2026, 1, 8)),
    "first of the month": lambda: formats.format_date(D(2026, 6, 1)),
    "day and month": lambda: formats.format_date(D(2026, 6, 1), year=False),
    "with the weekday": lambda: formats.format_date(D(2026, 1, 8), weekday=True),
    "month precision": lambda: formats.format_date(D(2025, 5, 20), formats.MONTH),
    "year precision": lambda: formats.format_date(D(2025, 5, 20), formats.YEAR),
    "range in a month": lambda: formats.format_date_range(D(2027, 2, 5), D(2027, 2, 10)),
    "range across months": lambda: formats.format_date_range(D(2027, 2, 8), D(2027, 3, 11)),
    "range across years": lambda: formats.format_date_range(D(2026, 12, 28), D(2027, 1, 1)),
    "one-day range": lambda: formats.format_date_range(D(2027, 2, 5), D(2027, 2, 5)),
    "afternoon time": lambda: formats.format_time(T(14, 30)),
    "morning time": lambda: formats.format_time(T(8, 0)),
    "opening-hours row": lambda: formats.format_time_range(T(8, 0), T(17, 30)),
    "figure": lambda: formats.format_number(1350),
    "whole decimal": lambda: formats.format_number(Decimal("3317.00")),
    "decimal": lambda: formats.format_number(Decimal("4.40")),
    "percentage": lambda: formats.format_percent(35),
    "decimal percentage": lambda: formats.format_percent(Decimal("4.4")),
    "large amount": lambda: formats.format_vnd_words(24 * 10**12, more_than=True),
    "billions": lambda: formats.format_vnd_words(Decimal("1.5") * 10**9),
    "small amount": lambda: formats.format_vnd_words(150000),
}

EXPECTED = {
    "vi": {
        "single date": "ngày 8 tháng 1 năm 2026",
        "first of the month": "ngày 1 tháng 6 năm 2026",
        "day and month": "ngày 1 tháng 6",
        "with the weekday": "Thứ Năm, ngày 8 tháng 1 năm 2026",
        "month precision": "tháng 5 năm 2025",
        "year precision": "2025",
        "range in a month": "từ ngày 5 đến ngày 10 tháng 2 năm 2027",
        "range across months": "từ ngày 8 tháng 2 đến ngày 11 tháng 3 năm 2027",
        "range across years": "từ ngày 28 tháng 12 năm 2026 đến ngày 1 tháng 1 năm 2027",
        "one-day range": "ngày 5 tháng 2 năm 2027",
        "afternoon time": "14:30",
        "morning time": "08:00",
        "opening-hours row": "08:00–17:30",
        "figure": "1.350",
        "whole decimal": "3.317",
        "decimal": "4,4",
        "percentage": "35%",
        "decimal percentage": "4,4%",
        "large amount": "hơn 24.000 tỷ đồng",
        "billions": "1,5 tỷ đồng",
        "small amount": "150.000 đồng",
    },
    "en": {
        "single date": "8 January 2026",
        "first of the month": "1 June 2026",
        "day and month": "1 June",
        "with the weekday": "Thursday, 8 January 2026",
        "month precision": "May 2025",
        "year precision": "2025",
        "range in a month": f"5{THIN}–{THIN}10 February 2027",
        "range across months": f"8 February{THIN}–{THIN}11 March 2027",
        "range across years": f"28 December 2026{THIN}–{THIN}1 January 2027",
        "one-day range": "5 February 2027",
        "afternoon time": "14:30",
        "morning time": "08:00",
        "opening-hours row": "08:00–17:30",
        "figure": "1,350",
        "whole decimal": "3,317",
        "decimal": "4.4",
        "percentage": "35%",
        "decimal percentage": "4.4%",
        "large amount": "more than 24,000 billion VND",
        "billions": "1.5 billion VND",
        "small amount": "150,000 VND",
    },
    "fr": {
        "single date": "8 janvier 2026",
        "first of the month": "1er juin 2026",
        "day and month": "1er juin",
        "with the weekday": "jeudi 8 janvier 2026",
        "month precision": "mai 2025",
        "year precision": "2025",
        "range in a month": "du 5 au 10 février 2027",
        "range across months": "du 8 février au 11 mars 2027",
        "range across years": "du 28 décembre 2026 au 1er janvier 2027",
        "one-day range": "5 février 2027",
        "afternoon time": "14:30",
        "morning time": "08:00",
        "opening-hours row": "08:00–17:30",
        "figure": f"1{NNBSP}350",
        "whole decimal": f"3{NNBSP}317",
        "decimal": "4,4",
        "percentage": "35\xa0%",
        "decimal percentage": "4,4\xa0%",
        "large amount": f"plus de 24{NNBSP}000 milliards de VND",
        "billions": "1,5 milliard de VND",
        "small amount": f"150{NNBSP}000 VND",
    },
    "it": {
        "single date": "8 gennaio 2026",
        "first of the month": "1° giugno 2026",
        "day and month": "1° giugno",
        "with the weekday": "giovedì 8 gennaio 2026",
        "month precision": "maggio 2025",
        "year precision": "2025",
        "range in a month": "dal 5 al 10 febbraio 2027",
        "range across months": "dall'8 febbraio all'11 marzo 2027",
        "range across years": "dal 28 dicembre 2026 al 1° gennaio 2027",
        "one-day range": "5 febbraio 2027",
        "afternoon time": "14:30",
        "morning time": "08:00",
        "opening-hours row": "08:00–17:30",
        "figure": "1.350",
        "whole decimal": "3.317",
        "decimal": "4,4",
        "percentage": "35%",
        "decimal percentage": "4,4%",
        "large amount": "oltre 24.000 miliardi di VND",
        "billions": "1,5 miliardi di VND",
        "small amount": "150.000 VND",
    },
    "ja": {
        "single date": "2026年1月8日",
        "first of the month": "2026年6月1日",
        "day and month": "6月1日",
        "with the weekday": "2026年1月8日木曜日",
        "month precision": "2025年5月",
        "year precision": "2025年",
        "range in a month": "2027年2月5日～10日",
        "range across months": "2027年2月8日～3月11日",
        "range across years": "2026年12月28日～2027年1月1日",
        "one-day range": "2027年2月5日",
        "afternoon time": "14:30",
        "morning time": "8:00",
        "opening-hours row": "8:00～17:30",
        "figure": "1,350",
        "whole decimal": "3,317",
        "decimal": "4.4",
        "percentage": "35%",
        "decimal percentage": "4.4%",
        "large amount": "24兆ドン以上",
        "billions": "15億ドン",
        "small amount": "150,000ドン",
    },
    "ko": {
        "single date": "2026년 1월 8일",
        "first of the month": "2026년 6월 1일",
        "day and month": "6월 1일",
        "with the weekday": "2026년 1월 8일 목요일",
        "month precision": "2025년 5월",
        "year precision": "2025년",
        "range in a month": "2027년 2월 5일~10일",
        "range across months": "2027년 2월 8일~3월 11일",
        "range across years": "2026년 12월 28일~2027년 1월 1일",
        "one-day range": "2027년 2월 5일",
        "afternoon time": "14:30",
        "morning time": "08:00",
        "opening-hours row": "08:00~17:30",
        "figure": "1,350",
        "whole decimal": "3,317",
        "decimal": "4.4",
        "percentage": "35%",
        "decimal percentage": "4.4%",
        "large amount": "24조 동 이상",
        "billions": "15억 동",
        "small amount": "150,000 동",
    },
}


def test_every_language_has_every_case():
    assert set(EXPECTED) == {
        code for code, _name in __import__("django.conf").conf.settings.LANGUAGES
    }
    for language, table in EXPECTED.items():
        assert set(table) == set(CASES), language


@pytest.mark.parametrize(
    ("language", "case"), [(language, case) for language in EXPECTED for case in CASES]
)
def test_format_table(language, case):
    with translation.override(language):
        assert CASES[case]() == EXPECTED[language][case]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "vi",
            "ngày 8 tháng 1 năm 2026 · từ ngày 5 đến ngày 10 tháng 2 năm 2027"
            " · 14:30 · 08:00–17:30",
        ),
        ("en", f"8 January 2026 · 5{THIN}–{THIN}10 February 2027 · 14:30 · 08:00–17:30"),
        ("fr", "8 janvier 2026 · du 5 au 10 février 2027 · 14:30 · 08:00–17:30"),
        ("ko", "2026년 1월 8일 · 2027년 2월 5일~10일 · 14:30 · 08:00~17:30"),
    ],
)
def test_template_filters_use_the_same_formats(language, expected):
    template = Template(
        "{% load core_tags %}{{ day|long_date }} · {% date_range start end %} · "
        "{{ at|clock }} · {% time_range opens closes %}"
    )
    context = Context(
        {
            "day": D(2026, 1, 8),
            "start": D(2027, 2, 5),
            "end": D(2027, 2, 10),
            "at": T(14, 30),
            "opens": T(8, 0),
            "closes": T(17, 30),
        }
    )
    with translation.override(language):
        assert template.render(context) == expected


def test_month_filter_and_fact_precision():
    template = Template("{% load core_tags %}{{ day|month_year }} · {% fact_date day 'month' %}")
    with translation.override("vi"):
        assert (
            template.render(Context({"day": D(2025, 5, 20)}))
            == "tháng 5 năm 2025 · tháng 5 năm 2025"
        )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", {"08:00": "08:00", "17:30": "17:30"}),
        ("ko", {"08:00": "08:00", "17:30": "17:30"}),
    ],
)
def test_opening_hours_widget_gets_the_page_s_own_times(language, expected):
    """opening-hours.js shows the same times as the table beside it (no Intl of its own)."""
    data = {"village": {"weekly": [[["08:00", "17:30"]]], "exceptions": [{"reason": "12:00 Tết"}]}}
    with translation.override(language):
        assert hours.browser_strings(data)["times"] == expected


def test_missing_values_are_empty():
    assert formats.format_date(None) == ""
    assert formats.format_time(None) == ""
    assert formats.format_number(None) == ""
    assert formats.format_vnd_words(None) == ""


def test_aware_moments_are_shown_in_hanoi_time():
    """As Django's |date and |time did: 01:30 UTC is 08:30 in Hanoi, the same day."""
    moment = datetime.datetime(2027, 2, 5, 1, 30, tzinfo=datetime.UTC)
    assert formats.format_time(moment, "vi") == "08:30"
    assert formats.format_date(moment, language_code="fr") == "5 février 2027"


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
AMERICAN_DATE = re.compile(rf"\b(?:{MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)")


def test_english_demo_text_writes_dates_as_the_widgets_do():
    """The editors' English says "14 February 2025", as core.formats (en_GB) does."""
    found = [
        (path.name, match.group())
        for path in sources.LOCALE_DIR.joinpath("en").rglob("*.po")
        for entry in polib.pofile(str(path))
        for match in AMERICAN_DATE.finditer(entry.msgstr)
    ]
    assert found == []
