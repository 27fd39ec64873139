"""The site's Content-Security-Policy and Permissions-Policy, as data.

Kept apart from ``base.py`` so the policies read as one table and tests can
build them for another tile host. Why each source is there: docs/security.md.
"""

import re
from urllib.parse import urlsplit

from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

# Features the site never uses are switched off for every frame; the maps do
# not locate the visitor, so geolocation is off too. Only features Chromium
# recognises: an unknown one (the retired interest-cohort) is logged as a
# console error on every page.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)


def origin_of(url_template):
    """``https://{s}.tile.example.org/{z}/{x}/{y}.png`` → ``https://*.tile.example.org``.

    Tile URL templates may put a placeholder in the host (``{s}`` for
    sub-domains); CSP's wildcard stands for it.
    """
    parts = urlsplit(url_template or "")
    if not parts.scheme or not parts.netloc:
        return None
    host = re.sub(r"\{[^}]*\}", "*", parts.netloc)
    return f"{parts.scheme}://{host}"


def _sources(*sources):
    return [source for source in sources if source]


def public_csp(tile_origin):
    """The public site: only our own files, plus map tiles as images.

    Templates use external scripts and ``json_script`` data blocks only; the
    nonce is there for any inline script that must exist and appears in the
    header only on responses whose template asked for it.
    """
    return {
        "default-src": [NONE],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": _sources(SELF, "data:", tile_origin),
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }


def admin_login_csp():
    """Anonymous admin pages (login, lockout, password reset): as strict as the site.

    Wagtail's admin scripts set ``style`` attributes (icons, the sidebar), so
    style *attributes* are allowed; style elements and scripts stay locked.
    """
    return {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }


def admin_csp(tile_origin):
    """The Wagtail admin for signed-in editors: the exceptions Wagtail 7.4 needs.

    - script-src 'unsafe-inline': InlinePanel, date/time widgets and
      wagtail-localize's editor render inline ``<script>`` blocks; choosers'
      modal responses carry inline scripts that jQuery runs. No nonce here:
      a nonce would make browsers ignore 'unsafe-inline'.
    - style-src 'unsafe-inline': style attributes in templates and scripts.
    - img-src blob: (image upload previews), the tile host (page previews).
    - frame-src/frame-ancestors 'self': the preview panel frames the preview.
    """
    return {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": _sources(SELF, "data:", "blob:", tile_origin),
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "worker-src": [SELF, "blob:"],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
