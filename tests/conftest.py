import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import translation


@pytest.fixture(autouse=True)
def _isolated_cache_and_language():
    """Each test starts with an empty cache and no active language.

    Wagtail caches the site root paths; a previous test's (rolled back) tree
    must not leak into the next test's URLs or query counts.
    """
    clear_caches()
    yield
    clear_caches()
    translation.deactivate()


def clear_caches():
    # Every alias: pages, query variants and the content generation (core/cache.py).
    for alias in settings.CACHES:
        caches[alias].clear()
