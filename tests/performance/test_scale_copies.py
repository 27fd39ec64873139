"""``make bench-scale`` multiplies pages with ``bench.scale.copy_versions``: its copies
must be a valid tree of real translations, or the figures measure a site that cannot exist."""

import pytest
from wagtail.models import Page

from bench.scale import copy_versions
from tests.utils import create_vi_home, translate_page
from villages.factories import VillageFactFactory, VillageIndexPageFactory, VillagePageFactory
from villages.models import VillageFact

pytestmark = pytest.mark.django_db


@pytest.fixture
def versions():
    """A Vietnamese village with one fact, and its English translation."""
    home = create_vi_home()
    index = VillageIndexPageFactory(parent=home)
    village = VillagePageFactory(parent=index, title="Bát Tràng", slug="bat-trang")
    VillageFactFactory(page=village)
    for page in (home, index):
        translate_page(page, "en")
    translate_page(village, "en")
    return list(
        Page.objects.filter(translation_key=village.translation_key)
        .order_by("locale__language_code")
        .specific()
    )


def test_copies_are_live_translations_of_each_other_with_new_slugs(versions):
    second = Page.objects.filter(pk__in=copy_versions(versions, 2)).select_related("locale")
    third = Page.objects.filter(pk__in=copy_versions(versions, 3))

    assert sorted(page.locale.language_code for page in second) == ["en", "vi"]
    assert {page.slug for page in second} == {"bat-trang-2"}
    assert all(page.live and page.title.endswith("(2)") for page in second)
    keys = {page.translation_key for page in second}
    assert len(keys) == 1
    assert keys.isdisjoint({versions[0].translation_key}) and keys.isdisjoint(
        {page.translation_key for page in third}
    )
    # Each copy sits beside its original, in its own language's tree.
    for page in second:
        original = next(v for v in versions if v.locale_id == page.locale_id)
        assert page.get_parent().pk == original.get_parent().pk


def test_copied_inline_items_get_keys_of_their_own_shared_across_languages(versions):
    copies = copy_versions(versions, 2)

    facts = VillageFact.objects.filter(page_id__in=copies)
    originals = VillageFact.objects.filter(page_id__in=[page.pk for page in versions])
    assert facts.count() == originals.count() == 2
    assert len({fact.translation_key for fact in facts}) == 1
    assert {fact.translation_key for fact in facts}.isdisjoint(
        {fact.translation_key for fact in originals}
    )


def test_tree_has_no_problems_after_copies(versions):
    copy_versions(versions, 2)
    copy_versions(versions, 3)

    assert all(not found for found in Page.find_problems())
