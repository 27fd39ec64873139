"""Admin page search folds Vietnamese: "gom" finds "gốm", "duong lam" finds "Đường Lâm".

The admin's page search autocompletes on titles. SQLite's FTS5 (and
PostgreSQL) fold one mark but not two (ố) and never đ; each page indexes a
folded copy of its title for autocompletion (core/text.py).
"""

import re

from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase

from tests.utils import create_vi_home
from villages.factories import VillageIndexPageFactory, VillagePageFactory


class AdminSearchFoldingTests(WagtailPageTestCase):
    def setUp(self):
        self.login()
        with self.captureOnCommitCallbacks(execute=True):
            self.home = create_vi_home()
            self.index = VillageIndexPageFactory(parent=self.home)
            self.phu_lang = VillagePageFactory(
                parent=self.index, title="Làng gốm Phù Lãng", slug="phu-lang", intro="Men tro."
            )
            self.duong_lam = VillagePageFactory(
                parent=self.index, title="Đường Lâm", slug="duong-lam", intro="Làng cổ."
            )
            self.van_phuc = VillagePageFactory(
                parent=self.index, title="Vạn Phúc", slug="van-phuc", intro="Làng lụa."
            )

    def found(self, query):
        response = self.client.get(reverse("wagtailadmin_pages:search"), {"q": query})
        self.assertEqual(response.status_code, 200)
        return {
            int(match)
            for match in re.findall(r'href="/admin/pages/(\d+)/edit/"', response.content.decode())
        }

    def test_a_query_without_marks_finds_words_with_two_marks(self):
        self.assertIn(self.phu_lang.pk, self.found("gom"))

    def test_a_query_with_marks_still_finds_them(self):
        self.assertIn(self.phu_lang.pk, self.found("gốm"))

    def test_d_with_stroke_is_found_as_d(self):
        found = self.found("duong lam")
        self.assertIn(self.duong_lam.pk, found)
        self.assertNotIn(self.van_phuc.pk, found)
