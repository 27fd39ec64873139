"""Fixture builders and HTML readers shared by the test suite.

Translations are made the way editors make them, through wagtail-localize:
a translation source, a translation per target locale, one string translation
per extracted segment, then ``save_target``. Untranslated ancestors of a
translated page therefore become live alias pages, exactly as on the real site.
"""

from contextlib import contextmanager
from io import StringIO

from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.factories import HomePageFactory

LANGUAGE_CODES = ("vi", "en", "fr", "it", "ja", "ko")
HOST = "testserver"


def create_locales():
    """Locales for every site language (Wagtail's migration only creates ``vi``)."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGE_CODES}


def create_vi_home(**kwargs):
    """The Vietnamese home page under the root, as the default site's root page.

    Wagtail's initial migration creates a welcome page at depth 2 with the slug
    "home" (and the default site pointing at it); it is deleted first, which
    also deletes that site, so a new default site is created.
    """
    create_locales()
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=Page.get_first_root_node(), **kwargs)
    Site.objects.create(
        hostname=HOST, port=80, root_page=home, is_default_site=True, site_name="Test"
    )
    return home


def translate_page(page, language_code, strings=None, publish=True):
    """Translate ``page`` (or a snippet) into ``language_code`` through wagtail-localize.

    Every segment gets a translation: the one in ``strings`` (source text →
    translated text) or, by default, the source text with the language code
    appended. Untranslated ancestors become alias pages, as wagtail-localize
    makes them. Returns the translated page (specific).
    """
    strings = strings or {}
    locale = Locale.objects.get(language_code=language_code)
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = StringSegment.objects.filter(source=source).select_related("string")
    for segment in segments:
        text = segment.string.data
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": strings.get(text, f"{text} [{language_code}]"),
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    # wagtail-localize publishes in transaction.on_commit; tests run inside a
    # transaction, so run those callbacks here.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=publish)
    translated = page.get_translation(locale)
    return translated.specific if isinstance(translated, Page) else translated


def alias_page(page, language_code):
    """An alias of ``page`` in ``language_code``, made as wagtail-localize makes them."""
    locale = Locale.objects.get(language_code=language_code)
    return page.copy_for_translation(locale, copy_parents=True, alias=True).specific


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def hreflang_links(response):
    """``{hreflang: href}`` of the page's alternate links."""
    return {
        link["hreflang"]: link["href"]
        for link in soup(response).select('link[rel="alternate"][hreflang]')
    }


def canonical_url(response):
    link = soup(response).select_one('link[rel="canonical"]')
    return link["href"] if link else None


def switcher_entries(response):
    """``[(name, href or None, lang)]`` of the language switcher, in order."""
    nav = soup(response).select_one("nav.language-switcher")
    if nav is None:
        return []
    entries = []
    for item in nav.select("li"):
        element = item.find(["a", "span"])
        entries.append((element.get_text(strip=True), element.get("href"), element.get("lang")))
    return entries


def html_attrs(response):
    html = soup(response).find("html")
    return html.get("lang"), html.get("dir")


def skip_link_text(response):
    return soup(response).select_one("a.skip-link").get_text(strip=True)


def full_url(path):
    return f"http://{HOST}{path}"


def count_queries(client, path):
    """Queries for one request to ``path``, after a first request has warmed the caches."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return len(context.captured_queries)


class PageRenderingChecks:
    """Rendering checks for the page types named in ``paths`` (name → Vietnamese path).

    A mixin, not a TestCase, so that pytest collects it only where a test
    module combines it with ``TestCase`` and the shared language tree.
    """

    paths = {}
    languages = ("vi", "en")

    @classmethod
    def setUpTestData(cls):
        from .scenario import build_language_tree

        cls.tree = build_language_tree()

    def localized_path(self, path, language):
        return path.replace("/vi/", f"/{language}/", 1)

    def test_page_types_render_in_vietnamese_and_english_with_lang_and_dir(self):
        for name, path in self.paths.items():
            for language in self.languages:
                localized = self.localized_path(path, language)
                with self.subTest(page=name, language=language):
                    response = self.client.get(localized)
                    self.assertEqual(response.status_code, 200, localized)
                    self.assertEqual(html_attrs(response), (language, "ltr"))

    def test_interface_strings_are_translated(self):
        # Needs compiled message catalogues (locale/vi/LC_MESSAGES/django.mo).
        for name, path in self.paths.items():
            with self.subTest(page=name):
                vi = skip_link_text(self.client.get(path))
                en = skip_link_text(self.client.get(self.localized_path(path, "en")))
                self.assertEqual(en, "Skip to main content")
                self.assertNotEqual(vi, en, "the skip link is not translated into Vietnamese")

    def test_title_is_shown_in_the_page_language(self):
        for name, path in self.paths.items():
            vi_page = self.tree.vi_pages()[name]
            en_page = self.tree.en[name]
            with self.subTest(page=name):
                vi = soup(self.client.get(path)).select_one("main h1").get_text(strip=True)
                en = soup(self.client.get(self.localized_path(path, "en")))
                self.assertEqual(vi, vi_page.title)
                self.assertEqual(en.select_one("main h1").get_text(strip=True), en_page.title)


def assert_constant_queries(testcase, path, add_items, expected):
    """Render ``path`` with a batch of items, then with twice as many: same, pinned count.

    ``add_items`` adds one batch. Counts are taken after a warm-up request, so
    per-process caches (site root paths) do not blur them.
    """
    add_items()
    first = count_queries(testcase.client, path)
    add_items()
    second = count_queries(testcase.client, path)
    testcase.assertEqual(first, second, f"{path}: the query count grows with the number of items")
    with testcase.assertNumQueries(expected):
        response = testcase.client.get(path)
    testcase.assertEqual(response.status_code, 200)


def user_in(group_name, username):
    """A user of one of Wagtail's default groups, who may also submit translations."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.get(name=group_name)
    group.permissions.add(Permission.objects.get(codename="submit_translation"))
    user = get_user_model().objects.create_user(username=username, password="x")  # noqa: S106
    user.groups.add(group)
    return user


@contextmanager
def demo_built_then_restored():
    """Build the demo site for the block, then give the database back its migrated state.

    The builder publishes translations in ``transaction.on_commit``, so it runs
    outside any test transaction (callers unblock the database). Afterwards the
    database is emptied and restored as Django's serialized rollback does it:
    without resetting sequences, or PostgreSQL would hand out again the ids of
    the restored rows (locales, pages, groups) and the next test would collide.
    """
    initial = connection.creation.serialize_db_to_string()
    try:
        # Renditions are made on first view; no test here looks at them.
        call_command("load_demo", "--skip-renditions", stdout=StringIO(), stderr=StringIO())
        yield
    finally:
        call_command(
            "flush",
            interactive=False,
            verbosity=0,
            inhibit_post_migrate=True,
            reset_sequences=False,
        )
        connection.creation.deserialize_db_from_string(initial)


def json_ld_nodes(response):
    """The schema.org objects of a page's JSON-LD, each with the graph's ``@context``.

    A page has one ``<script type="application/ld+json">`` holding one ``@graph``
    (docs/structured-data.md); this flattens it for tests that look for one type.
    """
    import json

    nodes = []
    for script in soup(response).select('script[type="application/ld+json"]'):
        data = json.loads(script.string)
        context = data.get("@context")
        for node in data.get("@graph", [data]):
            nodes.append({"@context": context, **node})
    return nodes
