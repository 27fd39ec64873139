"""A change retires exactly its URLs: in this process's page cache and in the proxy."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.test import TestCase, override_settings

from core.models import NavigationMenu
from core.purge import all_urls, urls_for_change

from ..scenario import build_language_tree
from . import proxy_settings


class PageCachePurgeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def warm(self, *paths):
        for path in paths:
            self.client.get(path)
            self.assertEqual(self.client.get(path)["X-Cache"], "HIT", path)

    def assert_hit(self, path):
        with self.assertNumQueries(0):
            response = self.client.get(path)
        self.assertEqual(response["X-Cache"], "HIT", path)

    def assert_fresh(self, path, text):
        response = self.client.get(path)
        self.assertEqual(response["X-Cache"], "MISS", path)
        self.assertIn(text, response.content.decode())

    def test_publishing_a_village_refreshes_what_shows_it_and_keeps_the_rest(self):
        related = ("/vi/villages/bat-trang/", "/vi/villages/", "/vi/routes/west-lake/")
        unrelated = ("/vi/", "/en/", "/vi/stories/", "/vi/routes/", "/en/routes/")
        self.warm(*related, "/en/villages/bat-trang/", *unrelated)
        page = self.tree.bat_trang
        page.title = "Bát Tràng – gốm"
        page.save_revision().publish()
        for path in related:
            with self.subTest(path=path):
                self.assert_fresh(path, "Bát Tràng – gốm")
        # The English page's switcher names the Vietnamese one.
        self.assertEqual(self.client.get("/en/villages/bat-trang/")["X-Cache"], "MISS")
        for path in unrelated:
            with self.subTest(path=path):
                self.assert_hit(path)

    def test_a_text_edit_keeps_the_pages_that_only_show_its_card(self):
        self.warm("/vi/villages/bat-trang/", "/vi/routes/west-lake/", "/vi/villages/van-phuc/")
        page = self.tree.bat_trang
        page.body = [("paragraph", "<p>Làng gốm bảy thế kỷ.</p>")]
        page.save_revision().publish()
        self.assert_fresh("/vi/villages/bat-trang/", "Làng gốm bảy thế kỷ.")
        # Its title, coordinates and crafts are unchanged: the route and the neighbour keep theirs.
        self.assert_hit("/vi/routes/west-lake/")
        self.assert_hit("/vi/villages/van-phuc/")

    def test_a_story_text_edit_keeps_its_village_and_a_new_title_refreshes_it(self):
        self.warm(
            "/vi/villages/bat-trang/", "/en/villages/bat-trang/", "/vi/stories/bat-trang-ceramics/"
        )
        story = self.tree.story
        story.body = [("paragraph", "<p>Những người thợ gốm.</p>")]
        story.save_revision().publish()
        self.assert_fresh("/vi/stories/bat-trang-ceramics/", "Những người thợ gốm.")
        # The village lists the story's card (title, intro, picture), which did not change.
        self.assert_hit("/vi/villages/bat-trang/")
        self.assert_hit("/en/villages/bat-trang/")
        story.title = "Gốm Bát Tràng – bảy thế kỷ"
        story.save_revision().publish()
        self.assert_fresh("/vi/villages/bat-trang/", "Gốm Bát Tràng – bảy thế kỷ")
        self.assertEqual(self.client.get("/en/villages/bat-trang/")["X-Cache"], "MISS")

    def test_a_route_that_drops_a_stop_refreshes_the_village_it_left(self):
        # The village lists the routes through it; after the save the index no
        # longer links the route to it, so only the reference read before the save
        # can name it.
        self.warm("/vi/villages/bat-trang/", "/vi/villages/van-phuc/")
        self.assertIn("Sáng Hồ Tây", self.client.get("/vi/villages/bat-trang/").content.decode())
        route = self.tree.route
        route.stops = [stop for stop in route.stops.all() if stop.village_id is None]
        route.save_revision().publish()
        self.assert_fresh("/vi/villages/bat-trang/", "Bát Tràng")
        self.assertNotIn("Sáng Hồ Tây", self.client.get("/vi/villages/bat-trang/").content.decode())
        self.assert_hit("/vi/villages/van-phuc/")

    def test_a_route_that_adds_a_stop_refreshes_the_village_it_reaches(self):
        from routes.models import RouteStop

        self.warm("/vi/villages/van-phuc/", "/vi/villages/bat-trang/")
        route = self.tree.route
        route.stops = [
            *route.stops.all(),
            RouteStop(village=self.tree.van_phuc, minutes_here=60, locale=route.locale),
        ]
        route.save_revision().publish()
        self.assert_fresh("/vi/villages/van-phuc/", "Sáng Hồ Tây")

    def test_every_query_string_of_a_purged_path_is_retired(self):
        self.warm("/vi/villages/?craft=ceramics")
        page = self.tree.van_phuc
        page.title = "Vạn Phúc – lụa"
        page.save_revision().publish()
        self.assert_fresh("/vi/villages/?craft=ceramics", "Vạn Phúc – lụa")

    def test_a_slug_change_retires_the_old_address(self):
        self.warm("/vi/villages/van-phuc/")
        page = self.tree.van_phuc
        page.slug = "van-phuc-silk"
        # Wagtail sends page_slug_changed once the change is committed.
        with self.captureOnCommitCallbacks(execute=True):
            page.save_revision().publish()
        old = self.client.get("/vi/villages/van-phuc/")
        self.assertNotEqual(old.status_code, 200)
        self.assertEqual(self.client.get("/vi/villages/van-phuc-silk/").status_code, 200)

    def test_deleting_a_page_retires_it_and_its_index(self):
        self.warm("/vi/villages/van-phuc/", "/vi/villages/", "/vi/stories/")
        self.tree.van_phuc.delete()
        self.assertEqual(self.client.get("/vi/villages/van-phuc/").status_code, 404)
        self.assertNotIn("Vạn Phúc", self.client.get("/vi/villages/").content.decode())
        self.assert_hit("/vi/stories/")

    def test_a_draft_saved_retires_nothing(self):
        self.warm("/vi/villages/bat-trang/", "/vi/")
        page = self.tree.bat_trang
        page.title = "Bát Tràng (nháp)"
        page.save_revision()
        self.assert_hit("/vi/villages/bat-trang/")
        self.assert_hit("/vi/")

    def test_a_menu_change_still_retires_everything(self):
        self.warm("/vi/stories/bat-trang-ceramics/", "/ja/")
        menu = NavigationMenu.objects.get(locale__language_code="vi", handle="header")
        menu.save()
        for path in ("/vi/stories/bat-trang-ceramics/", "/ja/"):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path)["X-Cache"], "MISS")


class PurgeRecorder(BaseHTTPRequestHandler):
    """A stand-in for Varnish: records each PURGE's host and path."""

    received = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.received.append(f"http://{self.headers['Host']}{self.path}")
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


class ProxyPurgeTests(TestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()
        cls.proxy = proxy_settings(cls.server.server_address[1])
        cls.proxy.enable()

    @classmethod
    def tearDownClass(cls):
        cls.proxy.disable()
        cls.server.shutdown()
        cls.server.server_close()
        super().tearDownClass()

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def setUp(self):
        PurgeRecorder.received = []

    def test_a_publish_sends_its_list_once_after_the_commit(self):
        page = self.tree.bat_trang
        page.title = "Bát Tràng – gốm"  # shown on its cards: the referrers are purged too
        expected = urls_for_change(page, changed={"title"})
        revision = page.save_revision()
        with self.captureOnCommitCallbacks(execute=False) as callbacks:
            revision.publish()
        self.assertEqual(PurgeRecorder.received, [])  # nothing before the commit
        for callback in callbacks:
            callback()
        self.assertEqual(sorted(PurgeRecorder.received), sorted(expected))

    def test_a_move_sends_the_old_and_the_new_addresses_in_one_batch(self):
        page = self.tree.van_phuc
        old = urls_for_change(page, moving=True)
        with self.captureOnCommitCallbacks(execute=True):
            page.move(self.tree.stories, pos="last-child")
        new = urls_for_change(type(page).objects.get(pk=page.pk))
        self.assertEqual(sorted(PurgeRecorder.received), sorted(old | new))
        self.assertIn("http://testserver/vi/villages/van-phuc/", PurgeRecorder.received)
        self.assertIn("http://testserver/vi/stories/van-phuc/", PurgeRecorder.received)

    def test_a_menu_change_purges_every_url(self):
        menu = NavigationMenu.objects.get(locale__language_code="vi", handle="header")
        with self.captureOnCommitCallbacks(execute=True):
            menu.save()
        self.assertEqual(sorted(PurgeRecorder.received), sorted(all_urls()))

    def test_without_a_proxy_nothing_is_sent(self):
        with (
            override_settings(WAGTAILFRONTENDCACHE=None),
            self.captureOnCommitCallbacks(execute=True),
        ):
            self.tree.bat_trang.save_revision().publish()
        self.assertEqual(PurgeRecorder.received, [])
