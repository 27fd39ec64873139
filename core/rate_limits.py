"""Counters in the Django cache that limit how often something may happen.

Used by the password forms of private pages and documents
(``core.view_passwords``) and by the outdated-fact reports
(``feedback.services``). A limit is a dict of cache key → maximum, usually one
key for the client and one for the thing being tried, so that neither one
client nor many clients together can go on for ever.

The cache is shared by every worker process (the file cache in production), so
counts hold across processes. The file cache does not increment atomically: a
burst of parallel requests may be undercounted by the number in flight, which
still bounds them to a few dozen per window. If the cache fails, nothing is
limited rather than everything refused: the site stays usable and the failure
is logged.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache

from .security import client_ip_address

logger = logging.getLogger(__name__)


def client_key(request):
    """The client's address, hashed with the site's secret: never stored as such.

    Hashed also because a forwarded address is client-written text, unfit for a
    cache key.
    """
    address = str(client_ip_address(request) or "unknown")
    return hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]


def is_over(limits, what):
    """Whether any counter in ``limits`` (cache key → maximum) has reached its maximum."""
    try:
        counts = cache.get_many(list(limits))
    except Exception:
        logger.exception("%s cannot be counted: the cache failed.", what)
        return False
    return any(counts.get(key, 0) >= limit for key, limit in limits.items())


def count(limits, window, what):
    """Add one to every counter in ``limits``, each kept for ``window`` (a timedelta)."""
    try:
        counts = cache.get_many(list(limits))
        # An explicit timeout: Django's incr() on the file cache would reset
        # the entry to the cache's default timeout.
        cache.set_many({key: counts.get(key, 0) + 1 for key in limits}, window.total_seconds())
    except Exception:
        logger.exception("%s cannot be counted: the cache failed.", what)
