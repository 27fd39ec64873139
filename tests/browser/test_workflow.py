"""Content review in Chromium, with the admin in Vietnamese (docs/roles.md).

Bát Tràng's editor changes the village's title and submits it for moderation;
the public page does not change. The promotion office's reviewer approves it
from the dashboard; the public page shows the new title. The groups and the
workflow are the demo's own (``load_demo`` runs ``setup_roles``). The
rejection path, with its comment, is in tests/core/test_moderation_workflow.py.
"""

import pytest

from tests.browser.admin_accounts import (
    approve_from_dashboard,
    create_accounts,
    public_title,
    sign_in,
)
from tests.browser.conftest import DESKTOP

pytestmark = pytest.mark.browser

NEW_TITLE = "Bát Tràng, làng gốm bên sông Hồng"
SETUP = """
from villages.models import VillagePage
village = VillagePage.objects.get(slug="bat-trang", locale__language_code="vi")
accounts = {
    "wf-editor": roles.village_editors_name(village),
    "wf-reviewer": roles.REVIEWERS,
}
result = {"village": village.pk, "url": village.url, "title": village.title}
"""


@pytest.fixture(scope="module")
def accounts(live_url):
    return create_accounts(SETUP)


def test_an_editor_submits_and_the_reviewer_approves_in_a_vietnamese_admin(new_context, accounts):
    editor = sign_in(new_context, "wf-editor")
    assert editor.locator("html").get_attribute("lang") == "vi"
    editor.goto(f"/admin/pages/{accounts['village']}/edit/")
    assert editor.locator('button[name="action-publish"]').count() == 0
    editor.fill("#id_title", NEW_TITLE)
    with editor.expect_navigation():
        # The item sits in the action menu's dropdown: click it as the menu would.
        editor.locator('button[name="action-submit"]').evaluate("button => button.click()")
    assert editor.locator(".messages .success, .messages li").count() >= 1

    visitor = new_context(viewport=DESKTOP).new_page()
    assert public_title(visitor, accounts["url"]) == accounts["title"]

    reviewer = sign_in(new_context, "wf-reviewer")
    assert reviewer.locator("html").get_attribute("lang") == "vi"
    approve_from_dashboard(reviewer, accounts["village"])

    assert public_title(visitor, accounts["url"]) == NEW_TITLE
