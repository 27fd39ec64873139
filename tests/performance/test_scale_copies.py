"""``make bench-scale`` multiplies pages with ``bench.scale.copy_versions``: its copies
must be a valid tree of real translations, or the figures measure a site that cannot exist;
and copy k must link to copy k (``bench.scale.repoint``), or the purge figures grow with a
site where every copy is about the same village."""

import pytest
from wagtail.models import Page

from bench.scale import copy_versions, repoint
from products.factories import ProducerPageFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from stories.models import StoryPage
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
    second = Page.objects.filter(pk__in=copy_versions(versions, 2, {})).select_related("locale")
    third = Page.objects.filter(pk__in=copy_versions(versions, 3, {}))

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
    copies = copy_versions(versions, 2, {})

    facts = VillageFact.objects.filter(page_id__in=copies)
    originals = VillageFact.objects.filter(page_id__in=[page.pk for page in versions])
    assert facts.count() == originals.count() == 2
    assert len({fact.translation_key for fact in facts}) == 1
    assert {fact.translation_key for fact in facts}.isdisjoint(
        {fact.translation_key for fact in originals}
    )


def test_tree_has_no_problems_after_copies(versions):
    copy_versions(versions, 2, {})
    copy_versions(versions, 3, {})

    assert all(not found for found in Page.find_problems())


def test_copy_k_links_to_copy_k_of_what_its_source_links_to():
    home = create_vi_home()
    index = VillageIndexPageFactory(parent=home)
    bat_trang = VillagePageFactory(parent=index, slug="bat-trang")
    van_phuc = VillagePageFactory(
        parent=index, slug="van-phuc", body=[("village_card", {"village": bat_trang, "note": ""})]
    )
    producer = ProducerPageFactory(parent=bat_trang, slug="hop-tac-xa")
    story = StoryPageFactory(
        parent=StoryIndexPageFactory(parent=home), slug="gom", villages=[bat_trang, van_phuc]
    )
    copies = {}
    for page in (bat_trang, van_phuc, producer, story):
        copy_versions([Page.objects.get(pk=page.pk).specific], 2, copies)

    assert repoint(copies) == 3  # the village card and the story's two villages

    village_copy = Page.objects.get(pk=copies[bat_trang.pk, 2])
    # The producer's copy is under the village's copy, not beside the original producer.
    assert Page.objects.get(pk=copies[producer.pk, 2]).get_parent().pk == village_copy.pk
    story_copy = StoryPage.objects.get(pk=copies[story.pk, 2])
    assert {row.village_id for row in story_copy.story_villages.all()} == {
        copies[bat_trang.pk, 2],
        copies[van_phuc.pk, 2],
    }
    card = Page.objects.get(pk=copies[van_phuc.pk, 2]).specific.body[0]
    assert card.value["village"].pk == village_copy.pk
    # The originals are untouched.
    assert {row.village_id for row in story.story_villages.all()} == {bat_trang.pk, van_phuc.pk}
    assert all(not found for found in Page.find_problems())


def test_multiply_purges_once_not_per_copy_and_copies_as_before(monkeypatch):
    """``multiply`` mutes the page cache's per-save purges (``core.cache.paused``): thousands
    of copies would each compute and rewrite their URLs' tokens. Everything is retired once
    at the end, and the copies, their keys and their links are what copying gives anyway."""
    import core.cache
    from bench.scale import multiply, scaled_key

    home = create_vi_home()
    index = VillageIndexPageFactory(parent=home)
    village = VillagePageFactory(parent=index, slug="bat-trang")
    story = StoryPageFactory(
        parent=StoryIndexPageFactory(parent=home), slug="gom", villages=[village]
    )
    for page in (home, index):
        translate_page(page, "en")
    translate_page(village, "en")
    before = Page.objects.count()
    calls = {"page": 0, "pages": 0, "everything": 0}
    for name, counter in (
        ("page_changed", "page"),
        ("pages_changed", "pages"),
        ("content_changed", "everything"),
    ):
        original = getattr(core.cache, name)

        def counted(*args, _original=original, _counter=counter, **kwargs):
            calls[_counter] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(core.cache, name, counted)

    stats, copied = multiply(3)

    assert calls == {"page": 0, "pages": 0, "everything": 1}
    # The village in two languages and the story in one, twice each.
    assert stats["copies"] == len(copied) == Page.objects.count() - before == 6
    assert stats["tree_problems"] == ""
    assert stats["repointed"] == 2  # each story copy's village
    for number in (2, 3):
        village_copies = Page.objects.filter(
            translation_key=scaled_key(village.translation_key, number)
        )
        assert sorted(village_copies.values_list("locale__language_code", flat=True)) == [
            "en",
            "vi",
        ]
        story_copy = StoryPage.objects.get(
            translation_key=scaled_key(story.translation_key, number)
        )
        vi_copy = village_copies.get(locale__language_code="vi")
        assert [row.village_id for row in story_copy.story_villages.all()] == [vi_copy.pk]
    assert core.cache.is_paused() is False
