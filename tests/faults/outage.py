"""Make the database really unreachable, in this process or for a server process.

No mocks: the connection is pointed at a SQLite file that cannot be opened
or a TCP port where nothing listens, so the driver itself fails the way it
does when the database is away.
"""

import copy
import selectors
import socket
import threading
from contextlib import contextmanager, suppress
from pathlib import Path

from django.db import connections
from django.db.utils import load_backend


def free_port():
    """A loopback TCP port with nothing listening on it (yet)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def unreachable_settings(settings_dict, directory):
    """``settings_dict`` pointing where no database answers."""
    dead = copy.deepcopy(settings_dict)
    if dead["ENGINE"].endswith("sqlite3"):
        # A file in a folder that does not exist: SQLite cannot open it.
        dead["NAME"] = str(Path(directory) / "missing-folder" / "db.sqlite3")
    else:
        dead.update(HOST="127.0.0.1", PORT=str(free_port()))
    return dead


@contextmanager
def database_unreachable(directory):
    """The default connection, for the duration, points where no database answers.

    The test database's own connection (and its transaction) is set aside and
    put back afterwards; Django opens the dead one on the next query, exactly
    as it opens a new connection per request in production.
    """
    original = connections["default"]
    settings_dict = unreachable_settings(original.settings_dict, directory)
    dead = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, alias="default")
    connections["default"] = dead
    try:
        yield
    finally:
        dead.close()
        connections["default"] = original


class TcpProxy:
    """A loopback TCP forwarder that can be switched off and on, like a server.

    Off closes the listening socket and every forwarded connection: clients
    see their connection drop and new connections refused, as when
    PostgreSQL stops. On listens again on the same port.
    """

    def __init__(self, target_host, target_port, port=None):
        self.target = (target_host, int(target_port))
        self.port = port or free_port()
        self._listener = None
        self._sockets = set()
        self._lock = threading.Lock()
        self._thread = None
        self._stop = threading.Event()

    def start(self):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen()
        listener.settimeout(0.2)
        self._listener = listener
        self._stop.clear()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def stop(self):
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        with self._lock:
            for sock in self._sockets:
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self._sockets.clear()

    def _accept(self):
        while not self._stop.is_set():
            try:
                client, _address = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets.update({client, upstream})
            threading.Thread(target=self._pipe, args=(client, upstream), daemon=True).start()

    def _pipe(self, client, upstream):
        selector = selectors.DefaultSelector()
        selector.register(client, selectors.EVENT_READ, upstream)
        selector.register(upstream, selectors.EVENT_READ, client)
        try:
            while not self._stop.is_set():
                for key, _events in selector.select(timeout=0.2):
                    data = key.fileobj.recv(65536)
                    if not data:
                        return
                    key.data.sendall(data)
        except OSError:
            return
        finally:
            selector.close()
            for sock in (client, upstream):
                sock.close()
            with self._lock:
                self._sockets.difference_update({client, upstream})
