"""Admin sign-in: brute-force lockout (django-axes) and no user enumeration."""

import re
from datetime import timedelta

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client, RequestFactory, TestCase, override_settings
from django.urls import reverse
from django.utils import timezone

from core.security import client_ip_address
from tests.utils import soup

PASSWORD = "kiln-fire-4821"


def sign_in(client, username, password, address="198.51.100.7"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def signed_in(client):
    return "_auth_user_id" in client.session


@override_settings(AXES_ENABLED=True)
class LockoutTests(TestCase):
    def setUp(self):
        users = get_user_model().objects
        self.editor = users.create_user("editor", password=PASSWORD, is_staff=True)
        self.other = users.create_user("other", password=PASSWORD, is_staff=True)
        for user in (self.editor, self.other):
            user.user_permissions.add(*self._admin_access())
        self.client = Client()

    @staticmethod
    def _admin_access():
        from django.contrib.auth.models import Permission

        return Permission.objects.filter(codename="access_admin")

    def fail(self, username, times, address="198.51.100.7"):
        """Wrong passwords; the fifth failure is itself answered with the lockout."""
        for attempt in range(1, times + 1):
            response = sign_in(self.client, username, "wrong-password", address)
            expected = 429 if attempt >= settings.AXES_FAILURE_LIMIT else 200
            self.assertEqual(response.status_code, expected, f"attempt {attempt}")

    def test_right_password_is_refused_after_five_wrong_ones(self):
        self.assertEqual(settings.AXES_FAILURE_LIMIT, 5)
        self.fail("editor", 5)
        response = sign_in(self.client, "editor", PASSWORD)
        self.assertEqual(response.status_code, 429)
        self.assertFalse(signed_in(self.client))
        page = soup(response)
        self.assertEqual(page.h1.get_text(strip=True), "Too many sign-in attempts")
        self.assertIn("try again in 30 minutes", page.select_one(".error").get_text(" "))

    def test_four_wrong_passwords_do_not_lock_out(self):
        self.fail("editor", 4)
        self.assertEqual(sign_in(self.client, "editor", PASSWORD).status_code, 302)
        self.assertTrue(signed_in(self.client))

    def test_another_user_is_not_locked_out(self):
        self.fail("editor", 5)
        response = sign_in(self.client, "other", PASSWORD)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(signed_in(self.client))

    def test_same_user_from_another_address_is_not_locked_out(self):
        self.fail("editor", 5, address="198.51.100.7")
        response = sign_in(self.client, "editor", PASSWORD, address="203.0.113.20")
        self.assertEqual(response.status_code, 302)

    def test_success_resets_the_failure_count(self):
        self.fail("editor", 4)
        self.assertEqual(sign_in(self.client, "editor", PASSWORD).status_code, 302)
        self.client.logout()
        self.fail("editor", 4)
        self.assertEqual(sign_in(self.client, "editor", PASSWORD).status_code, 302)

    def test_lockout_ends_after_the_cool_off_time(self):
        self.fail("editor", 5)
        self.assertEqual(sign_in(self.client, "editor", PASSWORD).status_code, 429)
        past = timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
        AccessAttempt.objects.update(attempt_time=past)
        self.assertEqual(sign_in(self.client, "editor", PASSWORD).status_code, 302)

    def test_lockout_page_is_translated(self):
        self.fail("editor", 5)
        response = self.client.post(
            reverse("wagtailadmin_login"),
            {"username": "editor", "password": PASSWORD},
            REMOTE_ADDR="198.51.100.7",
            headers={"accept-language": "fr"},
        )
        self.assertEqual(response.status_code, 429)
        self.assertEqual(soup(response).html["lang"], "fr")


@override_settings(AXES_ENABLED=True)
class NoUserEnumerationTests(TestCase):
    def setUp(self):
        get_user_model().objects.create_user("editor", password=PASSWORD, is_staff=True)

    @staticmethod
    def normalised(response, username):
        """The page with what legitimately differs removed: the token and the typed name."""
        html = response.content.decode()
        html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
        html = re.sub(r'"CSRF_TOKEN": "[^"]+"', "", html)
        return html.replace(f'value="{username}"', 'value=""')

    def test_unknown_user_and_wrong_password_get_the_same_answer(self):
        unknown = sign_in(Client(), "nobody-here", "wrong-password")
        wrong = sign_in(Client(), "editor", "wrong-password")
        self.assertEqual(unknown.status_code, wrong.status_code)
        unknown_errors = [li.get_text(strip=True) for li in soup(unknown).select(".error")]
        wrong_errors = [li.get_text(strip=True) for li in soup(wrong).select(".error")]
        self.assertEqual(unknown_errors, wrong_errors)
        self.assertTrue(unknown_errors)
        self.assertEqual(self.normalised(unknown, "nobody-here"), self.normalised(wrong, "editor"))

    def test_unknown_user_is_locked_out_exactly_like_a_real_one(self):
        real, unknown = Client(), Client()
        for _ in range(5):
            sign_in(real, "editor", "wrong-password")
            sign_in(unknown, "nobody-here", "wrong-password")
        locked_real = sign_in(real, "editor", PASSWORD)
        locked_unknown = sign_in(unknown, "nobody-here", PASSWORD)
        self.assertEqual(locked_real.status_code, 429)
        self.assertEqual(locked_unknown.status_code, 429)
        self.assertEqual(
            self.normalised(locked_real, "editor"), self.normalised(locked_unknown, "nobody-here")
        )


class ClientAddressTests(TestCase):
    def request(self, forwarded=None):
        headers = {"REMOTE_ADDR": "10.0.0.2"}
        if forwarded:
            headers["HTTP_X_FORWARDED_FOR"] = forwarded
        return RequestFactory().get("/admin/login/", **headers)

    def test_forwarded_header_is_ignored_without_a_trusted_proxy(self):
        self.assertEqual(client_ip_address(self.request("203.0.113.9")), "10.0.0.2")

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_behind_one_proxy_the_address_it_saw_is_used_not_a_forged_one(self):
        request = self.request("6.6.6.6, 203.0.113.9")
        self.assertEqual(client_ip_address(request), "203.0.113.9")

    @override_settings(TRUSTED_PROXY_COUNT=2)
    def test_behind_two_proxies_the_first_proxy_entry_is_the_client(self):
        request = self.request("6.6.6.6, 203.0.113.9, 10.0.0.1")
        self.assertEqual(client_ip_address(request), "203.0.113.9")

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_an_entry_that_is_not_an_ip_address_falls_back_to_the_peer(self):
        junk = (
            "unknown",
            "_hidden",
            "203.0.113.9:443",
            "999.1.1.1",
            "fe80::1%eth0",
            "\u0661.1.1.1",
        )
        for forwarded in junk:
            with self.subTest(forwarded=forwarded):
                self.assertEqual(client_ip_address(self.request(forwarded)), "10.0.0.2")

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_ipv6_entries_are_normalised(self):
        request = self.request("2001:DB8:0:0::1")
        self.assertEqual(client_ip_address(request), "2001:db8::1")


@override_settings(AXES_ENABLED=True, TRUSTED_PROXY_COUNT=1)
class ForwardedJunkSignInTests(TestCase):
    """A proxy that writes ``X-Forwarded-For: unknown`` must not break sign-in.

    On PostgreSQL django-axes stores the address in an ``inet`` column, and
    "unknown" there was a 500 on every sign-in attempt.
    """

    def setUp(self):
        from django.contrib.auth.models import Permission

        editor = get_user_model().objects.create_user("editor", password=PASSWORD)
        editor.user_permissions.add(*Permission.objects.filter(codename="access_admin"))

    def post(self, password, forwarded):
        return Client().post(
            reverse("wagtailadmin_login"),
            {"username": "editor", "password": password},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=forwarded,
        )

    def test_failed_and_successful_sign_in_with_junk_forwarded_for(self):
        for forwarded in ("unknown", "999.1.1.1", "a, b, c"):
            with self.subTest(forwarded=forwarded):
                self.assertEqual(self.post("wrong-password", forwarded).status_code, 200)
        # The failures are counted against the proxy's own address.
        self.assertEqual(
            set(AccessAttempt.objects.values_list("ip_address", flat=True)), {"10.0.0.2"}
        )
        self.assertEqual(self.post(PASSWORD, "unknown").status_code, 302)

    def test_nul_bytes_in_the_sign_in_are_refused_cleanly(self):
        client = Client()
        response = client.post(
            reverse("wagtailadmin_login"),
            {"username": "edi\x00tor", "password": PASSWORD},
            REMOTE_ADDR="10.0.0.2",
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(signed_in(client))
        response = client.post(
            reverse("wagtailadmin_login"),
            {"username": "editor", "password": "wrong"},
            REMOTE_ADDR="10.0.0.2",
            headers={"User-Agent": "probe\x00"},
        )
        self.assertEqual(response.status_code, 400)


@override_settings(AXES_ENABLED=True)
class AccountLockoutTests(TestCase):
    """Failures for one account from many addresses lock it too (accounts/lockout.py)."""

    def setUp(self):
        get_user_model().objects.create_user("editor", password=PASSWORD, is_staff=True)

    def spread_failures(self, count):
        """``count`` wrong passwords, each from a new address, never 5 from one."""
        for attempt in range(count):
            response = sign_in(Client(), "editor", "wrong-password", f"203.0.113.{attempt + 1}")
            self.assertIn(response.status_code, (200, 429))

    def test_failures_from_many_addresses_lock_the_account_everywhere(self):
        self.assertEqual(settings.AXES_ACCOUNT_FAILURE_LIMIT, 20)
        self.spread_failures(20)
        for address in ("198.51.100.7", "192.0.2.200"):
            with self.subTest(address=address):
                response = sign_in(Client(), "editor", PASSWORD, address)
                self.assertEqual(response.status_code, 429)

    def test_fewer_failures_than_the_account_limit_leave_other_addresses_free(self):
        self.spread_failures(19)
        self.assertEqual(sign_in(Client(), "editor", PASSWORD, "192.0.2.200").status_code, 302)

    def test_the_account_lockout_ends_after_the_cool_off_time(self):
        self.spread_failures(20)
        past = timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
        AccessAttempt.objects.update(attempt_time=past)
        self.assertEqual(sign_in(Client(), "editor", PASSWORD, "192.0.2.200").status_code, 302)

    def test_one_address_alone_locks_only_itself_out(self):
        for _ in range(5):
            sign_in(Client(), "editor", "wrong-password", "198.51.100.66")
        self.assertEqual(sign_in(Client(), "editor", PASSWORD, "192.0.2.200").status_code, 302)
