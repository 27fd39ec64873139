"""Outgoing e-mail from the environment and the admin's password reset (defect 6)."""

import email
import email.policy
import os
import re
import runpy
import socket
from unittest import mock

from aiosmtpd.controller import Controller
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.test import SimpleTestCase, TestCase, override_settings

from tests.utils import soup
from tourism_site.settings.mail import email_settings

RESET = "/admin/password_reset/"
SENDER = "Làng nghề Hà Nội <no-reply@example.org>"


class EmailSettingsTests(SimpleTestCase):
    def test_nothing_configured_means_no_e_mail(self):
        self.assertEqual(email_settings({}), {})

    def test_separate_variables_default_to_starttls_on_587(self):
        config = email_settings(
            {
                "EMAIL_HOST": "smtp.example.org",
                "EMAIL_HOST_USER": "site",
                "EMAIL_HOST_PASSWORD": "s3cret",
                "DEFAULT_FROM_EMAIL": "no-reply@example.org",
            }
        )
        self.assertEqual(config["EMAIL_BACKEND"], "django.core.mail.backends.smtp.EmailBackend")
        self.assertEqual(config["EMAIL_HOST"], "smtp.example.org")
        self.assertEqual(config["EMAIL_PORT"], 587)
        self.assertTrue(config["EMAIL_USE_TLS"])
        self.assertFalse(config["EMAIL_USE_SSL"])
        self.assertEqual(config["EMAIL_HOST_USER"], "site")
        self.assertEqual(config["EMAIL_HOST_PASSWORD"], "s3cret")
        self.assertEqual(config["EMAIL_TIMEOUT"], 10)
        self.assertEqual(config["SERVER_EMAIL"], "no-reply@example.org")

    def test_ssl_on_465_turns_starttls_off(self):
        config = email_settings(
            {"EMAIL_HOST": "mx", "EMAIL_USE_SSL": "true", "DEFAULT_FROM_EMAIL": "a@example.org"}
        )
        self.assertEqual((config["EMAIL_PORT"], config["EMAIL_USE_SSL"]), (465, True))
        self.assertFalse(config["EMAIL_USE_TLS"])

    def test_url_with_credentials_and_senders(self):
        config = email_settings(
            {
                "EMAIL_URL": "submission://site%40example.org:p%40ss@smtp.example.org",
                "DEFAULT_FROM_EMAIL": "no-reply@example.org",
                "SERVER_EMAIL": "errors@example.org",
            }
        )
        self.assertEqual(config["EMAIL_HOST"], "smtp.example.org")
        self.assertEqual(config["EMAIL_PORT"], 587)
        self.assertTrue(config["EMAIL_USE_TLS"])
        self.assertEqual(config["EMAIL_HOST_USER"], "site@example.org")
        self.assertEqual(config["EMAIL_HOST_PASSWORD"], "p@ss")
        self.assertEqual(config["SERVER_EMAIL"], "errors@example.org")

    def test_url_may_name_the_sender_itself(self):
        config = email_settings(
            {"EMAIL_URL": "smtp://mx:2525?ssl=1&_default_from_email=site%40example.org"}
        )
        self.assertEqual(config["EMAIL_PORT"], 2525)
        self.assertTrue(config["EMAIL_USE_SSL"])
        self.assertEqual(config["DEFAULT_FROM_EMAIL"], "site@example.org")

    def test_mistakes_stop_the_start_with_a_clear_message(self):
        cases = {
            "unknown scheme": {"EMAIL_URL": "smpt://mx", "DEFAULT_FROM_EMAIL": "a@example.org"},
            "no sender": {"EMAIL_HOST": "mx"},
            "bad flag": {"EMAIL_HOST": "mx", "EMAIL_USE_TLS": "maybe"},
            "bad port": {"EMAIL_HOST": "mx", "EMAIL_PORT": "smtp", "DEFAULT_FROM_EMAIL": "a@b.c"},
            "tls and ssl": {
                "EMAIL_HOST": "mx",
                "EMAIL_USE_TLS": "1",
                "EMAIL_USE_SSL": "1",
                "DEFAULT_FROM_EMAIL": "a@b.c",
            },
        }
        for name, environ in cases.items():
            with self.subTest(name), self.assertRaises(ImproperlyConfigured):
                email_settings(environ)

    def production(self, **variables):
        environ = {"SECRET_KEY": "k" * 50, "ALLOWED_HOSTS": "example.org", **variables}
        for name in ("EMAIL_URL", "EMAIL_HOST", "DEFAULT_FROM_EMAIL"):
            environ.setdefault(name, "")
        with mock.patch.dict(os.environ, environ):
            return runpy.run_module("tourism_site.settings.production")

    def test_production_without_e_mail_switches_the_password_reset_off(self):
        self.assertFalse(self.production()["WAGTAIL_PASSWORD_RESET_ENABLED"])

    def test_production_with_e_mail_offers_the_password_reset(self):
        settings = self.production(EMAIL_HOST="mx", DEFAULT_FROM_EMAIL="a@example.org")
        self.assertTrue(settings["WAGTAIL_PASSWORD_RESET_ENABLED"])
        self.assertEqual(settings["EMAIL_HOST"], "mx")
        self.assertEqual(settings["DEFAULT_FROM_EMAIL"], "a@example.org")


@override_settings(WAGTAIL_PASSWORD_RESET_ENABLED=False)
class PasswordResetOffTests(TestCase):
    def test_no_form_and_no_link_when_nothing_can_be_sent(self):
        # (Django's LocaleMiddleware first tries the path under a language prefix.)
        self.assertEqual(self.client.get(RESET, follow=True).status_code, 404)
        response = self.client.post(RESET, {"email": "a@example.org"}, follow=True)
        self.assertEqual(response.status_code, 404)
        self.assertEqual(len(mail.outbox), 0)
        login = soup(self.client.get("/admin/login/"))
        self.assertIsNone(login.select_one("a.reset-password"))


class Collector:
    """An SMTP server's message handler that keeps what it receives."""

    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.envelopes.append(envelope)
        return "250 Message accepted"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SmtpRoundTripTests(TestCase):
    """A reset e-mail through Django's SMTP backend to a real server on loopback."""

    def setUp(self):
        cache.clear()
        self.user = get_user_model().objects.create_user(
            "thanh", email="thanh@example.org", password="old-password-4821", is_staff=True
        )
        self.collector = Collector()
        self.port = free_port()
        self.server = Controller(self.collector, hostname="127.0.0.1", port=self.port)
        self.server.start()
        self.addCleanup(self.server.stop)

    def test_the_reset_e_mail_arrives_in_vietnamese_with_a_working_link(self):
        with self.settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=self.port,
            EMAIL_USE_TLS=False,
            EMAIL_TIMEOUT=5,
            DEFAULT_FROM_EMAIL=SENDER,
        ):
            response = self.client.post(
                RESET, {"email": "thanh@example.org"}, headers={"accept-language": "vi"}
            )
        self.assertRedirects(response, "/admin/password_reset/done/")

        self.assertEqual(len(self.collector.envelopes), 1)
        envelope = self.collector.envelopes[0]
        self.assertEqual(envelope.mail_from, "no-reply@example.org")
        self.assertEqual(envelope.rcpt_tos, ["thanh@example.org"])
        raw = envelope.original_content
        # Headers travel as ASCII; the Vietnamese subject is encoded, not mangled.
        raw_subject = re.search(rb"^Subject: (.*)$", raw, re.MULTILINE).group(1)
        self.assertTrue(raw_subject.lower().startswith(b"=?utf-8?"), raw_subject)

        message = email.message_from_bytes(raw, policy=email.policy.default)
        self.assertEqual(message["Subject"], "Đặt lại mật khẩu")
        self.assertEqual(message["To"], "thanh@example.org")
        self.assertEqual(message["From"].addresses[0].display_name, "Làng nghề Hà Nội")
        self.assertEqual(message["From"].addresses[0].addr_spec, "no-reply@example.org")
        self.assertTrue(message["Message-ID"])
        self.assertTrue(message["Date"])
        self.assertEqual(message.get_content_type(), "text/plain")
        self.assertEqual(message.get_content_charset(), "utf-8")
        body = message.get_content()
        self.assertIn("Vui lòng mở đường dẫn dưới đây để đặt lại mật khẩu:", body)
        self.assertIn("Tên đăng nhập của bạn (phòng khi bạn quên): thanh", body)

        link = re.search(r"http://testserver(/admin/password_reset/confirm/\S+/)", body).group(1)
        confirm = self.client.get(link, follow=True)
        self.assertEqual(confirm.status_code, 200)
        form = soup(confirm).select_one("form")
        self.assertIsNotNone(form.select_one("input[name=new_password1]"))
        done = self.client.post(
            confirm.redirect_chain[-1][0],
            {"new_password1": "new-lantern-9317", "new_password2": "new-lantern-9317"},
        )
        self.assertEqual(done.status_code, 302)
        self.user.refresh_from_db()
        self.assertTrue(self.user.check_password("new-lantern-9317"))

    def test_an_unknown_address_sends_nothing_and_looks_the_same(self):
        with self.settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=self.port,
            EMAIL_USE_TLS=False,
            DEFAULT_FROM_EMAIL=SENDER,
        ):
            response = self.client.post(RESET, {"email": "nobody@example.org"})
        self.assertRedirects(response, "/admin/password_reset/done/")
        self.assertEqual(self.collector.envelopes, [])


@override_settings(PASSWORD_RESET_LIMIT_PER_CLIENT=5, PASSWORD_RESET_LIMIT_PER_ADDRESS=3)
class PasswordResetRateLimitTests(TestCase):
    def setUp(self):
        cache.clear()
        get_user_model().objects.create_user("thanh", email="thanh@example.org", password="x")

    def ask(self, address, client_address="198.51.100.7", **headers):
        return self.client.post(
            RESET, {"email": address}, REMOTE_ADDR=client_address, headers=headers
        )

    def test_one_address_gets_three_e_mails_an_hour_whoever_asks(self):
        for attempt in range(3):
            response = self.ask("thanh@example.org", f"203.0.113.{attempt + 1}")
            self.assertEqual(response.status_code, 302)
        limited = self.ask("Thanh@Example.org", "203.0.113.50")
        self.assertEqual(limited.status_code, 429)
        self.assertEqual(len(mail.outbox), 3)
        page = soup(limited)
        self.assertEqual(page.h1.get_text(strip=True), "Too many password reset requests")
        self.assertIn("60 minutes", page.select_one(".error").get_text(" "))

    def test_one_client_may_ask_five_times_an_hour_for_any_addresses(self):
        for attempt in range(5):
            self.assertEqual(self.ask(f"user{attempt}@example.org").status_code, 302)
        self.assertEqual(self.ask("someone-else@example.org").status_code, 429)
        # Another client is not held back by this one.
        self.assertEqual(self.ask("thanh@example.org", "192.0.2.9").status_code, 302)

    def test_unknown_addresses_are_limited_like_real_ones(self):
        for _ in range(3):
            self.ask("nobody@example.org", "192.0.2.1")
            self.ask("thanh@example.org", "192.0.2.2")
        unknown = self.ask("nobody@example.org", "192.0.2.3")
        real = self.ask("thanh@example.org", "192.0.2.4")
        self.assertEqual((unknown.status_code, real.status_code), (429, 429))
        self.assertEqual(
            soup(unknown).select_one("main").get_text(), soup(real).select_one("main").get_text()
        )

    def test_the_limit_page_is_translated(self):
        for _ in range(3):
            self.ask("thanh@example.org")
        response = self.ask("thanh@example.org", **{"accept-language": "ko"})
        self.assertEqual(response.status_code, 429)
        self.assertEqual(soup(response).html["lang"], "ko")
        self.assertEqual(
            soup(response).h1.get_text(strip=True), "비밀번호 재설정 요청이 너무 많습니다"
        )
