"""``/healthz``: can the site serve and save right now?

For load balancers, uptime monitors and the person on call. Each check does
a real round trip, because "connected" is not "working":

- ``database``: a committed write (``HealthHeartbeat``), so a read-only
  database (read-only file or mount, a read-only PostgreSQL transaction or
  standby) reports failure where ``SELECT 1`` would say "ok";
- ``cache``: a value written to one fixed key and read back;
- ``media_storage``: a small file written, read back and deleted.

It stays cheap whoever calls it and however often: the checks run at most
once per ``HEALTHZ_INTERVAL`` seconds in each process and the result is kept
in this process's memory in between, so a flood of probes writes no file, no
cache entry and no row per request.

The site needs its database and its media storage; the cache only makes it
faster (its backends fail open, core/cache_backends.py). So a failing cache
alone answers ``{"status": "degraded"}`` with 200: a load balancer keeps the
server, while a monitor still sees the fault (docs/deployment.md).

It reveals nothing publicly: an anonymous caller gets ``{"status": "ok"}``
or ``{"status": "degraded"}`` (200) or ``{"status": "unavailable"}`` (503).
The per-check detail goes to a caller presenting
``Authorization: Bearer <HEALTHZ_TOKEN>`` (compared in constant time) or to
a signed-in superuser; error details go to the log,
logger ``core.health``, never into the answer.
"""

import logging
import threading
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import DatabaseError, transaction
from django.http import JsonResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.crypto import constant_time_compare
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

HEALTH_DIRECTORY = "healthz"
CACHE_PROBE_KEY = "healthz:probe"
HEARTBEAT_ID = 1


def check_database():
    from .models import HealthHeartbeat

    # A committed write: the statement and the commit both reach the database
    # (SQLite writes its journal, PostgreSQL its WAL) and fail if it is read-only.
    with transaction.atomic():
        HealthHeartbeat.objects.update_or_create(
            pk=HEARTBEAT_ID, defaults={"beat_at": timezone.now()}
        )


def check_cache():
    """The shared cache answers: one fixed key rewritten, never a new entry.

    The "cache" component of the detail. Errors that the page cache
    (core/cache.py) meets while serving belong in this check too, so that
    /healthz shows a cache that fails while the site keeps serving uncached.
    """
    from . import cache as page_cache

    # The backends fail open (core/cache_backends.py): an error reads as a
    # miss, so the probe's value does not come back, and the page cache's own
    # record says whether serving has met errors since the last check.
    value = uuid.uuid4().hex
    cache.set(CACHE_PROBE_KEY, value, timeout=max(60, health_interval() * 2))
    if cache.get(CACHE_PROBE_KEY) != value:
        raise RuntimeError("the cache did not return the value just written")
    state = page_cache.cache_health()
    if not state["ok"]:
        raise RuntimeError(f"the page cache has failed since {state['since']}")


def check_media_storage():
    """A file round trip through the default storage: a folder on disk or object storage."""
    payload = uuid.uuid4().hex.encode()
    # A unique name so that two processes checking at once never read each other's file.
    name = default_storage.save(f"{HEALTH_DIRECTORY}/{uuid.uuid4().hex}.txt", ContentFile(payload))
    try:
        with default_storage.open(name, "rb") as handle:
            if handle.read() != payload:
                raise RuntimeError("the storage did not return the bytes just written")
    finally:
        default_storage.delete(name)


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "media_storage": check_media_storage,
}
# Without these the site cannot serve or save; without the others it is slower.
NEEDED = frozenset({"database", "media_storage"})


def health_interval():
    """Seconds a result is reused; 0 checks on every request (tests only)."""
    return float(getattr(settings, "HEALTHZ_INTERVAL", 10))


def run_checks():
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:
            logger.exception("Health check %r failed", name)
            results[name] = "error"
        else:
            results[name] = "ok"
    failed = {name for name, result in results.items() if result != "ok"}
    if failed & NEEDED:
        status = "unavailable"
    elif failed:
        status = "degraded"
    else:
        status = "ok"
    return {
        "healthy": status != "unavailable",
        "status": status,
        "checks": results,
        "checked_at": timezone.now().isoformat(timespec="seconds"),
    }


class LatestResult:
    """The last result of ``run_checks`` in this process, recomputed when it is too old."""

    def __init__(self):
        self._lock = threading.Lock()
        self._result = None
        self._taken_at = 0.0

    def get(self):
        # One thread checks while the others wait for its result, so a burst
        # of probes in a threaded worker still costs one round of checks.
        with self._lock:
            if self._result is None or time.monotonic() - self._taken_at >= health_interval():
                self._result = run_checks()
                self._taken_at = time.monotonic()
            return self._result

    def forget(self):
        with self._lock:
            self._result = None


latest = LatestResult()


def may_see_detail(request):
    token = getattr(settings, "HEALTHZ_TOKEN", "")
    scheme, _space, given = request.headers.get("Authorization", "").partition(" ")
    if token and scheme.lower() == "bearer" and constant_time_compare(given.strip(), token):
        return True
    try:
        user = request.user
        return user.is_active and user.is_superuser
    except (AttributeError, DatabaseError):
        # No auth middleware, or the session could not be read (database away):
        # an anonymous caller, who still learns whether the site is up.
        return False


@never_cache
@require_safe
def healthz(request):
    result = latest.get()
    body = {"status": result["status"]}
    if may_see_detail(request):
        body.update(checks=result["checks"], checked_at=result["checked_at"])
    response = JsonResponse(body, status=200 if result["healthy"] else 503)
    patch_vary_headers(response, ["Authorization", "Cookie"])
    return response
