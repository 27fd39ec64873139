"""PUBLIC_URL: ``manage.py set_public_url`` gives the default Site the public address,
and every absolute URL the site writes follows it, whatever Host a request came with."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings
from wagtail.models import Site

from core.public_url import apply_public_url
from tests.scenario import build_language_tree
from tests.utils import canonical_url, hreflang_links

PUBLIC = "https://craftvillages.hanoi.vn"


def set_public_url(*arguments):
    out = StringIO()
    call_command("set_public_url", *arguments, stdout=out)
    return out.getvalue()


class SetPublicURLTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def get_ok(self, path, host="testserver"):
        response = self.client.get(path, headers={"host": host})
        self.assertEqual(response.status_code, 200, path)
        return response

    def test_the_command_gives_the_default_site_the_public_host_and_https_port(self):
        output = set_public_url(PUBLIC)
        site = Site.objects.get(is_default_site=True)
        self.assertEqual((site.hostname, site.port), ("craftvillages.hanoi.vn", 443))
        self.assertEqual(site.root_url, PUBLIC)
        self.assertIn(f"now {PUBLIC}", output)

    def test_a_second_run_changes_nothing_and_says_so(self):
        set_public_url(PUBLIC)
        self.assertIn("nothing changed", set_public_url(PUBLIC + "/"))
        self.assertEqual(apply_public_url(PUBLIC)[1], False)

    def test_without_an_argument_the_public_url_setting_is_used(self):
        with override_settings(PUBLIC_URL="http://127.0.0.1:8080"):
            set_public_url()
        self.assertEqual(Site.objects.get(is_default_site=True).root_url, "http://127.0.0.1:8080")

    def test_no_url_and_no_setting_is_a_clear_error(self):
        with override_settings(PUBLIC_URL=""), self.assertRaisesMessage(CommandError, "PUBLIC_URL"):
            set_public_url()

    def test_a_bad_url_is_refused_with_the_reason_and_the_site_is_unchanged(self):
        before = Site.objects.get(is_default_site=True).root_url
        for url, reason in (
            ("craftvillages.hanoi.vn", "must start with https://"),
            ("https://craftvillages.hanoi.vn/vi/", "no path"),
            ("https://craftvillages.hanoi.vn:8443", "port 443"),
        ):
            with self.subTest(url=url), self.assertRaisesMessage(CommandError, reason):
                set_public_url(url)
        self.assertEqual(Site.objects.get(is_default_site=True).root_url, before)

    def test_canonical_and_hreflang_links_follow_the_public_url_not_the_request(self):
        # Seen once before the change: a page cached with the old address must not survive it.
        before = self.get_ok("/vi/villages/bat-trang/")
        self.assertEqual(canonical_url(before), "http://testserver/vi/villages/bat-trang/")
        set_public_url(PUBLIC)
        for host in ("testserver", "localhost"):
            with self.subTest(host=host):
                response = self.get_ok("/vi/villages/bat-trang/", host=host)
                self.assertEqual(canonical_url(response), f"{PUBLIC}/vi/villages/bat-trang/")
                links = hreflang_links(response)
                self.assertEqual(links["vi"], f"{PUBLIC}/vi/villages/bat-trang/")
                self.assertEqual(links["en"], f"{PUBLIC}/en/villages/bat-trang/")
                self.assertTrue(all(href.startswith(PUBLIC + "/") for href in links.values()))

    def test_the_sitemap_and_robots_txt_use_the_public_url(self):
        self.get_ok("/sitemap.xml")
        set_public_url(PUBLIC)
        index = self.get_ok("/sitemap.xml", host="localhost").content.decode()
        self.assertIn(f"<loc>{PUBLIC}/sitemap-vi.xml</loc>", index)
        sitemap = self.get_ok("/sitemap-vi.xml", host="localhost").content.decode()
        self.assertIn(f"<loc>{PUBLIC}/vi/villages/bat-trang/</loc>", sitemap)
        for content in (index, sitemap):
            self.assertNotIn("http://testserver", content)
            self.assertNotIn("localhost", content)
        robots = self.get_ok("/robots.txt", host="localhost").content.decode()
        self.assertIn(f"Sitemap: {PUBLIC}/sitemap.xml", robots)


@pytest.mark.django_db
def test_the_demo_home_site_is_built_at_the_public_url_when_it_is_set():
    """The demo builder's first steps, as load_demo runs them, up to the home page and its Site."""
    from demo import illustrations, sources
    from demo.builder import DemoBuilder

    builder = DemoBuilder(log=lambda message: None, warn=lambda message: None)
    builder.ensure_locales()
    builder.images = illustrations.ensure_images(builder.log)
    (home,) = sources.items("home")
    with override_settings(PUBLIC_URL=PUBLIC):
        builder.ensure_home(home)
    assert Site.objects.get(is_default_site=True).root_url == PUBLIC
