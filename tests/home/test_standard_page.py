"""About, Contact, Privacy and Accessibility: plain pages under the home page, in the footer."""

import polib
from django.contrib.auth.models import Group
from django.test import TestCase, override_settings
from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail_localize.fields import TranslatableField

from core.factories import MenuItemFactory, NavigationMenuFactory
from demo import sources
from home.factories import StandardPageFactory
from home.models import HomePage, StandardPage
from tests.utils import LANGUAGE_CODES, create_vi_home, soup, translate_page

FOOTER_PAGES = ["about", "contact", "privacy", "accessibility"]


class StandardPageTreeTests(WagtailPageTestCase):
    def test_standard_page_sits_under_a_home_page_and_has_no_children(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage})
        self.assertAllowedSubpageTypes(StandardPage, set())
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(Page, StandardPage)

    def test_body_and_texts_are_translated_slug_synchronised(self):
        policy = {
            field.field_name: isinstance(field, TranslatableField)
            for field in StandardPage.translatable_fields
        }
        for name in ("title", "intro", "body", "search_description"):
            self.assertIs(policy[name], True, name)
        self.assertIs(policy["slug"], False)


def footer_links(response):
    return [link["href"] for link in soup(response).select("footer.site-footer nav a")]


@override_settings(PAGE_CACHE_ENABLED=False)
class FooterPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.pages = {
            slug: StandardPageFactory(parent=cls.home, slug=slug, title=slug.title())
            for slug in FOOTER_PAGES
        }
        menu = NavigationMenuFactory(handle="footer")
        for page in cls.pages.values():
            MenuItemFactory(menu=menu, page=page, label="")
        cls.translated = {}
        for code in LANGUAGE_CODES[1:]:
            translate_page(cls.home, code)
            for slug, page in cls.pages.items():
                cls.translated[code, slug] = translate_page(page, code)
            translate_page(menu, code)

    def url(self, code, slug):
        return self.pages[slug].url if code == "vi" else self.translated[code, slug].url

    def test_every_footer_page_is_live_and_linked_from_the_footer_in_every_language(self):
        for code in LANGUAGE_CODES:
            for slug in FOOTER_PAGES:
                with self.subTest(language=code, page=slug):
                    url = self.url(code, slug)
                    self.assertEqual(url, f"/{code}/{slug}/")
                    response = self.client.get(url)
                    self.assertEqual(response.status_code, 200)
                    self.assertTemplateUsed(response, "pages/standard.html")
                    self.assertEqual(response.context["page"].locale.language_code, code)
                    self.assertEqual(
                        footer_links(response), [f"/{code}/{other}/" for other in FOOTER_PAGES]
                    )

    def test_a_private_or_unpublished_footer_page_is_not_linked(self):
        restricted = self.translated["en", "privacy"]
        PageViewRestriction.objects.create(
            page=restricted, restriction_type=PageViewRestriction.GROUPS
        ).groups.set([Group.objects.get_or_create(name="Editors")[0]])
        self.translated["en", "contact"].unpublish()
        links = footer_links(self.client.get(self.url("en", "about")))
        self.assertNotIn("/en/privacy/", links)
        self.assertNotIn("/en/contact/", links)
        self.assertIn("/en/about/", links)


class DemoFooterPagesTests(TestCase):
    """The demo builds the four pages in six languages and puts them in the footer menu."""

    def test_each_page_has_a_translation_file_in_every_language(self):
        items = {item.slug: item for item in sources.items("standard")}
        self.assertEqual(list(items), FOOTER_PAGES)
        for slug, item in items.items():
            with self.subTest(page=slug):
                files = item.po_files()
                self.assertEqual(sorted(files), sorted(LANGUAGE_CODES[1:]))
                for code, path in files.items():
                    untranslated = [e.msgctxt for e in polib.pofile(str(path)) if not e.msgstr]
                    self.assertEqual(untranslated, [], f"{code}/{slug}")

    def test_footer_menu_links_the_four_pages(self):
        (footer,) = [item for item in sources.items("menus") if item.slug == "footer"]
        pages = [entry["page"] for entry in footer.data["items"]]
        self.assertEqual(pages[-4:], FOOTER_PAGES)

    def test_contact_details_are_marked_as_sample_data_in_every_language(self):
        (contact,) = [item for item in sources.items("standard") if item.slug == "contact"]
        marks = {"en": "sample", "fr": "exemple", "it": "esempio", "ja": "サンプル", "ko": "예시"}
        for code, path in contact.po_files().items():
            with self.subTest(language=code):
                entries = [e.msgstr for e in polib.pofile(str(path)) if "example.org" in e.msgstr]
                self.assertEqual(len(entries), 1)
                self.assertIn(marks[code], entries[0])


@override_settings(PAGE_CACHE_ENABLED=False)
class PrivacyStatementTests(TestCase):
    """What the privacy page says about cookies holds for the public pages."""

    def test_public_pages_set_no_cookies(self):
        home = create_vi_home()
        page = StandardPageFactory(parent=home, slug="privacy")
        for url in (home.url, page.url, "/vi/my-day/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(list(response.cookies), [])
