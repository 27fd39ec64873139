"""Wagtail's HTTP purge backend with a time limit, failing with a warning.

Wagtail's ``HTTPBackend`` (7.4, ``wagtail/contrib/frontend_cache/backends/http.py``)
calls ``urlopen`` with no timeout and has no setting for one: a proxy that
accepts the connection and never answers holds the publish that sent the purge
(purges run after the commit, in the editor's request, core/cache.py) for as
long as the socket stays open. A read that times out also escapes its except
clauses (``TimeoutError``, not ``URLError``). A purge that fails leaves the
proxy's copy until its ``s-maxage`` (docs/caching.md): worth a warning, never
an error page for the editor.
"""

import http.client
import logging
from urllib.error import HTTPError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from wagtail import __version__
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.backends.http import PurgeRequest

logger = logging.getLogger(__name__)

# Seconds per PURGE: the proxy answers one in milliseconds when it works.
DEFAULT_TIMEOUT = 2.0


class TimeLimitedHTTPBackend(HTTPBackend):
    """``PURGE`` requests as Wagtail sends them, each limited to ``TIMEOUT`` seconds.

    A batch stops at the first URL the proxy does not answer (timeout, refused,
    reset): the rest would wait as long each, so a publish waits one timeout
    at most.
    """

    def __init__(self, params):
        params = dict(params)
        self.timeout = float(params.pop("TIMEOUT", DEFAULT_TIMEOUT))
        super().__init__(params)

    def purge(self, url):
        self.send(url)

    def purge_batch(self, urls):
        urls = list(urls)
        for index, url in enumerate(urls):
            if not self.send(url):
                if index + 1 < len(urls):
                    logger.warning(
                        "Skipped purging %d more URLs: the proxy did not answer",
                        len(urls) - index - 1,
                    )
                return

    def send(self, url):
        """PURGE ``url``; False when the proxy could not be reached or did not answer."""
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        request = PurgeRequest(
            url=urlunsplit(
                (self.cache_scheme, self.cache_netloc, parts.path, parts.query, parts.fragment)
            ),
            headers={"Host": host, "User-Agent": f"Wagtail-frontendcache/{__version__}"},
        )
        try:
            with urlopen(request, timeout=self.timeout):  # noqa: S310 (our own proxy's http URL)
                pass
        except HTTPError as error:
            # The proxy answered: the next URL may well work.
            logger.warning("Couldn't purge %s from the proxy: HTTP %s", url, error.code)
        except (OSError, http.client.HTTPException) as error:
            logger.warning(
                "Couldn't purge %s from the proxy at %s: %s: %s",
                url,
                self.cache_netloc,
                type(error).__name__,
                error,
            )
            return False
        return True
