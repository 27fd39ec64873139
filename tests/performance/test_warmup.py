"""A new server process warms itself up before its first visitor (core/warmup.py)."""

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from core.warmup import warm_up_host, warm_up_process
from tests.faults.outage import database_unreachable
from tests.scenario import build_language_tree

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """As Django's test client does: a request must not close the test's transaction."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


# The page cache would answer the second request without any query at all;
# the warm-up is about the work below it (code paths and small data caches).
NO_PAGE_CACHE = override_settings(PAGE_CACHE_ENABLED=False, ALLOWED_HOSTS=["testserver"])


def queries_for(path):
    with CaptureQueriesContext(connection) as captured:
        response = Client().get(path)
    assert response.status_code == 200
    return len(captured)


@NO_PAGE_CACHE
def test_after_warm_up_the_first_home_page_costs_what_a_warm_one_costs():
    build_language_tree()
    cache.clear()
    warm_up_process(WSGIHandler())
    for language in ("vi", "en", "ja"):
        first = queries_for(f"/{language}/")
        again = queries_for(f"/{language}/")
        assert first == again, f"/{language}/: {first} queries first, {again} warm"


@NO_PAGE_CACHE
def test_without_warm_up_the_first_home_page_fills_the_caches():
    # The counterpart of the test above: the caches the warm-up fills are real.
    build_language_tree()
    cache.clear()
    first = queries_for("/vi/")
    assert first > queries_for("/vi/")


@NO_PAGE_CACHE
def test_warm_up_survives_an_unreachable_database(tmp_path, caplog):
    build_language_tree()
    cache.clear()
    with database_unreachable(tmp_path), caplog.at_level(logging.INFO, "core.warmup"):
        warm_up_process(WSGIHandler())  # no exception: the worker still starts
    assert any("503" in record.getMessage() for record in caplog.records)


def test_a_template_that_does_not_compile_is_logged_not_raised(tmp_path, settings, caplog):
    (tmp_path / "broken.html").write_text("{% load no_such_library %}")
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], tmp_path]}
    ]
    with caplog.at_level(logging.ERROR, "core.warmup"):
        warm_up_process()
    assert "Warm-up: template broken.html does not compile" in [
        record.getMessage() for record in caplog.records
    ]


@pytest.mark.parametrize(
    ("allowed", "debug", "expected"),
    [
        (["example.org", "www.example.org"], False, "example.org"),
        ([".example.org", "hanoi.example"], False, "hanoi.example"),
        (["*"], False, None),
        ([], True, "localhost"),
    ],
)
def test_the_warm_up_asks_for_a_host_the_site_answers_to(settings, allowed, debug, expected):
    settings.ALLOWED_HOSTS = allowed
    settings.DEBUG = debug
    assert warm_up_host() == expected


SETTLED_WORKER = """
import gc, runpy, sys
import django
django.setup()
from django.core.wsgi import get_wsgi_application

class Worker:
    wsgi = get_wsgi_application()

hooks = runpy.run_path(sys.argv[1])
hooks["post_worker_init"](Worker())
frozen = gc.get_freeze_count()
print(frozen, len(gc.get_objects()))
"""


def test_a_warmed_worker_keeps_what_it_loaded_out_of_full_collections(tmp_path):
    """deploy/gunicorn.conf.py warms a worker, then ``core.warmup.settle`` freezes it.

    In a process of its own: frozen objects are never freed, which a test
    run must not do to itself.
    """
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tourism_site.settings.dev",
        # Not migrated: the warm-up logs the database error and goes on.
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    }
    done = subprocess.run(  # noqa: S603 (argument list, no shell)
        [sys.executable, "-c", SETTLED_WORKER, str(ROOT / "deploy" / "gunicorn.conf.py")],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    frozen, tracked = map(int, done.stdout.split()[-2:])
    # Code, templates and catalogues: far more objects than a full collection still walks.
    assert frozen > 50_000
    assert tracked < frozen / 10
