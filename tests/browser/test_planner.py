"""My day in a phone-sized Chromium: add, count, reorder, reload, share, print.

The plan lives in the browser (localStorage) and in the URL; the server only
renders it (docs/planner.md). One visitor builds a day on the demo site; a
second visitor, whose browser asks for Japanese, opens the share link.
"""

import re

import pytest

from tests.browser.conftest import PHONE, describe_violations
from tests.browser.pages import ROUTE, VILLAGE

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def plan_codes(page):
    return page.locator("li.plan-stop").evaluate_all("items => items.map(i => i.dataset.code)")


def wait_for_order(page, codes):
    page.wait_for_function(
        "codes => Array.from(document.querySelectorAll('li.plan-stop'))"
        ".map(i => i.dataset.code).join(',') === codes",
        arg=",".join(codes),
    )
    # The list is swapped in after the server answered; wait until it is settled.
    page.locator("#plan-root:not([aria-busy])").wait_for()


def header_count(page):
    # On a phone the count shows on the closed "Menu" disclosure's summary.
    badge = page.locator(".main-nav summary [data-my-day-count]")
    return badge.text_content(), badge.evaluate("b => getComputedStyle(b).visibility")


@pytest.fixture
def visitor(new_context):
    context = new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="en-GB")
    page = context.new_page()
    yield page
    context.close()


def test_a_day_built_on_a_phone_is_kept_reordered_shared_and_printed(visitor, new_context):
    page = visitor
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    # Add a village and one of its workshops from the village page.
    page.goto(f"/en/{VILLAGE}")
    assert header_count(page) == ("0", "hidden")
    add_buttons = page.locator("button[data-add-to-day]")
    village_code = add_buttons.nth(0).get_attribute("data-add-to-day")
    add_buttons.nth(0).click()
    assert add_buttons.nth(0).get_attribute("aria-pressed") == "true"
    workshop_code = add_buttons.nth(1).get_attribute("data-add-to-day")
    add_buttons.nth(1).click()
    assert header_count(page) == ("2", "visible")

    # Add a route stop from the route page: the count follows.
    page.goto(f"/en/{ROUTE}")
    stop_button = page.locator(".stops button[data-add-to-day]").nth(1)
    stop_code = stop_button.get_attribute("data-add-to-day")
    assert re.fullmatch(r"s\d+\.2", stop_code)
    stop_button.click()
    assert header_count(page) == ("3", "visible")

    # The header link, in the "Menu" disclosure on a phone, opens the plan.
    page.locator(".main-nav summary").click()
    page.locator("[data-my-day-link]").click()
    page.wait_for_url(re.compile(r"/en/my-day/\?v=1"))
    assert plan_codes(page) == [village_code, workshop_code, stop_code]

    # Keyboard: "Move down" on the first stop, with Enter; focus stays on the moved stop.
    page.locator(f'li[data-code="{village_code}"] button[data-op="down"]').focus()
    page.keyboard.press("Enter")
    wait_for_order(page, [workshop_code, village_code, stop_code])
    focused = page.evaluate("document.activeElement.closest('li')?.dataset.code")
    assert focused == village_code
    page.wait_for_function(
        "() => document.getElementById('plan-status').textContent.includes('position 2 of 3')"
    )
    # Then "Move up" on the last stop, with Space.
    page.locator(f'li[data-code="{stop_code}"] button[data-op="up"]').focus()
    page.keyboard.press("Space")
    wait_for_order(page, [workshop_code, stop_code, village_code])

    # Drag: the second stop's handle above the first stop (both on the screen).
    page.locator("li.plan-stop").first.evaluate("item => item.scrollIntoView({block: 'start'})")
    handle = page.locator(f'li[data-code="{stop_code}"] [data-drag-handle]')
    box = handle.bounding_box()
    top = page.locator("li.plan-stop").first.bounding_box()
    assert box["y"] + box["height"] < PHONE["height"], "the handle is off the screen"
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2, top["y"] + 5, steps=12)
    page.mouse.up()
    order = [stop_code, workshop_code, village_code]
    wait_for_order(page, order)

    # Reload: the plan is kept (URL and localStorage agree).
    page.reload()
    assert plan_codes(page) == order
    stored = page.evaluate("JSON.parse(localStorage.getItem('hanoi-craft-villages:my-day')).i")
    assert stored == order
    # The bare My day address shows the kept plan too.
    page.goto("/en/my-day/")
    page.wait_for_url(re.compile(r"/en/my-day/\?v=1"))
    assert plan_codes(page) == order

    # No axe-core violation on the page with a plan.
    from axe_playwright_python.sync_playwright import Axe

    report = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )
    violations = report.response["violations"]
    assert violations == [], describe_violations(violations)

    # Print: no navigation or buttons, the names big, the Vietnamese names kept.
    page.emulate_media(media="print")
    assert not page.locator(".plan-stop__controls").first.is_visible()
    assert not page.locator(".main-nav").is_visible()
    assert not page.locator(".plan-actions").is_visible()
    name_size = page.locator(".plan-stop__name").first.evaluate(
        "n => parseFloat(getComputedStyle(n).fontSize)"
    )
    assert name_size >= 20
    assert page.locator(".plan-stop__vi[lang=vi]").first.is_visible()
    page.emulate_media(media="screen")

    # The share link, opened by someone whose browser asks for Japanese.
    english_names = page.locator(".plan-stop__name").all_inner_texts()
    share_url = page.locator("#plan-share-url").input_value()
    assert "/my-day/?v=1" in share_url
    assert "/en/" not in share_url
    other = new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="ja-JP")
    try:
        friend = other.new_page()
        friend.goto(share_url)
        assert re.search(r"/ja/my-day/\?v=1", friend.url)
        assert friend.locator("html").get_attribute("lang") == "ja"
        assert plan_codes(friend) == order
        vietnamese = friend.locator(".plan-stop__vi[lang=vi]").all_inner_texts()
        assert any("Bát Tràng" in name for name in vietnamese), vietnamese
        # The names are the Japanese versions of the demo's pages, not the English ones.
        assert friend.locator(".plan-stop__name").all_inner_texts() != english_names
        # Their own browser now keeps the plan they opened.
        kept = friend.evaluate("JSON.parse(localStorage.getItem('hanoi-craft-villages:my-day')).i")
        assert kept == order
    finally:
        other.close()
    assert errors == []


@pytest.mark.parametrize("language", ["vi", "en", "fr", "ja"])
def test_my_day_has_no_accessibility_violations_and_no_overflow(new_context, language):
    from axe_playwright_python.sync_playwright import Axe

    context = new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        page.goto(f"/{language}/{ROUTE}")
        route_codes = page.locator("button.add-to-day--route").get_attribute("data-add-to-day")
        page.goto(f"/{language}/my-day/?v=1&d=2026-12-06&i={route_codes}")
        assert page.locator("li.plan-stop").count() == len(route_codes.split(","))
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"the page is {width}px wide on a 390px screen"
        report = Axe().run(
            page,
            options={
                "runOnly": {"type": "tag", "values": AXE_TAGS},
                "resultTypes": ["violations"],
            },
        )
        violations = report.response["violations"]
        assert violations == [], describe_violations(violations)
    finally:
        context.close()


def stored_codes(page):
    return page.evaluate("JSON.parse(localStorage.getItem('hanoi-craft-villages:my-day')).i")


def route_codes(page, language="en"):
    page.goto(f"/{language}/{ROUTE}")
    return page.locator("button.add-to-day--route").get_attribute("data-add-to-day").split(",")


def test_a_shared_plan_never_silently_replaces_the_visitors_own(visitor):
    page = visitor
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"/en/{VILLAGE}")
    mine = page.locator("button[data-add-to-day]").first
    own = [mine.get_attribute("data-add-to-day")]
    mine.click()
    shared = [code for code in route_codes(page) if code not in own][:2]
    link = "/en/my-day/?v=1&d=2026-12-07&i=" + ",".join(shared)

    # Opening someone's plan asks first, and keeps the visitor's own meanwhile.
    page.goto(link)
    choice = page.locator("#plan-choice")
    choice.wait_for(state="visible")
    assert "1" in choice.locator("#plan-choice-text").inner_text()
    assert stored_codes(page) == own
    assert plan_codes(page) == shared

    # "Keep my plan": back to their own, the shared one forgotten.
    choice.locator('[data-choice="keep"]').click()
    page.wait_for_url(re.compile(r"i=" + re.escape(own[0]) + r"$"))
    assert plan_codes(page) == own
    assert stored_codes(page) == own

    # "Add its stops to my plan": both, the visitor's first.
    page.goto(link)
    choice.wait_for(state="visible")
    choice.locator('[data-choice="merge"]').click()
    wait_for_order(page, own + shared)
    assert stored_codes(page) == own + shared

    # "Open the shared plan": theirs replaces it, because the visitor said so.
    page.goto(link)
    choice.wait_for(state="visible")
    choice.locator('[data-choice="open"]').click()
    assert choice.is_hidden()
    assert stored_codes(page) == shared
    assert errors == []


def test_reordering_and_removing_work_offline_and_times_return_online(visitor):
    page = visitor
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    codes = route_codes(page)[:3]
    page.goto("/en/my-day/?v=1&d=2026-12-07&i=" + ",".join(codes))
    assert plan_codes(page) == codes
    first_time = page.locator(".plan-stop__time").first.inner_text()

    page.context.set_offline(True)
    page.locator(f'li[data-code="{codes[0]}"] button[data-op="down"]').click()
    moved = [codes[1], codes[0], codes[2]]
    wait_for_order(page, moved)
    page.locator("#plan-offline").wait_for(state="visible")
    assert stored_codes(page) == moved
    assert page.locator("#plan-root.is-stale").count() == 1
    page.locator(f'li[data-code="{codes[2]}"] button[data-op="remove"]').click()
    wait_for_order(page, moved[:2])
    assert stored_codes(page) == moved[:2]
    # The first stop can no longer move up, the last no longer down.
    assert page.locator(f'li[data-code="{codes[1]}"] button[data-op="up"]').is_disabled()
    assert page.locator(f'li[data-code="{codes[0]}"] button[data-op="down"]').is_disabled()

    # Back online: the server works the times out again for the new order.
    page.context.set_offline(False)
    page.evaluate("window.dispatchEvent(new Event('online'))")
    page.locator("#plan-offline").wait_for(state="hidden")
    page.locator("#plan-root:not(.is-stale):not([aria-busy])").wait_for()
    assert plan_codes(page) == moved[:2]
    assert page.url.endswith("i=" + ",".join(moved[:2]))
    assert page.locator(".plan-stop__time").first.inner_text() != "" and first_time
    assert errors == []


def test_the_first_leg_from_the_chosen_starting_place_is_shown(visitor):
    page = visitor
    codes = route_codes(page)
    village = [code for code in codes if code.startswith("s")][1]
    page.goto(f"/en/my-day/?v=1&d=2026-12-07&i={village}")
    old_quarter = page.locator("[data-first-leg]").inner_text()
    assert "From the Old Quarter" in old_quarter
    page.select_option("#plan-origin", "west-lake")
    page.locator(".plan-when button[type=submit]").click()
    page.wait_for_url(re.compile(r"o=west-lake"))
    assert "From West Lake" in page.locator("[data-first-leg]").inner_text()
    assert stored_codes(page) == [village]
    assert (
        page.evaluate("JSON.parse(localStorage.getItem('hanoi-craft-villages:my-day')).o")
        == "west-lake"
    )
