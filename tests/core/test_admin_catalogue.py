"""The admin in Vietnamese is Vietnamese: Wagtail's and wagtail-localize's gaps are filled.

Their own Vietnamese catalogues leave most of the admin in English;
``locale_admin/vi`` (scripts/admin_catalogue.py) fills exactly those gaps.
"""

import json
import re

import polib
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from accounts import roles
from scripts import admin_catalogue
from tests.utils import create_vi_home, translate_page

PLACEHOLDER = re.compile(r"%\([A-Za-z0-9_]+\)[sdif]|%[sdif]|\{[A-Za-z0-9_]*\}|%%")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


@pytest.mark.parametrize("domain", admin_catalogue.DOMAINS)
def test_every_admin_string_has_a_vietnamese_translation(domain):
    """A Wagtail upgrade that adds strings fails here with the list (make admin-messages)."""
    catalogue = admin_catalogue.ADMIN_LOCALE / f"{domain}.po"
    ours = admin_catalogue.translated_keys([catalogue])
    missing = sorted(
        (msgid, context or "")
        for context, msgid in admin_catalogue.wanted_entries(domain)
        if (context, msgid) not in ours
    )
    assert missing == [], f"{len(missing)} admin strings in English: {missing[:20]}"


@pytest.mark.parametrize("domain", admin_catalogue.DOMAINS)
def test_admin_catalogue_is_up_to_date_and_only_fills_gaps(domain):
    """No entry replaces a translation Wagtail, wagtail-localize or our catalogue already has
    (but the few upstream mistakes listed in admin_catalogue.CORRECTIONS)."""
    _path, expected = admin_catalogue.updated_catalogue(domain)
    shipped = polib.pofile(str(admin_catalogue.ADMIN_LOCALE / f"{domain}.po"))
    assert sorted(map(admin_catalogue.key, shipped)) == sorted(map(admin_catalogue.key, expected))


@pytest.mark.parametrize("domain", admin_catalogue.DOMAINS)
def test_admin_catalogue_keeps_placeholders_and_markup(domain):
    """Every placeholder and tag of the English, none added (one Vietnamese plural form:
    it carries the placeholders of the English plural)."""
    broken = []
    for entry in polib.pofile(str(admin_catalogue.ADMIN_LOCALE / f"{domain}.po")):
        sources = [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]
        allowed = {p for source in sources for p in PLACEHOLDER.findall(source)}
        required = set(PLACEHOLDER.findall(sources[-1]))
        tags = sorted(" ".join(tag.split()) for tag in TAG.findall(entry.msgid))
        targets = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for target in targets:
            found = set(PLACEHOLDER.findall(target))
            found_tags = sorted(" ".join(tag.split()) for tag in TAG.findall(target))
            if not required <= found <= allowed or found_tags != tags:
                broken.append((entry.msgid, target))
    assert broken == []


def vietnamese(msgid):
    # Not gettext("…") with the literal: makemessages would take Wagtail's
    # strings into our own catalogue.
    with translation.override("vi"):
        return translation.gettext(msgid)


def test_gettext_reads_the_admin_catalogue():
    assert vietnamese("Reports") != "Reports"
    assert vietnamese("Help") != "Help"
    # Wagtail's own translation is kept where it has one.
    assert vietnamese("Pages") == "Trang"


class VietnameseAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        translate_page(create_vi_home(title="Làng nghề Hà Nội"), "ja")
        roles.setup_roles()
        cls.translator = get_user_model().objects.create_user(
            username="translator-ja",
            password="x",  # noqa: S106
        )
        cls.translator.groups.add(
            Group.objects.get(name=roles.TRANSLATORS % {"language": roles.LANGUAGE_NAMES["ja"]})
        )
        profile = UserProfile.get_for_user(cls.translator)
        profile.preferred_language = "vi"
        profile.save()

    def test_the_sidebar_is_in_vietnamese(self):
        self.client.force_login(self.translator)
        home = self.client.get(reverse("wagtailadmin_home")).content.decode()
        reports, help_label = vietnamese("Reports"), vietnamese("Help")
        # The sidebar is JSON in a script element, non-ASCII letters escaped.
        assert json.dumps(reports) in home and json.dumps(help_label) in home
        assert '"Reports"' not in home and '"Help"' not in home

    def test_the_translation_editors_scripts_get_vietnamese(self):
        self.client.force_login(self.translator)
        catalogue = self.client.get(
            reverse("wagtail_localize:javascript_catalog"), HTTP_ACCEPT_LANGUAGE="vi"
        )
        text = catalogue.content.decode()
        entry = polib.pofile(str(admin_catalogue.ADMIN_LOCALE / "djangojs.po")).find(
            "Download PO file"
        )
        assert entry is not None and entry.msgstr
        assert f'"Download PO file": {json.dumps(entry.msgstr)}' in text
