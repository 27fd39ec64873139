import pytest

from tests.utils import demo_built_then_restored


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo site (``load_demo``, which also builds the search index), for one test module.

    Built outside any test transaction, as the demo builder needs; each test
    then runs in its own transaction on top, and the database gets its
    migrated state back at the end of the module.
    """
    with django_db_blocker.unblock(), demo_built_then_restored():
        yield
