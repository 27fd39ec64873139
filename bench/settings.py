"""Production settings for the benchmark: the real ones, served on 127.0.0.1 over plain HTTP.

Only what a loopback benchmark must change: no HTTPS redirect, the host is
127.0.0.1, and static files, cache and media live in the run's own folder
(``BENCH_DIR``), so a run never touches the developer's files.
"""

import os
from pathlib import Path

os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

from tourism_site.settings.production import *  # noqa: E402, F403

BENCH_DIR = Path(os.environ["BENCH_DIR"])
STATIC_ROOT = BENCH_DIR / "static"
DEBUG = False
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "true").lower() == "true"
