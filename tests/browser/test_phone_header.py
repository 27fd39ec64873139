"""The header on a 390 px phone: one row, one menu, one language control.

In every language, on the home page, a village page and the events index: the
header ends within 100 px of the top, every main menu item lies inside the
screen once the "Menu" disclosure is opened, and the language control (a
<details> disclosure) works with and without JavaScript. axe-core checks the
header with both disclosures open. The heights are printed (``-s``) and kept
in artifacts/phone-header.txt for the report.
"""

import pytest

from tests.browser.conftest import ARTIFACTS, AXE_TAGS, PHONE, describe_violations
from tests.browser.pages import LANGUAGES, VILLAGE

pytestmark = pytest.mark.browser

PATHS = ("", VILLAGE, "events/")
MAX_HEADER = 100
HEIGHTS = {}

OFF_SCREEN = """() => [...document.querySelectorAll(".main-nav__list a")].filter((link) => {
    const box = link.getBoundingClientRect();
    return !(box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0
        && box.right <= innerWidth && box.bottom <= innerHeight);
}).map((link) => link.textContent.trim().replace(/\\s+/g, " "))"""


@pytest.fixture(scope="module")
def phone_page(new_context):
    context = new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield page
    page.close()


@pytest.fixture(scope="module")
def no_script_page(new_context):
    context = new_context(viewport=PHONE, is_mobile=True, has_touch=True, java_script_enabled=False)
    page = context.new_page()
    yield page
    page.close()


@pytest.fixture(scope="module", autouse=True)
def heights_table():
    yield
    if HEIGHTS:
        lines = [f"{language} /{path}: {height} px" for (language, path), height in HEIGHTS.items()]
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "phone-header.txt").write_text("\n".join(lines) + "\n")
        print("\nHeader height at 390 px:\n" + "\n".join(lines))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", PATHS)
def test_header_is_one_short_row_and_every_menu_item_is_on_screen(phone_page, language, path):
    phone_page.goto(f"/{language}/{path}")
    bottom = phone_page.evaluate(
        "document.querySelector('.site-header').getBoundingClientRect().bottom"
    )
    HEIGHTS[(language, path)] = round(bottom, 1)
    assert bottom <= MAX_HEADER, f"/{language}/{path}: the header ends at {bottom} px"
    # The menu's items are behind one obvious control, itself on screen.
    summary = phone_page.locator(".main-nav summary")
    box = summary.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert phone_page.locator(".main-nav__list a").first.is_hidden()
    summary.click()
    links = phone_page.locator(".main-nav__list a")
    assert links.count() >= 4, "the menu has its sections and My day"
    assert phone_page.evaluate(OFF_SCREEN) == [], f"/{language}/{path}: menu items off screen"
    # The language control is on screen too, and opening it closes the menu.
    switcher = phone_page.locator(".language-switcher summary")
    box = switcher.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert box["y"] + box["height"] <= MAX_HEADER
    switcher.click()
    assert phone_page.locator(".main-nav__list a").first.is_hidden()
    languages = phone_page.locator(".language-switcher__list a")
    assert languages.count() >= 1
    for index in range(languages.count()):
        link = languages.nth(index).bounding_box()
        assert link["x"] >= 0 and link["x"] + link["width"] <= PHONE["width"]


@pytest.mark.parametrize(("language", "target"), [("vi", "ja"), ("fr", "ko"), ("ja", "it")])
def test_language_control_works_without_javascript(no_script_page, language, target):
    no_script_page.goto(f"/{language}/{VILLAGE}")
    assert no_script_page.evaluate("document.querySelectorAll('script[src]').length") > 0
    link = no_script_page.locator(f".language-switcher a[hreflang='{target}']")
    assert link.is_hidden()
    no_script_page.locator(".language-switcher summary").click()
    with no_script_page.expect_navigation():
        link.click()
    assert no_script_page.evaluate("location.pathname") == f"/{target}/{VILLAGE}"
    # The menu opens without JavaScript as well.
    no_script_page.locator(".main-nav summary").click()
    assert no_script_page.evaluate(OFF_SCREEN) == []


def test_language_control_with_javascript_and_the_keyboard(phone_page):
    phone_page.goto(f"/ko/{VILLAGE}")
    summary = phone_page.locator(".language-switcher summary")
    summary.focus()
    phone_page.keyboard.press("Enter")
    assert phone_page.locator(".language-switcher details").evaluate("(d) => d.open")
    phone_page.keyboard.press("Tab")
    assert phone_page.evaluate(
        "document.activeElement.closest('.language-switcher__list') !== null"
    )
    # Escape closes it and gives focus back to its summary (static_src/js/header.js).
    phone_page.keyboard.press("Escape")
    assert not phone_page.locator(".language-switcher details").evaluate("(d) => d.open")
    assert phone_page.evaluate("document.activeElement.matches('.language-switcher summary')")
    summary.click()
    with phone_page.expect_navigation():
        phone_page.locator(".language-switcher a[hreflang='en']").click()
    assert phone_page.evaluate("location.pathname") == f"/en/{VILLAGE}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_with_each_disclosure_open_has_no_axe_violations(phone_page, language):
    from axe_playwright_python.sync_playwright import Axe

    phone_page.goto(f"/{language}/{VILLAGE}")
    failures = []
    for control in (".main-nav summary", ".language-switcher summary"):
        phone_page.locator(control).click()
        report = Axe().run(
            phone_page,
            context={"include": [[".site-header"]]},
            options={
                "runOnly": {"type": "tag", "values": AXE_TAGS},
                "resultTypes": ["violations"],
            },
        )
        if violations := report.response["violations"]:
            failures.append(f"{control} open:\n{describe_violations(violations)}")
    assert not failures, "\n".join(failures)
