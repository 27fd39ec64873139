"""Nothing a public page loads leaves the machine, and everything it loads arrives.

Fonts, scripts, styles and images are self-hosted: every request of every
public page goes to the site's own host, map tiles excepted (the tile host
comes from ``MAP_TILE_URL``; here a host that cannot resolve, answered inside
the browser). The same visits also show that no subresource fails and that
the browser logs no error (a Content-Security-Policy violation would).
"""

from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import TILE_HOST
from tests.browser.pages import MATRIX, ROUTE

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("page_type", "language"), MATRIX)
def test_no_request_leaves_the_site_except_map_tiles(site, desktop, page_type, language):
    local = urlsplit(site.url).netloc
    outside = {}
    for path in site.paths(page_type, language):
        visit = desktop.visit(path)
        assert visit.requests, f"{path}: no request recorded"
        foreign = [
            url for url in visit.outside_requests(local) if urlsplit(url).hostname != TILE_HOST
        ]
        if foreign:
            outside[path] = foreign
    assert not outside, f"requests to other hosts: {outside}"


@pytest.mark.parametrize(("page_type", "language"), MATRIX)
def test_every_subresource_loads_and_the_console_stays_clean(site, desktop, page_type, language):
    problems = {}
    for path in site.paths(page_type, language):
        visit = desktop.visit(path)
        if visit.problems or visit.console_errors:
            problems[path] = visit.problems + visit.console_errors
    assert not problems, f"failed loads or console errors: {problems}"


def test_route_map_asks_the_configured_tile_host_only(site, desktop):
    """The one outside host the site may use is the tile server of the settings."""
    visit = desktop.visit(f"/en/{ROUTE}")
    tiles = visit.outside_requests(urlsplit(site.url).netloc)
    assert tiles, "the route map requested no tile"
    assert {urlsplit(url).hostname for url in tiles} == {TILE_HOST}
    assert all(url.endswith(".png") for url in tiles)
