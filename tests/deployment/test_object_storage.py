"""Media in S3-compatible object storage (core/object_storage.py), against moto's S3 in-process.

Uploads go through Wagtail's admin, renditions are made by Wagtail, and the
files come back through the site's own ``/media/`` and document views: the
bucket is never public and its addresses never reach a page.
"""

from io import BytesIO

import boto3
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import reverse
from moto import mock_aws
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from core import health
from tourism_site.settings.deployment import media_storage_settings

pytestmark = pytest.mark.django_db

BUCKET = "hcv-test-media"
ENVIRON = {
    "AWS_STORAGE_BUCKET_NAME": BUCKET,
    "AWS_S3_REGION_NAME": "us-east-1",
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",  # noqa: S105 (moto's)
}


def s3_storages(environ=ENVIRON):
    return {
        "default": media_storage_settings(environ),
        "staticfiles": settings.STORAGES["staticfiles"],
    }


@pytest.fixture
def bucket():
    """An empty private bucket in moto's S3, and the site's media in it."""
    with mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket=BUCKET)
        with override_settings(STORAGES=s3_storages()):
            yield client


def objects(client):
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


def png(width=40, height=30):
    buffer = BytesIO()
    PILImage.new("RGB", (width, height), "#a0522d").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def editor_client():
    admin = get_user_model().objects.create_superuser("media-admin", "m@example.org", "x-4821")
    client = Client()
    client.force_login(admin)
    return client


def upload_image(client, name="kiln.png", content=None):
    response = client.post(
        reverse("wagtailimages:add"),
        {"title": "Kiln", "file": SimpleUploadedFile(name, content or png())},
    )
    assert response.status_code == 302, response.content[:500]
    return Image.objects.get(title="Kiln")


def test_an_image_uploaded_in_the_admin_is_stored_in_the_bucket_under_an_unguessable_name(
    bucket, editor_client
):
    image = upload_image(editor_client)
    folder, token, name = image.file.name.split("/")
    assert (folder, name) == ("original_images", "kiln.png")
    assert len(token) == 22
    assert image.file.name in objects(bucket)
    grants = bucket.get_object_acl(Bucket=BUCKET, Key=image.file.name)["Grants"]
    assert not [grant for grant in grants if "AllUsers" in str(grant["Grantee"])]


def test_a_rendition_is_made_in_the_bucket_and_served_by_the_site_at_media(bucket, editor_client):
    image = upload_image(editor_client)
    rendition = image.get_rendition("fill-20x15")
    assert rendition.file.name.startswith("images/")
    assert rendition.file.name in objects(bucket)
    assert rendition.url == f"/media/{rendition.file.name}"
    response = Client().get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    stored = bucket.get_object(Bucket=BUCKET, Key=rendition.file.name)["Body"].read()
    assert b"".join(response.streaming_content) == stored
    with PILImage.open(BytesIO(stored)) as served:
        assert served.size == (20, 15)


def test_a_missing_file_or_a_document_at_media_is_a_404_not_a_500(bucket, editor_client):
    client = Client(raise_request_exception=False)
    assert client.get("/media/images/nothing-here.png").status_code == 404
    document = editor_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Guest list", "file": SimpleUploadedFile("guests.pdf", b"%PDF-1.4 list")},
    )
    assert document.status_code == 302
    stored = Document.objects.get(title="Guest list")
    assert stored.file.name in objects(bucket)
    assert client.get(f"/media/{stored.file.name}").status_code == 404


def test_a_document_is_streamed_from_the_bucket_through_wagtails_serve_view(bucket, editor_client):
    editor_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Opening hours", "file": SimpleUploadedFile("hours.pdf", b"%PDF-1.4 hours")},
    )
    document = Document.objects.get(title="Opening hours")
    response = Client().get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 hours"


def healthz_detail():
    health.latest.forget()
    with override_settings(HEALTHZ_INTERVAL=0, HEALTHZ_TOKEN="t"):  # noqa: S106
        response = Client(raise_request_exception=False).get(
            "/healthz", headers={"authorization": "Bearer t"}
        )
    health.latest.forget()
    return response


def test_healthz_checks_the_bucket_and_leaves_nothing_in_it(bucket):
    response = healthz_detail()
    assert response.status_code == 200
    assert response.json()["checks"]["media_storage"] == "ok"
    assert objects(bucket) == set()


def test_healthz_is_unavailable_when_the_bucket_is_gone(bucket):
    with override_settings(STORAGES=s3_storages({**ENVIRON, "AWS_STORAGE_BUCKET_NAME": "gone"})):
        assert default_storage.bucket_name == "gone"
        response = healthz_detail()
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["checks"]["media_storage"] == "error"
