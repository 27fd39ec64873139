"""Reports → Outdated facts: each editor sees the reports on the pages they may edit."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase

from feedback.models import FactReport
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.feedback.helpers import editor_of
from tests.utils import create_vi_home, soup, translate_page
from villages.factories import CraftFactory, VillageIndexPageFactory, VillagePageFactory

URL = "/admin/reports/outdated-facts/"


def report(page, text="Giờ mở cửa đã thay đổi từ tháng Năm."):
    return FactReport.objects.create(page=page, locale=page.locale, text=text)


class FactReportAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        index = VillageIndexPageFactory(parent=cls.home)
        craft = CraftFactory()
        cls.village = VillagePageFactory(parent=index, title="Bát Tràng", crafts=[craft])
        cls.other = VillagePageFactory(parent=index, title="Vạn Phúc", crafts=[craft])
        # A story about Bát Tràng lives under the story index: its own permissions apply.
        cls.story = StoryPageFactory(
            parent=StoryIndexPageFactory(parent=cls.home), villages=[cls.village]
        )
        cls.village_en = translate_page(cls.village, "en")
        cls.editor = editor_of(cls.village, "bat-trang")
        cls.mine = report(cls.village)
        cls.mine_en = report(cls.village_en)
        cls.theirs = report(cls.other)
        cls.story_report = report(cls.story)

    def listed(self, response):
        return {int(row["data-report"]) for row in soup(response).select("tr[data-report]")}

    def test_a_village_editor_sees_only_reports_on_their_village(self):
        self.client.force_login(self.editor)
        response = self.client.get(URL)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(self.listed(response), {self.mine.pk})

    def test_an_editor_of_the_english_tree_sees_the_english_report(self):
        english_editor = editor_of(self.village_en, "bat-trang-en")
        self.client.force_login(english_editor)
        self.assertEqual(self.listed(self.client.get(URL)), {self.mine_en.pk})

    def test_a_superuser_sees_every_report_with_page_and_language(self):
        self.login()
        response = self.client.get(URL)
        expected = {self.mine.pk, self.mine_en.pk, self.theirs.pk, self.story_report.pk}
        self.assertEqual(self.listed(response), expected)
        row = soup(response).select_one(f'tr[data-report="{self.mine_en.pk}"]')
        self.assertIn(str(Locale.objects.get(language_code="en").get_display_name()), row.text)

    def test_marking_handled_records_who_and_moves_it_to_handled(self):
        self.client.force_login(self.editor)
        response = self.client.post(URL, {"report": self.mine.pk})
        self.assertRedirects(response, URL)
        self.mine.refresh_from_db()
        self.assertEqual((self.mine.status, self.mine.handled_by), ("handled", self.editor))
        self.assertIsNotNone(self.mine.handled_at)
        self.assertEqual(self.listed(self.client.get(URL)), set())
        self.assertEqual(self.listed(self.client.get(URL, {"status": "handled"})), {self.mine.pk})

    def test_an_editor_cannot_handle_another_villages_report(self):
        self.client.force_login(self.editor)
        response = self.client.post(URL, {"report": self.theirs.pk})
        self.assertEqual(response.status_code, 404)
        self.theirs.refresh_from_db()
        self.assertEqual(self.theirs.status, "new")
        for bad in ("abc", "", "9" * 40):
            with self.subTest(bad):
                self.assertLess(self.client.post(URL, {"report": bad}).status_code, 500)

    def test_an_unknown_status_is_a_400(self):
        self.login()
        self.assertEqual(self.client.get(URL, {"status": "zzz"}).status_code, 400)

    def test_the_query_count_does_not_grow_with_reports(self):
        def count():
            self.client.get(URL)
            with CaptureQueriesContext(connection) as context:
                self.assertEqual(self.client.get(URL).status_code, 200)
            return len(context.captured_queries)

        self.client.force_login(self.editor)
        before = count()
        for _number in range(5):
            report(self.village)
        after = count()
        self.assertEqual(before, after)
        with self.assertNumQueries(after):
            self.client.get(URL)
