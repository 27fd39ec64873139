"""What the benchmarks share: the environment of a process on a throwaway copy of the site.

``bench/run.py`` (gunicorn on a copy of the demo) and ``bench/scale.py`` (one
worker per factor) both run Django with the bench settings against a database
and a cache folder of their own, never the developer's.
"""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bench_environment(bench_dir, database, cache_dir, *, page_cache=False, **extra):
    """The environment for ``bench.settings`` on ``database`` with caches in ``cache_dir``.

    ``bench_dir`` holds the media and collected static files; ``extra`` adds
    or overrides variables (the map tile server of ``bench/run.py``).
    """
    env = dict(os.environ)
    # The developer's own settings and database must never leak into a bench run.
    for name in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "MEDIA_ROOT", "CACHE_DIR"):
        env.pop(name, None)
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        BENCH_DIR=str(bench_dir),
        SECRET_KEY="bench-only-" + os.urandom(16).hex(),
        DATABASE_URL=f"sqlite:///{database}",
        MEDIA_ROOT=str(Path(bench_dir) / "media"),
        CACHE_DIR=str(cache_dir),
        PAGE_CACHE="true" if page_cache else "false",
        PYTHONPATH=str(ROOT),
        LOG_LEVEL="ERROR",
        **extra,
    )
    return env
