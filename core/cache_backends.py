"""Django's cache backends, failing open.

A cache only makes pages faster: when its folder cannot be written (a full
disk, a read-only mount) or read, or its Redis server is away, every
operation answers as a miss and the site serves pages uncached instead of a
500. Wrapping the backend rather than
each caller also covers the callers we do not own (Wagtail's renditions
cache). Failures are logged once and shown by ``core.cache.cache_health``;
while the cache is failing, it is tried again every few seconds only.
"""

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.locmem import LocMemCache
from django_redis.cache import RedisCache

from . import cache as health


class FailOpenMixin:
    """Each public operation of the backend, answering as a miss when it raises.

    Only a write that works ends a failure: on a read-only mount reads still
    work, and the cache is not usable until the pages it holds can be retired.
    """

    def _fail_open(self, fallback, write, operation, *args):
        if not health.cache_available():
            return fallback
        try:
            result = operation(*args)
        except Exception as error:  # any backend: file, memory or network errors alike
            health.cache_failed(error)
            return fallback
        if write and result is not False:  # add() of a present key writes nothing
            health.cache_succeeded()
        return result

    def get(self, key, default=None, version=None):
        return self._fail_open(default, False, super().get, key, default, version)

    def has_key(self, key, version=None):
        return self._fail_open(False, False, super().has_key, key, version)

    def delete(self, key, version=None):
        return self._fail_open(False, False, super().delete, key, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._fail_open(None, True, super().set, key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._fail_open(False, True, super().add, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._fail_open(False, True, super().touch, key, timeout, version)

    def clear(self):
        return self._fail_open(None, True, super().clear)


class FailOpenFileBasedCache(FailOpenMixin, FileBasedCache):
    def __init__(self, dir, params):  # noqa: A002 (Django's own name)
        try:
            super().__init__(dir, params)
        except OSError as error:
            # Django makes the folder last thing here, and again in each set():
            # the cache is complete, and works once the folder can be made.
            health.cache_failed(error)


class FailOpenLocMemCache(FailOpenMixin, LocMemCache):
    pass


class FailOpenRedisCache(FailOpenMixin, RedisCache):
    """Redis shared by every app server (REDIS_URL, docs/deployment.md).

    Short socket timeouts (tourism_site/settings/deployment.py) bound what one
    call costs while Redis is away, and the mixin's retry interval means only
    one call in a few seconds pays even that. The many-key operations and
    ``incr`` are used by the rate limits (core/rate_limits.py,
    accounts/password_reset.py): with Redis away they count nothing, as the
    other backends do, instead of refusing everyone.
    """

    def get_many(self, keys, version=None):
        return self._fail_open({}, False, super().get_many, keys, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        # Django's contract: the keys that failed to be set.
        return self._fail_open(list(data), True, super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._fail_open(None, False, super().delete_many, keys, version)

    def incr(self, key, delta=1, version=None):
        """As Django's: ``ValueError`` for a missing key, and for any key while Redis is away."""
        if not health.cache_available():
            raise ValueError(f"Key {key!r} not found: the cache is unavailable")
        try:
            return super().incr(key, delta, version)
        except ValueError:
            raise
        except Exception as error:
            health.cache_failed(error)
            raise ValueError(f"Key {key!r} not found: the cache failed") from error
