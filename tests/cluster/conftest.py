"""Helpers for the cluster tier: the running `make cluster` topology, over HTTP.

Every test talks to the real processes (Varnish on :8080, app servers A and
B, PostgreSQL, Redis, moto) that scripts/cluster.py started, and acts on the
site the way an app server would: ``manage.py`` with the app servers' own
environment (.cluster/env.json).
"""

import http.client
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_script(name):
    spec = importlib.util.spec_from_file_location(f"{name}_script", ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cluster = _load_script("cluster")
PROXY = cluster.PROXY_PORT
APP_A = cluster.APP_PORTS["app-a"]
APP_B = cluster.APP_PORTS["app-b"]


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self):
        return self.body.decode("utf-8", errors="replace")

    def header(self, name):
        return self.headers.get(name, "")


def fetch(port, path, headers=None, method="GET", timeout=10):
    """One request on a fresh connection (no keep-alive between tests' requests)."""
    connection = http.client.HTTPConnection(cluster.HOST, port, timeout=timeout)
    try:
        connection.request(method, path, headers=headers or {})
        response = connection.getresponse()
        return Answer(response.status, response.headers, response.read())
    finally:
        connection.close()


@pytest.fixture(scope="session")
def cluster_env():
    try:
        env = cluster.read_environment()
    except cluster.ClusterError as error:
        pytest.fail(str(error))
    for service in cluster.SERVICES:
        assert cluster.running_pid(service.name), f"{service.what} is not running: make cluster"
    return env


@pytest.fixture(scope="session")
def manage(cluster_env):
    """Run ``manage.py shell -c CODE`` as an app server would; returns its stdout."""

    def run(code):
        return cluster.manage_shell(code, cluster_env)

    return run


@pytest.fixture(scope="session")
def village(manage):
    """A live English village page: its id, URL path and title."""
    out = manage(
        "import json; from villages.models import VillagePage; "
        "page = VillagePage.objects.live().filter(locale__language_code='en')"
        ".exclude(alias_of__isnull=False).order_by('pk').first(); "
        "french = page.get_translations().live().filter(locale__language_code='fr').first(); "
        "print(json.dumps({'id': page.pk, 'path': page.get_url(), 'title': page.title, "
        "'french_path': french.get_url()}))"
    )
    data = json.loads(out.strip().splitlines()[-1])
    for key in ("path", "french_path"):
        # get_url is absolute when the page's Site is not the request's; the path counts.
        data[key] = "/" + data[key].split("://", 1)[-1].split("/", 1)[-1]
    return data


def health_detail(port, token):
    answer = fetch(port, "/healthz", {"Authorization": f"Bearer {token}"})
    return answer.status, json.loads(answer.body)
