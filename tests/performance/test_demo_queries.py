"""The demo's own pages stay within the 12-query budget, uncached, in every language.

The budget tests (test_query_budget.py) use small fixtures; the demo's
village pages show far more (a body with images and village cards,
producers, certified products, stories, routes), which is where a query
per section or per image list shows. Counted after a warm-up request, page
cache off, data caches warm, as on a live site.
"""

import pytest
from django.test import Client
from wagtail.models import Page

from products.models import ProducerPage, ProductPage
from tests.utils import LANGUAGE_CODES, demo_built_then_restored
from villages.models import VillagePage

pytestmark = pytest.mark.django_db

BUDGET = 12
DEMO_VILLAGES = 8


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo site, built once for the module (the pattern of tests/search/conftest.py)."""
    with django_db_blocker.unblock(), demo_built_then_restored():
        yield


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.PAGE_CACHE_ENABLED = False


def live_in(model, language):
    return list(model.objects.live().filter(locale__language_code=language).order_by("path"))


def assert_within_budget(client, page, subtests, django_assert_max_num_queries):
    url = page.get_url()
    client.get(url)  # fills the data caches and makes the renditions
    with subtests.test(url=url), django_assert_max_num_queries(BUDGET):
        response = client.get(url)
        assert response.status_code == 200


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_demo_village_page_stays_within_the_budget(
    demo_site, language, subtests, django_assert_max_num_queries
):
    villages = live_in(VillagePage, language)
    assert len(villages) == DEMO_VILLAGES
    client = Client()
    for village in villages:
        assert_within_budget(client, village, subtests, django_assert_max_num_queries)


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_first_demo_page_of_every_type_stays_within_the_budget(
    demo_site, language, subtests, django_assert_max_num_queries
):
    pages = Page.objects.live().filter(locale__language_code=language, depth__gt=1)
    pages = pages.order_by("path")
    first_of_type = {}
    for page in pages.specific(defer=True):
        first_of_type.setdefault(type(page), page)
    # The products app's pages are the deepest and show the most.
    assert {ProducerPage, ProductPage} <= set(first_of_type)
    client = Client()
    for page in first_of_type.values():
        assert_within_budget(client, page, subtests, django_assert_max_num_queries)
