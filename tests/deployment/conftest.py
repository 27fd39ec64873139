"""Real parts for the deployment tests: a private Redis server, an S3 server in-process.

Redis comes from ``TEST_REDIS_URL`` when set, else from scripts/ci/redis.sh,
which installs redis-server on a fresh CI machine and starts a private
instance; one this session started is stopped at its end, by its pid file.
"""

import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest
from django.test import override_settings

from core import cache as page_cache

BASE_DIR = Path(__file__).resolve().parent.parent.parent
REDIS_SCRIPT = BASE_DIR / "scripts" / "ci" / "redis.sh"
REDIS_PORT = os.environ.get("TEST_REDIS_PORT", "6390")
# Databases 8, 9 and 10 (the three aliases): apart from a developer's own data in 0.
TEST_REDIS_DATABASE = 8


def redis_script(*arguments, port=REDIS_PORT, tmp_dir=None):
    environment = dict(os.environ, REDIS_PORT=str(port))
    if tmp_dir is not None:
        environment["REDIS_DIR"] = str(tmp_dir)
    result = subprocess.run(  # noqa: S603 (argument list, no shell)
        [shutil.which("bash") or "/bin/bash", str(REDIS_SCRIPT), *arguments],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"scripts/ci/redis.sh failed:\n{result.stderr}")
    return result.stdout.strip()


def answers(port):
    try:
        with socket.create_connection(("127.0.0.1", int(port)), timeout=0.5) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def redis_url():
    given = os.environ.get("TEST_REDIS_URL")
    if given:
        yield given
        return
    started_here = not answers(REDIS_PORT)
    url = redis_script()
    yield url.rsplit("/", 1)[0] + f"/{TEST_REDIS_DATABASE}"
    if started_here:
        redis_script("stop")


@pytest.fixture
def own_redis(tmp_path):
    """A Redis server of this test alone, on a free port, that the test may stop.

    Yields (url, stop); stopping goes through the script's pid file, so only
    this server is ever stopped.
    """
    port = free_port()
    folder = tmp_path / "redis"
    url = redis_script(port=port, tmp_dir=folder)

    def stop():
        redis_script("stop", port=port, tmp_dir=folder)

    yield url, stop
    stop()


@pytest.fixture
def cache_health_restored():
    """The page cache's record of failures, cleared after a test that made the cache fail."""
    yield
    page_cache.cache_succeeded()


def redis_caches(url, release="test"):
    from tourism_site.settings.deployment import redis_cache_settings

    return redis_cache_settings({"REDIS_URL": url}, release)


@pytest.fixture
def on_redis(redis_url):
    """The site's caches on the shared test Redis, emptied before and after."""
    from django.core.cache import caches

    with override_settings(CACHES=redis_caches(redis_url)):
        for alias in ("default", "variants", "generation"):
            caches[alias].clear()
        yield redis_url
        for alias in ("default", "variants", "generation"):
            caches[alias].clear()
