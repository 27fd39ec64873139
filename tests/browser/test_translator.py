"""A translator's day in Chromium, with the admin in Vietnamese (docs/roles.md).

The Japanese translator opens the Japanese Bát Tràng in wagtail-localize's
editor, changes the title's translation and sends it for review: there is no
"Publish" for them, and the public page does not change. The Vietnamese
source and the Korean translation are not theirs to open. The promotion
office approves from its dashboard and the new title goes live. Every label
the translator meets on the way is Vietnamese (locale_admin/, docs/languages.md).
"""

import polib
import pytest

from scripts import admin_catalogue
from tests.browser.admin_accounts import (
    approve_from_dashboard,
    create_accounts,
    public_title,
    sign_in,
)
from tests.browser.conftest import DESKTOP

pytestmark = pytest.mark.browser

NEW_TITLE = "バッチャン陶磁器村"
SETUP = """
from wagtail.models import Locale
from villages.models import VillagePage
source = VillagePage.objects.get(slug="bat-trang", locale__language_code="vi")
ja = source.get_translation(Locale.objects.get(language_code="ja"))
ko = source.get_translation(Locale.objects.get(language_code="ko"))
accounts = {
    "tr-ja": roles.TRANSLATORS % {"language": roles.LANGUAGE_NAMES["ja"]},
    "tr-reviewer": roles.REVIEWERS,
}
result = {"source": source.pk, "ja": ja.pk, "ko": ko.pk, "url": ja.url, "title": ja.title}
"""


@pytest.fixture(scope="module")
def pages(live_url):
    return create_accounts(SETUP)


def vietnamese(msgid, domain="djangojs"):
    """The Vietnamese admin's label for ``msgid``: ours, else Wagtail's or wagtail-localize's."""
    ours = admin_catalogue.ADMIN_LOCALE / f"{domain}.po"
    for path in (ours, *admin_catalogue.package_catalogues(domain, "vi")):
        entry = polib.pofile(str(path)).find(msgid)
        if entry is not None and entry.msgstr:
            return entry.msgstr
    raise AssertionError(f"no Vietnamese for {msgid!r}")


def test_a_translator_translates_submits_and_the_office_publishes(new_context, pages):
    translator = sign_in(new_context, "tr-ja")
    assert translator.locator("html").get_attribute("lang") == "vi"
    sidebar = translator.locator("#wagtail-sidebar")
    sidebar.get_by_role("button", name=vietnamese("Reports", "django"), exact=True).wait_for()
    assert sidebar.get_by_text("Reports", exact=True).count() == 0

    # Not theirs: the Vietnamese source and the Korean translation.
    for other in (pages["source"], pages["ko"]):
        translator.goto(f"/admin/pages/{other}/edit/")
        assert translator.url.endswith("/admin/"), f"page {other} opened for the translator"
        message = translator.locator(".messages").inner_text()
        assert message.strip() and "Sorry" not in message

    # Theirs: the Japanese page, in the translation editor, in Vietnamese.
    translator.goto(f"/admin/pages/{pages['ja']}/edit/")
    editor = translator.locator(".js-translation-editor")
    editor.locator("li.complete").first.wait_for()
    assert editor.get_by_text(vietnamese("Download PO file"), exact=True).count() >= 1
    assert editor.get_by_text("Download PO file").count() == 0
    assert translator.locator('button[name="action"][value="publish"]').count() == 0

    title = editor.locator("li").filter(has=translator.locator("p.title")).first
    title.get_by_role("button", name=vietnamese("Edit"), exact=True).click()
    title.locator("textarea").fill(NEW_TITLE)

    def is_save(response):
        return "/strings/" in response.url and response.request.method == "PUT"

    with translator.expect_response(is_save) as saved:
        title.get_by_role("button", name=vietnamese("Save"), exact=True).click()
    assert saved.value.ok
    title.get_by_text(NEW_TITLE, exact=True).wait_for()

    with translator.expect_navigation():
        translator.locator("[data-translation-review]").click()
    assert translator.locator(".messages .success, .messages li").count() >= 1

    visitor = new_context(viewport=DESKTOP).new_page()
    assert public_title(visitor, pages["url"]) == pages["title"]

    reviewer = sign_in(new_context, "tr-reviewer")
    approve_from_dashboard(reviewer, pages["ja"])
    assert public_title(visitor, pages["url"]) == NEW_TITLE
