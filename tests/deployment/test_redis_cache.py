"""The caches on a real Redis server (scripts/ci/redis.sh): shared, per release, failing open."""

from datetime import timedelta

import pytest
from django.core.cache import caches
from django.test import Client, override_settings

from core import health, rate_limits
from core.cache_backends import FailOpenRedisCache

from .conftest import redis_caches

pytestmark = pytest.mark.django_db


def server_cache(url, alias="default", release="test"):
    """The cache one app server would build from its settings."""
    params = dict(redis_caches(url, release)[alias])
    location = params.pop("LOCATION")
    params.pop("BACKEND")
    return FailOpenRedisCache(location, params)


def test_an_entry_written_by_one_server_is_read_by_another(redis_url):
    server_a, server_b = server_cache(redis_url), server_cache(redis_url)
    server_a.set("menu:vi", {"items": ["Bát Tràng", "Vạn Phúc"]}, 60)
    assert server_b.get("menu:vi") == {"items": ["Bát Tràng", "Vạn Phúc"]}
    server_b.delete("menu:vi")
    assert server_a.get("menu:vi") is None


def test_a_new_release_never_reads_the_old_releases_entries(redis_url):
    old, new = server_cache(redis_url, release="r1"), server_cache(redis_url, release="r2")
    old.set("page:/vi/", "old template", 60)
    assert new.get("page:/vi/") is None
    new.set("page:/vi/", "new template", 60)
    assert old.get("page:/vi/") == "old template"
    old.delete("page:/vi/")
    new.delete("page:/vi/")


def test_clearing_one_alias_leaves_the_others(redis_url):
    pages, generation = server_cache(redis_url), server_cache(redis_url, "generation")
    pages.set("page:/vi/", "html", 60)
    generation.set("token", "g1", 60)
    pages.clear()
    assert pages.get("page:/vi/") is None
    assert generation.get("token") == "g1"
    generation.clear()


def test_rate_limit_counters_are_shared_by_every_server(on_redis):
    limits = {"test-limit:client": 2}
    rate_limits.count(limits, window=timedelta(minutes=1), what="test")
    assert not rate_limits.is_over(limits, "test")
    other_server = server_cache(on_redis)
    assert other_server.get("test-limit:client") == 1
    rate_limits.count(limits, window=timedelta(minutes=1), what="test")
    assert rate_limits.is_over(limits, "test")


def test_the_site_serves_and_reports_healthy_on_redis(on_redis):
    assert Client().get("/robots.txt").status_code == 200
    health.latest.forget()
    with override_settings(HEALTHZ_INTERVAL=0, HEALTHZ_TOKEN="t"):  # noqa: S106
        response = Client().get("/healthz", headers={"authorization": "Bearer t"})
    assert response.json()["checks"]["cache"] == "ok"
    assert response.json()["status"] == "ok"


# --- Redis away ----------------------------------------------------------------------------


def test_every_operation_answers_as_a_miss_when_redis_stops(own_redis, cache_health_restored):
    url, stop = own_redis
    cache = server_cache(url)
    assert cache.set("kept", "value", 60) is not False
    assert cache.get("kept") == "value"
    stop()
    assert cache.get("kept") is None
    assert cache.get("kept", "fallback") == "fallback"
    assert cache.get_many(["kept", "other"]) == {}
    assert cache.set("kept", "again", 60) is None
    assert cache.add("new", 1, 60) is False
    assert cache.has_key("kept") is False
    assert cache.delete("kept") is False
    with pytest.raises(ValueError, match="not found"):
        cache.incr("counter")


def test_pages_still_answer_and_healthz_says_degraded_when_redis_is_down(
    own_redis, cache_health_restored
):
    url, stop = own_redis
    stop()
    health.latest.forget()
    with (
        override_settings(CACHES=redis_caches(url), HEALTHZ_INTERVAL=0, HEALTHZ_TOKEN="t"),  # noqa: S106
    ):
        client = Client(raise_request_exception=False)
        assert client.get("/robots.txt").status_code == 200
        response = client.get("/healthz", headers={"authorization": "Bearer t"})
        anonymous = client.get("/healthz")
    health.latest.forget()
    assert response.status_code == anonymous.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"] == {
        "database": "ok",
        "cache": "error",
        "media_storage": "ok",
    }
    assert anonymous.json() == {"status": "degraded"}


def test_rate_limits_count_nothing_rather_than_refuse_everyone_when_redis_is_down(
    own_redis, cache_health_restored
):
    url, stop = own_redis
    stop()
    with override_settings(CACHES=redis_caches(url)):
        limits = {"test-limit:client": 1}
        rate_limits.count(limits, window=timedelta(minutes=1), what="t")
        assert not rate_limits.is_over(limits, "t")
        assert caches["default"].get("test-limit:client") is None
