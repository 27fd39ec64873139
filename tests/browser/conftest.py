"""The browser tier: the demo site on a live server, driven by Debian's Chromium.

Once per session a fresh SQLite database is built with ``migrate`` and
``load_demo`` and served by ``runserver`` in a subprocess (media on disk,
static files through WhiteNoise), on port ``BROWSER_PORT`` (8034). One
Chromium serves every test; pages are visited once per viewport and the
visit (requests, console, axe-core's report) is shared by the tests that read
it, which keeps the tier within a couple of minutes on two cores.

Map tiles point at a host that cannot resolve (``MAP_TILE_URL``), and every
request for another host is answered inside the browser: tiles with a blank
PNG, anything else is aborted. The tests never reach the network, and the
requests are still recorded, so the "nothing leaves the machine" test sees
them. Run with ``make test-browser``; docs/browser-tests.md says more.
"""

import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import time
import urllib.request
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.pages import LANGUAGES, classify, not_found_paths

BASE_DIR = Path(__file__).resolve().parents[2]
ARTIFACTS = BASE_DIR / "artifacts"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# As the machine notes say: without the background-networking flags Chromium
# tries to reach Google's hosts at every start.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PORT = int(os.environ.get("BROWSER_PORT", "8034"))
DATABASE = Path(os.environ.get("BROWSER_DATABASE", "/tmp/browser.sqlite3"))  # noqa: S108
MEDIA_ROOT = Path(os.environ.get("BROWSER_MEDIA_ROOT", "/tmp/browser-media"))  # noqa: S108
# `.invalid` never resolves (RFC 2606): a tile request that escaped the
# browser's routing would fail, not reach a real tile server.
TILE_HOST = "tiles.invalid"
TILE_URL = f"http://{TILE_HOST}/{{z}}/{{x}}/{{y}}.png"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def blank_png(size=256):
    """A transparent PNG tile, made here rather than shipped."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x00" * (size * 4) for _ in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


# --- The live server -----------------------------------------------------------


def server_environment():
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.browser.server_settings",
        "DATABASE_URL": f"sqlite:///{DATABASE}",
        "MEDIA_ROOT": str(MEDIA_ROOT),
        "MAP_TILE_URL": TILE_URL,
        "PYTHONUNBUFFERED": "1",
    }
    # One process: its own memory is the cache.
    environment.pop("CACHE_DIR", None)
    return environment


def manage(environment, *arguments):
    result = subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, "manage.py", *arguments],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(
            f"manage.py {' '.join(arguments)} failed ({result.returncode}):\n"
            f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )


def build_demo_database(environment):
    """A fresh database with the demo content; ``BROWSER_REUSE_DB=1`` keeps the last one."""
    if os.environ.get("BROWSER_REUSE_DB") == "1" and DATABASE.exists():
        return
    # With the WAL files of the last run: a fresh database beside an old WAL is "malformed".
    for path in (
        DATABASE,
        DATABASE.with_name(f"{DATABASE.name}-wal"),
        DATABASE.with_name(f"{DATABASE.name}-shm"),
    ):
        path.unlink(missing_ok=True)
    shutil.rmtree(MEDIA_ROOT, ignore_errors=True)
    manage(environment, "migrate", "--noinput", "--verbosity", "0")
    manage(environment, "load_demo", "--verbosity", "0")


def port_is_taken(port):
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="session")
def live_url():
    """Base URL of the demo site, served by a fresh ``runserver`` process."""
    if port_is_taken(PORT):
        pytest.fail(f"port {PORT} is taken; stop what runs there or set BROWSER_PORT")
    environment = server_environment()
    build_demo_database(environment)
    ARTIFACTS.mkdir(exist_ok=True)
    url = f"http://127.0.0.1:{PORT}"
    with open(ARTIFACTS / "browser-server.log", "w") as log:
        server = subprocess.Popen(  # noqa: S603 - our own manage.py, fixed arguments
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{PORT}"]
            + ["--noreload", "--skip-checks"],
            cwd=BASE_DIR,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            if server.poll() is not None:
                pytest.fail(f"the server stopped ({server.returncode}); see {log.name}")
            try:
                with urllib.request.urlopen(f"{url}/healthz", timeout=5) as response:  # noqa: S310
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("the server did not answer /healthz within 60 s")
            time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@dataclass
class Site:
    """The live pages by (page type, language), read from the site's sitemap."""

    url: str
    pages: dict

    def paths(self, page_type, language):
        return self.pages.get((page_type, language), [])

    def first(self, page_type, language):
        paths = self.paths(page_type, language)
        assert paths, f"the demo site has no {page_type} page in {language}"
        return paths[0]


@pytest.fixture(scope="session")
def site(live_url):
    def read(url):
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
            return response.read().decode()

    # The index names one sitemap per language, at the Site's address: read each at live_url.
    index = read(f"{live_url}/sitemap.xml")
    sitemap = "".join(
        read(live_url + urlsplit(location)._replace(scheme="", netloc="").geturl())
        for location in re.findall(r"<loc>([^<]+)</loc>", index)
    )
    pages = defaultdict(list)
    unknown = []
    for location in re.findall(r"<loc>([^<]+)</loc>", sitemap):
        kind = classify(location)
        if kind is None:
            unknown.append(location)
        else:
            pages[kind].append(urlsplit(location).path)
    assert not unknown, f"sitemap URLs of no known page type: {unknown}"
    existing = [path for paths in pages.values() for path in paths]
    for language in LANGUAGES:
        pages[("404", language)] = not_found_paths(language, existing)
    return Site(url=live_url, pages=dict(pages))


# --- The browser -----------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/ci/browser.sh (make test-browser does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def new_context(browser, live_url):
    """Make a browser context that keeps every request on this machine."""
    tile = blank_png()
    local_host = urlsplit(live_url).netloc
    contexts = []

    def answer_outside_requests(route):
        if urlsplit(route.request.url).hostname == TILE_HOST:
            route.fulfill(status=200, content_type="image/png", body=tile)
        else:
            route.abort("blockedbyclient")

    def make(**options):
        options.setdefault("reduced_motion", "reduce")
        context = browser.new_context(base_url=live_url, **options)
        context.route(lambda url: urlsplit(url).netloc != local_host, answer_outside_requests)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def desktop_context(new_context):
    return new_context(viewport=DESKTOP)


@pytest.fixture(scope="session")
def phone_context(new_context):
    return new_context(viewport=PHONE, is_mobile=True, has_touch=True)


@pytest.fixture
def desktop_page(desktop_context):
    page = desktop_context.new_page()
    yield page
    page.close()


# --- Visits: one load per page and viewport, read by several tests --------------

LOAD_ALL_IMAGES = """async () => {
    const images = [...document.images];
    for (const image of images) image.loading = "eager";
    await Promise.all(images.map((image) => image.complete ? null : new Promise((done) => {
        image.addEventListener("load", done, { once: true });
        image.addEventListener("error", done, { once: true });
    })));
    await document.fonts.ready;
    return images.filter((image) => !image.naturalWidth)
        .map((image) => image.currentSrc || image.src);
}"""


def settle(page):
    """Load every image (lazy ones too), wait for fonts and the map's markers.

    Returns the images that did not load.
    """
    broken = page.evaluate(LOAD_ALL_IMAGES)
    if page.locator("[data-map]").count():
        page.locator(".leaflet-marker-icon").first.wait_for(state="attached", timeout=10_000)
    return broken


@dataclass
class Visit:
    path: str
    status: int
    requests: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    console_errors: list = field(default_factory=list)
    violations: list = field(default_factory=list)

    def outside_requests(self, local_netloc):
        return [url for url in self.requests if urlsplit(url).netloc != local_netloc]


class Visitor:
    """Loads a page once in a context, records what happened, runs axe-core."""

    def __init__(self, context):
        from axe_playwright_python.sync_playwright import Axe

        self.axe = Axe()
        self.page = context.new_page()
        self.visits = {}
        self._current = None
        self.page.on("request", lambda request: self._current.requests.append(request.url))
        self.page.on("response", self._on_response)
        self.page.on("requestfailed", self._on_failed)
        self.page.on("console", self._on_console)
        self.page.on("pageerror", lambda error: self._current.console_errors.append(str(error)))

    def _on_response(self, response):
        is_document = response.request.resource_type == "document"
        if response.status >= 400 and not is_document:
            self._current.problems.append(f"{response.status} {response.url}")

    def _on_failed(self, request):
        if urlsplit(request.url).hostname != TILE_HOST:
            self._current.problems.append(f"failed ({request.failure}) {request.url}")

    def _on_console(self, message):
        # "Failed to load resource" repeats a response status, checked above
        # (and a 404 page's own status is expected).
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self._current.console_errors.append(message.text)

    def visit(self, path):
        if path not in self.visits:
            self._current = Visit(path=path, status=0)
            response = self.page.goto(path)
            self._current.status = response.status
            self._current.problems += [f"image did not load: {src}" for src in settle(self.page)]
            report = self.axe.run(
                self.page,
                options={
                    "runOnly": {"type": "tag", "values": AXE_TAGS},
                    "resultTypes": ["violations"],
                },
            )
            self._current.violations = report.response["violations"]
            self.visits[path] = self._current
        return self.visits[path]


@pytest.fixture(scope="session")
def desktop(desktop_context):
    return Visitor(desktop_context)


@pytest.fixture(scope="session")
def phone(phone_context):
    return Visitor(phone_context)


def describe_violations(violations):
    """axe-core's violations, one line per rule and per element."""
    lines = []
    for violation in violations:
        tags = ", ".join(tag for tag in violation["tags"] if tag.startswith("wcag"))
        lines.append(
            f"  {violation['id']} ({violation['impact']}): {violation['help']} [{tags}]"
            f"\n    {violation['helpUrl']}"
        )
        for node in violation["nodes"]:
            summary = node.get("failureSummary", "").replace("\n", " ")
            lines.append(f"    at {' '.join(map(str, node['target']))}: {summary}")
            lines.append(f"       {node['html'][:200]}")
    return "\n".join(lines)


# --- The closing table: axe-core's result per page type and language -------------

AXE_RESULTS = {}


def record_axe(page_type, language, width, pages, violations):
    AXE_RESULTS[(page_type, language, width)] = (pages, violations)


def pytest_terminal_summary(terminalreporter):
    if not AXE_RESULTS:
        return
    terminalreporter.section("axe-core (WCAG 2.0/2.1/2.2 A and AA): violations per page type")
    for (page_type, language, width), (pages, violations) in sorted(AXE_RESULTS.items()):
        terminalreporter.write_line(
            f"  {page_type:<14} {language}  {width:>4} px  {pages:>2} page(s)  "
            f"{violations} violation(s)"
        )


# --- The admin, as an editor sees it ---------------------------------------------

EDITOR_USERNAME = "browser-editor"
EDITOR_PASSWORD = "browser-editor-password"  # noqa: S105 - a throwaway test account
CREATE_EDITOR = f"""
import json
from django.contrib.auth import get_user_model
from villages.models import VillagePage
User = get_user_model()
user, _ = User.objects.get_or_create(username={EDITOR_USERNAME!r})
user.is_staff = user.is_superuser = True
user.set_password({EDITOR_PASSWORD!r})
user.save()
village = VillagePage.objects.get(slug="bat-trang", locale__language_code="vi")
print(json.dumps({{"village": village.pk, "village_title": village.title}}))
"""


@pytest.fixture(scope="session")
def admin_pages(live_url):
    """A superuser on the live server, and the ids of the pages the admin tests edit."""
    from tests.browser.admin_accounts import run_on_site

    return run_on_site(CREATE_EDITOR)


@pytest.fixture
def editor_page(new_context, admin_pages):
    """A desktop page signed in to the admin (a context of its own: its own session)."""
    from tests.browser.admin_accounts import sign_in

    page = sign_in(new_context, EDITOR_USERNAME, EDITOR_PASSWORD)
    yield page
    page.close()
    page.context.close()
