"""A proxy that never answers a PURGE costs a publish one short wait and a warning
(core/frontend_cache.py)."""

import socket
import threading

from django.test import TestCase

from core.frontend_cache import TimeLimitedHTTPBackend
from core.purge import urls_for_change

from ..scenario import build_language_tree
from . import proxy_settings


class SilentProxy:
    """A socket that accepts connections and never answers: a hung Varnish."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections = []
        self.thread = threading.Thread(target=self.accept, daemon=True)
        self.thread.start()

    def accept(self):
        while True:
            try:
                connection, _address = self.listener.accept()
            except OSError:
                return
            self.connections.append(connection)

    def close(self):
        self.listener.close()
        for connection in self.connections:
            connection.close()


class HungProxyTests(TestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.proxy = SilentProxy()
        cls.settings = proxy_settings(cls.proxy.port, TIMEOUT=0.2)
        cls.settings.enable()

    @classmethod
    def tearDownClass(cls):
        cls.settings.disable()
        cls.proxy.close()
        super().tearDownClass()

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def setUp(self):
        self.proxy.connections.clear()

    def test_a_publish_completes_with_a_warning_and_gives_up_after_the_first_url(self):
        page = self.tree.bat_trang
        page.title = "Bát Tràng – gốm"
        self.assertGreater(len(urls_for_change(page, changed={"title"})), 1)
        with (
            self.assertLogs("core.frontend_cache", "WARNING") as logs,
            self.captureOnCommitCallbacks(execute=True),
        ):
            page.save_revision().publish()
        page.refresh_from_db()
        self.assertEqual(page.title, "Bát Tràng – gốm")
        self.assertTrue(page.live)
        self.assertEqual(len(self.proxy.connections), 1)
        self.assertIn("TimeoutError", logs.output[0])
        self.assertIn("Skipped purging", logs.output[1])

    def test_a_single_purge_times_out_with_a_warning_and_no_exception(self):
        backend = TimeLimitedHTTPBackend({"LOCATION": f"http://127.0.0.1:{self.proxy.port}"})
        backend.timeout = 0.2
        with self.assertLogs("core.frontend_cache", "WARNING") as logs:
            backend.purge("http://testserver/vi/villages/")
        self.assertEqual(len(logs.output), 1)
        self.assertIn("http://testserver/vi/villages/", logs.output[0])

    def test_a_stopped_proxy_is_a_warning_once_per_batch(self):
        with socket.create_server(("127.0.0.1", 0)) as closed:
            port = closed.getsockname()[1]
        backend = TimeLimitedHTTPBackend({"LOCATION": f"http://127.0.0.1:{port}"})
        with self.assertLogs("core.frontend_cache", "WARNING") as logs:
            backend.purge_batch(["http://testserver/vi/", "http://testserver/en/"])
        self.assertEqual(len(logs.output), 2)
        self.assertIn("http://testserver/vi/", logs.output[0])
        self.assertIn("Skipped purging 1 more URLs", logs.output[1])
