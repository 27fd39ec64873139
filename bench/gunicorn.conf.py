"""gunicorn settings for the benchmark (and a starting point for production).

Each worker loads the site's code, templates and catalogues and serves every
language's home page once, inside the process, before it takes its first
connection (``core.warmup.warm_up_process``), so no visitor pays for a cold
process.
"""

import os
from pathlib import Path

workers = 2
bind = "127.0.0.1:8035"


def post_worker_init(worker):
    from core.warmup import settle, warm_up_process

    warm_up_process(worker.wsgi)
    settle()
    # The bench waits for one file per worker before its first request: a
    # worker still warming up would make the "first request" wait for it.
    if os.environ.get("BENCH_DIR"):
        ready = Path(os.environ["BENCH_DIR"]) / "ready"
        ready.mkdir(exist_ok=True)
        (ready / str(worker.pid)).touch()
