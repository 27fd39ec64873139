import pytest
from django.core.cache import cache
from django.utils import translation


@pytest.fixture(autouse=True)
def _isolated_cache_and_language():
    """Each test starts with an empty cache and no active language.

    Wagtail caches the site root paths; a previous test's (rolled back) tree
    must not leak into the next test's URLs or query counts.
    """
    cache.clear()
    yield
    cache.clear()
    translation.deactivate()
