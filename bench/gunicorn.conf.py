"""gunicorn settings for the benchmark (and a starting point for production).

Each worker loads the site's templates, URL patterns and catalogues before
it takes its first request (``core.cache.warm_up_process``), so no visitor
pays for them.
"""

workers = 2
bind = "127.0.0.1:8035"


def post_worker_init(worker):
    from core.cache import warm_up_process

    warm_up_process()
