"""The demo site, built once for tests/discovery, and what the tests read from it.

The demo is built outside any test transaction (its builder publishes
translations in ``transaction.on_commit``), everything the tests look at is
read while it stands, then the database is given back its migrated state, as
in tests/demo/test_translation_coverage.py.
"""

from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from core.privacy import visible
from tests.utils import demo_built_then_restored

# The languages whose pages are rendered and read back (issue 13: vi, en, fr and ja).
RENDERED_LANGUAGES = ("vi", "en", "fr", "ja")


@dataclass
class Demo:
    # /sitemap.xml (the index) and /sitemap-<lang>.xml by language, with their query counts.
    index: bytes = b""
    index_queries: int = 0
    sitemaps: dict = field(default_factory=dict)
    sitemap_queries: dict = field(default_factory=dict)
    robots: str = ""
    # url → {language codes of its real translations}, from core.privacy.visible.
    expected_urls: dict = field(default_factory=dict)
    alias_urls: set = field(default_factory=set)
    sample_urls: set = field(default_factory=set)
    # (page type, language) → (url, html, page facts)
    rendered: dict = field(default_factory=dict)


def _facts(page):
    specific = page.specific
    return {
        "title": specific.title,
        "language": specific.locale.language_code,
        "has_hero": bool(getattr(specific, "hero_image_id", None)),
        "ancestors": [
            ancestor.get_url()
            for ancestor in specific.get_ancestors().filter(depth__gte=2)
            if ancestor.live
        ],
    }


def _read(demo):
    client = Client()
    pages = list(visible(Page.objects.filter(depth__gte=2)).select_related("locale").specific())
    samples = {page.pk for page in pages if getattr(page, "is_sample_content", False)}
    by_key = {}
    for page in pages:
        by_key.setdefault(page.translation_key, set()).add(page.locale.language_code)
    for page in pages:
        url = page.get_full_url()
        if page.pk in samples:
            demo.sample_urls.add(url)
        else:
            demo.expected_urls[url] = by_key[page.translation_key]
    demo.alias_urls = {
        page.get_full_url() for page in Page.objects.filter(alias_of__isnull=False, depth__gte=2)
    }

    # Counted without the whole-page cache, after a warm-up (per-process caches).
    with override_settings(PAGE_CACHE_ENABLED=False):
        demo.index, demo.index_queries = _counted(client, "/sitemap.xml")
        for code, _name in settings.LANGUAGES:
            demo.sitemaps[code], demo.sitemap_queries[code] = _counted(
                client, f"/sitemap-{code}.xml"
            )
    demo.robots = client.get("/robots.txt").content.decode()

    for page in pages:
        if page.pk in samples or page.locale.language_code not in RENDERED_LANGUAGES:
            continue
        key = (page.specific_class.__name__, page.locale.language_code)
        if key in demo.rendered:
            continue
        response = client.get(page.get_url())
        assert response.status_code == 200, page.get_url()
        demo.rendered[key] = (page.get_full_url(), response.content.decode(), _facts(page))


def _counted(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return response.content, len(queries)


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        if Page.get_first_root_node() is None:
            pytest.fail("the test database has no page tree")
        data = Demo()
        with demo_built_then_restored():
            _read(data)
        return data
