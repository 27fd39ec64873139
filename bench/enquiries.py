"""``make bench-enquiries``: real and abusive trade enquiries against the real server.

One bounded run, loopback only, stopping by itself:

1. builds the demo into a temporary SQLite database and starts gunicorn with
   the production settings, as ``make abuse`` does (scripts/abuse.py), behind
   one trusted proxy so each simulated client has its own address;
2. sends 24 real enquiries (distinct clients, product and producer pages, six
   languages), each from a form shown more than 3 seconds before;
3. sends at least 500 abusive requests, mixed and in parallel: robots filling
   the honeypot, robots posting at once or without the form's time, forms
   without a CSRF token, messages of links only, bodies over 64 KB, wrong
   methods, bodies that are not UTF-8, and a flood of 150 enquiries from one
   client;
4. reads the database and prints: the answers by kind and status, server
   errors (must be 0), junk rows (rows from robots, must be 0), real enquiries
   kept (must be all), and the flood's rows (at most the per-client limit).

Exits 1 if any of those fails. ``BENCH_ENQUIRY_PORT`` picks the port.
"""

import collections
import http.client
import os
import re
import shutil
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import abuse  # noqa: E402 - scripts/abuse.py: the demo build and the gunicorn server

HOST = abuse.HOST
THREADS = 4
REAL = 24
FLOOD = 150
PER_KIND = {
    "honeypot": 100,
    "too fast": 60,
    "no form time": 50,
    "no csrf": 40,
    "links only": 50,
    "oversized": 40,
    "wrong method": 60,
    "bad encoding": 50,
}
_local = threading.local()


def log(message):
    print(f">>> {message}", flush=True)


class Answer:
    def __init__(self, status, body, cookies):
        self.status, self.body, self.cookies = status, body, cookies


def request(port, method, path, client, body=None, headers=None, cookies=None, raw=None):
    """One request as the client at address ``client`` (X-Forwarded-For, one proxy)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    sent = {"X-Forwarded-For": client, "User-Agent": "hcv-enquiry-bench/1"}
    if cookies:
        sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    data = raw if raw is not None else (urllib.parse.urlencode(body).encode() if body else None)
    if data is not None:
        sent.setdefault("Content-Type", "application/x-www-form-urlencoded")
        sent["Content-Length"] = str(len(data))
    sent.update(headers or {})
    try:
        connection.request(method, path, body=data, headers=sent)
        response = connection.getresponse()
        content = response.read()
        jar = {}
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            jar[name.strip()] = rest.split(";", 1)[0]
        return Answer(response.status, content.decode("utf-8", "replace"), jar)
    except (http.client.HTTPException, OSError) as error:
        return Answer(type(error).__name__, "", {})
    finally:
        connection.close()


def open_form(port, path, client):
    """GET the form as a browser would: its CSRF cookie and token, and its signed time."""
    answer = request(port, "GET", path, client)
    if answer.status != 200:
        sys.exit(f"the form {path} answered {answer.status}")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', answer.body).group(1)
    shown = re.search(r'name="shown" value="([^"]+)"', answer.body).group(1)
    return {"cookies": answer.cookies, "token": token, "shown": shown}


def enquiry(form, marker, message=None, **extra):
    data = {
        "csrfmiddlewaretoken": form["token"],
        "shown": form["shown"],
        "name": "Bench Buyer",
        "company": f"Bench {marker}",
        "country": "IT",
        "email": f"{marker.lower().replace(' ', '-')}@example.org",
        "products": "Tea sets",
        "quantity": "200 sets",
        "message": message or f"{marker}: we would like prices and lead times for tea sets.",
        "consent": "on",
        "website": "",
    }
    data.update(extra)
    return data


def targets():
    """The form paths of the demo's product and producer pages, in every language."""
    from wagtail.models import Page

    from products.models import ProducerPage, ProductPage

    paths = []
    for model in (ProductPage, ProducerPage):
        for page in model.objects.live().filter(alias_of__isnull=True, is_sample=False):
            page = Page.objects.get(pk=page.pk)
            paths.append(f"/{page.locale.language_code}/enquiry/{page.pk}/")
    return sorted(paths)


# Abuses sent with a real form's cookie and token: kind → the fields that make
# the enquiry abusive (the marker names the row should one ever be stored).
FORM_ABUSES = {
    "honeypot": lambda n: {"marker": f"BOT honeypot {n}", "website": "http://spam.example/"},
    "no form time": lambda n: {"marker": f"BOT notime {n}", "shown": ""},
    "links only": lambda n: {
        "marker": f"BOT links {n}",
        "message": "https://spam.example/a www.b.example",
    },
    "oversized": lambda n: {"marker": f"BOT big {n}", "message": "x" * 70_000},
}
BAD_BODIES = (b"name=%FF%FE&message=%C0%AF", b"\xff\xfe\x00\x00garbage", b"message=%00%00%00")
WRONG_METHODS = ("PUT", "DELETE", "PATCH")


def plan_abuse(port, paths):
    """(kind, callable) pairs: each callable sends one abusive request."""
    plan = []
    ip = iter(f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}" for n in range(1, 10**6))
    forms = {}

    def form_for(path, client):
        if path not in forms:
            forms[path] = open_form(port, path, client)
        return forms[path]

    def targets_of(kind):
        for number in range(PER_KIND[kind]):
            yield number, paths[number % len(paths)], next(ip)

    def post(path, client, form, body=None, raw=None):
        return lambda: request(port, "POST", path, client, body, cookies=form["cookies"], raw=raw)

    for kind, fields_of in FORM_ABUSES.items():
        for number, path, client in targets_of(kind):
            form = form_for(path, client)
            plan.append((kind, post(path, client, form, enquiry(form, **fields_of(number)))))
    for number, path, client in targets_of("too fast"):

        def too_fast(p=path, c=client, n=number):
            fresh = open_form(port, p, c)  # posted at once: well under 3 seconds
            return post(p, c, fresh, enquiry(fresh, f"BOT fast {n}"))()

        plan.append(("too fast", too_fast))
    for number, path, client in targets_of("no csrf"):
        body = enquiry(form_for(path, client), f"BOT csrf {number}", csrfmiddlewaretoken="")
        plan.append(("no csrf", lambda p=path, c=client, b=body: request(port, "POST", p, c, b)))
    for number, path, client in targets_of("wrong method"):
        method = WRONG_METHODS[number % len(WRONG_METHODS)]
        plan.append(
            (
                "wrong method",
                lambda p=path, c=client, m=method: request(port, m, p, c, {"name": "BOT method"}),
            )
        )
    for number, path, client in targets_of("bad encoding"):
        form = form_for(path, client)
        token = f"&csrfmiddlewaretoken={form['token']}".encode()
        raw = BAD_BODIES[number % len(BAD_BODIES)] + token
        plan.append(("bad encoding", post(path, client, form, raw=raw)))
    flood_path, flood_client = paths[0], "192.0.2.66"
    flood_form = open_form(port, flood_path, flood_client)
    for number in range(FLOOD):
        body = enquiry(flood_form, f"FLOOD {number}")
        plan.append(("flood", post(flood_path, flood_client, flood_form, body)))
    return plan


def main():
    port = int(os.environ.get("BENCH_ENQUIRY_PORT") or abuse.free_port())
    work = Path(tempfile.mkdtemp(prefix="hcv-enquiries-"))
    try:
        env = abuse.environment(work, port)
        abuse.build_demo(env)
        os.environ.update(env)
        import django

        django.setup()
        paths = targets()
        with abuse.Server(work, port, env):
            return run(port, paths)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(port, paths):
    from enquiries.models import Enquiry

    log(f"{len(paths)} enquiry forms (products and producers, six languages)")
    reals = []
    for number in range(REAL):
        path, client = paths[number % len(paths)], f"198.51.100.{number + 1}"
        reals.append((path, client, open_form(port, path, client), f"REAL {number}"))
    plan = plan_abuse(port, paths)
    time.sleep(3.5)  # the forms were shown long enough ago for a person to fill in
    started = time.monotonic()
    results = collections.defaultdict(collections.Counter)
    real_statuses = collections.Counter()
    with ThreadPoolExecutor(THREADS) as pool:
        real_futures = [
            pool.submit(
                request, port, "POST", path, client, enquiry(form, marker), cookies=form["cookies"]
            )
            for path, client, form, marker in reals
        ]
        abuse_futures = [(kind, pool.submit(send)) for kind, send in plan]
        for future in real_futures:
            real_statuses[future.result().status] += 1
        for kind, future in abuse_futures:
            results[kind][future.result().status] += 1
    seconds = time.monotonic() - started
    abusive = sum(sum(counter.values()) for counter in results.values())

    rows = list(Enquiry.objects.values_list("company", flat=True))
    real_kept = sum(1 for company in rows if company.startswith("Bench REAL"))
    junk = [company for company in rows if company.startswith("Bench BOT")]
    flooded = sum(1 for company in rows if company.startswith("Bench FLOOD"))
    server_errors = sum(
        count
        for counter in [*results.values(), real_statuses]
        for status, count in counter.items()
        if not isinstance(status, int) or status >= 500
    )
    from enquiries.services import enquiries_per_client

    print()
    print(f"{'kind':<14} {'sent':>5}  answers")
    print(f"{'real':<14} {REAL:>5}  {dict(real_statuses)}")
    for kind, counter in results.items():
        print(f"{kind:<14} {sum(counter.values()):>5}  {dict(sorted(counter.items(), key=str))}")
    print()
    print(f"abusive requests:      {abusive} in {seconds:.1f} s ({abusive / seconds:.0f}/s)")
    print(f"server errors (5xx):   {server_errors}")
    print(f"junk rows from robots: {len(junk)}")
    print(f"real enquiries kept:   {real_kept} of {REAL}")
    print(
        f"flood rows:            {flooded} of {FLOOD} (limit per client: "
        f"{enquiries_per_client()} an hour, + up to {THREADS - 1} in flight)"
    )
    problems = []
    if abusive < 500:
        problems.append(f"only {abusive} abusive requests")
    if server_errors:
        problems.append(f"{server_errors} server errors")
    if junk:
        problems.append(f"{len(junk)} junk rows")
    if real_kept != REAL:
        problems.append(f"{REAL - real_kept} real enquiries lost")
    # core.rate_limits: the shared cache counts without a lock, so requests in
    # flight at the moment the limit is reached may pass (one per client thread).
    if flooded > enquiries_per_client() + THREADS - 1:
        problems.append(f"the flood stored {flooded} rows")
    if problems:
        print("FAILED: " + "; ".join(problems))
        return 1
    print("passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
