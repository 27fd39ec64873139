"""Settings for the real server that the outage tests start in a subprocess.

The test settings, with what a production server has and tests usually do
without: persistent database connections (so that a connection dying with
the database is part of the test), media on disk, static files found by
WhiteNoise without a ``collectstatic`` run.
"""

from tourism_site.settings.test import *  # noqa: F403
from tourism_site.settings.test import DATABASES, env

DATABASES["default"]["CONN_MAX_AGE"] = 60
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = env("MEDIA_ROOT", "/nonexistent-media")
WHITENOISE_USE_FINDERS = True
# The outage test watches /healthz follow the database down and up again, so
# every probe checks afresh (HEALTHZ_TOKEN comes from the test's environment).
HEALTHZ_INTERVAL = 0
