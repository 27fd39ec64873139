"""The Open data page (opendata.models.OpenDataPage) in every language."""

import datetime
from io import StringIO

from django.core.management import call_command
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from core import formats
from core.cache import content_changed
from home.models import HomePage
from opendata.factories import OpenDataPageFactory
from opendata.models import OpenDataPage
from tests.utils import LANGUAGE_CODES, html_attrs, soup, translate_page

from .helpers import OpenDataTestCase


class OpenDataPageTests(OpenDataTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.page = OpenDataPageFactory(parent=cls.tree.home)
        # Every language gets a real home page and the Open data page.
        for language in ("it",):
            translate_page(cls.tree.home, language)
        cls.pages = {"vi": cls.page}
        for language in LANGUAGE_CODES[1:]:
            cls.pages[language] = translate_page(cls.page, language)

    def test_renders_in_every_language_with_the_package_date_in_that_language(self):
        call_command("build_open_data", stdout=StringIO())
        content_changed()
        from opendata.package import package_info

        updated = datetime.datetime.fromisoformat(package_info()["last_updated"])
        for language in LANGUAGE_CODES:
            with self.subTest(language=language):
                response = self.get(f"/{language}/open-data/")
                self.assertEqual(html_attrs(response), (language, "ltr"))
                page = soup(response)
                text = page.select_one(".open-data").get_text(" ", strip=True)
                self.assertIn(formats.format_date(updated, language_code=language), text)
                self.assertIn(formats.format_file_size(package_info()["size"], language), text)
                hrefs = {link["href"] for link in page.select(".open-data a")}
                self.assertLessEqual(
                    {
                        f"/{language}/feeds/stories.rss",
                        f"/{language}/feeds/events.atom",
                        f"/{language}/open-data/villages.geojson",
                        f"/{language}/open-data/routes.geojson",
                        f"/{language}/open-data/events.geojson",
                        "/open-data/hanoi-craft-villages-open-data.zip",
                        f"/api/v2/pages/?locale={language}",
                        "/llms.txt",
                    },
                    hrefs,
                )
                self.assertIsNotNone(page.select_one('a[rel="license"]'))

    def test_says_when_the_package_is_not_built_yet(self):
        from django.core.files.storage import default_storage

        from opendata.package import METADATA_NAME

        if default_storage.exists(METADATA_NAME):
            default_storage.delete(METADATA_NAME)
        content_changed()
        response = self.get("/fr/open-data/")
        self.assertIn("Le paquet est en préparation", response.content.decode())


class OpenDataTreeTests(WagtailPageTestCase):
    def test_one_per_language_tree_under_the_home_page(self):
        self.assertAllowedParentPageTypes(OpenDataPage, {HomePage})
        self.assertAllowedSubpageTypes(OpenDataPage, set())
        from tests.utils import create_vi_home

        home = create_vi_home()
        self.assertTrue(OpenDataPage.can_create_at(home))
        OpenDataPageFactory(parent=home)
        self.assertFalse(OpenDataPage.can_create_at(home))
        english = translate_page(home, "en")
        self.assertTrue(OpenDataPage.can_create_at(english))
        self.assertFalse(OpenDataPage.can_create_at(Page.get_first_root_node()))
