"""Database away → every page answers 503 in the visitor's language; back → the site is back.

Two real outages, no mocks: in this process the default connection is
pointed where no database answers; in a real HTTP server process (the
restored demo site from the restore drill) the database disappears and
comes back while the server keeps running.
"""

import http.client
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client, override_settings
from django.utils import translation

from tests.utils import create_vi_home, html_attrs, soup

from .conftest import BASE_DIR
from .outage import TcpProxy, database_unreachable

HEADING = "We will be back in a moment"


def translated(language, message=HEADING):
    with translation.override(language):
        return translation.gettext(message)


def assert_503_page(response, language, status=None, headers=None, body=None):
    """The outage page: 503, Retry-After, never cached, in ``language``."""
    status = status if status is not None else response.status_code
    headers = headers if headers is not None else response
    body = body if body is not None else response.content.decode()
    assert status == 503
    assert int(headers["Retry-After"]) > 0
    assert "no-store" in headers["Cache-Control"]
    page = soup_of(body)
    assert page.find("html")["lang"] == language
    assert page.select_one("main h1").get_text(strip=True) == translated(language)
    assert page.select_one('meta[name="robots"]')["content"] == "noindex"


def soup_of(text):
    from bs4 import BeautifulSoup

    return BeautifulSoup(text, "html.parser")


# --- In this process ---------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "accept_language", "language"),
    [
        ("/vi/", "", "vi"),
        ("/en/villages/bat-trang/", "vi", "en"),
        ("/fr/stories/", "", "fr"),
        ("/it/routes/hanoi-west-lake/", "", "it"),
        ("/ja/", "ko", "ja"),
        ("/ko/villages/?craft=ceramics", "", "ko"),
        # No prefix: Accept-Language among ours, else English.
        ("/", "ja,en;q=0.5", "ja"),
        ("/villages/bat-trang/", "ko-KR", "ko"),
        ("/villages/bat-trang/", "de-DE,de", "en"),
        ("/no-such-page/", "", "en"),
        ("/sitemap.xml", "fr", "fr"),
        ("/admin/", "it", "it"),
        ("/admin/login/", "", "en"),
        ("/robots.txt", "", "en"),
    ],
)
def test_every_page_answers_503_in_the_visitors_language_while_database_is_unreachable(
    path, accept_language, language, tmp_path
):
    client = Client(raise_request_exception=False)
    with database_unreachable(tmp_path):
        response = client.get(path, headers={"accept-language": accept_language})
    assert_503_page(response, language)


@pytest.mark.django_db
def test_a_signed_in_visitor_also_gets_503_in_the_admin_while_database_is_unreachable(tmp_path):
    """The session and auth middleware, which query the database, fail into the 503 too."""
    client = Client(raise_request_exception=False)
    client.cookies["sessionid"] = "a-session-that-needs-the-database"
    with database_unreachable(tmp_path):
        response = client.post("/admin/login/", {"username": "admin", "password": "x"})
    assert_503_page(response, "en")


@pytest.mark.django_db
def test_503_page_has_the_site_design_and_no_database_content(tmp_path):
    client = Client(raise_request_exception=False)
    with database_unreachable(tmp_path):
        response = client.get("/fr/villages/")
    page = soup(response)
    assert page.select_one("header.site-header .brand__name").get_text(strip=True) == (
        translated("fr", "Hanoi Craft Villages")
    )
    assert page.select_one('link[rel="stylesheet"][href$="site.css"]') is not None
    assert page.select_one("a.button")["href"] == "/fr/villages/"
    assert "Accept-Language" in response["Vary"]


@pytest.mark.django_db
@override_settings(WHITENOISE_USE_FINDERS=True)
def test_static_files_are_still_served_while_database_is_unreachable(tmp_path):
    client = Client(raise_request_exception=False)
    with database_unreachable(tmp_path):
        response = client.get("/static/css/site.css")
        body = b"".join(response.streaming_content)
    assert response.status_code == 200
    assert b".error-page" in body


@pytest.mark.django_db
def test_site_recovers_by_itself_when_database_is_reachable_again(tmp_path):
    create_vi_home()
    client = Client(raise_request_exception=False)
    assert client.get("/vi/").status_code == 200
    with database_unreachable(tmp_path):
        assert client.get("/vi/").status_code == 503
    response = client.get("/vi/")
    assert response.status_code == 200
    assert html_attrs(response)[0] == "vi"


# --- A real server process -----------------------------------------------------

HEALTHZ_TOKEN = "outage-test-token"  # noqa: S105


class Server:
    """``tests/faults/serve.py`` in a subprocess: the site over real HTTP."""

    def __init__(self, database_url, media_root):
        environment = dict(
            os.environ,
            DJANGO_SETTINGS_MODULE="tests.faults.server_settings",
            DATABASE_URL=database_url,
            MEDIA_ROOT=str(media_root),
            HEALTHZ_TOKEN=HEALTHZ_TOKEN,
        )
        self.process = subprocess.Popen(  # noqa: S603 (argument list, no shell)
            [sys.executable, str(Path(__file__).with_name("serve.py"))],
            cwd=BASE_DIR,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        line = self.process.stdout.readline().strip()
        if not line.isdigit():
            self.process.kill()
            raise RuntimeError(f"the server did not start: {line!r}")
        self.port = int(line)

    def get(self, path, accept_language="", **headers):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request("GET", path, headers={"Accept-Language": accept_language, **headers})
            response = connection.getresponse()
            return response.status, response.headers, response.read().decode("utf-8", "replace")
        finally:
            connection.close()

    def stop(self):
        self.process.kill()
        self.process.wait(timeout=30)


def assert_site_is_up(server):
    status, _headers, body = server.get("/fr/")
    assert status == 200
    assert soup_of(body).find("html")["lang"] == "fr"
    status, _headers, _body = server.get("/healthz")
    assert status == 200


def assert_site_is_down(server):
    status, headers, body = server.get("/fr/")
    assert_503_page(None, "fr", status=status, headers=headers, body=body)
    status, headers, body = server.get("/villages/bat-trang/", accept_language="ja")
    assert_503_page(None, "ja", status=status, headers=headers, body=body)
    status, _headers, body = server.get("/healthz")
    assert status == 503
    assert json.loads(body) == {"status": "unavailable"}
    status, _headers, body = server.get("/healthz", Authorization=f"Bearer {HEALTHZ_TOKEN}")
    assert status == 503
    assert json.loads(body)["checks"]["database"] == "error"
    status, _headers, body = server.get("/static/css/site.css")
    assert status == 200
    assert ".error-page" in body


def test_real_server_answers_503_while_database_is_gone_and_recovers_by_itself(
    restore_drill, tmp_path, backup_script
):
    """The restored demo site, served over HTTP, loses its database and gets it back."""
    report = restore_drill["report"]
    assert restore_drill["result"].returncode == 0, restore_drill["result"].stderr[-3000:]
    media = report["restored_media"]
    if report["engine"] == "sqlite":
        # SQLite keeps a file it has open readable even when it is moved away,
        # so the outage here is a server running while its database file
        # cannot be opened (a volume not mounted yet); the file then appears.
        database_file = tmp_path / "mounted" / "db.sqlite3"
        server = Server(f"sqlite:///{database_file}", media)
        try:
            assert_site_is_down(server)
            database_file.parent.mkdir()
            shutil.copy(report["restored_database_url"].removeprefix("sqlite:///"), database_file)
            assert_site_is_up(server)
        finally:
            server.stop()
    else:
        # PostgreSQL through a TCP proxy that the test switches off and on:
        # the server's persistent connection dies and new ones are refused,
        # as when PostgreSQL stops, then it listens again.
        database = backup_script.parse_database_url(report["restored_database_url"])
        proxy = TcpProxy(database["HOST"] or "127.0.0.1", database["PORT"] or 5432)
        url = report["restored_database_url"].replace(
            f"@{database['HOST']}:{database['PORT']}/", f"@127.0.0.1:{proxy.port}/"
        )
        assert url != report["restored_database_url"]
        proxy.start()
        server = Server(url, media)
        try:
            assert_site_is_up(server)
            proxy.stop()
            assert_site_is_down(server)
            proxy.start()
            assert_site_is_up(server)
        finally:
            server.stop()
            proxy.stop()
