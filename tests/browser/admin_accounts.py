"""Accounts of the demo's roles on the browser tier's live site, and signing in as them.

The accounts are made in the live server's database through ``manage.py
shell`` (the site runs in another process). Each test module names its users
and their groups in a few lines of setup code; every account gets the admin
in Vietnamese, as the village and commune staff use it.
"""

import json
import subprocess
import sys

import pytest

from tests.browser.conftest import BASE_DIR, DESKTOP, server_environment

PASSWORD = "role-test-password"  # noqa: S105 - throwaway accounts on a test database
ACCOUNTS_SCRIPT = """
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile
from accounts import roles
{setup}
for username, group in accounts.items():
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.email = username + "@example.org"
    user.set_password({password!r})
    user.save()
    user.groups.set([Group.objects.get(name=group)])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
print(json.dumps(result))
"""


def run_on_site(script):
    """Run ``script`` in the live site's ``manage.py shell``; returns its last line, as JSON."""
    completed = subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=BASE_DIR,
        env=server_environment(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if completed.returncode != 0:
        pytest.fail(f"manage.py shell failed on the live site:\n{completed.stderr[-3000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def create_accounts(setup):
    """Run ``setup`` (which defines ``accounts``, username → group, and ``result``) on the site.

    Returns ``result``.
    """
    return run_on_site(ACCOUNTS_SCRIPT.format(setup=setup, password=PASSWORD))


def sign_in(new_context, username, password=PASSWORD):
    """A new browser context signed in to the admin as ``username``; returns its page."""
    context = new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    return page


def approve_from_dashboard(reviewer, page_id):
    """The reviewer's "Approve" on the admin dashboard's "awaiting your review" list."""
    approve = reviewer.locator(
        f'button[data-workflow-action-url*="/{page_id}/approve/"]:not([data-launch-modal])'
    )
    assert approve.count() == 1, f"page {page_id} is not in the reviewer's review list"
    with reviewer.expect_navigation():
        approve.evaluate("button => button.click()")


def public_title(page, url):
    """The page's title as a visitor reads it at ``url`` (its first heading)."""
    page.goto(url)
    return page.locator("main h1").first.inner_text().strip()
