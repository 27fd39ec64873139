"""Figures, dates and durations formatted for the reader's language."""

import datetime
from decimal import Decimal

from django.template import Context, Template
from django.test import SimpleTestCase
from django.utils import translation

from core.templatetags.core_tags import (
    duration,
    duration_range,
    fact_date,
    format_figure,
    hours_range,
    native_language_name,
    vnd,
)

DAY = datetime.date(2025, 5, 20)


class FormatFigureTests(SimpleTestCase):
    def test_thousands_separator_follows_the_language(self):
        # CLDR (core/formats.py): French groups digits with a narrow no-break space.
        expected = {"vi": "1.350", "en": "1,350", "fr": "1\u202f350", "ja": "1,350"}
        for language, text in expected.items():
            with self.subTest(language=language), translation.override(language):
                self.assertEqual(format_figure(1350), text)

    def test_whole_decimals_are_shown_without_decimal_places(self):
        with translation.override("en"):
            self.assertEqual(format_figure(Decimal("3317.00")), "3,317")
            self.assertEqual(format_figure(Decimal("2.50")), "2.5")
        with translation.override("vi"):
            self.assertEqual(format_figure(Decimal("2.50")), "2,5")

    def test_range_and_approximate_figures(self):
        with translation.override("en"):
            self.assertEqual(format_figure(3, 5), "3–5")
            self.assertEqual(format_figure(1350, approximate=True), "about 1,350")
            self.assertEqual(format_figure(3, "", False), "3")

    def test_missing_figure_is_empty(self):
        self.assertEqual(format_figure(None), "")

    def test_tag_is_usable_in_templates(self):
        template = Template("{% load core_tags %}{% format_figure value %}")
        with translation.override("vi"):
            self.assertEqual(template.render(Context({"value": 1350})), "1.350")


class FactDateTests(SimpleTestCase):
    def test_precision_year_shows_only_the_year(self):
        for language in ("vi", "en", "fr"):
            with self.subTest(language=language), translation.override(language):
                self.assertEqual(fact_date(DAY, "year"), "2025")

    def test_precision_month_shows_month_and_year(self):
        with translation.override("en"):
            self.assertEqual(fact_date(DAY, "month"), "May 2025")
        with translation.override("fr"):
            self.assertEqual(fact_date(DAY, "month"), "mai 2025")

    def test_precision_day_shows_the_full_date(self):
        with translation.override("en"):
            self.assertEqual(fact_date(DAY, "day"), "20 May 2025")
            self.assertEqual(fact_date(DAY), "20 May 2025")
        with translation.override("fr"):
            self.assertEqual(fact_date(DAY), "20 mai 2025")
        with translation.override("vi"):
            self.assertIn("2025", fact_date(DAY))
            self.assertIn("20", fact_date(DAY))

    def test_missing_date_is_empty(self):
        self.assertEqual(fact_date(None, "year"), "")


class DurationTests(SimpleTestCase):
    def test_hours_and_minutes(self):
        with translation.override("en"):
            self.assertEqual(duration(90), "1 h 30 min")
            self.assertEqual(duration("90"), "1 h 30 min")

    def test_whole_hours_are_pluralised(self):
        with translation.override("en"):
            self.assertEqual(duration(60), "1 hour")
            self.assertEqual(duration(120), "2 hours")

    def test_minutes_only_are_pluralised(self):
        with translation.override("en"):
            self.assertEqual(duration(1), "1 minute")
            self.assertEqual(duration(45), "45 minutes")

    def test_missing_duration_is_empty(self):
        self.assertEqual(duration(None), "")
        self.assertEqual(duration(""), "")

    def test_duration_range(self):
        with translation.override("en"):
            self.assertEqual(duration_range(30, 45), "30 minutes to 45 minutes")
            self.assertEqual(duration_range(30, 30), "30 minutes")
            self.assertEqual(duration_range(30), "30 minutes")

    def test_visit_length_in_hours(self):
        with translation.override("en"):
            self.assertEqual(hours_range(Decimal("1.0")), "1 hour")
            self.assertEqual(hours_range(Decimal("2"), Decimal("3.5")), "2–3.5 hours")
            self.assertEqual(hours_range(None), "")


class MoneyAndLanguageNameTests(SimpleTestCase):
    def test_dong_amounts_use_the_languages_grouping(self):
        with translation.override("vi"):
            self.assertEqual(vnd(30000, 50000), "30.000–50.000 ₫")
        with translation.override("en"):
            self.assertEqual(vnd(30000), "30,000 ₫")
        self.assertEqual(vnd(None), "")

    def test_languages_are_named_in_themselves(self):
        names = [native_language_name(code) for code in ("vi", "en", "fr", "it", "ja", "ko")]
        self.assertEqual(
            names, ["Tiếng Việt", "English", "Français", "Italiano", "日本語", "한국어"]
        )
