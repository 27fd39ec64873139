"""``/healthz``: does each service the site needs answer right now?

For load balancers, uptime monitors and the person on call. Each check does
a real round trip (a query, a cache write and read, a file written, read and
deleted) because "connected" is not "working". The answer names the checks
and says "ok" or "error", nothing more: error details go to the log, never
to an anonymous caller.
"""

import logging
import uuid

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

HEALTH_DIRECTORY = "healthz"


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        row = cursor.fetchone()
    if row is None or row[0] != 1:
        raise RuntimeError("SELECT 1 did not return 1")


def check_cache():
    key = f"healthz:{uuid.uuid4().hex}"
    value = uuid.uuid4().hex
    cache.set(key, value, timeout=30)
    try:
        if cache.get(key) != value:
            raise RuntimeError("the cache did not return the value just written")
    finally:
        cache.delete(key)


def check_media_storage():
    payload = uuid.uuid4().hex.encode()
    # A unique name so that two probes at once never read each other's file.
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


@never_cache
@require_safe
def healthz(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:
            logger.exception("Health check %r failed", name)
            results[name] = "error"
        else:
            results[name] = "ok"
    healthy = all(result == "ok" for result in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": results},
        status=200 if healthy else 503,
    )
