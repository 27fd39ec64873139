"""The service worker script, the offline page, the manifest, and the hooks in every page."""

import json
import re
from unittest import mock

from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.test import TestCase, override_settings
from django.utils import translation
from django.utils.translation import gettext

from offline import services
from tests.scenario import build_language_tree

LANGUAGES = ("vi", "en", "fr", "it", "ja", "ko")


def worker_config(response):
    match = re.match(r"const CONFIG = (\{.*?\n\});\n", response.content.decode(), re.S)
    return json.loads(match.group(1))


class ServiceWorkerScriptTests(TestCase):
    def test_served_at_the_root_as_javascript_that_is_always_revalidated(self):
        response = self.client.get("/sw.js")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/javascript; charset=utf-8")
        self.assertEqual(response["Cache-Control"], "no-cache")
        # No Service-Worker-Allowed header is needed: at /sw.js its scope is already "/".
        self.assertNotIn("Service-Worker-Allowed", response)

    def test_carries_the_sites_security_headers_and_no_cookie(self):
        response = self.client.get("/sw.js")
        self.assertIn("default-src 'none'", response["Content-Security-Policy"])
        self.assertIn("connect-src 'self'", response["Content-Security-Policy"])
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        self.assertEqual(response["Cross-Origin-Resource-Policy"], "same-origin")
        self.assertIn("Permissions-Policy", response)
        self.assertFalse(response.cookies)

    def test_needs_no_database(self):
        with self.assertNumQueries(0):
            self.client.get("/sw.js")

    def test_is_not_a_language_page(self):
        """Not redirected to /en/sw.js, and not taken by the page cache."""
        response = self.client.get("/sw.js", headers={"Accept-Language": "ja"})
        self.assertEqual(response.status_code, 200)
        self.assertNotIn("X-Cache", response)

    def test_refuses_writes_without_an_error_page(self):
        self.assertEqual(self.client.post("/sw.js").status_code, 405)
        self.assertEqual(self.client.head("/sw.js").status_code, 200)

    def test_config_names_an_offline_page_per_language_and_precaches_them(self):
        config = worker_config(self.client.get("/sw.js"))
        self.assertEqual(config["languages"], list(LANGUAGES))
        self.assertEqual(config["offlinePages"], {code: f"/{code}/offline/" for code in LANGUAGES})
        for url in config["offlinePages"].values():
            self.assertIn(url, config["precache"])
        self.assertEqual(config["fallbackLanguage"], "en")

    def test_every_precached_url_answers(self):
        """An install fails as a whole when one precached URL does."""
        build_language_tree()
        config = worker_config(self.client.get("/sw.js"))
        for url in config["precache"]:
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 200)

    def test_caches_are_named_by_version_and_saved_pages_outlive_a_deploy(self):
        config = worker_config(self.client.get("/sw.js"))
        caches = config["caches"]
        self.assertEqual(caches["shell"], f"hcv-shell-{config['version']}")
        self.assertNotIn(config["version"], caches["pages"])
        self.assertTrue(all(name.startswith(config["cachePrefix"]) for name in caches.values()))

    def test_version_is_stable_and_changes_with_the_deploy_setting(self):
        first = worker_config(self.client.get("/sw.js"))["version"]
        self.assertEqual(worker_config(self.client.get("/sw.js"))["version"], first)
        with override_settings(OFFLINE_CACHE_VERSION="release-2027-01"):
            changed = worker_config(self.client.get("/sw.js"))["version"]
        self.assertNotEqual(changed, first)

    def test_version_follows_the_static_manifest(self):
        """Under ManifestStaticFilesStorage, any changed static file changes the version."""

        class Storage:
            manifest_hash = "a1b2c3"

        first = services.cache_version()
        with mock.patch.object(services, "staticfiles_storage", Storage()):
            self.assertNotEqual(services.cache_version(), first)

    def test_static_files_are_cache_first_only_when_their_names_are_hashed(self):
        self.assertFalse(worker_config(self.client.get("/sw.js"))["staticHashed"])
        manifest_storage = {
            "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
            "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
        }
        with override_settings(STORAGES=manifest_storage):
            self.assertTrue(services.static_files_are_hashed())

    def test_limits_are_bounded(self):
        limits = worker_config(self.client.get("/sw.js"))["limits"]
        self.assertEqual(limits["pages"], 60)
        self.assertLessEqual(limits["mediaBytes"], 1024 * 1024)
        self.assertGreater(limits["static"], 0)


class OfflinePageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_language_tree()

    def test_exists_in_every_language_with_its_strings_and_noindex(self):
        for code in LANGUAGES:
            with self.subTest(language=code):
                response = self.client.get(f"/{code}/offline/")
                self.assertEqual(response.status_code, 200)
                soup = BeautifulSoup(response.content, "html.parser")
                self.assertEqual(soup.html["lang"], code)
                self.assertEqual(soup.find("meta", attrs={"name": "robots"})["content"], "noindex")
                with translation.override(code):
                    expected = [str(label) for _kind, label in services.PAGE_KINDS]
                    title = gettext("Saved for offline")
                self.assertIn(title, soup.title.string)
                headings = [h.get_text(strip=True) for h in soup.select("[data-offline-kind] h3")]
                self.assertEqual(headings, expected)

    def test_lists_every_kind_of_saved_page_in_order_hidden_until_filled(self):
        soup = BeautifulSoup(self.client.get("/en/offline/").content, "html.parser")
        groups = soup.select("[data-offline-kind]")
        self.assertEqual([group["data-offline-kind"] for group in groups], [
            "village", "route", "my_day", "driver", "other",
        ])  # fmt: skip
        self.assertTrue(all(group.has_attr("hidden") for group in groups))
        self.assertIn("{date}", soup.select_one("[data-offline-page]")["data-saved-on-text"])

    def test_gives_its_script_the_pages_cache_and_language_names(self):
        soup = BeautifulSoup(self.client.get("/ja/offline/").content, "html.parser")
        config = json.loads(soup.find("script", id="offline-config").string)
        self.assertEqual(config["pagesCache"], services.cache_names()["pages"])
        self.assertEqual(config["offlinePath"], "/ja/offline/")
        self.assertEqual(config["language"], "ja")
        self.assertEqual(config["languageNames"]["vi"], "Tiếng Việt")
        scripts = [tag["src"] for tag in soup.find_all("script", src=True)]
        self.assertIn("/static/js/offline.js", scripts)

    def test_is_the_same_for_every_visitor(self):
        """The worker keeps one copy per language: no token, cookie or nonce in it."""
        response = self.client.get("/en/offline/")
        self.assertFalse(response.cookies)
        self.assertNotIn(b"csrfmiddlewaretoken", response.content)
        self.assertNotIn("nonce-", response["Content-Security-Policy"])

    def test_refuses_writes_without_an_error_page(self):
        self.assertEqual(self.client.post("/en/offline/").status_code, 405)


class ManifestTests(TestCase):
    def test_manifest_in_each_language_opens_that_languages_home(self):
        for code in LANGUAGES:
            with self.subTest(language=code):
                response = self.client.get(f"/{code}/manifest.webmanifest")
                self.assertEqual(response.status_code, 200)
                self.assertEqual(
                    response["Content-Type"], "application/manifest+json; charset=utf-8"
                )
                data = json.loads(response.content)
                self.assertEqual(data["lang"], code)
                self.assertEqual(data["start_url"], f"/{code}/")
                self.assertEqual(data["scope"], "/")
                self.assertEqual(data["id"], "/")
                with translation.override(code):
                    self.assertEqual(data["name"], gettext("Hanoi Craft Villages"))

    def test_icons_exist_and_include_the_sizes_browsers_install_with(self):
        data = json.loads(self.client.get("/en/manifest.webmanifest").content)
        sizes = {icon["sizes"] for icon in data["icons"]}
        self.assertTrue({"192x192", "512x512"} <= sizes)
        self.assertIn("maskable", {icon.get("purpose") for icon in data["icons"]})
        for icon in data["icons"]:
            with self.subTest(icon=icon["src"]):
                self.assertTrue(finders.find(icon["src"].removeprefix("/static/")))


class EveryPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def test_pages_register_the_worker_from_an_external_deferred_script(self):
        soup = BeautifulSoup(self.client.get(self.tree.en["village"].url).content, "html.parser")
        script = soup.find("script", src="/static/js/sw-register.js")
        self.assertIsNotNone(script)
        self.assertTrue(script.has_attr("defer"))
        self.assertEqual(script["data-worker"], "/sw.js")
        self.assertEqual(soup.find("link", rel="manifest")["href"], "/en/manifest.webmanifest")

    def test_saved_copy_notice_is_hidden_with_the_pages_own_words(self):
        for language, page in (("vi", self.tree.bat_trang), ("en", self.tree.en["village"])):
            with self.subTest(language=language):
                soup = BeautifulSoup(self.client.get(page.url).content, "html.parser")
                notice = soup.find(id="offline-status")
                self.assertEqual(notice["role"], "status")
                self.assertTrue(notice.has_attr("hidden"))
                with translation.override(language):
                    offline = gettext("You are offline. This copy was saved on %(date)s.")
                    reload_label = gettext("Reload for the latest version")
                self.assertEqual(notice["data-offline-text"], offline % {"date": "{date}"})
                self.assertEqual(notice.button.get_text(strip=True), reload_label)

    def test_page_cache_keeps_what_the_worker_needs(self):
        """A page from core/cache.py's cache is still HTML the worker may save and mark."""
        url = self.tree.en["route"].url
        self.client.get(url)
        response = self.client.get(url)
        self.assertEqual(response["X-Cache"], "HIT")
        self.assertTrue(response["Content-Type"].startswith("text/html"))
        self.assertNotIn("Set-Cookie", response)
        content = response.content.decode()
        self.assertRegex(content, r"<html\b")
        self.assertIn("/static/js/sw-register.js", content)
        self.assertNotIn("csrfmiddlewaretoken", content)
