"""The service worker in Chromium: pages opened online stay readable offline, and say so.

Each test uses a browser context of its own (its own service worker and
caches) at phone size, with the tier's routing: other hosts are answered
inside the browser, so nothing leaves the machine. ``context.set_offline``
cuts the network for the pages and for the worker alike.

axe-core checks the offline page and the notice (neither is in the sitemap
that the accessibility tier walks). Screenshots of the saved-copy notice
(offline, then back online) and of the offline page, in vi, en and ja at
390×844, go to artifacts/screenshots/offline-<lang>-*.png.
"""

import time
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.browser.conftest import ARTIFACTS, AXE_TAGS, PHONE, TILE_HOST, describe_violations
from tests.browser.pages import ROUTE, VILLAGE

pytestmark = pytest.mark.browser

SCREENSHOTS = ARTIFACTS / "screenshots"
# The names of the worker's caches start with this (offline.services.CACHE_PREFIX).
CACHE_PREFIX = "hcv-"
ALL_CACHED_URLS = f"""async () => {{
    const urls = [];
    for (const name of await caches.keys()) {{
        if (!name.startsWith("{CACHE_PREFIX}")) continue;
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }}
    return urls;
}}"""
# Saved means a lookup finds it: Chromium lists an entry in keys() while its
# body is still being written, and match() does not find it until then.
IS_SAVED = f"""async (url) => {{
    for (const name of await caches.keys()) {{
        if (!name.startsWith("{CACHE_PREFIX}pages-")) continue;
        if (await (await caches.open(name)).match(url, {{ ignoreVary: true }})) return true;
    }}
    return false;
}}"""
# The date as the notice writes it: the page's language, long date, short time.
FORMAT_SAVED_AT = """() => new Intl.DateTimeFormat(document.documentElement.lang,
    { dateStyle: "long", timeStyle: "short" })
    .format(new Date(document.documentElement.dataset.offlineSavedAt))"""


@pytest.fixture
def phone_page(new_context):
    context = new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield page
    page.close()
    context.close()


def wait_until(page, script, arg=None, timeout=15):
    """Poll an async ``script`` in the page until it resolves to a true value.

    Not ``page.wait_for_function``: it does not await a promise, and a promise
    is truthy, so an async predicate "passes" at once (the first-page test
    failed about 1 run in 5 because of it: it went offline before the worker
    had saved the page). ``page.evaluate`` awaits the promise.
    """
    deadline = time.monotonic() + timeout
    while not page.evaluate(script, arg):
        assert time.monotonic() < deadline, f"not true after {timeout} s: {script}"
        page.wait_for_timeout(100)


def open_and_wait_until_saved(page, live_url, path):
    """Open ``path`` online and wait until the worker has saved it; returns the page's title."""
    response = page.goto(path)
    assert response.status == 200, f"{path}: {response.status}"
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    wait_until(page, IS_SAVED, f"{live_url}{path}")
    return page.title().rsplit(" · ", 1)[0]


def go_offline(page):
    """Cut the network, and wait until the service worker sees it cut too.

    A safeguard, not the cure of the old flake (that was ``wait_for_function``
    with an async predicate, see ``wait_until``): the worker's own fetch
    failing proves the offline state reaches the worker before the test
    navigates (microsoft/playwright#2311 reports it arriving late).
    """
    page.context.set_offline(True)
    workers = page.context.service_workers
    assert workers, "no service worker is running for this page"
    workers[0].evaluate(
        """async () => {
            for (let attempt = 0; attempt < 100; attempt += 1) {
                try {
                    await fetch("/robots.txt", { cache: "no-store" });
                } catch (error) {
                    return true;
                }
                await new Promise((resolve) => setTimeout(resolve, 100));
            }
            throw new Error("the worker still reaches the network 10 s after going offline");
        }"""
    )


def assert_no_axe_violations(page, context=None):
    """axe-core with the tier's WCAG tags, on the whole page or one part of it."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    report = Axe().run(page, context=context, options=options)
    violations = report.response["violations"]
    assert not violations, describe_violations(violations)


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("language", ["vi", "en", "ja"])
def test_saved_pages_open_offline_with_a_notice_in_their_language(live_url, phone_page, language):
    page = phone_page
    village, route = f"/{language}/{VILLAGE}", f"/{language}/{ROUTE}"
    titles = {
        village: open_and_wait_until_saved(page, live_url, village),
        route: open_and_wait_until_saved(page, live_url, route),
    }

    go_offline(page)
    response = page.goto(village)
    assert response.from_service_worker
    assert page.locator("html").get_attribute("lang") == language
    notice = page.locator("#offline-status")
    notice.wait_for(state="visible")
    assert notice.get_attribute("role") == "status"
    template = notice.get_attribute("data-offline-text")
    assert "{date}" in template
    written = template.replace("{date}", page.evaluate(FORMAT_SAVED_AT))
    assert notice.inner_text().strip() == written
    assert {"vi": "tháng", "ja": "年", "en": "20"}[language] in written
    assert not page.locator(".offline-status__reload").is_visible()
    assert page.locator("h1").first.is_visible()
    assert_no_axe_violations(page, "#offline-status")
    screenshot(page, f"offline-{language}-saved-copy-390")

    # A page that was never opened: the offline page, listing what was saved.
    unvisited = f"/{language}/villages/"
    page.goto(unvisited)
    assert urlsplit(page.url).path == unvisited
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator('[data-offline-intro="missing"]').is_visible()
    assert not page.locator('[data-offline-intro="saved"]').is_visible()
    missing_heading = page.locator('[data-offline-intro="missing"] h1').inner_text()
    assert page.title().startswith(missing_heading)
    page.locator('[data-offline-kind="route"] li').first.wait_for()
    for kind, path in (("village", village), ("route", route)):
        link = page.locator(f'[data-offline-kind="{kind}"] a[href="{path}"]')
        assert link.inner_text() == titles[path]
        assert link.get_attribute("lang") == language
    assert page.locator("[data-offline-kind] li").count() == 2
    assert_no_axe_violations(page)
    screenshot(page, f"offline-{language}-offline-page-390")

    # Following a saved link offline opens the saved copy.
    page.locator(f'a[href="{route}"]').click()
    page.wait_for_url(f"**{route}")
    page.locator("#offline-status").wait_for(state="visible")

    # Back online: the notice offers the latest version, which the reload brings.
    page.context.set_offline(False)
    reload_button = page.locator(".offline-status__reload")
    reload_button.wait_for(state="visible")
    stale = page.locator("#offline-status").get_attribute("data-stale-text")
    assert page.locator(".offline-status__text").inner_text().startswith(stale.split("{date}")[0])
    assert_no_axe_violations(page, "#offline-status")
    screenshot(page, f"offline-{language}-back-online-390")
    with page.expect_navigation():
        reload_button.click()
    assert page.locator("html").get_attribute("data-offline-saved-at") is None
    assert page.locator("#offline-status").is_hidden()


def test_my_day_and_driver_cards_are_saved_and_listed_in_their_groups(live_url, phone_page):
    page = phone_page
    village = f"/en/{VILLAGE}"
    open_and_wait_until_saved(page, live_url, village)
    driver = urlsplit(page.locator('a[href*="/driver/"]').first.get_attribute("href")).path
    my_day = "/en/my-day/"
    titles = {
        driver: open_and_wait_until_saved(page, live_url, driver),
        my_day: open_and_wait_until_saved(page, live_url, my_day),
    }
    go_offline(page)
    for path in (driver, my_day):
        page.goto(path)
        page.locator("#offline-status").wait_for(state="visible")
    page.goto("/en/offline/")
    # At its own address the page is the list of saved pages, not "not saved".
    assert page.locator('[data-offline-intro="saved"]').is_visible()
    page.locator('[data-offline-kind="my_day"] li').wait_for()
    for kind, path in (("driver", driver), ("my_day", my_day), ("village", village)):
        link = page.locator(f'[data-offline-kind="{kind}"] a[href="{path}"]')
        assert link.count() == 1, f"{path} not listed under {kind}"
    listed = page.locator(f'[data-offline-kind="my_day"] a[href="{my_day}"]')
    assert listed.inner_text() == titles[my_day]
    page.context.set_offline(False)


def test_first_page_opened_is_saved_with_the_files_it_used(live_url, phone_page):
    """The page that installs the worker loaded before it: the worker fetches it again."""
    page = phone_page
    path = f"/en/{ROUTE}"
    open_and_wait_until_saved(page, live_url, path)
    has_map_script = ALL_CACHED_URLS.replace(
        "return urls;", 'return urls.some((url) => url.includes("/static/js/route-map.js"));'
    )
    wait_until(page, has_map_script)
    go_offline(page)
    page.reload()
    page.locator("#offline-status").wait_for(state="visible")
    # The site's style sheet came from the worker's caches: the page is laid out.
    assert page.evaluate("getComputedStyle(document.body).display") == "flex"
    page.context.set_offline(False)


def test_admin_other_hosts_and_map_tiles_are_never_cached(live_url, phone_page):
    page = phone_page
    route = f"/en/{ROUTE}"
    open_and_wait_until_saved(page, live_url, route)
    assert page.evaluate("Boolean(navigator.serviceWorker.controller)")

    # With the worker in control, the tiles still go the browser's own way.
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(route)
    page.locator(".leaflet-tile").first.wait_for(state="attached", timeout=10_000)
    tiles = [r for r in responses if urlsplit(r.url).hostname == TILE_HOST]
    assert tiles, "the route map asked for no tile"
    assert not any(r.from_service_worker for r in tiles)

    admin = page.goto("/admin/login/")
    assert admin.status == 200
    assert not admin.from_service_worker

    local = urlsplit(live_url).netloc
    cached = page.evaluate(ALL_CACHED_URLS)
    assert cached
    assert all(urlsplit(url).netloc == local for url in cached), cached
    assert not [url for url in cached if "/admin/" in url]

    go_offline(page)
    with pytest.raises(PlaywrightError, match="ERR_INTERNET_DISCONNECTED"):
        page.goto("/admin/login/")
    page.context.set_offline(False)


def test_worker_script_is_served_from_the_root_with_the_whole_site_in_scope(live_url, phone_page):
    page = phone_page
    open_and_wait_until_saved(page, live_url, f"/en/{VILLAGE}")
    scope = page.evaluate("navigator.serviceWorker.ready.then((r) => r.scope)")
    assert scope == f"{live_url}/"
    script = page.evaluate("navigator.serviceWorker.ready.then((r) => r.active.scriptURL)")
    assert script == f"{live_url}/sw.js"
