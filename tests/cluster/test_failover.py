"""Losing an app server or Redis: visitors see no error."""

import threading
import time

import pytest

from .conftest import APP_A, APP_B, PROXY, cluster, fetch, health_detail

pytestmark = pytest.mark.cluster

# Bounded: the hammer stops after this long or this many requests, whichever first.
HAMMER_SECONDS = 6.0
HAMMER_MAX_REQUESTS = 3000
# A session cookie: the proxy passes every request to an app server.
SIGNED_IN = {"Cookie": "sessionid=hammer"}


class Hammer:
    """Threads sending GETs through the proxy, counting what failed."""

    def __init__(self, paths, threads=4):
        self.paths = paths
        self.stop_at = time.monotonic() + HAMMER_SECONDS
        self.lock = threading.Lock()
        self.sent = 0
        self.failures = []
        self.threads = [threading.Thread(target=self.run) for _ in range(threads)]

    def run(self):
        while time.monotonic() < self.stop_at:
            with self.lock:
                if self.sent >= HAMMER_MAX_REQUESTS:
                    return
                self.sent += 1
                path = self.paths[self.sent % len(self.paths)]
            try:
                status = fetch(PROXY, path, SIGNED_IN, timeout=15).status
            except OSError as error:
                status = repr(error)
            if status != 200:
                with self.lock:
                    self.failures.append(status)

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        for thread in self.threads:
            thread.join()


@pytest.fixture
def app_a_restarted(cluster_env):
    yield
    cluster.start_app("app-a", cluster_env)
    # Back in the proxy's rotation (its probe needs two good answers).
    time.sleep(2)


def test_stopping_app_server_a_under_load_fails_no_request(village, app_a_restarted):
    # A page, the health check and a static file: heavy and light requests.
    with Hammer([village["path"], "/healthz", "/favicon.ico"]) as hammer:
        time.sleep(1.0)
        assert cluster.stop("app-a")
    print(f"failover: {hammer.sent} requests, {len(hammer.failures)} failed")
    assert hammer.sent > 20
    assert hammer.failures == []
    assert cluster.running_pid("app-a") is None
    assert fetch(PROXY, village["path"]).status == 200
    assert fetch(APP_B, "/healthz").status == 200


@pytest.fixture
def redis_restarted(cluster_env):
    yield
    cluster.start_redis()
    # Each process tries a failed cache again only after core.cache.RETRY_SECONDS
    # (until then pages carry no shared-cache header): later tests start once
    # both servers use the cache again.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        states = [health_detail(port, cluster_env["HEALTHZ_TOKEN"])[1] for port in (APP_A, APP_B)]
        if all(state["status"] == "ok" for state in states):
            return
        time.sleep(1)
    pytest.fail(f"the app servers did not use Redis again within 60 s: {states}")


def test_with_redis_stopped_pages_still_answer_and_health_says_degraded(
    cluster_env, village, redis_restarted
):
    assert cluster.stop("redis")
    token = cluster_env["HEALTHZ_TOKEN"]
    for port in (APP_A, APP_B, PROXY):
        for path in (village["path"], village["french_path"], "/en/"):
            answer = fetch(port, path, {"Cookie": "sessionid=none"})
            assert answer.status == 200, (port, path)
    # The health result is kept for HEALTHZ_INTERVAL (0.5 s in the cluster).
    time.sleep(1.0)
    for port in (APP_A, APP_B):
        status, body = health_detail(port, token)
        assert status == 200, body
        assert body["status"] == "degraded", body
        assert body["checks"]["cache"] == "error", body
        assert body["checks"]["database"] == "ok", body
