"""``make bench``: how fast the demo site is, next to the limit of the same machine.

One run, on this machine, against 127.0.0.1 only, bounded in time:

1. copies the demo database and media into a fresh folder (building the demo
   first when there is none), collects the static files there;
2. counts the SQL queries and HTML bytes of every page type in-process
   (``bench/queries.py``), without the page cache;
3. starts gunicorn (2 workers, production settings, ``bench/settings.py``)
   with the page cache off and times the first request to each page on the
   fresh processes against the median of the warm uncached requests;
4. restarts it with the page cache on and measures with wrk, in alternating
   rounds, a static CSS file (the machine's limit) and each page in vi and en;
   then 64 connections for 60 s over all pages;
5. runs Lighthouse (mobile) on the home, village index, village, route and
   story pages in vi, en and ja (stories are in vi and en only), and weighs
   the home page as a 390 px phone loads it;
6. prints every figure and appends them, with the date, the machine and the
   commit, to docs/performance.md (``BENCH_RECORD=0`` to only print).

``BENCH_QUICK=1`` shortens the wrk rounds and the load test (about 4 minutes
in all instead of 9). ``BENCH_ONLY=cold,lighthouse`` runs only some steps
(``queries``, ``cold``, ``throughput``, ``lighthouse``); ``BENCH_LIGHTHOUSE_RUNS=3``
runs Lighthouse three times per page and keeps the run with the median
performance score (scores move by a few points from run to run).
"""

import http.server
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import zlib
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import bench_environment  # noqa: E402

PYTHON = sys.executable
QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "2" if QUICK else "3"))
ROUND_SECONDS = int(os.environ.get("BENCH_SECONDS", "3" if QUICK else "8"))
LOAD_SECONDS = int(os.environ.get("BENCH_LOAD_SECONDS", "15" if QUICK else "60"))
LOAD_CONNECTIONS = 64
STEPS = ("queries", "cold", "throughput", "lighthouse")
ONLY = {step.strip() for step in os.environ.get("BENCH_ONLY", ",".join(STEPS)).split(",")}
LIGHTHOUSE_RUNS = int(os.environ.get("BENCH_LIGHTHOUSE_RUNS", "1"))
PORT = int(os.environ.get("BENCH_PORT", "8035"))
HOST = "127.0.0.1"
BASE = f"http://{HOST}:{PORT}"
LANGUAGES = ("vi", "en")
PAGES = {
    "home": "/{lang}/",
    "village index": "/{lang}/villages/",
    "village": "/{lang}/villages/bat-trang/",
    "story": "/{lang}/stories/bat-trang-seven-centuries-of-ceramics/",
    "route": "/{lang}/routes/west-lake-morning-quang-an/",
}
# Counted for queries too: every page type.
QUERY_PAGES = {
    **PAGES,
    "story index": "/{lang}/stories/",
    "route index": "/{lang}/routes/",
}
LIGHTHOUSE_PAGES = ("home", "village index", "village", "route", "story")
LIGHTHOUSE_LANGUAGES = ("vi", "en", "ja")
# Page types the demo has only in some languages (docs/demo-content.md).
LIGHTHOUSE_ONLY_IN = {"story": ("vi", "en")}
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)


def log(message):
    print(f">>> {message}", flush=True)


def run(command, env=None, **kwargs):
    return subprocess.run(command, cwd=ROOT, env=env, check=True, **kwargs)


# --- Preparation -------------------------------------------------------------------


def source_database():
    url = os.environ.get("DATABASE_URL", "")
    if url and not url.startswith("sqlite:"):
        sys.exit("make bench copies a SQLite demo database; unset DATABASE_URL or point it at one")
    path = Path(url.removeprefix("sqlite:///")) if url else ROOT / "db.sqlite3"
    if url.startswith("sqlite:////"):
        path = Path("/" + url.removeprefix("sqlite:////"))
    media = Path(os.environ.get("MEDIA_ROOT", ROOT / "media"))
    return path, media


def demo_is_loaded(database):
    if not database.exists() or database.stat().st_size == 0:
        return False
    import sqlite3

    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
            (count,) = connection.execute(
                "SELECT COUNT(*) FROM wagtailcore_page WHERE depth > 2"
            ).fetchone()
    except sqlite3.Error:
        return False
    return count > 0


def prepare(bench_dir):
    database, media = source_database()
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="tourism_site.settings.dev")
    env["DATABASE_URL"] = f"sqlite:///{database}"
    env["MEDIA_ROOT"] = str(media)
    if not demo_is_loaded(database):
        log(f"No demo content in {database}: building it (migrate + load_demo)")
        run([PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"], env=env)
        run([PYTHON, "manage.py", "load_demo"], env=env, stdout=subprocess.DEVNULL)
    else:
        # A demo built before warm_renditions existed: make what is missing.
        run([PYTHON, "manage.py", "warm_renditions"], env=env)
    log(f"Copying {database} and {media} into {bench_dir}")
    shutil.copy2(database, bench_dir / "db.sqlite3")
    shutil.copytree(media, bench_dir / "media")
    environment = server_environment(bench_dir)
    run(
        [PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        env=environment,
    )
    # The copy is served at HOST:PORT: its Site says so, as a real site's does,
    # or the page cache would not store pages for that host (core.cache.known_host).
    site = f"Site.objects.filter(is_default_site=True).update(hostname={HOST!r}, port={PORT})"
    run(
        [PYTHON, "manage.py", "shell", "-v", "0", "-c", f"from wagtail.models import Site; {site}"],
        env=environment,
    )


def server_environment(bench_dir, page_cache=True):
    return bench_environment(
        bench_dir,
        bench_dir / "db.sqlite3",
        bench_dir / "cache",
        page_cache=page_cache,
        MAP_TILE_URL=TILES.url,
    )


# --- The servers -------------------------------------------------------------------


def blank_tile(size=256):
    """A transparent PNG map tile, made here rather than shipped."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x00" * (size * 4) for _ in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


class TileServer:
    """A stand-in map tile host on 127.0.0.1 (a free port): blank tiles for every URL.

    This machine cannot reach OpenStreetMap; without it every tile request of a
    map page fails, which Lighthouse reports as console errors (best practices)
    and which no visitor sees. The tiles are another origin, as in production,
    but blank, so their bytes are not in the figures.
    """

    def __enter__(self):
        tile = blank_tile()

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (the name http.server calls)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(tile)))
                self.send_header("Cache-Control", "public, max-age=86400")
                self.send_header("Access-Control-Allow-Origin", "*")
                self.end_headers()
                self.wfile.write(tile)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer((HOST, 0), Handler)
        self.url = f"http://{HOST}:{self.server.server_port}/{{z}}/{{x}}/{{y}}.png"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


TILES = TileServer()


class Server:
    """gunicorn with 2 workers on 127.0.0.1, started fresh, stopped by its own pid."""

    def __init__(self, bench_dir, page_cache):
        self.bench_dir = bench_dir
        self.page_cache = page_cache
        self.process = None

    def __enter__(self):
        shutil.rmtree(self.bench_dir / "cache", ignore_errors=True)
        ready = self.bench_dir / "ready"  # one file per warmed-up worker (gunicorn.conf.py)
        shutil.rmtree(ready, ignore_errors=True)
        env = server_environment(self.bench_dir, self.page_cache)
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
                f"{HOST}:{PORT}",
                "--log-level",
                "warning",
                "--access-logfile",
                "-" if os.environ.get("BENCH_ACCESS_LOG") else os.devnull,
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit("gunicorn did not start")
            # gunicorn binds before its workers load the site: wait until both
            # have warmed up, or the first request would wait for a warm-up.
            if ready.is_dir() and len(list(ready.iterdir())) >= 2:
                with socket.create_connection((HOST, PORT), timeout=5):
                    return self
            time.sleep(0.2)
        sys.exit("gunicorn workers did not warm up within 60 s")

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def fetch(path):
    """(seconds, status, bytes, headers) of one GET on a new connection."""
    started = time.perf_counter()
    request = urllib.request.Request(BASE + path, headers={"Accept-Encoding": "identity"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 (loopback)
            body = response.read()
            status, headers = response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        body, status, headers = error.read(), error.code, dict(error.headers)
    return time.perf_counter() - started, status, len(body), headers


def page_urls():
    return [
        (name, lang, template.format(lang=lang))
        for name, template in PAGES.items()
        for lang in LANGUAGES
    ]


def static_css_path():
    """The hashed URL of the site's stylesheet, as pages link it."""
    _seconds, _status, _size, _headers = fetch("/vi/")
    with urllib.request.urlopen(BASE + "/vi/", timeout=30) as response:  # noqa: S310
        html = response.read().decode()
    match = re.search(r'href="(/static/css/site\.[0-9a-f]+\.css)"', html)
    if not match:
        sys.exit("could not find the stylesheet's URL on /vi/")
    return match.group(1)


# --- Measurements ------------------------------------------------------------------------


def cold_and_warm(bench_dir):
    """First request per page on fresh processes vs the median warm uncached request."""
    results = []
    with Server(bench_dir, page_cache=False):
        for name, lang, path in page_urls():
            cold, status, _size, _headers = fetch(path)
            if status != 200:
                sys.exit(f"{path} answered {status}")
            results.append({"page": name, "lang": lang, "path": path, "cold": cold})
        samples = 15
        for result in results:
            times = [fetch(result["path"])[0] for _ in range(samples)]
            result["warm"] = statistics.median(times)
        # Uncached throughput of each page type (English), for comparison with the cache.
        uncached = {}
        for name, template in PAGES.items():
            uncached[name] = wrk(template.format(lang="en"), seconds=max(3, ROUND_SECONDS // 2))
    return results, uncached


WRK_LINE = {
    "rps": re.compile(r"Requests/sec:\s+([\d.]+)"),
    "requests": re.compile(r"(\d+) requests in"),
    "non2xx": re.compile(r"Non-2xx or 3xx responses:\s+(\d+)"),
    "socket": re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)"),
}


def wrk_latency(output, percentile):
    match = re.search(rf"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
    if not match:
        return None
    value, unit = float(match.group(1)), match.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


def rotating_script(script, paths):
    """A wrk Lua script that requests ``paths`` in turn, written to ``script``."""
    script.write_text(
        "local paths = {" + ", ".join(json.dumps(p) for p in paths) + "}\n"
        "local i = 0\n"
        "request = function()\n"
        "  i = i % #paths + 1\n"
        "  return wrk.format('GET', paths[i])\n"
        "end\n"
    )
    return script


def wrk(path, seconds, connections=8, threads=1, script=None):
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "--latency",
    ]
    if script:
        command += ["-s", str(script)]
    command.append(BASE + path)
    output = subprocess.run(
        command, capture_output=True, text=True, check=True, timeout=seconds + 30
    ).stdout
    socket_errors = WRK_LINE["socket"].search(output)
    non2xx = WRK_LINE["non2xx"].search(output)
    return {
        "rps": float(WRK_LINE["rps"].search(output).group(1)),
        "requests": int(WRK_LINE["requests"].search(output).group(1)),
        "p50": wrk_latency(output, 50),
        "p99": wrk_latency(output, 99),
        "errors": (sum(int(n) for n in socket_errors.groups()) if socket_errors else 0)
        + (int(non2xx.group(1)) if non2xx else 0),
    }


def throughput(bench_dir):
    """wrk rounds, the load test and Lighthouse, on one server with the page cache on."""
    targets, rounds, hit, load, lighthouse, weight = [], {}, None, None, [], []
    with Server(bench_dir, page_cache=True):
        css = static_css_path()
        targets = [("static CSS", "", css)] + page_urls()
        for _name, _lang, path in targets:  # fill the page cache before measuring
            fetch(path)
        if "throughput" in ONLY:
            rounds, hit, load = wrk_rounds(bench_dir, targets)
        if "lighthouse" in ONLY:
            lighthouse = run_lighthouse(bench_dir)
            weight = page_weight(bench_dir)
    return targets, rounds, hit, load, lighthouse, weight


def wrk_rounds(bench_dir, targets):
    """Alternating wrk rounds over every target, then the load test."""
    rounds = {f"{name}|{lang}": [] for name, lang, _path in targets}
    for number in range(1, ROUNDS + 1):
        log(f"wrk round {number}/{ROUNDS}: {len(targets)} targets × {ROUND_SECONDS} s")
        for name, lang, path in targets:
            rounds[f"{name}|{lang}"].append(wrk(path, ROUND_SECONDS))
    hit = fetch(PAGES["village"].format(lang="en"))[3].get("X-Cache")
    log(f"Load: {LOAD_CONNECTIONS} connections for {LOAD_SECONDS} s over every page")
    paths = [path for _name, _lang, path in page_urls()]
    script = rotating_script(bench_dir / "pages.lua", paths)
    load = wrk("/", LOAD_SECONDS, connections=LOAD_CONNECTIONS, threads=2, script=script)
    return rounds, hit, load


def summarize(samples):
    return {
        "rps": statistics.median(s["rps"] for s in samples),
        "p50": statistics.median(s["p50"] for s in samples),
        "p99": statistics.median(s["p99"] for s in samples),
        "errors": sum(s["errors"] for s in samples),
    }


# --- Lighthouse -----------------------------------------------------------------------


def lighthouse_binary():
    binary = ROOT / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        log("Installing Lighthouse into node_modules (npm install)")
        run(["npm", "install", "--no-audit", "--no-fund", "--silent"])
    return binary


def lighthouse(url, output, extra=()):
    env = dict(os.environ, CHROME_PATH=os.environ.get("CHROME_PATH", "/usr/bin/chromium"))
    profile = tempfile.mkdtemp(prefix="lh-profile-")
    try:
        subprocess.run(
            [
                str(lighthouse_binary()),
                url,
                "--output=json",
                f"--output-path={output}",
                "--quiet",
                f"--chrome-flags={CHROME_FLAGS} --user-data-dir={profile}",
                *extra,
            ],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=180,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return json.loads(Path(output).read_text())


def lighthouse_pages():
    return [
        (name, lang)
        for name in LIGHTHOUSE_PAGES
        for lang in LIGHTHOUSE_LANGUAGES
        if lang in LIGHTHOUSE_ONLY_IN.get(name, LIGHTHOUSE_LANGUAGES)
    ]


def lighthouse_figures(report):
    scores = {
        key: round((category["score"] or 0) * 100) for key, category in report["categories"].items()
    }
    audits = report["audits"]
    failing = [
        f"{key}: {audit['title']}"
        for key, audit in audits.items()
        if audit.get("score") is not None
        and audit["score"] < 0.9
        and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
    ]
    requests = audits["network-requests"]["details"]["items"]
    return {
        "scores": scores,
        "lcp": audits["largest-contentful-paint"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "tbt": audits["total-blocking-time"]["numericValue"],
        "bytes": audits["total-byte-weight"]["numericValue"],
        "requests": len(requests),
        "failing": failing,
    }


def run_lighthouse(bench_dir):
    if not Path(os.environ.get("CHROME_PATH", "/usr/bin/chromium")).exists():
        log("Chromium is missing (apt-get install chromium): no Lighthouse figures")
        return []
    results = []
    for name, lang in lighthouse_pages():
        path = PAGES[name].format(lang=lang)
        runs = []
        for number in range(1, LIGHTHOUSE_RUNS + 1):
            log(f"Lighthouse (mobile) {path} ({number}/{LIGHTHOUSE_RUNS})")
            output = bench_dir / f"lighthouse-{name.replace(' ', '-')}-{lang}-{number}.json"
            try:
                runs.append(lighthouse_figures(lighthouse(BASE + path, output)))
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as error:
                log(f"Lighthouse failed on {path}: {error}")
        if runs:
            runs.sort(key=lambda run: run["scores"].get("performance", 0))
            results.append({"page": name, "lang": lang, "runs": len(runs)} | runs[len(runs) // 2])
    return results


def page_weight(bench_dir):
    """Bytes and requests of the home page on a 390×844 phone (DPR 3), from Lighthouse's records."""
    if not Path(os.environ.get("CHROME_PATH", "/usr/bin/chromium")).exists():
        return []
    results = []
    for lang in LIGHTHOUSE_LANGUAGES:
        path = PAGES["home"].format(lang=lang)
        log(f"Page weight at 390 px {path}")
        try:
            report = lighthouse(
                BASE + path,
                bench_dir / f"weight-home-{lang}.json",
                extra=(
                    "--only-categories=performance",
                    "--screenEmulation.mobile",
                    "--screenEmulation.width=390",
                    "--screenEmulation.height=844",
                    "--screenEmulation.deviceScaleFactor=3",
                ),
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as error:
            log(f"Lighthouse failed on {path}: {error}")
            continue
        requests = report["audits"]["network-requests"]["details"]["items"]
        by_type = {}
        for item in requests:
            kind = item.get("resourceType", "Other")
            by_type[kind] = by_type.get(kind, 0) + item.get("transferSize", 0)
        results.append(
            {
                "lang": lang,
                "bytes": sum(item.get("transferSize", 0) for item in requests),
                "requests": len(requests),
                "by_type": by_type,
            }
        )
    return results


# --- Report ---------------------------------------------------------------------------


def machine():
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    commit = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": os.cpu_count(),
        "model": model,
        "memory": memory,
        "commit": commit + (" (with uncommitted changes)" if dirty else ""),
        "python": platform.python_version(),
    }


def report(machine_facts, queries, cold_warm, uncached, targets, rounds, hit, load, lh, weight):
    lines = []
    add = lines.append
    steps = "" if set(STEPS) <= ONLY else f" (BENCH_ONLY={','.join(sorted(ONLY))})"
    add(f"## {machine_facts['date']}{' (BENCH_QUICK)' if QUICK else ''}{steps}")
    add("")
    add(
        f"Machine: {machine_facts['cpus']} CPUs ({machine_facts['model']}), "
        f"{machine_facts['memory']} memory, Python {machine_facts['python']}. "
        f"Commit: `{machine_facts['commit']}`."
    )
    add(
        "gunicorn, 2 workers, production settings, SQLite, file cache"
        + (
            f"; wrk -t1 -c8, {ROUNDS} alternating rounds of {ROUND_SECONDS} s per target."
            if rounds
            else "."
        )
    )
    if queries:
        add("")
        add("### Queries and HTML (in-process, page cache off)")
        add("")
        add("| page | lang | queries | queries, all caches cold | HTML bytes |")
        add("| --- | --- | ---: | ---: | ---: |")
        for row in queries:
            add(
                f"| {row['page']} | {row['lang']} | {row['queries']} | {row['cold']} "
                f"| {row['bytes']:,} |"
            )
        worst = max(row["queries"] for row in queries)
        add("")
        add(f"Most queries on any page: **{worst}** (target ≤ 12).")
    static = summarize(rounds["static CSS|"]) if rounds else None
    if rounds:
        add("")
        add("### Throughput with the page cache (wrk, median of the rounds)")
        add("")
        add("| target | lang | requests/s | p50 ms | p99 ms | vs static | errors |")
        add("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
        ratios = []
        for name, lang, _path in targets:
            row = summarize(rounds[f"{name}|{lang}"])
            ratio = row["rps"] / static["rps"] if static["rps"] else 0
            if name != "static CSS":
                ratios.append(ratio)
            add(
                f"| {name} | {lang or '–'} | {row['rps']:,.0f} | {row['p50']:.2f} | "
                f"{row['p99']:.2f} | {ratio:.0%} | {row['errors']} |"
            )
        add("")
        add(
            f"Cached pages reach **{min(ratios):.0%}–{max(ratios):.0%}** of the static file's "
            f"throughput (target ≥ 50 %). Cache header on a page: `X-Cache: {hit}`."
        )
    if uncached:
        add("")
        add("### Without the page cache (en, one round)")
        add("")
        add("| page | requests/s | p50 ms | p99 ms | vs static |")
        add("| --- | ---: | ---: | ---: | ---: |")
        for name, row in uncached.items():
            versus = f"{row['rps'] / static['rps']:.1%}" if static else "–"
            add(f"| {name} | {row['rps']:,.0f} | {row['p50']:.2f} | {row['p99']:.2f} | {versus} |")
    if cold_warm:
        add("")
        add("### First request on a fresh server vs the warm median (page cache off)")
        add("")
        add("| page | lang | first ms | warm median ms | ratio |")
        add("| --- | --- | ---: | ---: | ---: |")
        for row in cold_warm:
            add(
                f"| {row['page']} | {row['lang']} | {row['cold'] * 1000:.1f} | "
                f"{row['warm'] * 1000:.1f} | {row['cold'] / row['warm']:.2f}× |"
            )
        add("")
        add(f"Worst ratio: **{max(r['cold'] / r['warm'] for r in cold_warm):.2f}×** (target ≤ 2×).")
    if load:
        add("")
        add(f"### Load: {LOAD_CONNECTIONS} connections for {LOAD_SECONDS} s, all pages in turn")
        add("")
        add(
            f"{load['requests']:,} requests, **{load['rps']:,.0f} requests/s**, "
            f"p50 {load['p50']:.2f} ms, p99 {load['p99']:.2f} ms, **{load['errors']} errors**."
        )
    if weight:
        add("")
        add("### Home page weight on a 390×844 phone (DPR 3, Lighthouse network records)")
        add("")
        add("| lang | transferred KB | requests | by type (KB) |")
        add("| --- | ---: | ---: | --- |")
        for row in weight:
            kinds = ", ".join(
                f"{kind} {size / 1024:.0f}" for kind, size in sorted(row["by_type"].items())
            )
            add(f"| {row['lang']} | {row['bytes'] / 1024:.0f} | {row['requests']} | {kinds} |")
        add("")
        add("Target: ≤ 300 KB and ≤ 20 requests.")
    if lh:
        add("")
        add("### Lighthouse (mobile profile, default throttling)")
        add("")
        add(
            "| page | lang | performance | accessibility | best practices | SEO | LCP ms "
            "| CLS | TBT ms | KB | requests |"
        )
        add("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for row in lh:
            s = row["scores"]
            add(
                f"| {row['page']} | {row['lang']} | {s.get('performance')} | "
                f"{s.get('accessibility')} | {s.get('best-practices')} | {s.get('seo')} | "
                f"{row['lcp']:.0f} | {row['cls']:.3f} | {row['tbt']:.0f} | "
                f"{row['bytes'] / 1024:.0f} | {row['requests']} |"
            )
        add("")
        add(
            "Targets: performance ≥ 95, accessibility 100, best practices ≥ 95, SEO 100. "
            f"Median of {LIGHTHOUSE_RUNS} run(s) per page by performance score; KB and "
            "requests as Lighthouse's default phone (412 px, DPR 1.75) loads the page."
        )
        failing = sorted({item for row in lh for item in row["failing"]})
        if failing:
            add("")
            add("Audits below 0.9 on some page: " + "; ".join(failing) + ".")
    return "\n".join(lines) + "\n"


def record(text):
    path = ROOT / "docs" / "performance.md"
    marker = "<!-- bench results: newest last -->"
    content = path.read_text() if path.exists() else f"# Performance\n\n{marker}\n"
    if marker not in content:
        content = content.rstrip("\n") + f"\n\n{marker}\n"
    path.write_text(content.rstrip("\n") + "\n\n" + text)
    log(f"Recorded in {path.relative_to(ROOT)}")


def main():
    if ONLY - set(STEPS):
        sys.exit(f"BENCH_ONLY: unknown step(s) {sorted(ONLY - set(STEPS))}; steps: {STEPS}")
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: apt-get install -y wrk (make bench installs it)")
    started = time.monotonic()
    with TILES:
        bench_dir = Path(tempfile.mkdtemp(prefix="hcv-bench-"))
        try:
            prepare(bench_dir)
            queries, cold_warm, uncached = [], [], {}
            if "queries" in ONLY:
                log("Counting queries (in-process)")
                env = server_environment(bench_dir, page_cache=False)
                output = run(
                    [PYTHON, "-m", "bench.queries", json.dumps(QUERY_PAGES), json.dumps(LANGUAGES)],
                    env=env,
                    capture_output=True,
                    text=True,
                ).stdout
                queries = json.loads(output)
            if "cold" in ONLY:
                log("First requests on fresh workers, warm medians, uncached throughput")
                cold_warm, uncached = cold_and_warm(bench_dir)
            targets, rounds, hit, load, lh, weight = [], {}, None, None, [], []
            if ONLY & {"throughput", "lighthouse"}:
                targets, rounds, hit, load, lh, weight = throughput(bench_dir)
            text = report(
                machine(), queries, cold_warm, uncached, targets, rounds, hit, load, lh, weight
            )
            print()
            print(text)
            if os.environ.get("BENCH_RECORD", "1") != "0":
                record(text)
            log(f"Bench finished in {time.monotonic() - started:.0f} s")
        finally:
            shutil.rmtree(bench_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
