"""``manage.py load_demo`` builds the six-language demo site, and re-running it changes nothing.

A TransactionTestCase on purpose: the builder publishes translations through
wagtail-localize, which publishes in ``transaction.on_commit``. Under a plain
TestCase every callback would wait for the end of the test and publish stale
page objects, which is not what happens when the command runs for real. The
build is slow, so it runs once and one test checks everything about it.
"""

import re
from collections import Counter
from io import StringIO

import polib
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Count
from django.test import TransactionTestCase
from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail_localize.models import TranslationSource

from core.alt_text import missing_alt_report
from demo import sources
from demo.translate import built_source, po_problems
from glossary.models import Term
from glossary.services import entries_from_yaml
from home.models import HomePage
from routes.models import RoutePage
from stories.models import StoryPage
from villages.models import VillagePage

EVERY_LANGUAGE = ("vi", "en", "fr", "it", "ja", "ko")
# The original image of each <img> (renditions are named after it: illustration-kiln.….jpg).
SHOWN_PICTURE = re.compile(r'<img[^>]+src="/media/images/([^./"]+)\.')
# docs/demo-content.md: these exist in all six languages (with the home page).
HEADLINE_SLUGS = (
    "villages",
    "routes",
    "bat-trang",
    "van-phuc",
    "quang-an",
    "west-lake-morning-quang-an",
)
HEADLINE_PATHS = (
    "/",
    "/villages/",
    "/routes/",
    "/villages/bat-trang/",
    "/villages/van-phuc/",
    "/villages/quang-an/",
    "/routes/west-lake-morning-quang-an/",
)


def pages_per_locale():
    return dict(
        Page.objects.exclude(depth=1)
        .values_list("locale__language_code")
        .annotate(count=Count("id"))
        .order_by()
    )


class LoadDemoTests(TransactionTestCase):
    # Start from the migrated database (root page, root collection, locales) even
    # when another TransactionTestCase ran just before and flushed it at its end.
    serialized_rollback = True

    def load_demo(self):
        out, err = StringIO(), StringIO()
        call_command("load_demo", "--skip-renditions", stdout=out, stderr=err)
        pages = set(Page.objects.values_list("id", "live", "alias_of_id"))
        return pages_per_locale(), pages, out.getvalue(), err.getvalue()

    def test_load_demo_twice_builds_the_same_complete_six_language_site(self):
        first_counts, first_pages, _out, first_err = self.load_demo()
        second_counts, second_pages, second_out, second_err = self.load_demo()

        with self.subTest("a second run changes nothing and says so"):
            self.assertEqual(first_counts, second_counts)
            self.assertEqual(first_pages, second_pages)
            self.assertIn("nothing to do", second_out)

        with self.subTest("no stale, untranslated or missing content is reported"):
            self.assertNotIn("warning", first_err + second_err)

        with self.subTest("references are indexed once, at the end of the build"):
            # The build turns per-save indexing off; the admin's "usage" still works.
            bat_trang = Page.objects.get(locale__language_code="en", slug="bat-trang")
            references = ReferenceIndex.get_references_for_object(bat_trang)
            self.assertTrue(references.exists())
            for page in Page.objects.exclude(depth=1).specific().iterator():
                image = getattr(page, "hero_image", None)
                if image is not None:
                    used_by = ReferenceIndex.get_references_to(image).values_list(
                        "object_id", flat=True
                    )
                    self.assertIn(str(page.pk), set(used_by), page.url_path)
                    break
            else:
                self.fail("no demo page has an image")

        with self.subTest("the seed glossary is loaded, once"):
            self.assertEqual(Term.objects.count(), len(entries_from_yaml()))
            self.assertIn("glossary: nothing to do", second_out)

        vi = Locale.objects.get(language_code="vi")
        for item in sources.all_items():
            source = TranslationSource.objects.get(
                object_id=built_source(item).translation_key, locale=vi
            )
            for code, path in item.po_files().items():
                with self.subTest("PO file matches its built source", po=f"{code}/{item.label}"):
                    # Every msgid is a segment of the page as built from its YAML file now,
                    # and every segment has a translation: nothing stale, nothing missing.
                    po = polib.pofile(str(path))
                    self.assertEqual(po_problems(source, po), ([], []))
                    translated = built_source(item).get_translation(
                        Locale.objects.get(language_code=code)
                    )
                    # ... and the translation shows the PO file's text.
                    field = {"crafts": "name", "menus": "handle"}.get(item.kind, "title")
                    msgstr = {entry.msgctxt: entry.msgstr for entry in po}.get(field, item.slug)
                    self.assertEqual(getattr(translated, field), msgstr)

        with self.subTest("every picture has its alt text in every language"):
            superuser = get_user_model()(is_superuser=True, is_active=True)
            missing = missing_alt_report(superuser, list(Locale.objects.all()))
            self.assertEqual([(row.page.url_path, row.locale) for row in missing], [])

        with self.subTest("every language has pages"):
            self.assertEqual(set(second_counts), set(EVERY_LANGUAGE))

        with self.subTest("no alias pages"):
            aliases = Page.objects.filter(alias_of__isnull=False).values_list("url_path", flat=True)
            self.assertEqual(list(aliases), [])

        with self.subTest("every page is live"):
            drafts = (
                Page.objects.exclude(depth=1).filter(live=False).values_list("url_path", flat=True)
            )
            self.assertEqual(list(drafts), [])

        with self.subTest("every page exists in Vietnamese and English"):
            languages = {}
            pages = Page.objects.exclude(depth=1).values_list(
                "translation_key", "locale__language_code"
            )
            for key, code in pages:
                languages.setdefault(key, set()).add(code)
            missing = [key for key, codes in languages.items() if not {"vi", "en"} <= codes]
            self.assertEqual(missing, [])

        with self.subTest("the default site's root is the one Vietnamese home page"):
            root = Site.objects.get(is_default_site=True).root_page.specific
            self.assertIsInstance(root, HomePage)
            self.assertEqual(root.locale.language_code, "vi")
            self.assertEqual(HomePage.objects.filter(locale=root.locale).count(), 1)

        headline_pages = [HomePage.objects.get(locale=vi)]
        headline_pages += [Page.objects.get(locale=vi, slug=slug) for slug in HEADLINE_SLUGS]
        for source in headline_pages:
            for code in EVERY_LANGUAGE:
                with self.subTest(
                    "headline page is a live real translation", page=source.slug, language=code
                ):
                    translation = source.get_translation_or_none(
                        Locale.objects.get(language_code=code)
                    )
                    self.assertIsNotNone(translation)
                    self.assertTrue(translation.live)
                    self.assertIsNone(translation.alias_of_id)

        for code in EVERY_LANGUAGE:
            for path in HEADLINE_PATHS:
                with self.subTest("headline page is served", url=f"/{code}{path}"):
                    self.assertEqual(self.client.get(f"/{code}{path}").status_code, 200)

        # Issue 11: no page shows the same picture twice (hero, body, gallery, cards).
        pictured = Page.objects.live().filter(
            content_type__model__in=(
                "villagepage",
                "storypage",
                "routepage",
                "villageindexpage",
                "storyindexpage",
                "routeindexpage",
                "homepage",
            )
        )
        for page in pictured:
            main = self.client.get(page.url).content.decode().split("<main", 1)[-1]
            shown = Counter(SHOWN_PICTURE.findall(main.split("</main>", 1)[0]))
            with self.subTest("no picture twice on one page", url=page.url):
                self.assertEqual([name for name, n in shown.items() if n > 1], [])

        # Issue 11: every village, story and route has an illustration of its own.
        for code in EVERY_LANGUAGE:
            with self.subTest("each village, story and route has its own hero", language=code):
                heroes = {}
                for model in (VillagePage, StoryPage, RoutePage):
                    pages = model.objects.live().filter(locale__language_code=code)
                    heroes.update(pages.values_list("slug", "hero_image_id"))
                self.assertEqual(len(heroes), 22)
                self.assertNotIn(None, heroes.values())
                shared = Counter(heroes.values())
                self.assertEqual(
                    sorted(slug for slug, image in heroes.items() if shared[image] > 1), []
                )
