"""Length limits are visible in the page editor: a counter under each limited field.

Before, the browser silently cut a pasted title or alt text at its maxlength,
and intros had no limit at all. Wagtail 7.4 counts characters only in rich
text, so static_src/editor/length-counter.js adds the counter; here Chromium
must show it under the intro, the title and an image block's alt text, and
update it as the editor types. Screenshot: artifacts/screenshots/admin-length-counter.png.
"""

import re

import pytest

from core.text import ALT_MAX_LENGTH, INTRO_MAX_LENGTH
from tests.browser.conftest import ARTIFACTS

pytestmark = pytest.mark.browser

SCREENSHOTS = ARTIFACTS / "screenshots"


def counter_of(page, selector):
    """The field and the counter the script attached to it (named in data-length-counter)."""
    field = page.locator(selector).first
    counter_id = field.get_attribute("data-length-counter", timeout=20_000)
    assert counter_id, f"no counter for {selector}"
    return field, page.locator(f"#{counter_id}")


def test_the_editor_sees_a_live_counter_under_limited_fields(editor_page, admin_pages):
    page = editor_page
    page.goto(f"/admin/pages/{admin_pages['village']}/edit/")

    intro, counter = counter_of(page, 'textarea[name="intro"]')
    assert counter.is_visible()
    shown = re.search(r"(\d+) / (\d+)", counter.inner_text())
    assert shown, counter.inner_text()
    assert int(shown.group(1)) == len(intro.input_value())
    assert int(shown.group(2)) == INTRO_MAX_LENGTH

    intro.fill("Gốm Bát Tràng.")
    assert re.search(rf"\b14 / {INTRO_MAX_LENGTH}\b", counter.inner_text())
    intro.scroll_into_view_if_needed()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "admin-length-counter.png")

    _title, title_counter = counter_of(page, 'input[name="title"]')
    assert re.search(r"\d+ / 255\b", title_counter.inner_text())

    # A StreamField block's field, drawn by Wagtail's JavaScript after the page loaded.
    _alt, alt_counter = counter_of(page, 'input[name^="body-"][name$="-value-alt"]')
    assert re.search(rf"\d+ / {ALT_MAX_LENGTH}\b", alt_counter.inner_text())
