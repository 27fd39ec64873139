"""The public site's one address (``PUBLIC_URL``), given to Wagtail's default Site.

Every absolute URL the site writes (canonical and hreflang links, the
sitemap, feeds, printed QR codes, the pages API) comes from the Site's
``root_url``, never from the request's Host header, so a visitor or a proxy
cannot make the site write another address. Behind a load balancer the
request's host is an internal name anyway. Wagtail keeps the scheme in the
port (``Site.root_url``: 443 is https, anything else http), so the URL must
be https on 443 or http on any other port.

The Site is a database row: ``manage.py set_public_url`` (after ``migrate``
in each release, docs/deployment.md) and ``load_demo`` write it.
"""

import re
from typing import NamedTuple
from urllib.parse import urlsplit

# A DNS name or IPv4 address: letters, digits, dots and hyphens.
HOSTNAME = re.compile(
    r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$"
)
DEFAULT_PORTS = {"http": 80, "https": 443}


class PublicURLError(ValueError):
    """PUBLIC_URL cannot be the site's address; the message says why."""


class PublicURL(NamedTuple):
    scheme: str
    hostname: str
    port: int

    @property
    def root_url(self):
        """The URL as Wagtail's ``Site.root_url`` will write it."""
        if self.port == DEFAULT_PORTS[self.scheme]:
            return f"{self.scheme}://{self.hostname}"
        return f"{self.scheme}://{self.hostname}:{self.port}"


def parse_public_url(url):
    """``url`` as scheme, host and port; ``PublicURLError`` when Wagtail's Site cannot hold it."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise PublicURLError(f"{url!r} is not a URL") from None
    if parts.scheme not in DEFAULT_PORTS:
        raise PublicURLError(f"{url!r} must start with https:// (or http://)")
    if parts.username or parts.password:
        raise PublicURLError(f"{url!r} must not carry a user name or password")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise PublicURLError(
            f"{url!r} must be the site's root: no path, query or fragment "
            "(the site's languages are paths below it)"
        )
    hostname = (parts.hostname or "").lower()
    if not HOSTNAME.match(hostname):
        raise PublicURLError(f"{url!r} has no valid host name")
    port = port or DEFAULT_PORTS[parts.scheme]
    if parts.scheme == "https" and port != 443:
        raise PublicURLError(
            f"{url!r}: Wagtail's Site writes https:// only for port 443; "
            "serve the site on 443 behind the proxy"
        )
    if parts.scheme == "http" and port == 443:
        raise PublicURLError(f"{url!r}: port 443 is https://")
    return PublicURL(parts.scheme, hostname, port)


def apply_public_url(url):
    """Give the default Site ``url``'s host and port; returns (site, changed).

    Idempotent: a second call with the same URL writes nothing.
    """
    from wagtail.models import Site

    public = parse_public_url(url)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        raise PublicURLError("there is no default Site yet: run load_demo or create the site first")
    if (site.hostname, site.port) == (public.hostname, public.port):
        return site, False
    site.hostname, site.port = public.hostname, public.port
    # full_clean: another Site with the same host and port is refused here,
    # with Wagtail's own message, rather than by the database.
    site.full_clean()
    site.save()
    return site, True
