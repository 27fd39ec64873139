"""Varnish in front of the two app servers: what it stores, and for whom."""

import re
import uuid

import pytest

from .conftest import APP_A, PROXY, fetch

pytestmark = pytest.mark.cluster

STATIC = re.compile(r'/static/[^"\'\s>]+\.css')


def fetch_twice(path, headers=None):
    return fetch(PROXY, path, headers), fetch(PROXY, path, headers)


def static_path():
    css = STATIC.search(fetch(APP_A, "/en/").text)
    assert css, "the English home page links no stylesheet"
    return css.group(0)


def test_proxy_serves_a_static_file_from_its_cache_on_the_second_request():
    first, second = fetch_twice(static_path())
    assert (first.status, second.status) == (200, 200)
    assert second.header("X-Cache") == "HIT"
    assert second.body == first.body


def test_proxy_serves_a_public_page_from_its_cache_on_the_second_request(village):
    first, second = fetch_twice(village["path"])
    assert (first.status, second.status) == (200, 200)
    assert "s-maxage" in second.header("Cache-Control")
    assert second.header("X-Cache") == "HIT"


def test_a_request_with_a_session_cookie_never_gets_a_shared_copy(village):
    fetch_twice(village["path"])
    signed_in = {"Cookie": f"sessionid={uuid.uuid4().hex}"}
    for _attempt in range(2):
        answer = fetch(PROXY, village["path"], signed_in)
        assert answer.header("X-Cache") == "MISS"


def test_purge_from_this_machine_drops_every_stored_variant_of_the_path():
    path = static_path()
    fetch_twice(path)
    fetch_twice(f"{path}?v=1")
    assert fetch(PROXY, path).header("X-Cache") == "HIT"
    assert fetch(PROXY, path, method="PURGE").status == 200
    assert fetch(PROXY, path).header("X-Cache") == "MISS"
    assert fetch(PROXY, f"{path}?v=1").header("X-Cache") == "MISS"


def test_admin_is_never_answered_from_the_proxy_cache():
    for _attempt in range(2):
        answer = fetch(PROXY, "/admin/login/")
        assert answer.header("X-Cache") == "MISS"


# --- poisoning: nothing a visitor sends makes the proxy serve another
# visitor's, host's or language's page to the next one.


def test_a_forged_host_or_forwarded_host_never_reaches_a_stored_page(village):
    evil = "evil.example"
    for headers in (
        {"Host": evil},
        {"X-Forwarded-Host": evil},
        {"Host": evil, "X-Forwarded-Host": evil, "Forwarded": f"host={evil}"},
    ):
        with_forgery = fetch(PROXY, village["path"], headers)
        assert with_forgery.status == 200, headers
        assert evil not in with_forgery.text, headers
        plain = fetch(PROXY, village["path"])
        assert evil not in plain.text, headers
        assert "http://127.0.0.1:8080/" in plain.text


def test_accept_language_never_changes_a_language_prefixed_page(village):
    english_path = village["path"]
    assert english_path.startswith("/en/")
    for language in ("fr", "ja", "vi", "ko;q=0.9, *"):
        answer = fetch(PROXY, english_path, {"Accept-Language": language})
        assert answer.status == 200
        assert '<html lang="en"' in answer.text, language


def test_the_root_redirect_follows_each_visitors_own_language():
    for language in ("fr", "ja", "fr", "ko", "en"):
        answer = fetch(PROXY, "/", {"Accept-Language": language})
        assert answer.status in (301, 302), language
        assert answer.header("Location").endswith(f"/{language}/"), language


def test_query_junk_never_serves_another_language_or_echoes_into_a_stored_page(village):
    junk = "<script>alert(1)</script>"
    paths = (
        f"{village['path']}?utm_source=x&q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        f"{village['path']}?lang=fr&language=fr",
        f"{village['path']}?fbclid=1&page=2",
    )
    for path in paths:
        answer = fetch(PROXY, path)
        assert answer.status in (200, 301, 302, 404), path
        assert junk not in answer.text, path
        if answer.status == 200:
            assert '<html lang="en"' in answer.text, path
    plain = fetch(PROXY, village["path"])
    assert '<html lang="en"' in plain.text
    assert junk not in plain.text
    # The app drops parameters it does not know with a redirect to the same page.
    french = fetch(PROXY, f"{village['french_path']}?lang=en&utm_medium=x")
    if french.status == 301:
        assert french.header("Location").endswith(village["french_path"])
        french = fetch(PROXY, village["french_path"])
    assert '<html lang="fr"' in french.text
