"""Documents in private collections stay private; /media/ serves images only.

Issue 9, defect 1: a document in a password-protected collection showed the
password form at ``/documents/<id>/<name>`` but was served to anyone at
``/media/documents/<name>``, a name taken from the upload and easy to guess.
Defect 5 (part): ``/media/x%00.jpg`` was a 500.
"""

import re
from io import BytesIO
from shutil import rmtree
from tempfile import mkdtemp
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, TestCase, override_settings
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction

SECRET = b"Guest list for the kiln opening: 40 names\n"
PASSWORD = "kiln-fire-2026"
# documents/<token>/<name>: a token of at least 128 random bits.
TOKEN_NAME = re.compile(r"^(documents|original_images)/[A-Za-z0-9_-]{22,}/[^/]+$")
FILE_SYSTEM_STORAGES = {
    **settings.STORAGES,
    "default": {"BACKEND": "core.uploads.FileSystemStorage"},
}
MEDIA_ROOT = mkdtemp(prefix="test-documents-")


def tearDownModule():
    rmtree(MEDIA_ROOT)


def png_bytes():
    buffer = BytesIO()
    PILImage.new("RGB", (8, 6), "#a0522d").save(buffer, "PNG")
    return buffer.getvalue()


def restricted_collection(name, restriction_type, **fields):
    collection = Collection.get_first_root_node().add_child(name=name)
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=restriction_type, **fields
    )
    return collection, restriction


def document_in(collection, name="guest-list.txt", content=SECRET):
    """A document in ``collection`` (None: the root collection, public)."""
    return Document.objects.create(
        title=name,
        collection=collection or Collection.get_first_root_node(),
        file=ContentFile(content, name=name),
    )


@override_settings(MEDIA_ROOT=MEDIA_ROOT, STORAGES=FILE_SYSTEM_STORAGES)
class PrivateCollectionsTestCase(TestCase):
    """Files on disk, as in production: Wagtail streams documents from their path."""

    @classmethod
    def setUpTestData(cls):
        cls.members = Group.objects.create(name="Kiln members")
        cls.password_collection, cls.password_restriction = restricted_collection(
            "Password", CollectionViewRestriction.PASSWORD, password=PASSWORD
        )
        cls.login_collection, _ = restricted_collection("Login", CollectionViewRestriction.LOGIN)
        cls.group_collection, group_restriction = restricted_collection(
            "Members", CollectionViewRestriction.GROUPS
        )
        group_restriction.groups.add(cls.members)
        cls.private = {
            "password": document_in(cls.password_collection),
            "login": document_in(cls.login_collection),
            "groups": document_in(cls.group_collection),
        }

    def setUp(self):
        self.client = Client(raise_request_exception=False)

    def assert_not_served(self, response):
        self.assertNotIn(SECRET, b"".join(getattr(response, "streaming_content", [])))
        self.assertNotIn(SECRET, getattr(response, "content", b""))

    def download(self, document, client=None):
        response = (client or self.client).get(document.url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        return response, body


class MediaPathTests(PrivateCollectionsTestCase):
    def test_media_path_of_a_private_document_is_not_found(self):
        for kind, document in self.private.items():
            with self.subTest(restriction=kind):
                response = self.client.get(f"/media/{document.file.name}")
                self.assertEqual(response.status_code, 404)
                self.assert_not_served(response)

    def test_media_serves_no_document_even_a_public_one(self):
        name = default_storage.save("documents/opening-hours.txt", ContentFile(SECRET))
        response = self.client.get(f"/media/{name}")
        self.assertEqual(response.status_code, 404)
        self.assert_not_served(response)

    def test_media_serves_only_image_folders_and_image_types(self):
        for name, content in (
            ("private/photo.png", png_bytes()),  # a folder that is not Wagtail's
            ("photo.png", png_bytes()),  # the top of the storage
            ("original_images/notes.txt", SECRET),  # not an image type
            ("images/page.html", b"<script>alert(1)</script>"),
            ("original_images/photo.png.gz", png_bytes()),  # an encoding, not an image
        ):
            with self.subTest(name=name):
                saved = default_storage.save(name, ContentFile(content))
                response = self.client.get(f"/media/{saved}")
                self.assertEqual(response.status_code, 404)
                self.assert_not_served(response)

    def test_hostile_media_paths_are_not_found_never_a_server_error(self):
        # On disk, as in production: the NUL byte was a 500 from os.stat().
        default_storage.save("original_images/kiln.png", ContentFile(png_bytes()))
        self.assert_hostile_paths_not_found(document_in(None))
        self.assertEqual(self.client.get("/media/original_images/kiln.png").status_code, 200)

    def assert_hostile_paths_not_found(self, document):
        for path in (
            "/media/x%00.jpg",
            "/media/original_images/x%00.png",
            "/media/original_images/kiln.png%00.png",
            "/media/%00",
            "/media/../manage.py",
            "/media/%2e%2e/manage.py",
            "/media/original_images/..%2f" + document.file.name,
            "/media/original_images/%2e%2e/" + document.file.name,
            "/media/original_images/..%5c..%5cmanage.py",
            "/media/original_images/%c0%ae%c0%ae/kiln.png",
            "/media/original_images//kiln.png",
            "/media/original_images/./kiln.png",
            "/media/original_images/kiln.png/other.png",
            "/media/original_images/" + "a" * 4000 + ".png",
            "/media/original_images/%ff%fe.png",
            "/media/original_images/kiln%0a.png",
        ):
            with self.subTest(path=path[:80]):
                response = self.client.get(path)
                # A NUL byte is refused before routing (core.middleware.HostileInputMiddleware).
                self.assertEqual(response.status_code, 400 if "%00" in path else 404)
                self.assert_not_served(response)

    def test_images_and_renditions_are_still_served_in_a_sandbox(self):
        image = Image.objects.create(
            title="Kiln", file=ContentFile(png_bytes(), name="kiln.png"), width=8, height=6
        )
        rendition = image.get_rendition("width-4")
        for url in (image.file.url, rendition.url):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["Content-Type"], "image/png")
                self.assertIn("sandbox", response["Content-Security-Policy"])
                self.assertEqual(response["X-Content-Type-Options"], "nosniff")

    def test_image_uploaded_before_the_change_is_still_served(self):
        name = default_storage.save("original_images/old-kiln.png", ContentFile(png_bytes()))
        self.assertEqual(self.client.get(f"/media/{name}").status_code, 200)


class ServeViewTests(PrivateCollectionsTestCase):
    def test_password_collection_shows_the_form_then_the_file(self):
        document = self.private["password"]
        response, body = self.download(document)
        self.assertEqual(response.status_code, 200)
        self.assertNotIn(SECRET, body)
        action = reverse(
            "wagtaildocs_authenticate_with_password", args=[self.password_restriction.pk]
        )
        self.assertIn(f'action="{action}"', body.decode())
        answer = self.client.post(action, {"password": PASSWORD, "return_url": document.url})
        self.assertRedirects(answer, document.url, fetch_redirect_response=False)
        response, body = self.download(document)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(body, SECRET)

    def test_wrong_password_serves_nothing(self):
        document = self.private["password"]
        action = reverse(
            "wagtaildocs_authenticate_with_password", args=[self.password_restriction.pk]
        )
        self.client.post(action, {"password": "guess", "return_url": document.url})
        response, body = self.download(document)
        self.assertNotIn(SECRET, body)

    def test_login_collection_sends_visitors_to_sign_in(self):
        document = self.private["login"]
        response, body = self.download(document)
        self.assertEqual(response.status_code, 302)
        self.assertIn("login", urlsplit(response["Location"]).path)
        self.assertNotIn(SECRET, body)
        self.client.force_login(get_user_model().objects.create_user("visitor"))
        response, body = self.download(document)
        self.assertEqual((response.status_code, body), (200, SECRET))

    def test_group_collection_serves_members_only(self):
        document = self.private["groups"]
        outsider = get_user_model().objects.create_user("outsider")
        self.client.force_login(outsider)
        response, body = self.download(document)
        self.assertEqual(response.status_code, 302)
        self.assertNotIn(SECRET, body)
        member = get_user_model().objects.create_user("member")
        member.groups.add(self.members)
        self.client.force_login(member)
        response, body = self.download(document)
        self.assertEqual((response.status_code, body), (200, SECRET))

    def test_downloads_never_redirect_into_media(self):
        # With Wagtail's default serve method a storage without local paths
        # (object storage, the tests' memory) redirected to the open file.
        public = document_in(None, "opening-hours.txt")
        response, body = self.download(public)
        self.assertEqual((response.status_code, body), (200, SECRET))
        for document in (public, *self.private.values()):
            with self.subTest(document=document.collection.name):
                self.assertTrue(document.url.startswith("/documents/"), document.url)
                response, body = self.download(document)
                self.assertFalse(response.get("Location", "").startswith("/media/"))


class DownloadHeaderTests(PrivateCollectionsTestCase):
    def test_text_document_downloads_as_an_attachment_with_its_readable_name(self):
        response, body = self.download(document_in(None, "opening-hours.txt"))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(body, SECRET)
        disposition = response["Content-Disposition"]
        self.assertTrue(disposition.startswith("attachment"), disposition)
        self.assertIn('filename="opening-hours.txt"', disposition)
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        policy = response["Content-Security-Policy"]
        self.assertIn("default-src 'none'", policy)
        self.assertIn("frame-ancestors 'none'", policy)
        self.assertIn("sandbox", policy)

    def test_pdf_document_opens_inline_without_the_sandbox_that_blocks_pdf_viewers(self):
        # Chromium refuses to start its PDF viewer in a CSP-sandboxed document.
        response, body = self.download(document_in(None, "map.pdf", b"%PDF-1.4\n%%EOF\n"))
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Disposition"].startswith("inline"))
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        policy = response["Content-Security-Policy"]
        self.assertIn("default-src 'none'", policy)
        self.assertIn("frame-ancestors 'none'", policy)

    def test_html_typed_as_text_is_never_rendered(self):
        response, body = self.download(document_in(None, "notes.csv", b"<script>alert(1)</script>"))
        self.assertTrue(response["Content-Disposition"].startswith("attachment"))
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")

    def test_private_document_is_not_stored_by_shared_caches(self):
        self.client.force_login(get_user_model().objects.create_user("visitor"))
        response, body = self.download(self.private["login"])
        self.assertEqual(body, SECRET)
        self.assertIn("private", response["Cache-Control"])
        self.assertIn("no-store", response["Cache-Control"])


class UnguessableNameTests(PrivateCollectionsTestCase):
    def test_document_file_names_carry_a_random_token(self):
        first = document_in(None, "guest-list.txt")
        second = document_in(None, "guest-list.txt")
        for document in (first, second, *self.private.values()):
            self.assertRegex(document.file.name, TOKEN_NAME)
            self.assertEqual(document.filename, "guest-list.txt")
        self.assertNotEqual(first.file.name.split("/")[1], second.file.name.split("/")[1])

    def test_original_image_file_names_carry_a_random_token(self):
        image = Image.objects.create(
            title="Kiln", file=ContentFile(png_bytes(), name="kiln.png"), width=8, height=6
        )
        self.assertRegex(image.file.name, TOKEN_NAME)
        self.assertTrue(image.file.name.endswith("/kiln.png"))

    def test_long_upload_names_still_fit_the_field(self):
        name = "opening-hours-of-every-workshop-in-the-village-" * 3 + ".txt"
        document = document_in(None, name)
        self.assertLessEqual(len(document.file.name), 100)
        self.assertRegex(document.file.name, TOKEN_NAME)

    def test_admin_upload_gets_a_token_name(self):
        editor = get_user_model().objects.create_superuser("docs-admin", "a@example.org", "pw")
        self.client.force_login(editor)
        response = self.client.post(
            reverse("wagtaildocs:add"),
            {
                "title": "Map",
                "file": SimpleUploadedFile("map.pdf", b"%PDF-1.4\n%%EOF\n"),
                "collection": self.password_collection.pk,
            },
        )
        self.assertEqual(response.status_code, 302)
        document = Document.objects.get(title="Map")
        self.assertRegex(document.file.name, TOKEN_NAME)
        self.assertEqual(document.url, f"/documents/{document.pk}/map.pdf")

    def test_document_stored_before_the_change_still_downloads(self):
        name = default_storage.save("documents/old-hours.txt", ContentFile(SECRET))
        document = Document.objects.create(
            title="Old hours", file=name, collection=Collection.get_first_root_node()
        )
        response, body = self.download(document)
        self.assertEqual((response.status_code, body), (200, SECRET))
        self.assertIn('filename="old-hours.txt"', response["Content-Disposition"])
