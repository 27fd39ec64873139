"""An image uploaded through one app server is served by the other and by the proxy."""

import json

import pytest

from .conftest import APP_B, PROXY, cluster, fetch

pytestmark = pytest.mark.cluster

UPLOAD = """
import io, json
from django.core.files.images import ImageFile
from PIL import Image as Picture
from wagtail.images.models import Image
buffer = io.BytesIO()
Picture.new("RGB", (64, 48), (200, 90, 40)).save(buffer, "PNG")
image = Image(title="cluster media check")
image.file = ImageFile(buffer, name="cluster-check.png")
image.save()
rendition = image.get_rendition("width-32")
with image.open_file() as handle:
    size = len(handle.read())
print(json.dumps({"id": image.pk, "url": image.file.url, "rendition": rendition.url,
                  "size": size, "keys": [image.file.name, rendition.file.name]}))
"""

DELETE = "from wagtail.images.models import Image; Image.objects.filter(pk={id}).delete()"


def bucket_keys(env):
    client = cluster.s3_client(env)
    pages = client.get_paginator("list_objects_v2").paginate(Bucket=env["AWS_STORAGE_BUCKET_NAME"])
    return {item["Key"] for page in pages for item in page.get("Contents", [])}


def test_image_uploaded_through_a_is_served_by_b_and_by_the_proxy(cluster_env, manage):
    uploaded = json.loads(manage(UPLOAD).strip().splitlines()[-1])
    try:
        # The original and its rendition are in the bucket, not on a server's disk.
        assert set(uploaded["keys"]) <= bucket_keys(cluster_env)
        for url in (uploaded["url"], uploaded["rendition"]):
            assert url.startswith("/media/"), url
            for port in (APP_B, PROXY):
                answer = fetch(port, url)
                assert answer.status == 200, (port, url)
                assert answer.header("Content-Type") == "image/png", (port, url)
        original = fetch(PROXY, uploaded["url"])
        assert len(original.body) == uploaded["size"]
        assert original.body[:8] == b"\x89PNG\r\n\x1a\n"
    finally:
        manage(DELETE.format(id=uploaded["id"]))
