"""'Open now' is worked out in the visitor's browser, in Hanoi time, whatever their clock says.

The page carries the hours and the translated sentences (json_script); the
script (static_src/js/opening-hours.js) picks the sentence for the moment.
Each test fixes the browser's clock at an instant and gives it a time zone far
from Hanoi's: the status must follow Hanoi's wall clock (UTC+7), not the
visitor's. The filter form of the village index is driven with the keyboard
alone, and works without JavaScript.
"""

import datetime
import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.pages import VILLAGE

pytestmark = pytest.mark.browser

UTC = datetime.UTC
# Bát Tràng in the demo: every day 08:00–17:30; its museum 08:00–17:00; closed for Tết
# from 5 to 10 February 2027.
MONDAY_10_00_HANOI = datetime.datetime(2026, 12, 7, 3, 0, tzinfo=UTC)
MONDAY_06_30_HANOI = datetime.datetime(2026, 12, 6, 23, 30, tzinfo=UTC)
MONDAY_19_00_HANOI = datetime.datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
TET_10_00_HANOI = datetime.datetime(2027, 2, 6, 3, 0, tzinfo=UTC)
# Far from Hanoi on both sides, one of them a day ahead of it.
TIME_ZONES = ("America/Los_Angeles", "Pacific/Kiritimati", "Europe/Paris")


def before_placeholder(template):
    """The fixed text of a sentence up to its first placeholder."""
    return re.split(r"%\(\w+\)s", template)[0]


@pytest.fixture(scope="module")
def zone_contexts(new_context):
    return {
        zone: new_context(timezone_id=zone, viewport={"width": 390, "height": 844})
        for zone in TIME_ZONES
    }


def village_status(context, language, instant):
    page = context.new_page()
    page.clock.set_fixed_time(instant)
    page.goto(f"/{language}/{VILLAGE}")
    status = page.locator('[data-hours-status="village"]')
    status.wait_for(state="visible")
    strings = json.loads(page.locator("#opening-hours-strings").text_content())
    result = (status.get_attribute("data-state"), status.inner_text(), strings, page)
    return result


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("zone", TIME_ZONES)
def test_open_now_follows_hanoi_time(zone_contexts, language, zone):
    state, text, strings, page = village_status(zone_contexts[zone], language, MONDAY_10_00_HANOI)
    try:
        assert state == "open", text
        assert text.startswith(before_placeholder(strings["open"])), text
        # The visitor's own clock says another hour (and, in Los Angeles, another day).
        local = page.evaluate("() => new Date().getHours()")
        assert local != 10
    finally:
        page.close()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_before_opening_it_says_when_it_opens_today(zone_contexts, language):
    # 06:30 on Monday in Hanoi is still Sunday afternoon in Los Angeles.
    state, text, strings, page = village_status(
        zone_contexts["America/Los_Angeles"], language, MONDAY_06_30_HANOI
    )
    page.close()
    assert state == "closed"
    assert text.startswith(before_placeholder(strings["opensToday"])), text


@pytest.mark.parametrize("language", ["vi", "en"])
def test_after_closing_it_says_closed_now_and_opens_tomorrow(zone_contexts, language):
    state, text, strings, page = village_status(
        zone_contexts["Pacific/Kiritimati"], language, MONDAY_19_00_HANOI
    )
    page.close()
    assert state == "closed"
    assert text.startswith(strings["closedNow"]), text
    assert strings["tomorrow"] in text


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_dated_closure_says_closed_today_with_its_reason(zone_contexts, language):
    state, text, strings, page = village_status(
        zone_contexts["Europe/Paris"], language, TET_10_00_HANOI
    )
    data = json.loads(page.locator("#opening-hours-data").text_content())
    museum = page.locator('[data-hours-status^="attraction-"]').first
    museum_text = museum.inner_text()
    page.close()
    reason = data["village"]["exceptions"][0]["reason"]
    assert state == "closed"
    assert text.startswith(strings["closedTodayReason"].replace("%(reason)s", reason)), text
    # The museum keeps its own hours, and closes for Tết with the village.
    assert museum_text.startswith(strings["closedTodayReason"].replace("%(reason)s", reason))


def test_the_hours_helpers_are_there_for_other_scripts(zone_contexts):
    page = zone_contexts["Europe/Paris"].new_page()
    page.clock.set_fixed_time(MONDAY_10_00_HANOI)
    page.goto(f"/en/{VILLAGE}")
    page.locator('[data-hours-status="village"]').wait_for(state="visible")
    result = page.evaluate(
        """() => {
            const data = JSON.parse(document.getElementById("opening-hours-data").textContent);
            const hours = window.HCV.hours;
            return {
                monday: hours.hoursOn(data.village, "2026-12-07"),
                tet: hours.hoursOn(data.village, "2027-02-06"),
                // 23:30 UTC on Sunday is already Monday in Hanoi.
                instant: hours.hoursOn(data.village, new Date(Date.UTC(2026, 11, 6, 23, 30))),
                status: hours.status(data.village, new Date(Date.UTC(2026, 11, 7, 3, 0))).state,
            };
        }"""
    )
    page.close()
    assert result["monday"]["opens"] == "08:00"
    assert result["monday"]["closes"] == "17:30"
    assert result["tet"] is None
    assert result["instant"]["opens"] == "08:00"
    assert result["status"] == "open"


def test_without_javascript_the_weekly_table_is_there_and_no_status(new_context):
    context = new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"/en/{VILLAGE}")
    assert page.locator("#hours table.hours tbody tr").count() == 7
    assert page.locator('[data-hours-status="village"]').is_hidden()
    page.close()


# --- The village index filters, by keyboard ---------------------------------------


def tab_to(page, selector, limit=60):
    """Press Tab until the focused element matches ``selector``."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_filter_form_works_by_keyboard(new_context, language):
    context = new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"/{language}/villages/")
    total = page.locator(".card-grid .card").count()
    tab_to(page, "#filter-craft")
    page.keyboard.press("ArrowDown")  # the first craft after "All crafts"
    tab_to(page, 'input[name="experience"][value="museum"]')
    page.keyboard.press("Space")
    tab_to(page, 'input[name="access"][value="step-free"]')
    page.keyboard.press("Space")
    tab_to(page, 'input[name="distance"]')
    page.keyboard.press("ArrowDown")  # Up to 10 km
    page.keyboard.press("ArrowDown")  # Up to 15 km
    tab_to(page, 'form.filters button[type="submit"]')
    with page.expect_navigation():
        page.keyboard.press("Enter")

    query = parse_qs(urlsplit(page.url).query)
    assert query["experience"] == ["museum"]
    assert query["access"] == ["step-free"]
    assert query["distance"] == ["15"]
    assert query["craft"][0]
    # What was chosen is checked again, and said in the heading and the title.
    assert page.locator('input[name="experience"][value="museum"]').is_checked()
    assert page.locator('input[name="distance"][value="15"]').is_checked()
    assert page.locator(".filters__chosen").is_visible()
    count = page.locator(".card-grid .card").count()
    assert str(count) in page.locator("#results-title").inner_text()
    assert str(count) in page.title()

    tab_to(page, ".filters__clear")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).query == ""
    assert page.locator(".card-grid .card").count() == total
    page.close()


def test_bat_trang_matches_museum_step_free_within_15_km(new_context):
    context = new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto("/en/villages/")
    page.check('input[name="experience"][value="museum"]')
    page.check('input[name="access"][value="step-free"]')
    page.check('input[name="distance"][value="15"]')
    with page.expect_navigation():
        page.click('form.filters button[type="submit"]')
    assert page.locator(".card__title").all_inner_texts() == ["Bát Tràng"]
    page.close()
