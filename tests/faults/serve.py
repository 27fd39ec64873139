"""Serve the site over HTTP on a free loopback port; print the port, serve until killed.

Used by the outage tests: a real server process with its own database
connection, which the test takes away and gives back.
"""

import os
import sys
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, make_server

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.faults.server_settings")


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):
        pass


def main():
    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()
    server = make_server("127.0.0.1", 0, application, handler_class=QuietHandler)
    print(server.server_port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
