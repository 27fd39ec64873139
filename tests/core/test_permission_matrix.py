"""Every role × page type × language × action against a rule table: 0 leaks.

The roles are the groups ``setup_roles`` makes (accounts/roles.py), on a tree
with every page type in all six languages. The expected answer comes from the
rule table below (what each role was granted, and Wagtail's documented rules
for what those grants allow); the real answer from Wagtail's permission APIs
(``page.permissions_for_user(user)``, the page permission policy's explorable
pages) and from core.localize, which guards wagtail-localize's views. A
sample of the same cases then goes through the admin over HTTP.
"""

import json
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.permissions import page_permission_policy
from wagtail.test.utils import WagtailTestUtils
from wagtail_localize.models import Translation, TranslationSource

from accounts import roles
from core import localize
from events.factories import EventIndexPageFactory, EventPageFactory
from opendata.factories import OpenDataPageFactory
from products.factories import (
    ProducerPageFactory,
    ProductIndexPageFactory,
    ProductPageFactory,
)
from routes.factories import RouteIndexPageFactory, RoutePageFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.utils import LANGUAGE_CODES, create_vi_home, soup
from villages.factories import VillageIndexPageFactory, VillagePageFactory

ACTIONS = (
    "view",
    "edit",
    "publish",
    "unpublish",
    "delete",
    "move",
    "translate",
    "sync",
    "convert_to_alias",
)
TRANSLATED = tuple(code for code in LANGUAGE_CODES if code != "vi")
PARENTS = {
    "village_index": "home",
    "story_index": "home",
    "route_index": "home",
    "event_index": "home",
    "product_index": "home",
    "open_data": "home",
    "village_bat_trang": "village_index",
    "village_van_phuc": "village_index",
    "story": "story_index",
    "route": "route_index",
    "event": "event_index",
    # A village's producers and their products sit under it (products app).
    "producer_bat_trang": "village_bat_trang",
    "product_bat_trang": "producer_bat_trang",
    "producer_van_phuc": "village_van_phuc",
}
PAGE_TYPES = ("home", *PARENTS)
LEAVES = {
    "story",
    "route",
    "event",
    "product_index",
    "open_data",
    "product_bat_trang",
    "producer_van_phuc",
}
BAT_TRANG = {"village_bat_trang", "producer_bat_trang", "product_bat_trang"}

EDIT = {"add", "change"}
PUBLISH = {"add", "change", "publish", "lock", "unlock"}


@dataclass(frozen=True)
class Role:
    """What a role was granted: a page permission set where ``scope`` holds."""

    group: str
    scope: callable  # (page type, language) → granted here?
    permissions: frozenset
    submits_translations: bool

    def granted(self, page_type, language):
        return self.permissions if self.scope(page_type, language) else frozenset()


def translator(code):
    return Role(
        roles.TRANSLATORS % {"language": roles.LANGUAGE_NAMES[code]},
        lambda page_type, language: language == code,
        frozenset(EDIT),
        False,
    )


ROLES = {
    "editor-bat-trang": Role(
        roles.VILLAGE_EDITORS % {"village": "Bát Tràng"},
        # The village page and everything under it: its producers and products.
        lambda page_type, language: page_type in BAT_TRANG,
        frozenset(EDIT),
        True,
    ),
    "reviewer": Role(roles.REVIEWERS, lambda page_type, language: True, frozenset(PUBLISH), True),
    **{f"translator-{code}": translator(code) for code in TRANSLATED},
}


def ancestors(page_type):
    while page_type in PARENTS:
        page_type = PARENTS[page_type]
        yield page_type


def expected(role, page_type, language, action):
    """The rule table. Every page in the tree is live, none is locked."""
    granted = role.granted(page_type, language)
    may_edit = "change" in granted
    may_publish = "publish" in granted
    if action == "view":
        # Wagtail's explorer: pages with a permission, and their ancestors to get there.
        return bool(granted) or any(
            role.granted(descendant, language)
            for descendant in PAGE_TYPES
            if page_type in ancestors(descendant)
        )
    if action == "edit":
        return may_edit
    if action in ("publish", "unpublish"):
        return may_publish
    if action == "delete":
        # No role has bulk_delete: only pages without children; a live page needs publish.
        return may_edit and may_publish and page_type in LEAVES
    if action == "move":
        return may_edit and may_publish
    if action == "translate":
        return role.submits_translations and may_edit
    if action == "sync":
        # Only a translation source (the Vietnamese page) has translations to sync.
        return role.submits_translations and may_edit and language == "vi"
    if action == "convert_to_alias":
        return may_edit and may_publish and language != "vi"
    raise ValueError(action)


def actual(user, page, action, explorable_ids):
    perms = page.permissions_for_user(user)
    if action == "view":
        return page.pk in explorable_ids
    if action == "edit":
        return perms.can_edit()
    if action == "publish":
        return perms.can_publish()
    if action == "unpublish":
        return perms.can_unpublish()
    if action == "delete":
        return perms.can_delete()
    if action == "move":
        return perms.can_move()
    if action == "translate":
        return localize.may_translate(user, page)
    if action == "sync":
        source = TranslationSource.objects.get_for_instance_or_none(page)
        return source is not None and localize.may_translate(user, source.get_source_instance())
    if action == "convert_to_alias":
        is_translation = Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        ).exists()
        return is_translation and localize.may_convert_to_alias(user, page)
    raise ValueError(action)


def build_tree():
    """Every page type, in Vietnamese, then translated into every other language."""
    home = create_vi_home(title="Làng nghề Hà Nội")
    villages = VillageIndexPageFactory(parent=home)
    stories = StoryIndexPageFactory(parent=home)
    routes = RouteIndexPageFactory(parent=home)
    events = EventIndexPageFactory(parent=home)
    vi = {
        "home": home,
        "village_index": villages,
        "story_index": stories,
        "route_index": routes,
        "event_index": events,
        "product_index": ProductIndexPageFactory(parent=home),
        "open_data": OpenDataPageFactory(parent=home),
        "village_bat_trang": VillagePageFactory(
            parent=villages, title="Bát Tràng", slug="bat-trang"
        ),
        "village_van_phuc": VillagePageFactory(parent=villages, title="Vạn Phúc", slug="van-phuc"),
        "story": StoryPageFactory(parent=stories, title="Gốm Bát Tràng", slug="gom-bat-trang"),
        "route": RoutePageFactory(parent=routes, title="Sáng Hồ Tây", slug="sang-ho-tay"),
        "event": EventPageFactory(parent=events, title="Chợ gốm", slug="cho-gom"),
    }
    vi["producer_bat_trang"] = ProducerPageFactory(
        parent=vi["village_bat_trang"], slug="quang-vinh"
    )
    vi["product_bat_trang"] = ProductPageFactory(parent=vi["producer_bat_trang"], slug="am-chen")
    vi["producer_van_phuc"] = ProducerPageFactory(
        parent=vi["village_van_phuc"], slug="lua-van-phuc"
    )
    tree = {("vi", name): page for name, page in vi.items()}
    for code in TRANSLATED:
        locale = Locale.objects.get(language_code=code)
        for name in PAGE_TYPES:  # parents first: no alias pages
            tree[(code, name)] = translation_of(vi[name], locale)
    # Fresh instances: the tree's counts of children changed while it grew.
    fresh = Page.objects.specific().in_bulk([page.pk for page in tree.values()])
    return {key: fresh[page.pk] for key, page in tree.items()}


def translation_of(page, locale):
    """A live translation, recorded as wagtail-localize records one.

    Its source and translation rows are wagtail-localize's; the page is made by
    Wagtail's ``copy_for_translation``, as wagtail-localize makes it, without
    translating each segment (tests/utils.py ``translate_page`` does that, at
    twenty times the cost, which 50 pages cannot afford here).
    """
    source, _created = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    translated = page.copy_for_translation(locale)
    translated.save_revision().publish()
    return translated


def offers_publish(response):
    """Does an edit view offer "Publish": Wagtail's editor, or wagtail-localize's?"""
    html = soup(response)
    translation_editor = html.select_one(".js-translation-editor")
    if translation_editor is not None:
        return json.loads(translation_editor["data-props"])["perms"]["canPublish"]
    return html.select_one('[name="action-publish"]') is not None


class PermissionMatrixTests(WagtailTestUtils, TestCase):
    """One class: the tree takes a minute to build, once."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_tree()
        roles.setup_roles()
        cls.users = {}
        for username, role in ROLES.items():
            user = get_user_model().objects.create_user(
                username=username,
                email=f"{username}@example.org",
                password="x",  # noqa: S106
            )
            user.groups.add(Group.objects.get(name=role.group))
            cls.users[username] = user

    def test_the_tree_has_every_page_type_in_every_language_and_no_alias(self):
        self.assertEqual(len(self.tree), len(PAGE_TYPES) * len(LANGUAGE_CODES))
        self.assertFalse(Page.objects.filter(alias_of__isnull=False).exists())
        self.assertTrue(all(page.live for page in self.tree.values()))

    def test_every_role_action_page_type_and_language_matches_the_rule_table(self):
        cases = leaks = 0
        mismatches = []
        for username, role in ROLES.items():
            user = get_user_model().objects.get(pk=self.users[username].pk)  # fresh caches
            explorable_ids = set(
                page_permission_policy.explorable_instances(user).values_list("pk", flat=True)
            )
            for (language, page_type), page in self.tree.items():
                for action in ACTIONS:
                    cases += 1
                    want = expected(role, page_type, language, action)
                    got = actual(user, page, action, explorable_ids)
                    if got != want:
                        leaks += got and not want
                        mismatches.append((username, page_type, language, action, want, got))
        # 7 roles × 13 page types (two villages, their producers, a product) × 6 languages
        # × 9 actions.
        self.assertEqual(cases, len(ROLES) * len(PAGE_TYPES) * len(LANGUAGE_CODES) * len(ACTIONS))
        print(f"\npermission matrix: {cases} cases, {leaks} leaks, {len(mismatches)} mismatches")
        self.assertEqual(mismatches, [], f"{leaks} leaks among the mismatches")

    def test_the_rule_table_is_not_all_or_nothing(self):
        # Each role is allowed something and refused something, in each action it has.
        for username, role in ROLES.items():
            answers = {
                expected(role, page_type, language, action)
                for language in LANGUAGE_CODES
                for page_type in PAGE_TYPES
                for action in ("view", "edit")
            }
            with self.subTest(role=username):
                self.assertEqual(answers, {True, False} if username != "reviewer" else {True})

    # A sample of the matrix through the admin's own views.
    SAMPLE = (
        ("vi", "village_bat_trang"),
        ("fr", "village_bat_trang"),
        ("vi", "village_van_phuc"),
        ("ko", "story"),
    )

    def assert_answer(self, response, allowed):
        if allowed:
            self.assertEqual(response.status_code, 200)
        else:
            # Wagtail answers a PermissionDenied with its dashboard and a message.
            self.assertEqual(response.status_code, 302)
            self.assertEqual(response.url, reverse("wagtailadmin_home"))

    def test_admin_views_answer_as_the_rule_table_says(self):
        cases = 0
        for username, role in ROLES.items():
            self.client.force_login(self.users[username])
            for language, page_type in self.SAMPLE:
                page = self.tree[(language, page_type)]
                views = {
                    "edit": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                    "unpublish": reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
                    "delete": reverse("wagtailadmin_pages:delete", args=[page.pk]),
                    "move": reverse("wagtailadmin_pages:move", args=[page.pk]),
                    "translate": reverse(
                        "wagtail_localize:submit_page_translation", args=[page.pk]
                    ),
                }
                if language == "vi":
                    source = TranslationSource.objects.get_for_instance(page)
                    views["sync"] = reverse(
                        "wagtail_localize:update_translations", args=[source.pk]
                    )
                else:
                    views["convert_to_alias"] = reverse(
                        "wagtail_localize:convert_to_alias", args=[page.pk]
                    )
                for action, url in views.items():
                    cases += 1
                    with self.subTest(role=username, page=page_type, language=language, a=action):
                        response = self.client.get(url)
                        self.assert_answer(response, expected(role, page_type, language, action))
                        if action == "edit" and response.status_code == 200:
                            self.assertEqual(
                                offers_publish(response),
                                expected(role, page_type, language, "publish"),
                            )
        print(f"\nadmin requests: {cases} cases")
        self.assertEqual(cases, len(ROLES) * len(self.SAMPLE) * 6)

    def test_refused_posts_change_nothing(self):
        editor = self.users["editor-bat-trang"]
        translator = self.users["translator-fr"]
        fr_village = self.tree[("fr", "village_bat_trang")]
        vi_other = self.tree[("vi", "village_van_phuc")]
        attempts = (
            (editor, reverse("wagtail_localize:convert_to_alias", args=[fr_village.pk])),
            (editor, reverse("wagtailadmin_pages:unpublish", args=[fr_village.pk])),
            (editor, reverse("wagtailadmin_pages:delete", args=[fr_village.pk])),
            (translator, reverse("wagtailadmin_pages:unpublish", args=[fr_village.pk])),
            (editor, reverse("wagtailadmin_pages:edit", args=[vi_other.pk])),
            (
                translator,
                reverse("wagtail_localize:submit_page_translation", args=[vi_other.pk]),
            ),
        )
        for user, url in attempts:
            with self.subTest(user=user.username, url=url):
                self.client.force_login(user)
                with self.captureOnCommitCallbacks(execute=True):
                    response = self.client.post(url, {"action": "publish", "locales": []})
                self.assert_answer(response, allowed=False)
        for page in (fr_village, vi_other):
            page.refresh_from_db()
            self.assertTrue(page.live)
            self.assertIsNone(page.alias_of_id)
        self.assertEqual(Page.objects.filter(alias_of__isnull=False).count(), 0)

    def test_bulk_publish_refuses_who_may_not_publish(self):
        village = self.tree[("vi", "village_bat_trang")]
        village.title = "Bát Tràng (bản nháp)"
        village.save_revision(user=self.users["editor-bat-trang"])
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
        self.client.force_login(self.users["editor-bat-trang"])
        self.client.post(f"{url}?id={village.pk}", {"include_descendants": False})
        village.refresh_from_db()
        self.assertEqual(village.title, "Bát Tràng")
        self.assertTrue(village.has_unpublished_changes)
