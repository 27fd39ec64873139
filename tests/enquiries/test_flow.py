"""A buyer's enquiry from the product page to the inbox, in vi, en, fr and ja."""

import datetime

from django.core import mail
from django.test import TestCase, override_settings
from django.utils import timezone

from enquiries.models import Enquiry
from tests.utils import html_attrs, soup

from .helpers import MESSAGE, FreshLimits, build_trade_tree, form_data, form_url

# The form's first label and the buyer's e-mail subject, as each language says them.
FORM_LABEL = {
    "vi": "Họ và tên",
    "en": "Your name",
    "fr": "Votre nom",
    "ja": "お名前",
}
CONFIRM_SUBJECT = {
    "vi": "Chúng tôi đã nhận được yêu cầu của bạn về",
    "en": "We have received your enquiry about",
    "fr": "Nous avons bien reçu votre demande concernant",
    "ja": "についてのお問い合わせを受け付けました",
}


class EnquiryFlowTests(FreshLimits, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_trade_tree()
        cls.products = cls.tree["products"]

    def test_the_product_page_links_to_the_form_in_its_language(self):
        for code in ("vi", "en", "fr", "ja"):
            with self.subTest(language=code):
                page = soup(self.client.get(self.products[code].url))
                link = page.select_one(".enquiry-call a.button")
                self.assertEqual(link["href"], form_url(self.products[code]))

    def test_the_form_speaks_the_buyers_language(self):
        for code, label in FORM_LABEL.items():
            with self.subTest(language=code):
                response = self.client.get(form_url(self.products[code]))
                self.assertEqual(response.status_code, 200)
                self.assertEqual(html_attrs(response), (code, "ltr"))
                self.assertIn("no-store", response["Cache-Control"])
                page = soup(response)
                self.assertEqual(
                    page.select_one('label[for="id_name"]').get_text(strip=True), label
                )
                # Every field has a label; help is tied to its field for screen readers.
                for field in page.select(
                    "form.enquiry__form input:not([type=hidden]), select, textarea"
                ):
                    self.assertIsNotNone(
                        page.select_one(f'label[for="{field["id"]}"]'), field["id"]
                    )
                message = page.select_one("#id_message")
                self.assertEqual(message["aria-describedby"], "id_message-help")
                # The product is named for the buyer, filled in.
                self.assertEqual(
                    page.select_one("#id_products")["value"], self.products[code].title
                )

    def test_an_enquiry_lands_in_one_inbox_with_everything_it_is_about(self):
        for code in ("vi", "en", "fr", "ja"):
            with self.subTest(language=code):
                mail.outbox.clear()
                response = self.client.post(
                    form_url(self.products[code]), form_data(code, email=f"{code}@example.org")
                )
                self.assertRedirects(response, f"/{code}/enquiry/{self.products[code].pk}/thanks/")
                enquiry = Enquiry.objects.get(email=f"{code}@example.org")
                self.assertEqual(enquiry.language, code)
                self.assertEqual(enquiry.message, MESSAGE[code])  # kept as written
                self.assertEqual(enquiry.status, Enquiry.Status.NEW)
                # What it is about, as Vietnamese pages: one village is one inbox filter.
                self.assertEqual(enquiry.product_id, self.products["vi"].pk)
                self.assertEqual(enquiry.producer_id, self.tree["producer"].pk)
                self.assertEqual(enquiry.village_id, self.tree["bat_trang"].pk)
                self.assertEqual(enquiry.page_id, self.products[code].pk)
                self.assertEqual(enquiry.page_title, self.products[code].title)
                self.assertEqual(enquiry.producer_name, "Hợp tác xã Gốm Thử")
                self.assertEqual(enquiry.village_name, "Bát Tràng")
                if code == "vi":
                    self.assertEqual(enquiry.translation, Enquiry.Translation.NOT_NEEDED)
                    self.assertEqual(enquiry.message_vi, "")
                else:
                    self.assertEqual(enquiry.translation, Enquiry.Translation.DONE)
                    self.assertEqual(enquiry.message_vi, f"[{code}→vi] {MESSAGE[code]}")
                # The village's editor hears of it (not Vạn Phúc's), the buyer too.
                self.assertIsNotNone(enquiry.editors_notified_at)
                self.assertIsNotNone(enquiry.buyer_confirmed_at)
                self.assertEqual(enquiry.mail_error, "")
                recipients = sorted(message.to[0] for message in mail.outbox)
                self.assertEqual(recipients, ["bat-trang@example.org", f"{code}@example.org"])
                notice = next(m for m in mail.outbox if m.to == ["bat-trang@example.org"])
                self.assertEqual(notice.reply_to, [f"{code}@example.org"])
                self.assertIn(MESSAGE[code], notice.body)
                if code != "vi":
                    self.assertIn(enquiry.message_vi, notice.body)
                confirmation = next(m for m in mail.outbox if m.to == [f"{code}@example.org"])
                self.assertIn(CONFIRM_SUBJECT[code], confirmation.subject)

    def test_the_thanks_page_says_what_happens_next(self):
        response = self.client.post(form_url(self.products["fr"]), form_data("fr"), follow=True)
        page = soup(response)
        self.assertEqual(html_attrs(response), ("fr", "ltr"))
        self.assertIn("vietnamien", page.select_one('.enquiry [role="status"]').get_text())

    def test_a_producer_page_takes_enquiries_too(self):
        producer = self.tree["producer"]
        response = self.client.post(form_url(producer), form_data("vi", products="Bình gốm"))
        self.assertEqual(response.status_code, 302)
        enquiry = Enquiry.objects.get()
        self.assertIsNone(enquiry.product)
        self.assertEqual(enquiry.producer_id, producer.pk)
        self.assertEqual(enquiry.village_id, self.tree["bat_trang"].pk)

    def test_a_target_date_is_kept_and_written_as_the_language_writes_dates(self):
        date = timezone.localdate() + datetime.timedelta(days=60)
        self.client.post(
            form_url(self.products["fr"]), form_data("fr", target_date=date.isoformat())
        )
        self.assertEqual(Enquiry.objects.get().target_date, date)
        confirmation = next(m for m in mail.outbox if m.to == ["giulia@example.it"])
        self.assertIn(str(date.year), confirmation.body)
        self.assertNotIn(date.isoformat(), confirmation.body)

    @override_settings(ENQUIRY_TRANSLATOR="")
    def test_without_a_translator_the_message_is_kept_as_written(self):
        self.client.post(form_url(self.products["en"]), form_data("en"))
        enquiry = Enquiry.objects.get()
        self.assertEqual(enquiry.translation, Enquiry.Translation.OFF)
        self.assertEqual(enquiry.message_vi, "")
        self.assertEqual(enquiry.message, MESSAGE["en"])
