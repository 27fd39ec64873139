"""E-mail and machine translation, working and failing: the enquiry is never lost."""

import email
import email.policy
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

from aiosmtpd.controller import Controller
from django.core import mail
from django.test import TestCase, override_settings

from enquiries.models import Enquiry
from enquiries.translators import LibreTranslateTranslator, TranslatorError
from tests.security.test_email import Collector, free_port

from .helpers import MESSAGE, FreshLimits, build_trade_tree, form_data, form_url

SENDER = "Làng nghề Hà Nội <no-reply@example.org>"


class BrokenBackend:
    """A mail server that is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("Connection refused")


class BrokenTranslator:
    name = "broken"

    def translate(self, text, source, target):
        raise TranslatorError("HTTP Error 503: Service Unavailable")


class MailAndTranslationTests(FreshLimits, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_trade_tree()
        cls.products = cls.tree["products"]

    def send(self, language="ja"):
        response = self.client.post(form_url(self.products[language]), form_data(language))
        self.assertEqual(response.status_code, 302)
        return Enquiry.objects.latest("created")

    def test_through_a_real_smtp_server_headers_and_encoding_included(self):
        collector = Collector()
        port = free_port()
        server = Controller(collector, hostname="127.0.0.1", port=port)
        server.start()
        self.addCleanup(server.stop)
        with self.settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=port,
            EMAIL_USE_TLS=False,
            EMAIL_TIMEOUT=5,
            DEFAULT_FROM_EMAIL=SENDER,
        ):
            enquiry = self.send("ja")
        self.assertEqual(enquiry.mail_error, "")
        messages = {
            envelope.rcpt_tos[0]: envelope.original_content for envelope in collector.envelopes
        }
        self.assertEqual(set(messages), {"bat-trang@example.org", "giulia@example.it"})
        for raw in messages.values():
            # Headers travel as ASCII: the Japanese and Vietnamese subjects are encoded.
            headers = raw.split(b"\r\n\r\n", 1)[0]
            headers.decode("ascii")  # raises if any header byte is not ASCII
            self.assertRegex(headers.replace(b"\r\n ", b" "), rb"Subject:\s+=\?utf-8\?")
        buyer = email.message_from_bytes(messages["giulia@example.it"], policy=email.policy.default)
        # A long encoded subject may be folded before its first word (Python's
        # email package); readers' mail programs drop that space.
        self.assertEqual(
            buyer["Subject"].strip(),
            f"「{self.products['ja'].title}」についてのお問い合わせを受け付けました",
        )
        self.assertEqual(buyer["From"].addresses[0].display_name, "Làng nghề Hà Nội")
        self.assertEqual(buyer.get_content_charset(), "utf-8")
        self.assertIn(MESSAGE["ja"], buyer.get_content())
        editor = email.message_from_bytes(
            messages["bat-trang@example.org"], policy=email.policy.default
        )
        self.assertEqual(editor["Reply-To"], "giulia@example.it")
        self.assertTrue(
            editor["Subject"].strip().startswith("Yêu cầu giao thương từ Casa Milano srl")
        )
        body = editor.get_content()
        self.assertIn(f"[ja→vi] {MESSAGE['ja']}", body)
        self.assertIn(f"/admin/enquiries/inspect/{enquiry.pk}/", body)

    @override_settings(EMAIL_BACKEND="tests.enquiries.test_mail_and_translation.BrokenBackend")
    def test_a_mail_failure_keeps_the_enquiry_and_it_can_be_sent_again(self):
        enquiry = self.send("en")
        self.assertIsNone(enquiry.editors_notified_at)
        self.assertIsNone(enquiry.buyer_confirmed_at)
        self.assertIn("Connection refused", enquiry.mail_error)
        self.assertEqual(enquiry.message, MESSAGE["en"])
        self.client.force_login(self.tree["editor"])
        edit = self.client.get(f"/admin/enquiries/edit/{enquiry.pk}/")
        self.assertContains(edit, f"/admin/enquiries/resend/{enquiry.pk}/")
        with self.settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            response = self.client.post(f"/admin/enquiries/resend/{enquiry.pk}/")
        self.assertRedirects(response, f"/admin/enquiries/edit/{enquiry.pk}/")
        enquiry.refresh_from_db()
        self.assertEqual(enquiry.mail_error, "")
        self.assertIsNotNone(enquiry.editors_notified_at)
        self.assertEqual(len(mail.outbox), 2)
        # Sent again: nothing is sent twice.
        self.client.post(f"/admin/enquiries/resend/{enquiry.pk}/")
        self.assertEqual(len(mail.outbox), 2)

    @override_settings(
        ENQUIRY_TRANSLATOR="tests.enquiries.test_mail_and_translation.BrokenTranslator"
    )
    def test_a_translator_failure_keeps_the_enquiry_as_written(self):
        enquiry = self.send("fr")
        self.assertEqual(enquiry.translation, Enquiry.Translation.FAILED)
        self.assertEqual(enquiry.message_vi, "")
        self.assertEqual(enquiry.message, MESSAGE["fr"])
        notice = next(m for m in mail.outbox if m.to == ["bat-trang@example.org"])
        self.assertIn("Bản dịch máy không thành công", notice.body)
        self.assertIn(MESSAGE["fr"], notice.body)

    @override_settings(ENQUIRY_TRANSLATOR="no.such.Translator")
    def test_a_misconfigured_translator_is_treated_as_none(self):
        self.assertEqual(self.send("en").translation, Enquiry.Translation.OFF)


class FakeLibreTranslate(BaseHTTPRequestHandler):
    """LibreTranslate's POST /translate, on loopback: answers, or fails when told to."""

    answers = []

    def do_POST(self):  # noqa: N802 (http.server's name)
        length = int(self.headers["Content-Length"])
        request = json.loads(self.rfile.read(length))
        FakeLibreTranslate.answers.append(request)
        if request["q"] == "fail":
            self.send_response(500)
            self.end_headers()
            return
        body = json.dumps({"translatedText": f"(vi) {request['q']}"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class LibreTranslateTests(TestCase):
    def setUp(self):
        self.server = HTTPServer(("127.0.0.1", 0), FakeLibreTranslate)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.addCleanup(self.server.server_close)
        self.addCleanup(self.server.shutdown)
        self.url = f"http://127.0.0.1:{self.server.server_port}"

    def test_translates_through_the_http_api_with_the_key(self):
        translator = LibreTranslateTranslator(url=self.url, key="k3y")
        self.assertEqual(translator.translate("Bonjour", "fr", "vi"), "(vi) Bonjour")
        sent = FakeLibreTranslate.answers[-1]
        self.assertEqual(
            sent,
            {"q": "Bonjour", "source": "fr", "target": "vi", "format": "text", "api_key": "k3y"},
        )

    def test_a_server_error_or_no_server_is_a_translator_error(self):
        with self.assertRaises(TranslatorError):
            LibreTranslateTranslator(url=self.url).translate("fail", "fr", "vi")
        with self.assertRaises(TranslatorError):
            LibreTranslateTranslator(url=f"http://127.0.0.1:{free_port()}").translate(
                "x", "fr", "vi"
            )
        with self.assertRaises(TranslatorError):
            LibreTranslateTranslator(url="file:///etc/passwd")
