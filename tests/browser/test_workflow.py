"""Content review in Chromium, with the admin in Vietnamese (docs/roles.md).

Bát Tràng's editor changes the village's title and submits it for moderation;
the public page does not change. The promotion office's reviewer approves it
from the dashboard; the public page shows the new title. The groups and the
workflow are the demo's own (``load_demo`` runs ``setup_roles``). The
rejection path, with its comment, is in tests/core/test_moderation_workflow.py.
"""

import json
import subprocess
import sys

import pytest

from tests.browser.conftest import BASE_DIR, DESKTOP, server_environment

pytestmark = pytest.mark.browser

PASSWORD = "workflow-test-password"  # noqa: S105 - throwaway accounts on a test database
NEW_TITLE = "Bát Tràng, làng gốm bên sông Hồng"
CREATE_ACCOUNTS = f"""
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile
from accounts import roles
from villages.models import VillagePage
village = VillagePage.objects.get(slug="bat-trang", locale__language_code="vi")
accounts = {{
    "wf-editor": roles.village_editors_name(village),
    "wf-reviewer": roles.REVIEWERS,
}}
for username, group in accounts.items():
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.email = username + "@example.org"
    user.set_password({PASSWORD!r})
    user.save()
    user.groups.set([Group.objects.get(name=group)])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
print(json.dumps({{"village": village.pk, "url": village.url, "title": village.title}}))
"""


@pytest.fixture(scope="module")
def accounts(live_url):
    result = subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, "manage.py", "shell", "-c", CREATE_ACCOUNTS],
        cwd=BASE_DIR,
        env=server_environment(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"could not create the workflow accounts:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def sign_in(new_context, username):
    context = new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    return page


def public_title(page, url):
    page.goto(url)
    return page.locator("main h1").first.inner_text().strip()


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
    approve = reviewer.locator(
        f'button[data-workflow-action-url*="/{accounts["village"]}/approve/"]'
        ":not([data-launch-modal])"
    )
    assert approve.count() == 1, "the page is not in the reviewer's 'awaiting your review' list"
    with reviewer.expect_navigation():
        approve.evaluate("button => button.click()")

    assert public_title(visitor, accounts["url"]) == NEW_TITLE
