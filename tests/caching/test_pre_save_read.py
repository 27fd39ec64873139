"""Before a page is saved, the purge reads only what other pages show of it (core/purge.py)."""

from django.test import TestCase
from wagtail.models import Page

from core.cache import SHOWN_BEFORE, _on_pre_save
from core.purge import shown_elsewhere, shown_elsewhere_saved, shown_fields
from events.factories import EventIndexPageFactory, EventPageFactory

from ..scenario import build_language_tree


class ShownElsewhereSavedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_language_tree()
        events = EventIndexPageFactory(parent=tree.home)
        cls.event = EventPageFactory(parent=events, slug="hoi-gom", villages=[tree.bat_trang])

    def pages(self):
        tree = self.tree
        return [tree.home, tree.villages, tree.bat_trang, tree.story, tree.route, self.event]

    def test_reads_the_same_values_as_the_whole_page_in_one_query_per_part(self):
        for page in self.pages():
            model = type(page.specific)
            _fields, parts = shown_fields(model)
            with self.subTest(model=model.__name__):
                whole = shown_elsewhere(model.objects.get(pk=page.pk))
                with self.assertNumQueries(1 + len(parts)):
                    saved = shown_elsewhere_saved(model, page.pk)
                self.assertEqual(saved, whole)

    def test_a_page_not_in_the_database_reads_nothing_more(self):
        missing = Page.objects.order_by("-pk").values_list("pk", flat=True).first() + 1
        with self.assertNumQueries(1):
            self.assertIsNone(shown_elsewhere_saved(type(self.tree.story.specific), missing))

    def test_before_a_save_only_the_shown_fields_and_parts_are_read(self):
        story = type(self.tree.story.specific).objects.get(pk=self.tree.story.pk)
        before = shown_elsewhere(story)
        story.title = "Gốm Bát Tràng, mới"
        _fields, parts = shown_fields(type(story))
        with self.assertNumQueries(1 + len(parts)):
            _on_pre_save(type(story), instance=story)
        self.assertEqual(SHOWN_BEFORE[story], before)

    def test_a_new_page_is_not_read_before_its_first_save(self):
        page = type(self.event)(title="Hội mới", slug="hoi-moi")
        remembered = len(SHOWN_BEFORE)
        with self.assertNumQueries(0):
            _on_pre_save(type(page), instance=page)
        self.assertEqual(len(SHOWN_BEFORE), remembered)
