"""The editor's preview panel and Checks panel in Chromium.

Before the fix the preview response carried the public policy
(``frame-ancestors 'none'``): Chromium showed "127.0.0.1 is blocked" in the
frame and the Checks panel reported "Issues found 0" on an empty document.
Here the frame must show the village itself and the checker must have read
it (its word count comes from the framed page). A screenshot of the panel
goes to artifacts/screenshots/admin-preview.png and admin-checks.png.
"""

import pytest

from tests.browser.conftest import ARTIFACTS

pytestmark = pytest.mark.browser

SCREENSHOTS = ARTIFACTS / "screenshots"
WORD_COUNT_SHOWN = """() => /^[0-9]+$/.test(
    document.querySelector("[data-content-word-count]").textContent.trim())"""


def test_preview_frame_shows_the_page_and_the_checker_reads_it(editor_page, admin_pages):
    page = editor_page
    blocked = []
    page.on(
        "console", lambda message: blocked.append(message.text) if "frame" in message.text else None
    )
    page.goto(f"/admin/pages/{admin_pages['village']}/edit/")
    page.click('[data-side-panel-toggle="preview"]')
    frame = page.frame_locator("#w-preview-iframe")
    heading = frame.locator("h1")
    heading.first.wait_for(timeout=20_000)
    assert admin_pages["village_title"] in heading.first.inner_text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "admin-preview.png")

    page.click('[data-side-panel-toggle="checks"]')
    words = page.locator("[data-content-word-count]")
    page.wait_for_function(WORD_COUNT_SHOWN, timeout=20_000)
    assert int(words.inner_text()) > 20
    count = (
        page.locator("[data-checks-panel]")
        .locator("xpath=..")
        .locator("[data-content-checker-count]")
    )
    assert count.inner_text().strip().isdigit()
    page.screenshot(path=SCREENSHOTS / "admin-checks.png")
    assert not [text for text in blocked if "frame-ancestors" in text or "X-Frame-Options" in text]
