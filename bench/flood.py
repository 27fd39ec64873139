"""``make bench-flood``: can a stream of junk URLs wipe the page cache? (issue 9, defect 4)

One bounded run against 127.0.0.1 only, with the production settings of
``make bench`` (gunicorn, 2 workers, the file cache of 5,000 entries):

1. copies the demo database and media into a fresh folder (``bench/run.py``);
2. starts gunicorn and fills the page cache with the bench's pages in vi and en;
3. measures them: the share answered from the cache (``X-Cache: HIT``) and
   wrk's requests per second over all of them;
4. sends 10,000 requests whose parameters the pages ignore or spell otherwise
   (``?month=x1``, ``?page=01``, ``?page=+1``, Arabic-Indic digits, repeated
   empty ``?experience=``, campaign tags) and under ``Host: localhost:<port>``;
5. measures the pages again, counts the cache files, and stops the server.

``FLOOD_REQUESTS`` changes the number of junk requests, ``BENCH_SECONDS`` the
length of each wrk measurement (5 s).
"""

import http.client
import os
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

os.environ.setdefault("BENCH_PORT", "8036")
# "localhost" is a host the site answers to: any port on it used to be a new cache key.
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.run import (
    HOST,
    PORT,
    TILES,
    Server,
    fetch,
    log,
    page_urls,
    prepare,
    rotating_script,
    wrk,
)  # noqa: E402

REQUESTS = int(os.environ.get("FLOOD_REQUESTS", "10000"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
CONNECTIONS = 4
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"


def arabic(number):
    """``number`` in Arabic-Indic digits, percent-encoded as a browser sends it."""
    return quote("".join(ARABIC_DIGITS[int(digit)] for digit in str(number)))


def junk_requests(count):
    """``count`` distinct (path, host) pairs a visitor never needs, of every kind in the issue."""
    kinds = [
        lambda n: (f"/en/villages/bat-trang/?month=x{n}", None),
        lambda n: (f"/vi/villages/?page={'0' * (n % 50 + 1)}1&n={n}", None),
        lambda n: (f"/en/villages/?page=%2B{'0' * (n % 50)}1&utm_source={n}", None),
        lambda n: (f"/vi/villages/?page={arabic(1)}&utm_campaign={arabic(n)}", None),
        lambda n: ("/en/villages/?" + "experience=&" * (n % 40 + 1) + f"x={n}", None),
        lambda n: (f"/en/stories/?fbclid={n}", None),
        lambda n: ("/en/villages/bat-trang/", f"localhost:{n % 60000 + 1}"),
    ]
    return [kinds[n % len(kinds)](n) for n in range(count)]


def send_all(requests):
    """Status counts of ``requests``, sent over a few kept-alive loopback connections."""
    statuses = Counter()
    lock = threading.Lock()
    chunks = [requests[i::CONNECTIONS] for i in range(CONNECTIONS)]

    def worker(chunk):
        connection = http.client.HTTPConnection(HOST, PORT, timeout=30)
        local = Counter()
        for path, host in chunk:
            headers = {"Host": host} if host else {}
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
                local[response.status] += 1
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
            except (OSError, http.client.HTTPException, UnicodeError):
                local["error"] += 1
                connection.close()
                connection = http.client.HTTPConnection(HOST, PORT, timeout=30)
        connection.close()
        with lock:
            statuses.update(local)

    threads = [threading.Thread(target=worker, args=(chunk,)) for chunk in chunks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def measure(bench_dir, paths):
    """Hit rate (one request per page) and wrk's requests per second over all pages."""
    hits = sum(fetch(path)[3].get("X-Cache") == "HIT" for path in paths)
    script = rotating_script(bench_dir / "pages.lua", paths)
    result = wrk("/", SECONDS, connections=8, threads=1, script=script)
    return {"hit_rate": hits / len(paths), "rps": result["rps"], "errors": result["errors"]}


def cache_files(bench_dir):
    folder = bench_dir / "cache"
    return {
        alias or "default": len(list((folder / alias).glob("*.djcache")))
        for alias in ("", "variants", "generation")
    }


def main():
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: apt-get install -y wrk (make bench-flood installs it)")
    started = time.monotonic()
    with TILES:
        bench_dir = Path(tempfile.mkdtemp(prefix="hcv-flood-"))
        try:
            prepare(bench_dir)
            paths = [path for _name, _lang, path in page_urls()]
            with Server(bench_dir, page_cache=True):
                for path in paths:  # fill the page cache
                    fetch(path)
                before = measure(bench_dir, paths)
                files_before = cache_files(bench_dir)
                log(f"Before: {before}, cache files {files_before}")
                junk = junk_requests(REQUESTS)
                log(f"Sending {len(junk)} junk requests over {CONNECTIONS} connections")
                flood_started = time.monotonic()
                statuses = send_all(junk)
                flood_seconds = time.monotonic() - flood_started
                files_after = cache_files(bench_dir)
                after = measure(bench_dir, paths)
            print()
            rate = len(junk) / flood_seconds
            counts = dict(sorted(statuses.items(), key=str))
            print(
                f"Junk requests: {len(junk)} in {flood_seconds:.1f} s ({rate:.0f} req/s): {counts}"
            )
            print(f"Cache files before → after the flood: {files_before} → {files_after}")
            print(
                f"Cached pages ({len(paths)}): hit rate "
                f"{before['hit_rate']:.0%} → {after['hit_rate']:.0%}; "
                f"wrk -c8 {SECONDS} s: {before['rps']:.0f} → {after['rps']:.0f} req/s "
                f"(errors {before['errors']} → {after['errors']})"
            )
            log(f"Flood bench finished in {time.monotonic() - started:.0f} s")
        finally:
            shutil.rmtree(bench_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
