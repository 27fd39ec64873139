"""Settings for the live server that the browser tests start in a subprocess.

The test settings, with what a real server has: media on disk (the demo's
images must be served to the browser), static files found by WhiteNoise
without a ``collectstatic`` run. ``MAP_TILE_URL`` is set by the fixture to a
host that cannot resolve; the browser answers tile requests itself
(``page.route``), so no test ever reaches a tile server.
"""

from tourism_site.settings.test import *  # noqa: F403
from tourism_site.settings.test import env

STORAGES = {
    "default": {"BACKEND": "core.uploads.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = env("MEDIA_ROOT", "/tmp/browser-media")  # noqa: S108
WHITENOISE_USE_FINDERS = True
