"""Meta-tests: every page model has a factory; every field has a translation policy."""

import inspect

import factory
from django.apps import apps
from django.test import TestCase
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.models import COMMENTS_RELATION_NAME, Page, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.fields import SynchronizedField, TranslatableField

import core.factories
import events.factories
import home.factories
import opendata.factories
import products.factories
import routes.factories
import stories.factories
import villages.factories
from tests.utils import create_vi_home

OUR_APPS = ("core", "home", "villages", "stories", "routes", "events", "products", "opendata")
FACTORY_MODULES = (
    core.factories,
    home.factories,
    villages.factories,
    stories.factories,
    routes.factories,
    events.factories,
    products.factories,
    opendata.factories,
)

# Page fields that are not content: wagtail-localize itself leaves them out of
# the fields it derives for a page (get_translatable_fields), because Wagtail
# manages them per page and per language:
# - tree position (path, depth, numchild) and the URL derived from it (url_path);
# - identity and language (id, translation_key, locale, content_type, alias_of,
#   page_ptr, the parent link of every specific page);
# - publishing and workflow state (live, has_unpublished_changes, revisions,
#   first/last published, go_live_at, expire_at, expired, locking, owner,
#   draft_title, which is the title of the latest draft).
# The editor-facing Page fields (title, seo_title, search_description, slug,
# show_in_menus) are *not* excluded: each needs a policy.
PAGE_STATE_FIELDS = {
    "id",
    "path",
    "depth",
    "numchild",
    "url_path",
    "translation_key",
    "locale",
    "content_type",
    "alias_of",
    "page_ptr",
    "live",
    "has_unpublished_changes",
    "latest_revision",
    "live_revision",
    "latest_revision_created_at",
    "first_published_at",
    "last_published_at",
    "go_live_at",
    "expire_at",
    "expired",
    "locked",
    "locked_at",
    "locked_by",
    "owner",
    "draft_title",
}
# Fields of any model that identify a row or tie it to its parent: the primary
# key, wagtail's translation bookkeeping (TranslatableMixin), the inline
# ordering (Orderable) and the ParentalKey to the page or snippet it belongs to.
ROW_FIELDS = {"id", "translation_key", "locale", "sort_order"}
# Wagtail's comments are editorial notes on a draft, not content (wagtail-localize
# skips them too).
IGNORED_CHILD_RELATIONS = {COMMENTS_RELATION_NAME}


def our_models():
    return [
        model
        for label in OUR_APPS
        for model in apps.get_app_config(label).get_models()
        if not model._meta.abstract
    ]


def page_models():
    return [model for model in get_page_models() if model._meta.app_label in OUR_APPS]


def content_fields(model):
    """Names of the fields of ``model`` that need a translation policy."""
    names = []
    is_page = issubclass(model, Page)
    for field in model._meta.get_fields():
        if not getattr(field, "concrete", False) or field.auto_created:
            continue
        if field.name in ROW_FIELDS or isinstance(field, ParentalKey):
            continue
        if is_page and field.name in PAGE_STATE_FIELDS:
            continue
        if getattr(field.remote_field, "parent_link", False):
            continue
        names.append(field.name)
    if issubclass(model, ClusterableModel):
        names += [
            relation.get_accessor_name()
            for relation in get_all_child_relations(model)
            if relation.get_accessor_name() not in IGNORED_CHILD_RELATIONS
        ]
    return names


def factories_by_model():
    found = {}
    for module in FACTORY_MODULES:
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, factory.Factory) and getattr(value._meta, "model", None):
                found.setdefault(value._meta.model, value)
    return found


class PageFactoryMetaTests(TestCase):
    def test_every_page_model_has_a_factory(self):
        factories = factories_by_model()
        missing = sorted(model.__name__ for model in page_models() if model not in factories)
        self.assertEqual(missing, [], f"page models without a factory: {missing}")
        self.assertEqual(
            {model.__name__ for model in page_models()},
            {
                "HomePage",
                "VillageIndexPage",
                "VillagePage",
                "StoryIndexPage",
                "EventIndexPage",
                "EventPage",
                "StoryPage",
                "RouteIndexPage",
                "RoutePage",
                "StandardPage",
                "OpenDataPage",
                "ProducerPage",
                "ProductPage",
                "ProductIndexPage",
            },
        )

    def test_every_page_factory_builds_a_valid_page_in_the_tree(self):
        factories = factories_by_model()
        home = create_vi_home()
        parents = {"home.homepage": home}
        # Index pages first (under the home page), then the pages they hold.
        for model in sorted(page_models(), key=lambda model: "index" not in model._meta.model_name):
            if model._meta.label_lower in parents:
                continue
            parent_model = model.allowed_parent_page_models()[0]
            parent = parents[parent_model._meta.label_lower]
            with self.subTest(model=model.__name__):
                page = factories[model](parent=parent)
                page.full_clean()
                self.assertTrue(page.live)
                self.assertEqual(page.get_parent().specific, parent)
                parents[model._meta.label_lower] = page


class TranslatableFieldsMetaTests(TestCase):
    def models_to_check(self):
        """Pages, snippets and inline (Orderable/ParentalKey) models of our apps."""
        snippets = set(get_snippet_models())
        checked = []
        for model in our_models():
            is_inline = any(isinstance(field, ParentalKey) for field in model._meta.get_fields())
            if issubclass(model, Page) or model in snippets or is_inline:
                checked.append(model)
        return checked

    def test_models_checked_include_every_kind(self):
        names = {model.__name__ for model in self.models_to_check()}
        for expected in (
            "VillagePage",
            "Craft",
            "NavigationMenu",
            "MenuItem",
            "RouteStop",
            "HomeFigure",
            "OcopCertificate",
            "TradeFair",
        ):
            self.assertIn(expected, names)

    def test_every_content_field_is_translated_or_synchronised(self):
        unclassified = []
        for model in self.models_to_check():
            policies = getattr(model, "translatable_fields", None) or []
            classified = {
                policy.field_name
                for policy in policies
                if isinstance(policy, TranslatableField | SynchronizedField)
            }
            for name in content_fields(model):
                if name not in classified:
                    unclassified.append(f"{model._meta.label}.{name}")
        self.assertEqual(unclassified, [], f"fields without a translation policy: {unclassified}")

    def test_translatable_fields_name_only_real_fields(self):
        unknown = []
        for model in self.models_to_check():
            names = set(content_fields(model))
            for policy in getattr(model, "translatable_fields", []):
                if policy.field_name not in names:
                    unknown.append(f"{model._meta.label}.{policy.field_name}")
        self.assertEqual(unknown, [])
