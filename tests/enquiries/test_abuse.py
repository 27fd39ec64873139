"""Bad input and robots: clear errors in the buyer's language, nothing lost, no junk stored."""

import datetime
import time

from django.test import Client, TestCase, override_settings
from django.utils import timezone
from wagtail.models import PageViewRestriction

from core.antispam import shown_token
from enquiries.models import MESSAGE_MAX, Enquiry
from enquiries.views import MAX_BODY
from products.factories import ProducerPageFactory
from tests.utils import soup

from .helpers import FreshLimits, build_trade_tree, form_data, form_url


class EnquiryAbuseTests(FreshLimits, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_trade_tree()
        cls.product = cls.tree["products"]["en"]
        cls.url = form_url(cls.product)

    def post(self, **overrides):
        return self.client.post(self.url, form_data("en", **overrides))

    def assert_refused(self, response, field, text):
        """A 400 naming the problem at the field and in the summary, with the input kept."""
        self.assertEqual(response.status_code, 400)
        page = soup(response)
        error = page.select_one(f"#id_{field}-error")
        self.assertIsNotNone(error, f"no error shown for {field}")
        self.assertIn(text, error.get_text())
        self.assertIn(text, page.select_one('[role="alert"]').get_text())
        self.assertEqual(page.select_one(f"#id_{field}")["aria-invalid"], "true")
        # What the buyer typed elsewhere is still there.
        self.assertEqual(page.select_one("#id_company")["value"], "Casa Milano srl")
        self.assertEqual(Enquiry.objects.count(), 0)

    def test_missing_fields_are_named_in_the_buyers_language(self):
        response = self.client.post(
            form_url(self.tree["products"]["fr"]),
            form_data("fr", name="", email="", consent=""),
        )
        self.assertEqual(response.status_code, 400)
        page = soup(response)
        self.assertIn("Ce champ est obligatoire", page.select_one("#id_name-error").get_text())
        self.assertIn("Cochez cette case", page.select_one("#id_consent-error").get_text())
        self.assertEqual(
            page.select_one("#id_message").get_text().strip(), form_data("fr")["message"]
        )
        self.assertTrue(page.title.get_text().startswith("Erreur"))
        self.assertEqual(Enquiry.objects.count(), 0)

    def test_every_field_has_a_length_limit(self):
        for field, limit in (
            ("name", 120),
            ("company", 160),
            ("products", 300),
            ("quantity", 100),
            ("message", MESSAGE_MAX),
            ("email", 254),
        ):
            with self.subTest(field=field):
                value = "a" * (limit - 12) + "@example.org" if field == "email" else "x" * limit
                response = self.post(**{field: value + "x"})
                self.assertEqual(response.status_code, 400)
                self.assertIsNotNone(soup(response).select_one(f"#id_{field}-error"))
        self.assertEqual(Enquiry.objects.count(), 0)

    def test_bad_values(self):
        past = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
        far = (timezone.localdate() + datetime.timedelta(days=365 * 6)).isoformat()
        cases = {
            "country": ("XX", "Select a valid choice"),
            "email": ("giulia@", "Enter a valid email address"),
            "target_date": ("2026-02-30", "Enter a valid date"),
        }
        for field, (value, text) in cases.items():
            with self.subTest(field=field):
                self.assert_refused(self.post(**{field: value}), field, text)
        self.assert_refused(self.post(target_date=past), "target_date", "This date has passed")
        self.assert_refused(self.post(target_date=far), "target_date", "within the next 5 years")

    def test_links_alone_or_too_many_links_are_refused(self):
        self.assert_refused(
            self.post(message="https://spam.example/a https://spam.example/b"),
            "message",
            "links alone cannot be sent",
        )
        self.assert_refused(
            self.post(message="See www.a.example and www.b.example and www.c.example please."),
            "message",
            "at most 2 links",
        )

    def test_robots_are_thanked_and_nothing_is_stored(self):
        for name, overrides in {
            "honeypot": {"website": "http://spam.example"},
            "too fast": {"shown": shown_token()},
            "never shown": {"shown": ""},
            "forged time": {"shown": "1700000000.0:forged"},
        }.items():
            with self.subTest(robot=name):
                response = self.post(**overrides)
                self.assertRedirects(response, f"/en/enquiry/{self.product.pk}/thanks/")
        self.assertEqual(Enquiry.objects.count(), 0)

    def test_a_form_left_open_for_days_is_shown_again_to_be_sent(self):
        response = self.post(shown=shown_token(time.time() - 3 * 24 * 3600))
        self.assertEqual(response.status_code, 400)
        page = soup(response)
        self.assertIn("open for a long time", page.select_one('[role="alert"]').get_text())
        self.assertEqual(page.select_one("#id_company")["value"], "Casa Milano srl")
        # A fresh time, so sending it again works.
        fresh = page.select_one('input[name="shown"]')["value"]
        self.assertNotEqual(fresh, form_data()["shown"])

    def test_methods_other_than_get_and_post_are_405(self):
        # With CSRF checks on, as in a browser: the method is refused first, not the token.
        client = Client(enforce_csrf_checks=True)
        for method in ("put", "patch", "delete", "options"):
            with self.subTest(method=method):
                response = getattr(client, method)(self.url)
                self.assertEqual(response.status_code, 405)
                self.assertIn("POST", response["Allow"])
        self.assertEqual(self.client.post(f"{self.url}thanks/").status_code, 405)

    def test_a_post_without_the_csrf_token_is_refused(self):
        client = Client(enforce_csrf_checks=True)
        response = client.post(self.url, form_data())
        self.assertEqual(response.status_code, 403)
        self.assertEqual(Enquiry.objects.count(), 0)

    def test_an_oversized_body_is_refused_before_it_is_read(self):
        response = self.post(message="x" * (MAX_BODY + 1))
        self.assertEqual(response.status_code, 413)
        self.assertIn("3,000", soup(response).select_one('[role="alert"]').get_text())
        self.assertEqual(Enquiry.objects.count(), 0)

    def test_bad_encodings_are_a_400_not_a_500(self):
        for body in (b"name=%FF%FE&company=%C0%AF", b"\xff\xfe\x00garbage", b"message=%00%00"):
            with self.subTest(body=body):
                response = self.client.post(
                    self.url, body, content_type="application/x-www-form-urlencoded"
                )
                self.assertEqual(response.status_code, 400)
        self.assertEqual(Enquiry.objects.count(), 0)

    @override_settings(ENQUIRIES_PER_CLIENT=2)
    def test_a_flood_from_one_client_gets_a_429_that_keeps_the_message(self):
        for number in range(2):
            self.assertEqual(self.post(email=f"b{number}@example.org").status_code, 302)
        response = self.post(message="A third enquiry, written with care, about tea sets.")
        self.assertEqual(response.status_code, 429)
        self.assertEqual(response["Retry-After"], "3600")
        page = soup(response)
        self.assertIn("60 minutes", page.select_one('[role="alert"]').get_text())
        self.assertIn("written with care", page.select_one("textarea[readonly]").get_text())
        self.assertEqual(Enquiry.objects.count(), 2)

    def test_only_public_product_and_producer_pages_take_enquiries(self):
        draft = self.tree["products"]["it"]
        draft.unpublish()
        private = ProducerPageFactory(parent=self.tree["van_phuc"], slug="rieng")
        PageViewRestriction.objects.create(page=private, restriction_type="login")
        for page in (self.tree["bat_trang"], self.tree["home"], draft, private):
            with self.subTest(page=page.title):
                self.assertEqual(self.client.get(form_url(page)).status_code, 404)
                self.assertEqual(self.client.post(form_url(page), form_data()).status_code, 404)
        self.assertEqual(self.client.get("/en/enquiry/999999999/").status_code, 404)
        self.assertEqual(Enquiry.objects.count(), 0)

    @override_settings(SHOW_SAMPLE_CONTENT=False)
    def test_sample_producers_take_no_enquiries_where_samples_are_off(self):
        sample = ProducerPageFactory(parent=self.tree["van_phuc"], slug="mau", is_sample=True)
        self.assertEqual(self.client.get(form_url(sample)).status_code, 404)
