"""The downloadable open-data package: one zip of every language's GeoJSON and JSON-LD.

``manage.py build_open_data`` (and ``load_demo``) call ``build_package``. The
zip goes to Django's default storage (``MEDIA_ROOT/open-data/`` on disk, an
object store later) with a ``metadata.json`` beside it, which the Open data
page reads for the size and date without opening the zip.

Idempotent: the zip is built from the content alone (entries sorted, every
entry dated by the content's last publication, not by the clock), so a second
build of the same content gives the same bytes and writes nothing.

Atomic: on disk the zip is written to a temporary file in the same folder and
moved over the old one (``os.replace``), so a download never reads half a
file; an object store replaces an object in one request.
"""

import io
import json
import os
import uuid
import zipfile

from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from django.db.models import Max
from wagtail.models import Page

from core import i18n
from core.cache import content_changed, remember
from core.privacy import visible

from .jsonld import page_json_ld
from .services import LAYERS, geojson_data, live_locale

FOLDER = "open-data"
PACKAGE_NAME = f"{FOLDER}/hanoi-craft-villages-open-data.zip"
METADATA_NAME = f"{FOLDER}/metadata.json"
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENSE_NAME = "CC BY 4.0"
TITLE = "Hanoi Craft Villages: open data"

LICENSE_TEXT = f"""Hanoi Craft Villages: open data

The data in this package (the GeoJSON files, the JSON-LD files and
metadata.json) is licensed under the Creative Commons Attribution 4.0
International licence (CC BY 4.0).

You are free to share (copy and redistribute the material in any medium or
format) and adapt (remix, transform, and build upon the material) for any
purpose, even commercially, under the following term: attribution. You must
give appropriate credit ("Hanoi Craft Villages"), provide a link to the
licence, and indicate if changes were made.

Full legal text: https://creativecommons.org/licenses/by/4.0/legalcode
Summary: {LICENSE_URL}

Figures carry the date and source they come from; practical details marked
as not confirmed (hours, prices, transport) are indicative only.
"""

README = """# Hanoi Craft Villages: open data

The public content of the site, per language (vi, en, fr, it, ja, ko), as
machine-readable files. Licence: **CC BY 4.0** (see LICENSE): reuse freely,
credit "Hanoi Craft Villages" and link the licence.

## Files
- `metadata.json`: when the content was last updated, the languages and the
  number of items in each file.
- `<language>/villages.geojson`: craft villages as points, with their crafts,
  URL and weekly opening hours (Hanoi time, UTC+7; `confirmed: false` means
  "to be confirmed" with the village).
- `<language>/routes.geojson`: day routes: one point per stop and one line
  joining the stops in order (straight lines, not roads).
- `<language>/events.geojson`: events at their venue (or their village),
  with their first date; recurring events say how they repeat.
- `<language>/pages.jsonld`: schema.org JSON-LD of every public page in that
  language, as one `@graph`.

Coordinates are WGS 84, `[longitude, latitude]` as GeoJSON (RFC 7946) says.
Every feature carries `id`, the translation key shared by a page's versions
in every language, so the files of two languages can be joined on it.

The same data is served live: `/<language>/open-data/<layer>.geojson`, RSS
and Atom feeds at `/<language>/feeds/stories.rss` (`.atom`) and
`/<language>/feeds/events.rss` (`.atom`).
"""


def _dump(data):
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True, default=str).encode()


def _last_updated():
    moment = visible(Page.objects.all()).aggregate(last=Max("last_published_at"))["last"]
    return moment


def package_files():
    """``({name: bytes}, metadata)`` of the package, from the public content."""
    files = {}
    counts = {}
    languages = []
    for code in i18n.language_codes():
        locale = live_locale(code)
        if locale is None:
            continue
        languages.append(code)
        counts[code] = {}
        for layer in LAYERS:
            collection = geojson_data(layer, code, samples=False)
            files[f"{code}/{layer}.geojson"] = _dump(collection)
            counts[code][layer] = len(
                {
                    feature["properties"].get("route_id") or feature["properties"]["id"]
                    for feature in collection["features"]
                }
            )
        graph = []
        pages = visible(Page.objects.filter(locale=locale)).order_by("path").specific()
        for page in pages:
            data = page_json_ld(page)
            if data is not None:
                data.pop("@context", None)
                graph.append(data)
        files[f"{code}/pages.jsonld"] = _dump({"@context": "https://schema.org", "@graph": graph})
        counts[code]["pages"] = len(graph)
    last = _last_updated()
    metadata = {
        "title": TITLE,
        "license": LICENSE_NAME,
        "license_url": LICENSE_URL,
        "last_updated": last.isoformat() if last else None,
        "languages": languages,
        "counts": counts,
        "files": sorted(files),
    }
    files["metadata.json"] = _dump(metadata)
    files["LICENSE"] = LICENSE_TEXT.encode()
    files["README.md"] = README.encode()
    return files, metadata


def zip_bytes(files, moment):
    """A zip of ``files`` whose bytes depend on the files and ``moment`` only."""
    stamp = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    if stamp[0] < 1980:  # the zip format's epoch
        stamp = (1980, 1, 1, 0, 0, 0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name])
    return buffer.getvalue()


def _read(name):
    try:
        with default_storage.open(name) as stored:
            return stored.read()
    except (OSError, ValueError):
        return None


def _replace(name, content):
    """Write ``content`` at ``name`` in one step for readers (see the module's docstring)."""
    if not isinstance(default_storage, FileSystemStorage):
        # An object store (or memory, in tests): one PUT replaces the object whole.
        if default_storage.exists(name):
            default_storage.delete(name)
        default_storage.save(name, ContentFile(content))
        return
    final = default_storage.path(name)
    os.makedirs(os.path.dirname(final), exist_ok=True)
    temporary = f"{final}.{uuid.uuid4().hex}.tmp"
    with open(temporary, "wb") as handle:
        handle.write(content)
    os.replace(temporary, final)


def build_package():
    """Build the zip and its metadata; ``(changed, metadata)``. Writes only when it changed."""
    from django.utils import timezone

    files, metadata = package_files()
    last = _last_updated() or timezone.now()
    content = zip_bytes(files, timezone.localtime(last))
    if _read(PACKAGE_NAME) == content:
        return False, metadata
    _replace(PACKAGE_NAME, content)
    _replace(METADATA_NAME, _dump({**metadata, "size": len(content), "file": PACKAGE_NAME}))
    # The Open data page shows the package's size and date: retire cached pages.
    content_changed()
    return True, metadata


def package_info():
    """The built package's metadata (size, last_updated, license, counts), or None."""

    def build():
        raw = _read(METADATA_NAME)
        if raw is None:
            return None
        try:
            return json.loads(raw)
        except ValueError:
            return None

    return remember("opendata-package", [], build)
