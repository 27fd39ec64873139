"""Hostile uploads through the Wagtail admin get a clear message, never a 500.

Each file is posted as a signed-in member of Wagtail's "Editors" group, to the
single upload form and to the multiple-upload view the "Add an image" button
uses (which answers JSON).
"""

import struct
import zlib
from io import BytesIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, TestCase
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from tests.utils import soup


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def handmade_png(width, height, image_data=None):
    """A grey-scale PNG whose header claims ``width``×``height``; data: one row, or given."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    if image_data is None:
        image_data = zlib.compress(b"\x00" * (width + 1))
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", image_data)
        + png_chunk(b"IEND", b"")
    )


def real_png(width=8, height=6):
    buffer = BytesIO()
    PILImage.new("RGB", (width, height), "#a0522d").save(buffer, "PNG")
    return buffer.getvalue()


class UploadTestCase(TestCase):
    def setUp(self):
        editor = get_user_model().objects.create_user("uploader", password="not-used-4821")
        editor.groups.add(Group.objects.get(name="Editors"))
        self.client = Client(raise_request_exception=False)
        self.client.force_login(editor)

    def upload_image(self, name, content):
        """Posts to both upload views; returns (error shown by the form, JSON error)."""
        form = self.client.post(
            reverse("wagtailimages:add"),
            {"title": name, "file": SimpleUploadedFile(name, content, content_type="image/png")},
        )
        self.assertEqual(form.status_code, 200, name)
        errors = [error.get_text(" ", strip=True) for error in soup(form).select(".error-message")]
        multiple = self.client.post(
            reverse("wagtailimages:add_multiple"),
            {"files[]": SimpleUploadedFile(name, content, content_type="image/png")},
        )
        self.assertEqual(multiple.status_code, 200, name)
        self.assertFalse(multiple.json()["success"], name)
        self.assertEqual(Image.objects.count(), 0)
        return " ".join(errors), multiple.json()["error_message"]


class ImageUploadTests(UploadTestCase):
    def test_decompression_bomb_png_is_refused_with_a_pixel_message(self):
        bomb = handmade_png(20_000, 20_000)
        self.assertLess(len(bomb), 200)  # 400 megapixels in a tiny file
        form_error, json_error = self.upload_image("bomb.png", bomb)
        for error in (form_error, json_error):
            self.assertIn("too many pixels", error)
            self.assertIn(str(settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS), error)

    def test_image_just_over_the_site_pixel_limit_is_refused(self):
        form_error, json_error = self.upload_image("wide.png", handmade_png(8000, 5001))
        self.assertIn("too many pixels (40008000)", form_error)
        self.assertIn("too many pixels (40008000)", json_error)

    def test_file_over_the_byte_limit_is_refused_with_a_size_message(self):
        too_big = real_png() + b"\x00" * settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
        form_error, json_error = self.upload_image("big.png", too_big)
        self.assertIn("This file is too big", form_error)
        self.assertIn("This file is too big", json_error)

    def test_text_disguised_as_png_is_refused(self):
        form_error, json_error = self.upload_image("notes.png", b"Opening hours: 8-17\n")
        self.assertIn("Upload a valid image", form_error)
        self.assertIn("Upload a valid image", json_error)

    def test_script_disguised_as_png_is_refused(self):
        # Willow reads markup with <script> as SVG, whose extension is not allowed.
        disguised = b"<html><script>alert(document.cookie)</script></html>"
        form_error, json_error = self.upload_image("innocent.png", disguised)
        self.assertIn("Not a valid .png image", form_error)
        self.assertIn("Not a valid .png image", json_error)

    def test_png_with_broken_image_data_is_refused(self):
        form_error, json_error = self.upload_image(
            "broken.png", handmade_png(100, 100, b"not zlib")
        )
        self.assertIn("damaged", form_error)
        self.assertIn("damaged", json_error)

    def test_svg_is_not_an_accepted_image_type(self):
        svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
        form_error, json_error = self.upload_image("logo.svg", svg)
        self.assertIn("Not a supported image format", form_error + json_error)

    def test_valid_png_is_accepted(self):
        response = self.client.post(
            reverse("wagtailimages:add"),
            {"title": "Kiln", "file": SimpleUploadedFile("kiln.png", real_png())},
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(Image.objects.get().title, "Kiln")


class DocumentUploadTests(UploadTestCase):
    def upload_document(self, name, content):
        return self.client.post(
            reverse("wagtaildocs:add"),
            {"title": name, "file": SimpleUploadedFile(name, content)},
        )

    def test_executable_and_html_documents_are_refused_with_a_message(self):
        for name, content in (
            ("setup.exe", b"MZ\x90\x00" + b"\x00" * 60),
            ("page.html", b"<script>alert(1)</script>"),
            ("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
        ):
            with self.subTest(name=name):
                response = self.upload_document(name, content)
                self.assertEqual(response.status_code, 200)
                extension = name.rsplit(".", 1)[1]
                self.assertIn(f"File extension “{extension}” is not allowed", response.text)
        self.assertEqual(Document.objects.count(), 0)

    def test_pdf_document_is_accepted(self):
        response = self.upload_document("opening-hours.pdf", b"%PDF-1.4\n%%EOF\n")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(Document.objects.get().title, "opening-hours.pdf")
