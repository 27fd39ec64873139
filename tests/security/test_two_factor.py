"""Two-factor sign-in for editors (accounts/): who needs it, enrolment, codes, lockout."""

from io import StringIO

from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client, TestCase, override_settings
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

from tests.utils import soup

from .two_factor import PASSWORD, authenticator, current_code, publisher, writer

ADDRESS = "198.51.100.7"
VERIFY = "/admin/two-factor/verify/"
ENROL = "/admin/two-factor/enrol/"


def sign_in(client, username, password=PASSWORD, address=ADDRESS):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def enter_code(client, code, address=ADDRESS, next_url="/admin/pages/"):
    return client.post(VERIFY, {"code": code, "next": next_url}, REMOTE_ADDR=address)


@override_settings(TWO_FACTOR_REQUIRED=True, AXES_ENABLED=True)
class SecondFactorRequiredTests(TestCase):
    def setUp(self):
        self.client = Client()

    def assert_sent_to(self, response, path):
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith(path), response["Location"])

    def test_publisher_with_a_password_only_cannot_reach_the_admin(self):
        editor = publisher()
        authenticator(editor)
        self.assertEqual(sign_in(self.client, "publisher").status_code, 302)
        for path in ("/admin/", "/admin/pages/", "/admin/images/", "/admin/users/"):
            with self.subTest(path=path):
                self.assert_sent_to(self.client.get(path), VERIFY)

    def test_publisher_without_a_device_must_enrol_first(self):
        publisher()
        sign_in(self.client, "publisher")
        self.assert_sent_to(self.client.get("/admin/"), ENROL)

    def test_superuser_needs_a_second_factor_too(self):
        get_user_model().objects.create_superuser("root", "root@example.org", PASSWORD)
        sign_in(self.client, "root")
        self.assert_sent_to(self.client.get("/admin/"), ENROL)

    def test_a_valid_code_opens_the_admin(self):
        device = authenticator(publisher())
        sign_in(self.client, "publisher")
        response = enter_code(self.client, current_code(device))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], "/admin/pages/")
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_a_code_is_accepted_once(self):
        device = authenticator(publisher())
        code = current_code(device)
        sign_in(self.client, "publisher")
        self.assertEqual(enter_code(self.client, code).status_code, 302)
        other = Client()
        sign_in(other, "publisher")
        self.assertEqual(enter_code(other, code).status_code, 200)
        self.assert_sent_to(other.get("/admin/"), VERIFY)

    def test_a_wrong_code_is_refused_and_counts_toward_the_lockout(self):
        device = authenticator(publisher())
        sign_in(self.client, "publisher")
        wrong = f"{(int(current_code(device)) + 1) % 10**6:06d}"
        response = enter_code(self.client, wrong)
        self.assertEqual(response.status_code, 200)
        self.assertIn("This code is not right", soup(response).select_one("main").get_text())
        self.assert_sent_to(self.client.get("/admin/"), VERIFY)
        attempts = AccessAttempt.objects.filter(username="publisher")
        self.assertEqual(sum(a.failures_since_start for a in attempts), 1)
        for _ in range(3):
            self.assertEqual(enter_code(self.client, wrong).status_code, 200)
        # The fifth failure locks the account and ends the half-done sign-in.
        locked = enter_code(self.client, wrong)
        self.assertEqual(locked.status_code, 429)
        self.assertNotIn("_auth_user_id", self.client.session)
        device.throttle_reset()
        self.assertEqual(sign_in(self.client, "publisher").status_code, 429)

    def test_signing_in_again_does_not_reset_the_count_of_wrong_codes(self):
        device = authenticator(publisher())
        wrong = f"{(int(current_code(device)) + 1) % 10**6:06d}"
        for _ in range(2):
            sign_in(self.client, "publisher")
            enter_code(self.client, wrong)
            enter_code(self.client, wrong)
            self.client.logout()
        self.assertEqual(sign_in(self.client, "publisher").status_code, 302)
        self.assertEqual(enter_code(self.client, wrong).status_code, 429)

    def test_a_right_code_after_a_wrong_one_still_works_and_resets_the_count(self):
        device = authenticator(publisher())
        sign_in(self.client, "publisher")
        enter_code(self.client, "000000" if current_code(device) != "000000" else "111111")
        device.refresh_from_db()
        device.throttle_reset()  # django-otp's own back-off waits a second after a failure
        self.assertEqual(enter_code(self.client, current_code(device)).status_code, 302)
        self.assertFalse(AccessAttempt.objects.filter(username="publisher").exists())

    def test_a_recovery_code_signs_in_once(self):
        editor = publisher()
        authenticator(editor)
        recovery = StaticDevice.objects.create(user=editor, name="recovery")
        recovery.token_set.create(token="abcd2345ef")
        sign_in(self.client, "publisher")
        self.assertEqual(enter_code(self.client, "ABCD 2345 EF").status_code, 302)
        self.assertFalse(StaticToken.objects.exists())

    def test_enrolment_scan_confirm_and_recovery_codes(self):
        editor = publisher()
        sign_in(self.client, "publisher")
        page = self.client.get(ENROL)
        self.assertEqual(page.status_code, 200)
        html = soup(page)
        self.assertIsNotNone(html.select_one(".two-factor-qr svg"))
        device = TOTPDevice.objects.get(user=editor, confirmed=False)
        secret = html.select_one(".two-factor-secret").get_text(strip=True)
        self.assertIn(f"secret={secret}", device.config_url)
        # Reloading the page shows the same key: the app already scanned it.
        self.client.get(ENROL)
        self.assertEqual(TOTPDevice.objects.filter(user=editor).count(), 1)

        self.assertEqual(self.client.post(ENROL, {"code": "12345x"}).status_code, 200)
        device.refresh_from_db()
        device.throttle_reset()
        done = self.client.post(ENROL, {"code": current_code(device), "next": "/admin/"})
        self.assertEqual(done.status_code, 200)
        codes = [li.get_text(strip=True) for li in soup(done).select(".two-factor-codes li")]
        self.assertEqual(len(codes), 10)
        self.assertEqual(len(set(codes)), 10)
        device.refresh_from_db()
        self.assertTrue(device.confirmed)
        self.assertEqual(self.client.get("/admin/").status_code, 200)

        # Next sign-in: a recovery code works instead of the phone.
        other = Client()
        sign_in(other, "publisher")
        self.assert_sent_to(other.get("/admin/"), VERIFY)
        self.assertEqual(enter_code(other, codes[0]).status_code, 302)
        self.assertEqual(StaticToken.objects.filter(device__user=editor).count(), 9)

    def test_no_new_phone_without_passing_the_current_one(self):
        authenticator(publisher())
        sign_in(self.client, "publisher")
        self.assert_sent_to(self.client.get(ENROL), VERIFY)

    def test_writers_who_cannot_publish_may_do_without(self):
        writer()
        sign_in(self.client, "writer")
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_a_writer_who_opted_in_is_asked_for_the_code(self):
        authenticator(writer())
        sign_in(self.client, "writer")
        self.assert_sent_to(self.client.get("/admin/"), VERIFY)

    def test_next_never_leaves_the_site(self):
        device = authenticator(publisher())
        sign_in(self.client, "publisher")
        response = enter_code(self.client, current_code(device), next_url="https://evil.example/")
        self.assertEqual(response["Location"], reverse("wagtailadmin_home"))

    def test_reset_command_removes_a_lost_phone(self):
        editor = publisher()
        authenticator(editor)
        StaticDevice.objects.create(user=editor, name="recovery").token_set.create(token="x1")
        out = StringIO()
        call_command("reset_two_factor", "publisher", stdout=out)
        self.assertIn("Removed 2 device(s)", out.getvalue())
        self.assertFalse(TOTPDevice.objects.filter(user=editor).exists())
        self.assertFalse(StaticDevice.objects.filter(user=editor).exists())
        sign_in(self.client, "publisher")
        self.assert_sent_to(self.client.get("/admin/"), ENROL)

    def test_the_account_page_offers_new_recovery_codes(self):
        device = authenticator(publisher())
        sign_in(self.client, "publisher")
        enter_code(self.client, current_code(device))
        page = self.client.get("/admin/two-factor/")
        self.assertEqual(page.status_code, 200)
        self.assertIn("0 unused recovery codes", page.content.decode())
        fresh = self.client.post("/admin/two-factor/")
        self.assertEqual(len(soup(fresh).select(".two-factor-codes li")), 10)
        self.assertIn(
            "/admin/two-factor/",
            [a["href"] for a in soup(self.client.get("/admin/account/")).select("a")],
        )

    def test_second_factor_pages_are_translated(self):
        editor = authenticator(publisher()).user
        profile = UserProfile.get_for_user(editor)
        sign_in(self.client, "publisher")
        english = soup(self.client.get(VERIFY)).h1.get_text(strip=True)
        self.assertEqual(english, "Two-factor sign-in")
        for language in ("vi", "fr", "it", "ja", "ko"):
            with self.subTest(language=language):
                profile.preferred_language = language
                profile.save()
                heading = soup(self.client.get(VERIFY)).h1.get_text(strip=True)
                self.assertNotEqual(heading, english)
