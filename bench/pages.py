"""Queries and CPU time of each page type on a built database (docs/performance.md).

``make bench-scale`` builds and multiplies the demo, which takes a while at
10× and more; with ``SCALE_KEEP`` set it keeps each factor's database. This
measures one such database (or any SQLite copy of the site) again, for the
before/after of a change: ``python -m bench.pages DB [PAGE TYPE ...]``, e.g.
``python -m bench.pages /tmp/scale/factor-10.sqlite3 "village index" "search results"``.

The database is copied, never written. Each page type's first page, in vi
and en (``--languages`` names others), is fetched in-process
(``django.test.Client``, ``bench/settings.py``, page cache off, small data
caches warm): the queries of one request and the median CPU time of 9 (the
steadier figure on a shared machine, bench/scale.py).
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import bench_environment  # noqa: E402
from bench.scale import PAGE_TYPES, SEARCH_QUERY  # noqa: E402

TYPES = [*PAGE_TYPES, "search results"]
SAMPLES = 9


def targets(names, languages):
    from wagtail.models import Locale

    from bench.scale import first_of, local_url

    for name in names:
        for lang in languages:
            if name == "search results":
                yield name, lang, f"/{lang}/search/?q={SEARCH_QUERY}"
                continue
            page = first_of(PAGE_TYPES[name]).get_translation_or_none(
                Locale.objects.get(language_code=lang)
            )
            if page is not None and page.live:
                yield name, lang, local_url(page)


def worker(names, languages):
    import django

    django.setup()
    from django.test import Client

    from bench.scale import counted, timed
    from core.warmup import settle

    client = Client(HTTP_HOST="127.0.0.1")
    paths = list(targets(names, languages))
    # Every page once first: templates, catalogues and data caches are warm before timing.
    for _name, _lang, path in paths:
        client.get(path)
    # As a gunicorn worker after its warm-up (deploy/gunicorn.conf.py).
    settle()
    print(f"{'page type':15} lang queries cpu_p50_ms  path")
    for name, lang, path in paths:
        # ``timed`` stops at a response other than 200: a bench of an error page misleads.
        _wall, cpu, _response = timed(client, path, SAMPLES)
        print(f"{name:15} {lang:4} {counted(client, path):7} {cpu * 1000:10.1f}  {path}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database", help="a SQLite database of the site (copied, never written)")
    parser.add_argument("types", nargs="*", metavar="PAGE TYPE", help=", ".join(TYPES))
    parser.add_argument(
        "--languages",
        nargs="+",
        default=["vi", "en"],
        help="language codes to measure each page type in (default: vi en)",
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    names = args.types or TYPES
    unknown = sorted(set(names) - set(TYPES))
    if unknown:
        parser.error(f"unknown page types: {', '.join(unknown)} (known: {', '.join(TYPES)})")
    if args.worker:
        worker(names, args.languages)
        return
    base = Path(tempfile.mkdtemp(prefix="hcv-pages-"))
    try:
        database = base / "site.sqlite3"
        shutil.copy2(args.database, database)
        env = bench_environment(base, database, base / "cache")
        for command in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
            subprocess.run(
                [sys.executable, "manage.py", *command, "-v", "0"], cwd=ROOT, env=env, check=True
            )
        subprocess.run(
            [
                *(sys.executable, "-m", "bench.pages", str(database), *names),
                *("--languages", *args.languages, "--worker"),
            ],
            cwd=ROOT,
            env=env,
            check=True,
        )
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
