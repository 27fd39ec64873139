"""The same fact shows the same figure in every language of the demo.

Figures, dates and sources are synchronised fields: a translation cannot change
them, but a template, a translated unit or a number format could still make one
language say something else. This builds the demo (as ``load_demo`` does,
without warming renditions), renders every village page and the home page in
each language they exist in, reads the figures shown in their fact blocks
(``.fact__value``: village facts, body fact blocks, home figures) and checks
that, once each language's number formatting is taken away, they are the same
figures as in Vietnamese.

A TransactionTestCase, as test_load_demo.py explains: the builder publishes
translations in ``transaction.on_commit``. The build is slow, so one test
renders everything.
"""

import re
from collections import Counter

from bs4 import BeautifulSoup
from django.test import Client, TransactionTestCase
from django.utils import translation

from demo.builder import DemoBuilder
from home.models import HomePage
from villages.models import VillagePage

# Digits with the group and decimal separators of vi (1.350), en (1,350),
# fr (1 350, with a narrow no-break space) and the rest.
NUMBER = re.compile(r"\d(?:[\d.,\u00a0\u202f ]*\d)?")
# A unit that carries a figure of its own (“24 nghìn tỷ đồng” is “24 trillion”).
SEPARATORS = str.maketrans("", "", ".,\u00a0\u202f ")


def figures(text):
    """The figures in ``text`` as integers: “khoảng 1.350”, “about 1,350”, “1 350” → [1350]."""
    return [int(match.translate(SEPARATORS)) for match in NUMBER.findall(text)]


def shown_figures(html):
    """A Counter of the figures in the page's fact blocks (value only, not dates or labels)."""
    page = BeautifulSoup(html, "html.parser").select_one("main")
    found = Counter()
    for value in page.select(".fact__value"):
        unit = value.select_one(".fact__unit")
        if unit is not None:
            unit.extract()
        found[tuple(figures(value.get_text(" ", strip=True)))] += 1
    return found


class FiguresAcrossLanguagesTests(TransactionTestCase):
    serialized_rollback = True

    def test_every_fact_shows_the_same_figure_in_every_language(self):
        DemoBuilder(log=lambda message: None, warn=lambda message: None).run()
        client = Client()
        checked = 0
        for model in (HomePage, VillagePage):
            keys = model.objects.filter(locale__language_code="vi").values_list(
                "translation_key", flat=True
            )
            for key in keys:
                versions = model.objects.live().filter(translation_key=key, alias_of__isnull=True)
                shown = {}
                for page in versions.select_related("locale"):
                    code = page.locale.language_code
                    with translation.override(code):
                        response = client.get(page.url)
                    self.assertEqual(response.status_code, 200, page.url)
                    shown[code] = shown_figures(response.content.decode())
                source = shown.pop("vi")
                self.assertTrue(source, f"{model.__name__} {key}: no figures shown")
                for code, counter in shown.items():
                    with self.subTest(
                        page=versions.get(locale__language_code="vi").slug, language=code
                    ):
                        self.assertEqual(counter, source)
                    checked += 1
        # 8 villages in en, 3 of them and the home page in fr, it, ja, ko, the home in en.
        self.assertGreaterEqual(checked, 8 + 1 + 4 * 4)

    def test_figures_ignore_each_languages_number_format(self):
        for text in ("khoảng 1.350", "about 1,350", "environ 1\u202f350", "約1,350"):
            with self.subTest(text=text):
                self.assertEqual(figures(text), [1350])
        self.assertEqual(figures("3–5"), [3, 5])
