"""The "Report an outdated fact" form: a page of its own, abuse-protected, never a 500."""

from datetime import timedelta

from django.core import mail
from django.core.cache import cache
from django.test import TestCase, override_settings
from wagtail.models import Locale, PageViewRestriction

from feedback.models import TEXT_MAX_LENGTH, FactReport
from tests.feedback.helpers import editor_of
from tests.utils import LANGUAGE_CODES, create_vi_home, soup
from villages.factories import CraftFactory, VillageIndexPageFactory, VillagePageFactory

GOOD_TEXT = "Giờ mở cửa đã đổi: xưởng nay đóng cửa vào thứ Hai."


class ReportFormTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        index = VillageIndexPageFactory(parent=cls.home)
        craft = CraftFactory()
        cls.village = VillagePageFactory(parent=index, title="Bát Tràng", crafts=[craft])
        cls.other = VillagePageFactory(parent=index, title="Vạn Phúc", crafts=[craft])
        cls.editor = editor_of(cls.village, "bat-trang", email="bt@example.org")
        cls.other_editor = editor_of(cls.other, "van-phuc", email="vp@example.org")

    def setUp(self):
        cache.clear()

    def url(self, page=None, language="vi"):
        return f"/{language}/report/{(page or self.village).pk}/"

    def post(self, text=GOOD_TEXT, page=None, **extra):
        data = {"text": text, "email": "", "website": "", **extra}
        return self.client.post(self.url(page), data)

    def test_every_public_page_links_to_its_form(self):
        for page in (self.home, self.village):
            with self.subTest(page.title):
                response = self.client.get(page.url)
                link = soup(response).select_one(".fact-report-link a")
                self.assertEqual(link["href"], self.url(page))

    def test_the_form_renders_in_all_six_languages_with_a_fresh_csrf_token(self):
        for code in LANGUAGE_CODES:
            with self.subTest(code):
                response = self.client.get(self.url(language=code))
                self.assertEqual(response.status_code, 200)
                page = soup(response)
                self.assertEqual(page.find("html")["lang"], code)
                self.assertIsNotNone(page.select_one('input[name="csrfmiddlewaretoken"]'))
                self.assertIn("no-cache", response["Cache-Control"])
                self.assertIsNotNone(page.select_one("div[hidden] input[name=website]"))

    def test_the_form_is_translated(self):
        english = soup(self.client.get(self.url(language="en"))).find("h1").text
        self.assertEqual(english, "Report an outdated fact")
        for code in ("vi", "fr", "it", "ja", "ko"):
            with self.subTest(code):
                heading = soup(self.client.get(self.url(language=code))).find("h1").text
                self.assertNotEqual(heading, english)

    def test_a_report_is_stored_with_page_and_language_and_no_address(self):
        response = self.post(email="khach@example.org")
        self.assertRedirects(response, f"/vi/report/{self.village.pk}/thanks/")
        report = FactReport.objects.get()
        self.assertEqual(
            (report.page_id, report.locale, report.text, report.email, report.status),
            (self.village.pk, Locale.get_default(), GOOD_TEXT, "khach@example.org", "new"),
        )
        field_names = {field.name for field in FactReport._meta.get_fields()}
        self.assertFalse({"ip", "ip_address", "address", "user_agent"} & field_names)

    def test_the_thank_you_page_is_in_the_visitors_language(self):
        response = self.client.get(f"/fr/report/{self.village.pk}/thanks/")
        self.assertEqual(soup(response).find("html")["lang"], "fr")
        self.assertEqual(soup(response).find("h1").text, "Merci")

    def test_the_villages_editors_are_emailed_and_no_one_else(self):
        self.post()
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(mail.outbox[0].to, ["bt@example.org"])
        self.assertIn(GOOD_TEXT, mail.outbox[0].body)
        self.assertIn(f"/admin/pages/{self.village.pk}/edit/", mail.outbox[0].body)

    @override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_HOST="localhost"
    )
    def test_no_email_when_mail_is_not_configured(self):
        response = self.post()
        self.assertEqual(response.status_code, 302)
        self.assertEqual(FactReport.objects.count(), 1)
        self.assertEqual(len(mail.outbox), 0)

    def test_bad_text_is_refused_with_a_message_and_nothing_stored(self):
        cases = {
            "empty": "",
            "too short": "sai",
            "too long": "a" * (TEXT_MAX_LENGTH + 1),
            "links": "xem http://a.example http://b.example www.c.example",
        }
        for name, text in cases.items():
            with self.subTest(name):
                response = self.post(text=text)
                self.assertEqual(response.status_code, 400)
                self.assertIsNotNone(soup(response).select_one(".fact-report__error"))
        self.assertEqual(FactReport.objects.count(), 0)

    def test_a_bad_email_address_is_refused(self):
        self.assertEqual(self.post(email="not an address").status_code, 400)

    def test_the_honeypot_pretends_success_and_stores_nothing(self):
        response = self.post(website="http://spam.example")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(FactReport.objects.count(), 0)
        self.assertEqual(len(mail.outbox), 0)

    @override_settings(FACT_REPORTS_PER_CLIENT=2, FACT_REPORT_WINDOW=timedelta(minutes=30))
    def test_a_client_is_limited_with_a_friendly_429(self):
        self.assertEqual(self.post().status_code, 302)
        self.assertEqual(self.post(page=self.other).status_code, 302)
        response = self.post()
        self.assertEqual(response.status_code, 429)
        self.assertEqual(response["Retry-After"], "1800")
        self.assertIn("30", soup(response).find("p", role="alert").text)
        self.assertEqual(FactReport.objects.count(), 2)

    @override_settings(FACT_REPORTS_PER_PAGE=2, TRUSTED_PROXY_COUNT=1)
    def test_a_page_is_limited_across_clients(self):
        for number in range(2):
            self.client.post(
                self.url(),
                {"text": GOOD_TEXT},
                headers={"X-Forwarded-For": f"198.51.100.{number}"},
            )
        response = self.client.post(
            self.url(), {"text": GOOD_TEXT}, headers={"X-Forwarded-For": "198.51.100.9"}
        )
        self.assertEqual(response.status_code, 429)
        # Another page still takes reports.
        other = self.client.post(
            self.url(self.other), {"text": GOOD_TEXT}, headers={"X-Forwarded-For": "198.51.100.9"}
        )
        self.assertEqual(other.status_code, 302)

    def test_private_unpublished_and_unknown_pages_are_404(self):
        restricted = VillagePageFactory(parent=self.village.get_parent(), crafts=[CraftFactory()])
        PageViewRestriction.objects.create(page=restricted, restriction_type="login")
        draft = VillagePageFactory(parent=self.village.get_parent(), crafts=[CraftFactory()])
        draft.unpublish()
        paths = [
            self.url(restricted),
            self.url(draft),
            "/vi/report/999999/",
            "/vi/report/abc/",
            "/vi/report/-1/",
            "/vi/report/99999999999999999999999/",
            f"/vi/report/{restricted.pk}/thanks/",
        ]
        for path in paths:
            with self.subTest(path):
                self.assertEqual(self.client.get(path).status_code, 404)
                response = self.client.post(path, {"text": GOOD_TEXT})
                self.assertEqual(response.status_code, 404)
        self.assertEqual(FactReport.objects.count(), 0)

    def test_a_missing_csrf_token_is_refused(self):
        client = self.client_class(enforce_csrf_checks=True)
        response = client.post(self.url(), {"text": GOOD_TEXT})
        self.assertEqual(response.status_code, 403)
        self.assertEqual(FactReport.objects.count(), 0)
