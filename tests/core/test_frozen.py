"""Small data caches hold plain rows, never pickled model instances (core.frozen)."""

import copy
import datetime
import decimal
import uuid

from django.test import TestCase
from wagtail.models import Page

from core.cache import cache, generation
from core.factories import ImageFactory
from core.frozen import (
    freeze,
    freeze_typed,
    remember_list_parts,
    thaw,
    thaw_typed,
)
from core.i18n import real_translations
from villages.factories import VillageFactFactory
from villages.models import Craft, VillageFact, VillageGalleryImage, VillagePage

from ..scenario import build_language_tree

PLAIN = (str, int, float, bool, type(None), bytes, list, tuple, dict)


def only_plain(value):
    """Whether ``value`` is made of builtins, dates, times and decimals only."""
    if isinstance(value, dict):
        return all(only_plain(key) and only_plain(item) for key, item in value.items())
    if isinstance(value, list | tuple):
        return all(only_plain(item) for item in value)
    return isinstance(
        value, PLAIN + (datetime.date, datetime.time, decimal.Decimal, uuid.UUID)
    ) and not isinstance(value, type)


class FreezeThawTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def test_a_page_with_a_stream_field_survives_the_round_trip(self):
        village = VillagePage.objects.get(pk=self.tree.bat_trang.pk)
        row = freeze(village, ["locale"])
        self.assertTrue(only_plain(row))
        again = thaw(VillagePage, copy.deepcopy(row), ["locale"])
        self.assertEqual(again.pk, village.pk)
        self.assertEqual(again.title, village.title)
        self.assertEqual(again.latitude, village.latitude)
        self.assertEqual(list(again.body.raw_data), list(village.body.raw_data))
        with self.assertNumQueries(0):
            self.assertEqual(again.locale.language_code, "vi")

    def test_typed_rows_name_their_model(self):
        data = freeze_typed(self.tree.villages.specific)
        self.assertEqual(data["model"], "villages.villageindexpage")
        self.assertEqual(type(thaw_typed(data)).__name__, "VillageIndexPage")

    def stored(self, name, *parts):
        """What ``core.cache.remember`` keeps under ``name`` for the current generation."""
        key = ":".join([name, generation(), *(str(part) for part in parts)])
        return cache().get(key)

    def test_crafts_are_kept_as_rows_and_read_back_as_crafts(self):
        locale = self.tree.bat_trang.locale
        first = Craft.by_translation_key(locale)
        with self.assertNumQueries(0):
            again = Craft.by_translation_key(locale)
        self.assertEqual(
            {key: craft.name for key, craft in again.items()},
            {key: craft.name for key, craft in first.items()},
        )
        self.assertTrue(all(isinstance(craft, Craft) for craft in again.values()))
        self.assertTrue(only_plain(self.stored("crafts", locale.pk, locale.pk)))

    def test_translations_are_kept_as_rows(self):
        page = Page.objects.get(pk=self.tree.bat_trang.pk)
        first = real_translations(page)
        with self.assertNumQueries(0):
            again = real_translations(page)
        self.assertEqual([version.url for version in again], [version.url for version in first])
        self.assertEqual(
            [version.is_current for version in again], [version.is_current for version in first]
        )
        self.assertEqual(sum(version.is_current for version in again), 1)
        self.assertTrue(only_plain(self.stored("translations", page.translation_key)))

    def test_village_parts_are_read_once_per_live_revision(self):
        village = VillagePage.objects.get(pk=self.tree.bat_trang.pk)
        VillageFactFactory(page=village)
        VillageGalleryImage.objects.create(
            page=village, image=ImageFactory(), alt="Bình gốm", locale=village.locale
        )
        village.prefetch_parts()
        page = VillagePage.objects.get(pk=village.pk)
        # Renditions are not cached (they appear as pages show them): get_context
        # reads them with the page's other images.
        with self.assertNumQueries(0):
            page.prefetch_parts()
        self.assertEqual([item.alt for item in page.gallery.all()], ["Bình gốm"])
        self.assertEqual(page.gallery.all()[0].image.title, village.gallery.all()[0].image.title)
        self.assertEqual(len(page.facts.all()), 1)
        parts = self.stored("village-parts", page.pk, page.live_revision_id or "", page.locale_id)
        self.assertTrue(only_plain(parts))

    def test_the_hero_image_is_kept_as_a_row_with_the_parts(self):
        village = VillagePage.objects.get(pk=self.tree.bat_trang.pk)
        village.hero_image = ImageFactory(title="Lò gốm")
        village.save_revision().publish()
        VillagePage.objects.get(pk=village.pk).prefetch_parts()
        page = VillagePage.objects.get(pk=village.pk)
        with self.assertNumQueries(0):
            page.prefetch_parts()
            self.assertEqual(page.hero_image.title, "Lò gốm")
        key = [page.pk, page.live_revision_id, page.locale_id, page.hero_image_id]
        self.assertTrue(only_plain(self.stored("hero", *key)))

    def test_parts_of_a_list_of_pages_are_read_again_after_a_publish(self):
        village = VillagePage.objects.get(pk=self.tree.bat_trang.pk)
        relations = {"facts": (VillageFact.objects.all(), [])}
        remember_list_parts([village], "test-facts", relations)
        self.assertEqual(len(village.facts.all()), 0)
        again = VillagePage.objects.get(pk=village.pk)
        with self.assertNumQueries(0):
            remember_list_parts([again], "test-facts", relations)
        VillageFactFactory(page=village)
        # A fresh instance: a revision saves the parts the page holds in memory.
        VillagePage.objects.get(pk=village.pk).save_revision().publish()
        published = VillagePage.objects.get(pk=village.pk)
        remember_list_parts([published], "test-facts", relations)
        self.assertEqual(len(published.facts.all()), 1)
