"""Passwords of private pages and documents cannot be guessed without limit.

Issue 9, defect 9 (part): Wagtail's password forms
(``wagtailcore_authenticate_with_password``, ``wagtaildocs_authenticate_with_password``)
accepted any number of wrong passwords. Failures now count per client address
and per restriction, in the Django cache, and past the limit the form answers
with a translated 429 page.
"""

from django.conf import settings
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import translation
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.utils import create_vi_home, soup
from villages.factories import VillageIndexPageFactory, VillagePageFactory

PASSWORD = "kiln-fire-2026"
ATTACKER = "198.51.100.7"
VISITOR = "203.0.113.20"


class PasswordGuessTestCase(TestCase):
    def setUp(self):
        self.client = Client(raise_request_exception=False)

    def guess(self, action, password, return_url, address=ATTACKER, client=None, **headers):
        return (client or self.client).post(
            action,
            {"password": password, "return_url": return_url},
            REMOTE_ADDR=address,
            headers=headers,
        )

    def fail_times(self, times, address=ATTACKER, **kwargs):
        for attempt in range(1, times + 1):
            response = self.wrong_guess(address=address, **kwargs)
            self.assertEqual(response.status_code, 200, f"attempt {attempt} from {address}")
            self.assertTrue(soup(response).select("input[name=password]"))

    def assert_too_many(self, response):
        self.assertEqual(response.status_code, 429)
        self.assertNotIn(PASSWORD, response.content.decode())
        self.assertNotIn("wrong-guess", response.content.decode())
        minutes = int(settings.VIEW_PASSWORD_GUESS_WINDOW.total_seconds() // 60)
        self.assertEqual(response["Retry-After"], str(minutes * 60))
        self.assertIn("no-store", response["Cache-Control"])
        return soup(response)


class PagePasswordTests(PasswordGuessTestCase):
    @classmethod
    def setUpTestData(cls):
        home = create_vi_home()
        villages = VillageIndexPageFactory(parent=home)
        cls.page = VillagePageFactory(parent=villages, title="Bát Tràng", slug="bat-trang")
        cls.other = VillagePageFactory(parent=villages, title="Vạn Phúc", slug="van-phuc")
        cls.restriction, cls.other_restriction = (
            PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
            )
            for page in (cls.page, cls.other)
        )

    def action(self, restriction=None, page=None, language="vi"):
        restriction, page = restriction or self.restriction, page or self.page
        with translation.override(language):
            return reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])

    def wrong_guess(self, address=ATTACKER, language="vi", restriction=None, page=None):
        page = page or self.page
        return self.guess(
            self.action(restriction, page, language), "wrong-guess", page.url, address=address
        )

    def right_guess(self, address=ATTACKER, client=None, language="vi"):
        return self.guess(
            self.action(language=language), PASSWORD, self.page.url, address=address, client=client
        )

    def test_right_password_opens_the_page(self):
        self.fail_times(2)
        response = self.right_guess()
        self.assertRedirects(response, self.page.url, fetch_redirect_response=False)
        page = self.client.get(self.page.url, REMOTE_ADDR=ATTACKER)
        self.assertEqual(page.status_code, 200)
        self.assertEqual(soup(page).h1.get_text(strip=True), "Bát Tràng")

    def test_client_is_refused_after_the_limit_even_with_the_right_password(self):
        limit = settings.VIEW_PASSWORD_GUESSES_PER_CLIENT
        self.assertEqual(limit, 5)
        self.fail_times(limit)
        self.assert_too_many(self.wrong_guess())
        self.assert_too_many(self.right_guess())
        # Nothing was unlocked: the page still asks for the password.
        page = self.client.get(self.page.url, REMOTE_ADDR=ATTACKER)
        self.assertTrue(soup(page).select("input[name=password]"))

    def test_limit_per_client_covers_every_private_page(self):
        self.fail_times(settings.VIEW_PASSWORD_GUESSES_PER_CLIENT)
        self.assert_too_many(self.wrong_guess(restriction=self.other_restriction, page=self.other))

    def test_right_password_still_works_for_another_client(self):
        self.fail_times(settings.VIEW_PASSWORD_GUESSES_PER_CLIENT)
        self.assert_too_many(self.wrong_guess())
        visitor = Client()
        response = self.right_guess(address=VISITOR, client=visitor)
        self.assertRedirects(response, self.page.url, fetch_redirect_response=False)
        page = visitor.get(self.page.url, REMOTE_ADDR=VISITOR)
        self.assertEqual(soup(page).h1.get_text(strip=True), "Bát Tràng")

    def test_restriction_is_refused_after_the_limit_from_many_clients(self):
        # Guesses spread over many addresses, each under its own limit.
        per_client = settings.VIEW_PASSWORD_GUESSES_PER_CLIENT - 1
        limit = settings.VIEW_PASSWORD_GUESSES_PER_RESTRICTION
        for number in range(limit):
            response = self.wrong_guess(address=f"192.0.2.{number // per_client}")
            self.assertEqual(response.status_code, 200, f"guess {number + 1}")
        self.assert_too_many(self.wrong_guess(address=VISITOR))
        # Another private page is not affected.
        response = self.wrong_guess(
            address=VISITOR, restriction=self.other_restriction, page=self.other
        )
        self.assertEqual(response.status_code, 200)

    def test_a_success_does_not_reset_the_count(self):
        limit = settings.VIEW_PASSWORD_GUESSES_PER_CLIENT
        self.fail_times(limit - 1)
        self.assertEqual(self.right_guess().status_code, 302)
        self.fail_times(1)
        self.assert_too_many(self.wrong_guess())

    def test_refusal_page_is_translated_and_in_the_site_design(self):
        self.fail_times(settings.VIEW_PASSWORD_GUESSES_PER_CLIENT)
        page = self.assert_too_many(self.wrong_guess(language="fr"))
        self.assertEqual(page.html["lang"], "fr")
        self.assertEqual(page.h1.get_text(strip=True), "Trop de mots de passe essayés")
        self.assertIn("15 minutes", page.select_one("[role=alert]").get_text(" "))
        self.assertIsNotNone(page.select_one(".site-header"))
        # The visitor keeps the way back to what they were opening.
        self.assertEqual(page.select_one("a.button")["href"], self.page.url)

    def test_return_url_to_another_site_is_not_offered(self):
        self.fail_times(settings.VIEW_PASSWORD_GUESSES_PER_CLIENT)
        response = self.guess(self.action(), "x", "https://evil.example/")
        page = self.assert_too_many(response)
        self.assertNotIn("evil.example", response.content.decode())
        self.assertEqual(page.select_one("a.button")["href"], "/vi/")

    def test_form_without_fields_is_answered_never_a_server_error(self):
        response = self.client.post(self.action(), {}, REMOTE_ADDR=ATTACKER)
        self.assertEqual(response.status_code, 200)
        response = self.client.post(self.action(), {"password": "\x00" * 5000})
        self.assertEqual(response.status_code, 200)

    def test_form_is_in_the_site_design_and_shows_nothing_of_the_page(self):
        self.page.search_description = "Lò nung bí mật"
        self.page.save_revision().publish()
        response = self.client.get(self.page.url)
        self.assertEqual(response.status_code, 200)
        page = soup(response)
        self.assertIsNotNone(page.select_one(".site-header"))
        self.assertEqual(page.h1.get_text(strip=True), "Cần mật khẩu")
        self.assertNotIn("Bát Tràng", page.title.get_text())
        self.assertNotIn("Lò nung bí mật", response.content.decode())
        self.assertEqual(page.select_one("form.password-form")["action"], self.action())
        # A wrong password: the same form with a translated error, nothing echoed.
        response = self.wrong_guess(language="fr")
        page = soup(response)
        self.assertEqual(page.html["lang"], "fr")
        error = page.select_one(".password-form__error").get_text(strip=True)
        # Wagtail's own French message: our catalogue never overrides Wagtail's strings.
        self.assertEqual(
            error,
            "Le mot de passe que vous avez saisi est incorrect. Merci de bien vouloir réessayer.",
        )
        self.assertNotIn("wrong-guess", response.content.decode())

    def test_showing_the_form_is_not_counted(self):
        for _ in range(settings.VIEW_PASSWORD_GUESSES_PER_CLIENT + 1):
            self.assertEqual(self.client.get(self.page.url, REMOTE_ADDR=ATTACKER).status_code, 200)
        self.assertEqual(self.right_guess().status_code, 302)


class DocumentPasswordTests(PasswordGuessTestCase):
    @classmethod
    def setUpTestData(cls):
        collection = Collection.get_first_root_node().add_child(name="Kiln opening")
        cls.restriction = CollectionViewRestriction.objects.create(
            collection=collection,
            restriction_type=CollectionViewRestriction.PASSWORD,
            password=PASSWORD,
        )
        cls.document = Document.objects.create(title="Guest list", collection=collection)

    def action(self):
        return reverse("wagtaildocs_authenticate_with_password", args=[self.restriction.pk])

    def wrong_guess(self, address=ATTACKER, **headers):
        return self.guess(self.action(), "wrong-guess", self.document.url, address, **headers)

    def test_client_is_refused_after_the_limit_and_another_is_not(self):
        self.fail_times(settings.VIEW_PASSWORD_GUESSES_PER_CLIENT)
        self.assert_too_many(self.wrong_guess())
        self.assert_too_many(self.guess(self.action(), PASSWORD, self.document.url))
        response = self.guess(self.action(), PASSWORD, self.document.url, address=VISITOR)
        self.assertRedirects(response, self.document.url, fetch_redirect_response=False)

    def test_restriction_is_refused_after_the_limit_from_many_clients(self):
        per_client = settings.VIEW_PASSWORD_GUESSES_PER_CLIENT - 1
        for number in range(settings.VIEW_PASSWORD_GUESSES_PER_RESTRICTION):
            response = self.wrong_guess(address=f"192.0.2.{number // per_client}")
            self.assertEqual(response.status_code, 200, f"guess {number + 1}")
        self.assert_too_many(self.wrong_guess(address=VISITOR))

    def test_form_is_in_the_site_design_and_the_visitors_language(self):
        response = self.client.get(self.document.url, headers={"accept-language": "it"})
        page = soup(response)
        self.assertEqual(page.html["lang"], "it")
        self.assertIsNotNone(page.select_one(".site-header"))
        self.assertEqual(page.h1.get_text(strip=True), "Password richiesta")
        self.assertIn("documento", page.select_one(".error-page p").get_text())

    def test_refusal_page_is_in_the_visitors_language(self):
        self.fail_times(settings.VIEW_PASSWORD_GUESSES_PER_CLIENT)
        for language, heading in (
            ("ja", "パスワードの試行回数が多すぎます"),
            ("vi", "Nhập sai mật khẩu quá nhiều lần"),
        ):
            with self.subTest(language=language):
                page = self.assert_too_many(self.wrong_guess(accept_language=language))
                self.assertEqual(page.html["lang"], language)
                self.assertEqual(page.h1.get_text(strip=True), heading)
                self.assertEqual(page.select_one("a.button")["href"], self.document.url)

    def test_page_and_document_failures_share_the_client_count(self):
        home = create_vi_home()
        page = VillagePageFactory(parent=VillageIndexPageFactory(parent=home))
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
        )
        self.fail_times(settings.VIEW_PASSWORD_GUESSES_PER_CLIENT)
        with translation.override("vi"):
            action = reverse(
                "wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]
            )
        self.assert_too_many(self.guess(action, PASSWORD, page.url))
