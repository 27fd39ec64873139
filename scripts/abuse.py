"""``make abuse``: hostile requests against the real server, expecting no 5xx.

One bounded run on this machine, loopback only (127.0.0.1), stopping by itself:

1. builds the demo into a fresh temporary SQLite database (``migrate`` and
   ``load_demo``) and collects the static files;
2. starts gunicorn (2 workers) with the production settings as
   ``bench/settings.py`` adapts them for loopback (a throwaway ``SECRET_KEY``,
   ``ALLOWED_HOSTS=127.0.0.1,localhost``, ``SECURE_SSL_REDIRECT=false``, a
   temporary ``CACHE_DIR``), as if behind one proxy (``TRUSTED_PROXY_COUNT=1``);
3. sends every probe of ``tests/hostile.py`` (every URL pattern of the URL conf,
   with huge ids, NUL bytes, overlong and odd-unicode values, %-junk, repeated
   parameters, bad Accept-Language, Host and X-Forwarded-For), the same for
   the demo's real pages (every live public page, driver cards, short links),
   requests beyond gunicorn's own limits, and sign-in attempts with junk
   addresses and NUL bytes;
4. if nginx is installed, puts it in front of gunicorn with the example
   configuration of docs/proxy/ and checks that gunicorn's own 400/414/431
   answers get the security headers there, and Django's are not doubled;
5. prints the status counts and every answer ≥ 500, and exits 1 if there is
   one (or if the proxy check fails).

``ABUSE_PORT`` picks the port (default: a free one), ``ABUSE_WORKERS`` the
client threads (4), ``ABUSE_MAX_SECONDS`` the time limit for the requests (900).
"""

import collections
import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PYTHON = sys.executable
HOST = "127.0.0.1"
CLIENT_THREADS = int(os.environ.get("ABUSE_WORKERS", "4"))
MAX_SECONDS = int(os.environ.get("ABUSE_MAX_SECONDS", "900"))
MINIMUM_REQUESTS = 3000


def log(message):
    print(f">>> {message}", flush=True)


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def environment(work, port):
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "MEDIA_ROOT", "CACHE_DIR")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        BENCH_DIR=str(work),
        SECRET_KEY="abuse-only-" + os.urandom(24).hex(),
        ALLOWED_HOSTS=f"{HOST},localhost",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=f"sqlite:///{work / 'db.sqlite3'}",
        MEDIA_ROOT=str(work / "media"),
        CACHE_DIR=str(work / "cache"),
        TRUSTED_PROXY_COUNT="1",
        PYTHONPATH=str(ROOT),
        LOG_LEVEL="CRITICAL",
        ABUSE_PORT=str(port),
    )
    return env


def build_demo(env):
    build = dict(env, DJANGO_SETTINGS_MODULE="tourism_site.settings.dev")
    log("Building the demo into a temporary SQLite database (migrate + load_demo)")
    for command in (["migrate", "--noinput", "-v", "0"], ["load_demo"]):
        subprocess.run(
            [PYTHON, "manage.py", *command],
            cwd=ROOT,
            env=build,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )


class Server:
    """gunicorn on 127.0.0.1 with the production settings, stopped by its own pid."""

    def __init__(self, work, port, env):
        self.work, self.port, self.env = work, port, env

    def __enter__(self):
        ready = self.work / "ready"  # bench/gunicorn.conf.py: one file per warm worker
        gunicorn = Path(PYTHON).with_name("gunicorn")
        self.process = subprocess.Popen(
            [
                str(gunicorn),
                "tourism_site.wsgi",
                "--config",
                str(ROOT / "bench" / "gunicorn.conf.py"),
                "--workers",
                "2",
                "--bind",
                f"{HOST}:{self.port}",
                "--log-level",
                "critical",
                "--access-logfile",
                os.devnull,
            ],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            # Django logs every 4xx it is sent; the answers are what is counted.
            stderr=(self.work / "gunicorn.log").open("w"),
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit("gunicorn did not start")
            if ready.is_dir() and len(list(ready.iterdir())) >= 2:
                return self
            time.sleep(0.2)
        self.stop()
        sys.exit("gunicorn workers did not warm up within 90 s")

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __exit__(self, *exc):
        self.stop()


# --- What to send ------------------------------------------------------------------


def real_paths():
    """The demo's real pages in every language, and side routes that point at them."""
    from django.test import RequestFactory
    from wagtail.models import Page, Site

    from villages.models import VillagePage
    from wayfinding import codes

    paths = set()
    request = RequestFactory().get("/", HTTP_HOST=HOST)
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        url = page.get_url(request)
        if url:
            paths.add(urllib.parse.urlsplit(url).path)
    for village in VillagePage.objects.live().filter(locale__language_code="vi")[:10]:
        paths.add(f"/en/driver/village/{village.id}/")
        paths.add("/go/" + codes.encode(codes.PAGE, village.id))
    paths.add("/sitemap.xml")
    Site.objects.get(is_default_site=True)  # the demo must have its site
    return sorted(paths)


def probes():
    import django

    django.setup()
    from tests import hostile

    result = [(probe, "GET", None) for probe in hostile.probes()]
    pages = real_paths()
    for path in pages:
        result.append(
            (hostile.Probe(path, "real", "sample", expected=(200, 301, 302)), "GET", None)
        )
        result.append(
            (hostile.Probe(path + "%00", "real", "NUL in path", expected=(400,)), "GET", None)
        )
        for query in hostile.QUERIES:
            result.append((hostile.Probe(f"{path}?{query}", "real", "query"), "GET", None))
        for headers in hostile.HEADERS + hostile.NUL_HEADERS:
            result.append((hostile.Probe(path, "real", "header", dict(headers)), "GET", None))
    # Beyond gunicorn's own limits: answered by gunicorn itself (docs/security.md).
    for probe in (
        hostile.Probe("/vi/" + "a" * 9000 + "/", "gunicorn", "overlong line"),
        hostile.Probe("/vi/", "gunicorn", "overlong header", {"X-Junk": "h" * 9000}),
        hostile.Probe("/vi/", "gunicorn", "many headers", {f"X-H{n}": "1" for n in range(120)}),
    ):
        result.append((probe, "GET", None))
    # Sign-in attempts: junk addresses from the "proxy", NUL bytes, junk fields.
    for forwarded in ("unknown", "999.1.1.1", "a, b", "fe80::1%eth0", "127.0.0.1"):
        for body in (
            "username=editor&password=wrong",
            "username=ed%00itor&password=x",
            "username=" + "u" * 5000 + "&password=x",
            "username=%FF%FE&password=%C0%80",
        ):
            probe = hostile.Probe(
                "/admin/login/", "sign-in", "POST", {"X-Forwarded-For": forwarded}
            )
            result.append((probe, "POST", body))
    log(f"{len(hostile.pattern_templates())} URL patterns, {len(pages)} real pages")
    return result


# --- Sending -----------------------------------------------------------------------

_local = threading.local()


def send(port, probe, method, body):
    """(status or an error name, probe) for one request on this thread's connection."""
    headers = {"User-Agent": "hcv-abuse/1", "Accept-Encoding": "identity"}
    headers.update(probe.headers)
    host = headers.pop("Host", f"{HOST}:{port}")
    for attempt in range(2):
        connection = getattr(_local, "connection", None)
        if connection is None:
            connection = _local.connection = http.client.HTTPConnection(HOST, port, timeout=30)
        try:
            connection.putrequest(method, probe.path, skip_host=True, skip_accept_encoding=True)
            connection.putheader("Host", host)
            for name, value in headers.items():
                connection.putheader(name, value.encode("latin-1", "replace"))
            if body is not None:
                data = body.encode()
                connection.putheader("Content-Type", "application/x-www-form-urlencoded")
                connection.putheader("Content-Length", str(len(data)))
                connection.endheaders(data)
            else:
                connection.endheaders()
            response = connection.getresponse()
            response.read()
            if response.getheader("Connection", "").lower() == "close":
                connection.close()
                _local.connection = None
            return response.status, probe
        except (http.client.HTTPException, OSError) as error:
            connection.close()
            _local.connection = None
            if attempt == 1:
                return type(error).__name__, probe
    return "unreachable", probe


# --- The proxy example (docs/proxy/) ------------------------------------------------

PROXY_HEADERS = ("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options")


def nginx_config(work, listen, upstream):
    temp = " ".join(
        f"{kind}_temp_path {work / ('nginx-' + kind)};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    user = "user root;" if os.geteuid() == 0 else ""
    return f"""{user}
pid {work / "nginx.pid"};
daemon off;
worker_processes 1;
error_log {work / "nginx-error.log"};
events {{ worker_connections 64; }}
http {{
    access_log off;
    {temp}
    # Let long requests through to gunicorn: its own limits are what is checked.
    large_client_header_buffers 8 64k;
    include {ROOT / "docs" / "proxy" / "security-headers-maps.conf"};
    server {{
        listen {HOST}:{listen};
        include {ROOT / "docs" / "proxy" / "security-headers.conf"};
        location / {{
            proxy_pass http://{HOST}:{upstream};
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        }}
    }}
}}
"""


def proxy_check(work, upstream):
    """Problems found with nginx and docs/proxy/ in front of gunicorn; None without nginx."""
    nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if nginx is None:
        log("nginx is not installed: the proxy example (docs/proxy/) was not checked")
        return None
    listen = free_port()
    config = work / "nginx.conf"
    config.write_text(nginx_config(work, listen, upstream))
    command = [nginx, "-p", str(work), "-c", str(config), "-e", str(work / "nginx-error.log")]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                socket.create_connection((HOST, listen), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    return [f"nginx did not start: {process.stderr.read().decode()[-500:]}"]
                time.sleep(0.1)
        cases = {
            "a Django page": ("/vi/", {}),
            "a line over gunicorn's limit": ("/vi/" + "a" * 5000 + "/", {}),
            "a header over gunicorn's limit": ("/vi/", {"X-Junk": "h" * 9000}),
            "too many headers for gunicorn": ("/vi/", {f"X-H{n}": "1" for n in range(120)}),
        }
        problems, seen = [], []
        for name, (path, headers) in cases.items():
            connection = http.client.HTTPConnection(HOST, listen, timeout=30)
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
            connection.close()
            seen.append(f"{name}: {response.status}")
            for header in PROXY_HEADERS:
                values = [v for k, v in response.getheaders() if k.lower() == header.lower()]
                if len(values) != 1:
                    problems.append(f"{name} ({response.status}): {len(values)} × {header}")
        log("Through nginx with docs/proxy/: " + "; ".join(seen))
        return problems
    finally:
        process.send_signal(signal.SIGQUIT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main():
    started = time.monotonic()
    port = int(os.environ.get("ABUSE_PORT") or free_port())
    work = Path(tempfile.mkdtemp(prefix="hcv-abuse-"))
    try:
        env = environment(work, port)
        build_demo(env)
        os.environ.update(env)  # this process reads the URL conf and the demo the same way
        plan = probes()
        if len(plan) < MINIMUM_REQUESTS:
            sys.exit(f"only {len(plan)} requests planned; expected at least {MINIMUM_REQUESTS}")
        with Server(work, port, env):
            log(f"Sending {len(plan)} requests to http://{HOST}:{port}/ ({CLIENT_THREADS} threads)")
            sending = time.monotonic()
            deadline = sending + MAX_SECONDS
            results = []
            with ThreadPoolExecutor(CLIENT_THREADS) as pool:
                futures = []
                for probe, method, body in plan:
                    futures.append(pool.submit(send, port, probe, method, body))
                for future in futures:
                    if time.monotonic() > deadline:
                        pool.shutdown(cancel_futures=True)
                        break
                    results.append(future.result())
            sending = time.monotonic() - sending
            proxy_problems = proxy_check(work, port)
        log(f"Requests sent in {sending:.0f} s ({len(results) / sending:.0f} requests/s)")
        report(results, len(plan), time.monotonic() - started, proxy_problems)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(results, planned, seconds, proxy_problems):
    counts = collections.Counter(status for status, _probe in results)
    errors = [(s, p) for s, p in results if not isinstance(s, int) or s >= 500]
    unexpected = [
        (s, p) for s, p in results if isinstance(s, int) and p.expected and s not in p.expected
    ]
    print()
    print(f"Requests sent: {len(results)} of {planned} in {seconds:.0f} s (whole run)")
    print("Status counts: " + ", ".join(f"{s}: {n}" for s, n in sorted(counts.items(), key=str)))
    kinds = collections.Counter(p.kind for _s, p in results)
    print("Probe kinds: " + ", ".join(f"{k}: {n}" for k, n in sorted(kinds.items())))
    if unexpected:
        print(f"Answers other than the expected 400/404 (not failures): {len(unexpected)}")
        for status, probe in unexpected[:15]:
            print(f"  {status} {probe.kind}: {probe.path[:100]}")
    if proxy_problems:
        print("The proxy example misses headers:\n  " + "\n  ".join(proxy_problems))
    if errors:
        print(f"Answers >= 500 or broken connections: {len(errors)}")
        for status, probe in errors:
            print(f"  {status} {probe.kind}: {probe.path[:150]} {probe.headers or ''}")
        sys.exit(1)
    if proxy_problems:
        sys.exit(1)
    if len(results) < planned:
        sys.exit("the time limit stopped the run before every request was sent")
    print("No answer >= 500.")


if __name__ == "__main__":
    main()
