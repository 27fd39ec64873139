"""The inbox in the admin: each village's editors read their village's enquiries, nobody else's."""

import csv
import io

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from enquiries.models import Enquiry
from tests.feedback.helpers import editor_of
from tests.utils import soup

from .helpers import build_trade_tree

INDEX = "/admin/enquiries/"


def enquiry(page, village, language="en", **fields):
    values = {
        "page": page,
        "page_title": page.title,
        "village": village,
        "village_name": village.title,
        "language": language,
        "name": "Giulia Rossi",
        "company": "Casa Milano srl",
        "country": "IT",
        "email": "giulia@example.it",
        "products": "Tea sets",
        "message": "We are looking for 200 blue-and-white tea sets.",
        "consent": True,
    }
    values.update(fields)
    return Enquiry.objects.create(**values)


class InboxTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_trade_tree()
        product = cls.tree["products"]["fr"]
        cls.mine = enquiry(product, cls.tree["bat_trang"], "fr", company="Maison Lyon")
        cls.mine_ja = enquiry(
            cls.tree["products"]["ja"], cls.tree["bat_trang"], "ja", company="大阪茶舗"
        )
        cls.theirs = enquiry(cls.tree["silk"], cls.tree["van_phuc"], "it", company="Seta Como")
        cls.editor = cls.tree["editor"]
        cls.superuser = get_user_model().objects.create_superuser("admin", "admin@example.org", "x")

    def listed(self, response):
        self.assertEqual(response.status_code, 200)
        return {
            cell.select_one("a").get_text(strip=True)
            for cell in soup(response).select("table.listing tbody td.title")
        }

    def test_a_village_editor_reads_only_their_villages_enquiries(self):
        self.client.force_login(self.editor)
        self.assertEqual(self.listed(self.client.get(INDEX)), {"Maison Lyon", "大阪茶舗"})
        for view in ("edit", "inspect", "history"):
            with self.subTest(view=view):
                own = self.client.get(f"{INDEX}{view}/{self.mine.pk}/")
                self.assertEqual(own.status_code, 200)
                other = self.client.get(f"{INDEX}{view}/{self.theirs.pk}/")
                self.assertEqual(other.status_code, 404)
        self.assertEqual(self.client.post(f"{INDEX}resend/{self.theirs.pk}/").status_code, 404)

    def test_superusers_read_every_enquiry(self):
        self.client.force_login(self.superuser)
        self.assertEqual(
            self.listed(self.client.get(INDEX)), {"Maison Lyon", "大阪茶舗", "Seta Como"}
        )

    def test_someone_without_a_village_cannot_open_the_inbox(self):
        translator = editor_of(self.tree["products"]["fr"], "translator-fr")
        self.client.force_login(translator)
        response = self.client.get(INDEX)
        self.assertNotEqual(response.status_code, 200)
        self.assertEqual(self.client.get(f"{INDEX}inspect/{self.mine.pk}/").status_code, 404)

    def test_filters_by_status_language_and_village(self):
        self.client.force_login(self.superuser)
        Enquiry.objects.filter(pk=self.mine_ja.pk).update(status=Enquiry.Status.ANSWERED)
        self.assertEqual(self.listed(self.client.get(INDEX, {"status": "answered"})), {"大阪茶舗"})
        self.assertEqual(self.listed(self.client.get(INDEX, {"language": "it"})), {"Seta Como"})
        village = self.tree["van_phuc"].pk
        self.assertEqual(self.listed(self.client.get(INDEX, {"village": village})), {"Seta Como"})
        self.assertEqual(self.listed(self.client.get(INDEX, {"q": "Lyon"})), {"Maison Lyon"})

    def test_the_editor_reads_the_message_in_vietnamese_and_as_written(self):
        Enquiry.objects.filter(pk=self.mine.pk).update(
            message="Nous cherchons des services à thé.",
            message_vi="Chúng tôi tìm bộ ấm chén.",
            translation=Enquiry.Translation.DONE,
        )
        self.client.force_login(self.editor)
        page = soup(self.client.get(f"{INDEX}edit/{self.mine.pk}/"))
        self.assertEqual(
            page.select_one('blockquote[lang="vi"]').get_text(strip=True),
            "Chúng tôi tìm bộ ấm chén.",
        )
        self.assertEqual(
            page.select_one('blockquote[lang="fr"]').get_text(strip=True),
            "Nous cherchons des services à thé.",
        )

    def test_marking_an_enquiry_answered_records_when(self):
        self.client.force_login(self.editor)
        response = self.client.post(f"{INDEX}edit/{self.mine.pk}/", {"status": "answered"})
        self.assertEqual(response.status_code, 302)
        self.mine.refresh_from_db()
        self.assertEqual(self.mine.status, Enquiry.Status.ANSWERED)
        self.assertIsNotNone(self.mine.answered_at)
        # Only the status is editable: what the buyer wrote cannot be changed.
        self.client.post(f"{INDEX}edit/{self.mine.pk}/", {"status": "closed", "message": "changed"})
        self.mine.refresh_from_db()
        self.assertEqual(self.mine.status, Enquiry.Status.CLOSED)
        self.assertNotEqual(self.mine.message, "changed")

    def test_bad_status_is_a_form_error_not_a_500(self):
        self.client.force_login(self.editor)
        response = self.client.post(f"{INDEX}edit/{self.mine.pk}/", {"status": "spam"})
        self.assertEqual(response.status_code, 200)
        self.mine.refresh_from_db()
        self.assertEqual(self.mine.status, Enquiry.Status.NEW)

    def test_nobody_adds_enquiries_and_only_superusers_delete_them(self):
        self.client.force_login(self.editor)
        self.assertNotEqual(self.client.get(f"{INDEX}new/").status_code, 200)
        self.client.post(f"{INDEX}delete/{self.mine.pk}/")
        self.assertTrue(Enquiry.objects.filter(pk=self.mine.pk).exists())

    def test_csv_export_holds_the_readers_enquiries_only(self):
        self.client.force_login(self.editor)
        response = self.client.get(INDEX, {"export": "csv"})
        self.assertEqual(response.status_code, 200)
        self.assertIn("text/csv", response["Content-Type"])
        content = b"".join(response.streaming_content).decode("utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(content)))
        self.assertEqual({row["Company"] for row in rows}, {"Maison Lyon", "大阪茶舗"})
        self.assertIn("Message in Vietnamese", rows[0])

    def test_the_listing_reads_a_fixed_number_of_queries(self):
        self.client.force_login(self.superuser)
        self.client.get(INDEX)
        for number in range(20):
            enquiry(self.tree["products"]["en"], self.tree["bat_trang"], company=f"Co {number}")
        with CaptureQueriesContext(connection) as few:
            self.client.get(INDEX)
        for number in range(20):
            enquiry(self.tree["products"]["en"], self.tree["bat_trang"], company=f"Co b{number}")
        with CaptureQueriesContext(connection) as many:
            self.client.get(INDEX)
        self.assertEqual(len(few.captured_queries), len(many.captured_queries))
