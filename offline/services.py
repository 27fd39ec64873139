"""What the service worker is told, and the web app manifest.

The worker (``offline/service_worker.js``) is plain JavaScript with no URL,
name or limit of its own: ``worker_config()`` gives it all of them, from the
settings and the URL configuration, and ``offline.views.service_worker``
serves the two together at ``/sw.js``. So the rules below are the only copy,
and they are tested in Python (tests/offline/test_rules.py) as well as in
Chromium (tests/browser/test_offline.py). docs/offline.md has the whole design.
"""

import functools
import hashlib
import json
import re
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core import i18n

SERVICE_WORKER_SOURCE = Path(__file__).resolve().parent / "service_worker.js"
# Every cache the worker makes starts with this; anything else on the origin is left alone.
CACHE_PREFIX = "hcv-"
# Bumped when the way pages are stored changes; a deploy alone keeps the saved pages.
PAGES_SCHEMA = 1
# How much the device keeps: the most recently saved pages, and the files they use.
PAGE_LIMIT = 60
STATIC_LIMIT = 120
STATIC_MAX_BYTES = 2 * 1024 * 1024
MEDIA_LIMIT = 120
MEDIA_MAX_BYTES = 512 * 1024
# The saved-pages list groups pages by kind, in this order; "other" takes the rest.
PAGE_KINDS = (
    ("village", gettext_lazy("Villages")),
    ("route", gettext_lazy("Routes")),
    ("my_day", gettext_lazy("My day")),
    ("driver", gettext_lazy("Driver cards")),
    ("other", gettext_lazy("Other pages")),
)
# Static files the offline page needs, kept at install time with the page itself.
SHELL_STATIC_FILES = ("css/fonts.css", "css/site.css", "js/sw-register.js", "js/offline.js")
# Language-neutral paths the worker never touches: it does not answer them,
# so they behave exactly as without it (the admin and its sign-in cookies,
# the QR short links that redirect by Accept-Language, documents, monitors).
BYPASS_PATHS = ("/go/", "/documents/", "/healthz", "/sw.js")


def _languages_pattern():
    return "(?:" + "|".join(re.escape(code) for code in i18n.language_codes()) + ")"


def _path_of(name, fallback):
    try:
        return reverse(name)
    except NoReverseMatch:
        return fallback


def url_rules():
    """Regular expressions on a URL's path, written so Python and JavaScript read them alike.

    - ``page``: a navigation the worker answers network-first and saves (any
      page under a language prefix: villages, routes, stories, My day, driver
      cards, indexes);
    - ``bypass``: never answered nor saved (checked first);
    - ``unsaved``: answered (network first, the offline page when it fails)
      but not saved: the offline page itself, which the worker keeps apart;
    - ``kinds``: how the saved-pages list groups a path (first match wins).
    """
    languages = _languages_pattern()
    admin = _path_of("wagtailadmin_home", "/admin/")
    return {
        "page": rf"^/{languages}/",
        "bypass": [
            *(rf"^{re.escape(path)}" for path in (admin, *BYPASS_PATHS)),
            rf"^/{languages}/go/",
        ],
        "unsaved": [rf"^/{languages}/offline/$"],
        "kinds": [
            # Before "village": a driver card may sit under a village's path.
            ["driver", rf"^/{languages}/(?:.+/)?driver/"],
            ["village", rf"^/{languages}/villages/[^/]+/$"],
            ["route", rf"^/{languages}/routes/[^/]+/$"],
            ["my_day", rf"^/{languages}/my-day/$"],
        ],
    }


def classify(path, rules=None):
    """What the worker does with a navigation to ``path``, as ``(action, kind)``.

    ``action`` is ``"bypass"``, ``"unsaved"``, ``"save"`` or ``"offline"``
    (not a page: the network, else the offline page); ``kind`` is the group of
    a saved page. The worker runs the same expressions (``classify`` in
    service_worker.js).
    """
    rules = rules or url_rules()
    if any(re.search(pattern, path) for pattern in rules["bypass"]):
        return "bypass", None
    if any(re.search(pattern, path) for pattern in rules["unsaved"]):
        return "unsaved", None
    if not re.search(rules["page"], path):
        return "offline", None
    for kind, pattern in rules["kinds"]:
        if re.search(pattern, path):
            return "save", kind
    return "save", "other"


def offline_page_url(language):
    with translation.override(language):
        return reverse("offline:page")


@functools.cache
def _files_fingerprint(template_dirs, locale_dirs):
    """A digest of what the offline pages are made of: the worker, the templates, the catalogues.

    Read once per process: a deploy restarts the processes.
    """
    digest = hashlib.sha256(SERVICE_WORKER_SOURCE.read_bytes())
    files = [path for folder in template_dirs for path in Path(folder).rglob("*.html")]
    files += [path for folder in locale_dirs for path in Path(folder).rglob("*.mo")]
    for path in sorted(files):
        digest.update(str(path).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_version():
    """A token that changes with every deploy that changes what the offline pages show.

    The static files' manifest (their hashed names, under
    ``ManifestStaticFilesStorage``), the worker, the templates and the
    translation catalogues; ``OFFLINE_CACHE_VERSION`` (the deployed commit,
    say) forces a new one.
    """
    template_dirs = tuple(str(folder) for engine in settings.TEMPLATES for folder in engine["DIRS"])
    locale_dirs = tuple(str(folder) for folder in settings.LOCALE_PATHS)
    parts = [
        _files_fingerprint(template_dirs, locale_dirs),
        getattr(staticfiles_storage, "manifest_hash", "") or "",
        str(getattr(settings, "OFFLINE_CACHE_VERSION", "") or ""),
        settings.STATIC_URL,
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def cache_names(version=None):
    version = version or cache_version()
    return {
        # The offline pages and their files: replaced by each deploy.
        "shell": f"{CACHE_PREFIX}shell-{version}",
        # What the visitor opened: kept across deploys (they are the point).
        "pages": f"{CACHE_PREFIX}pages-{PAGES_SCHEMA}",
        "static": f"{CACHE_PREFIX}static-1",
        "media": f"{CACHE_PREFIX}media-1",
    }


def static_files_are_hashed():
    """Whether static URLs change when their content does (cache-first is then safe)."""
    from django.contrib.staticfiles.storage import ManifestFilesMixin

    return isinstance(staticfiles_storage, ManifestFilesMixin)


def worker_config():
    version = cache_version()
    languages = i18n.language_codes()
    offline_pages = {code: offline_page_url(code) for code in languages}
    return {
        "version": version,
        "cachePrefix": CACHE_PREFIX,
        "caches": cache_names(version),
        "languages": languages,
        "fallbackLanguage": settings.FALLBACK_LANGUAGE_CODE,
        "offlinePages": offline_pages,
        "precache": [
            *offline_pages.values(),
            *(static(name) for name in SHELL_STATIC_FILES),
        ],
        "rules": url_rules(),
        "staticUrl": settings.STATIC_URL,
        "mediaUrl": settings.MEDIA_URL,
        "staticHashed": static_files_are_hashed(),
        "limits": {
            "pages": PAGE_LIMIT,
            "static": STATIC_LIMIT,
            "staticBytes": STATIC_MAX_BYTES,
            "media": MEDIA_LIMIT,
            "mediaBytes": MEDIA_MAX_BYTES,
        },
    }


def service_worker_script():
    """``/sw.js``: the configuration as a constant, then the worker's code."""
    config = json.dumps(worker_config(), indent=1, sort_keys=True)
    return f"const CONFIG = {config};\n\n{SERVICE_WORKER_SOURCE.read_text()}"


def page_config(language):
    """What static_src/js/offline.js needs on the offline page (``json_script``)."""
    return {
        "pagesCache": cache_names()["pages"],
        "offlinePath": offline_page_url(language),
        "language": language,
        "languageNames": {code: i18n.native_name(code) for code in i18n.language_codes()},
    }


def web_manifest(language):
    """The web app manifest in ``language``: installing the site opens that language's home."""
    # Drawn from static_src/img/favicon.svg with scripts/build_icons.py's renderer.
    icons = [
        {"src": static("img/favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
        {"src": static("offline/icon-192.png"), "sizes": "192x192", "type": "image/png"},
        {"src": static("offline/icon-512.png"), "sizes": "512x512", "type": "image/png"},
        {
            "src": static("offline/icon-maskable-512.png"),
            "sizes": "512x512",
            "type": "image/png",
            "purpose": "maskable",
        },
    ]
    return {
        # One installed app whatever language it was installed from.
        "id": "/",
        "name": _("Hanoi Craft Villages"),
        "short_name": _("Craft villages"),
        "description": _(
            "Craft villages around Hanoi: what to see, when they are open and how to get there."
        ),
        "lang": language,
        "dir": i18n.text_direction(language),
        "start_url": reverse("wagtail_serve", args=[""]),
        "scope": "/",
        "display": "standalone",
        "background_color": "#f7f2e8",
        "theme_color": "#1d3f8f",
        "icons": icons,
    }
