"""gunicorn settings for an app server behind the caching proxy (docs/deployment.md).

The bind address comes from the command line (``--bind``) or ``GUNICORN_BIND``,
so one file serves every app server of a cluster. Sync workers, because the
proxy in front (deploy/varnish.vcl.template) holds the slow clients and the keep-alive
connections; a worker that closes after each answer also lets a stopped server
hand its traffic over at once, with no idle connection left to fail.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
# A request stuck this long is killed and logged rather than holding a worker.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On SIGTERM the listening socket closes at once (the proxy retries elsewhere)
# and requests already running get this long to finish.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "10"))
# The proxy on loopback is the only client whose X-Forwarded-* headers count.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"


def post_worker_init(worker):
    # Loads code, templates and catalogues before the first connection
    # (docs/performance.md, "Cold start"), so a restarted server is not slow;
    # then keeps all of it out of the garbage collector's full collections
    # (core.warmup.settle).
    from core.warmup import settle, warm_up_process

    warm_up_process(worker.wsgi)
    settle()
