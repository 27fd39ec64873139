"""The open-data package: ``manage.py build_open_data`` (opendata/package.py)."""

import io
import json
import zipfile
from io import StringIO

from django.core.files.storage import default_storage
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from core.cache import content_changed
from opendata.package import METADATA_NAME, PACKAGE_NAME
from stories.factories import StoryPageFactory
from villages.factories import VillagePageFactory

from .helpers import OpenDataTestCase


class PackageTests(OpenDataTestCase):
    def setUp(self):
        super().setUp()
        for name in (PACKAGE_NAME, METADATA_NAME):
            if default_storage.exists(name):
                default_storage.delete(name)
        content_changed()

    def build(self):
        out = StringIO()
        call_command("build_open_data", stdout=out)
        return out.getvalue()

    def archive(self):
        with default_storage.open(PACKAGE_NAME) as stored:
            return zipfile.ZipFile(io.BytesIO(stored.read()))

    def test_builds_a_valid_zip_with_licence_readme_and_metadata(self):
        self.assertIn("wrote", self.build())
        archive = self.archive()
        self.assertIsNone(archive.testzip())
        names = set(archive.namelist())
        self.assertLessEqual({"LICENSE", "README.md", "metadata.json"}, names)
        for language in ("vi", "en", "fr", "ja", "ko"):
            for layer in ("villages", "routes", "events"):
                self.assertIn(f"{language}/{layer}.geojson", names)
            self.assertIn(f"{language}/pages.jsonld", names)
        self.assertNotIn("it/villages.geojson", names)  # Italian: aliases only
        self.assertIn("CC BY 4.0", archive.read("LICENSE").decode())
        self.assertIn("CC BY 4.0", archive.read("README.md").decode())
        metadata = json.loads(archive.read("metadata.json"))
        self.assertEqual(metadata["license"], "CC BY 4.0")
        self.assertTrue(metadata["last_updated"])
        self.assertEqual(metadata["counts"]["vi"]["villages"], 2)
        self.assertEqual(metadata["counts"]["en"]["villages"], 1)
        villages = json.loads(archive.read("vi/villages.geojson"))
        for feature in villages["features"]:
            longitude, latitude = feature["geometry"]["coordinates"]
            self.assert_in_hanoi([longitude, latitude])

    def test_json_ld_describes_every_public_page_of_the_language(self):
        self.build()
        graph = json.loads(self.archive().read("en/pages.jsonld"))["@graph"]
        types = {item["@type"] for item in graph}
        self.assertLessEqual({"TouristDestination", "TouristTrip", "Event", "Article"}, types)
        self.assertEqual({item["inLanguage"] for item in graph}, {"en"})
        # Sample events are never described.
        self.assertNotIn("Chợ phiên gốm [en]", json.dumps(graph, ensure_ascii=False))

    def test_second_build_changes_nothing(self):
        self.build()
        with default_storage.open(PACKAGE_NAME) as stored:
            first = stored.read()
        self.assertIn("nothing to do", self.build())
        with default_storage.open(PACKAGE_NAME) as stored:
            self.assertEqual(stored.read(), first)

    def test_private_draft_and_sample_pages_are_not_in_the_package(self):
        VillagePageFactory(parent=self.tree.villages, title="Nháp SECRET", slug="d", live=False)
        private = StoryPageFactory(parent=self.tree.stories, title="Kín SECRET", slug="k")
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
        self.build()
        archive = self.archive()
        for name in archive.namelist():
            text = archive.read(name).decode()
            with self.subTest(name=name):
                self.assertNotIn("SECRET", text)
                self.assertNotIn("Chợ phiên gốm", text)  # a sample event

    def test_served_at_a_stable_url(self):
        self.get("/open-data/hanoi-craft-villages-open-data.zip", status=404)
        self.build()
        response = self.get("/open-data/hanoi-craft-villages-open-data.zip")
        self.assertEqual(response["Content-Type"], "application/zip")
        self.assertIn("attachment", response["Content-Disposition"])
        body = b"".join(response.streaming_content)
        self.assertIsNone(zipfile.ZipFile(io.BytesIO(body)).testzip())
