"""Machine translation: the glossary-only translator, DeepL, and failures that never 500.

DeepL is reached through the official ``deepl`` client against a small HTTP
server on 127.0.0.1 that answers as DeepL's API does (translations, glossary
language pairs, a new glossary) or fails as it can (quota, key, rate limit,
outage, no answer in time). Nothing leaves the machine.
"""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.contrib.messages import get_messages
from django.core.cache import cache
from django.test import TestCase, override_settings
from django.urls import resolve, reverse
from wagtail.models import Locale
from wagtail.test.utils import WagtailTestUtils
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from core import translation_status as ts
from glossary.machine_translation import DeepLTranslator, GlossaryTranslator
from glossary.services import load_seed
from tests.glossary import admin_in
from tests.utils import create_vi_home
from villages.factories import VillageIndexPageFactory, VillagePageFactory

GLOSSARY = {"CLASS": "glossary.machine_translation.GlossaryTranslator"}


class FakeDeepL(BaseHTTPRequestHandler):
    """DeepL's API as far as the client uses it; ``server.mode`` picks the answer."""

    def log_message(self, *args):
        pass

    def answer(self, status, body):
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self):  # noqa: N802 (http.server's name)
        self.server.requests.append(("GET", self.path, None))
        if self.path.startswith("/v2/glossary-language-pairs"):
            self.answer(200, {"supported_languages": self.server.glossary_pairs})
        else:
            self.answer(404, {"message": "Not found"})

    def do_POST(self):  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        self.server.requests.append(("POST", self.path, body))
        mode = self.server.mode
        if mode == "slow":
            time.sleep(1.5)
            self.answer(200, {"translations": []})
        elif mode == "quota":
            self.answer(456, {"message": "Quota exceeded"})
        elif mode == "auth":
            self.answer(403, {"message": "Wrong auth key"})
        elif mode == "busy":
            self.answer(429, {"message": "Too many requests"})
        elif mode == "outage":
            self.answer(503, {"message": "Service unavailable"})
        elif self.path.startswith("/v2/glossaries"):
            self.answer(
                201,
                {
                    "glossary_id": "g-123",
                    "name": body["name"],
                    "ready": True,
                    "source_lang": body["source_lang"],
                    "target_lang": body["target_lang"],
                    "creation_time": "2026-12-02T10:00:00.000Z",
                    "entry_count": len(body["entries"].splitlines()),
                },
            )
        else:
            texts = body["text"]
            self.answer(
                200,
                {
                    "translations": [
                        {
                            "detected_source_language": "VI",
                            "text": f"[{body['target_lang']}] {text}",
                            "billed_characters": len(text),
                        }
                        for text in texts
                    ]
                },
            )


class FakeDeepLMixin:
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.server = ThreadingHTTPServer(("127.0.0.1", 0), FakeDeepL)
        cls.server.mode = "ok"
        cls.server.requests = []
        cls.server.glossary_pairs = []
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()
        super().tearDownClass()

    def setUp(self):
        super().setUp()
        cache.clear()
        self.server.mode = "ok"
        self.server.requests = []
        self.server.glossary_pairs = []

    def deepl_settings(self, timeout=5):
        host, port = self.server.server_address
        return {
            "CLASS": "glossary.machine_translation.DeepLTranslator",
            "OPTIONS": {
                "AUTH_KEY": "test-key:fx",
                "SERVER_URL": f"http://{host}:{port}",
                "TIMEOUT": timeout,
                "RETRIES": 0,
            },
        }

    def translated_texts(self):
        return [
            text
            for method, path, body in self.server.requests
            if method == "POST" and path.startswith("/v2/translate")
            for text in body["text"]
        ]


class TranslationFixture(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        index = VillageIndexPageFactory(parent=cls.home)
        cls.village = VillagePageFactory(
            parent=index,
            title="Gốm sứ",
            slug="gom-su",
            intro="Làng gốm Bát Tràng bên sông Hồng.",
        )
        load_seed()
        cls.vi = Locale.objects.get(language_code="vi")
        cls.fr = Locale.objects.get(language_code="fr")
        source, _created = TranslationSource.get_or_create_from_instance(cls.village)
        cls.translation = Translation.objects.create(source=source, target_locale=cls.fr)
        cls.translation.save_target(publish=False)
        cls.french_page = cls.village.get_translation(cls.fr)

    def setUp(self):
        super().setUp()
        self.user = admin_in(self.login(), "en")

    def url(self):
        return reverse("wagtail_localize:machine_translate", args=[self.translation.pk])

    def post(self):
        next_url = reverse("wagtailadmin_pages:edit", args=[self.french_page.pk])
        response = self.client.post(self.url(), {"next": next_url})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], next_url)
        # Messages wait in the session until a page shows them: this request's is the last.
        return [str(message) for message in get_messages(response.wsgi_request)][-1:]

    def string_translations(self):
        return dict(
            StringTranslation.objects.filter(locale=self.fr).values_list(
                "translation_of__data", "translation_type"
            )
        )

    def segment(self, text):
        return StringSegment.objects.get(source=self.translation.source, string__data=text)


class SafeViewTests(TranslationFixture):
    def test_our_view_answers_at_wagtail_localizes_url(self):
        self.assertEqual(resolve(self.url()).url_name, "glossary_machine_translate")

    def test_a_get_is_refused(self):
        self.assertEqual(self.client.get(self.url()).status_code, 405)


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=GLOSSARY)
class GlossaryTranslatorTests(TranslationFixture):
    def test_a_segment_that_is_exactly_a_term_gets_its_approved_translation(self):
        messages = self.post()
        translations = StringTranslation.objects.filter(locale=self.fr)
        title = translations.get(translation_of__data="Gốm sứ")
        self.assertEqual(title.data, "Céramique")  # capitalised like the source
        self.assertEqual(title.translation_type, StringTranslation.TRANSLATION_TYPE_MACHINE)
        self.assertIn("translated with", messages[0])
        self.assertIn("until someone reviews", messages[0])

    def test_other_segments_are_left_for_a_person(self):
        self.post()
        self.assertNotIn("Làng gốm Bát Tràng bên sông Hồng.", self.string_translations())

    def test_nothing_left_to_fill_says_so(self):
        self.post()
        messages = self.post()
        self.assertIn("nothing for the remaining segments", messages[0])

    def test_machine_strings_show_on_the_dashboard_until_reviewed(self):
        self.post()
        page = ts.source_pages().get(pk=self.village.pk)
        (row,) = ts.statuses([page], [self.fr])
        self.assertEqual(row.cells["fr"].state, ts.State.MACHINE)

    def test_a_name_needs_its_capitals_and_only_whole_segments_match(self):
        translator = GlossaryTranslator({})
        strings = [StringValue("hồ tây"), StringValue("Hồ Tây"), StringValue("gốm và lụa")]
        results = translator.translate(self.vi, self.fr, strings)
        self.assertEqual({s.data: r.data for s, r in results.items()}, {"Hồ Tây": "Lac de l'Ouest"})

    def test_japanese_gets_the_katakana_of_a_name(self):
        ja = Locale.objects.get(language_code="ja")
        results = GlossaryTranslator({}).translate(self.vi, ja, [StringValue("Bát Tràng")])
        self.assertEqual([r.data for r in results.values()], ["バッチャン"])

    def test_it_translates_only_from_vietnamese(self):
        translator = GlossaryTranslator({})
        self.assertTrue(translator.can_translate(self.vi, self.fr))
        self.assertFalse(translator.can_translate(self.fr, self.vi))


class DeepLTranslatorTests(FakeDeepLMixin, TranslationFixture):
    def test_deepl_translates_every_missing_segment_and_marks_it_machine(self):
        with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=self.deepl_settings()):
            messages = self.post()
        translated = StringTranslation.objects.filter(locale=self.fr)
        segments = StringSegment.objects.filter(source=self.translation.source)
        self.assertEqual(translated.count(), segments.count())
        self.assertEqual(
            set(translated.values_list("translation_type", flat=True)),
            {StringTranslation.TRANSLATION_TYPE_MACHINE},
        )
        self.assertIn("translated with DeepL", messages[0])

    def test_names_not_to_translate_are_sent_protected_and_come_back_bare(self):
        with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=self.deepl_settings()):
            self.post()
        sent = [text for text in self.translated_texts() if "Làng gốm" in text]
        self.assertEqual(sent, ["Làng gốm <hcv-keep>Bát Tràng</hcv-keep> bên sông Hồng."])
        body = next(b for m, p, b in self.server.requests if p.startswith("/v2/translate"))
        self.assertEqual(body["ignore_tags"], ["hcv-keep"])
        self.assertEqual(body["target_lang"], "FR")
        self.assertEqual(body["source_lang"], "VI")
        result = StringTranslation.objects.get(
            locale=self.fr, translation_of__data="Làng gốm Bát Tràng bên sông Hồng."
        )
        self.assertEqual(result.data, "[FR] Làng gốm Bát Tràng bên sông Hồng.")

    def test_a_deepl_glossary_is_built_where_deepl_has_one_for_the_pair(self):
        self.server.glossary_pairs = [{"source_lang": "vi", "target_lang": "fr"}]
        with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=self.deepl_settings()):
            self.post()
        created = [b for m, p, b in self.server.requests if p.startswith("/v2/glossaries")]
        self.assertEqual(len(created), 1)
        entries = dict(line.split("\t") for line in created[0]["entries"].splitlines())
        self.assertEqual(entries["gốm sứ"], "céramique")
        self.assertNotIn("Bát Tràng", entries)  # names are protected by tags instead
        body = next(b for m, p, b in self.server.requests if p.startswith("/v2/translate"))
        self.assertEqual(body["glossary_id"], "g-123")

    def test_without_a_glossary_for_the_pair_deepl_translates_without_one(self):
        with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=self.deepl_settings()):
            self.post()
        self.assertFalse([p for m, p, b in self.server.requests if p.startswith("/v2/glossaries")])
        body = next(b for m, p, b in self.server.requests if p.startswith("/v2/translate"))
        self.assertNotIn("glossary_id", body)

    def test_english_is_asked_for_as_british_english(self):
        en = Locale.objects.get(language_code="en")
        translator = DeepLTranslator(self.deepl_settings()["OPTIONS"])
        translator.translate(self.vi, en, [StringValue("gốm")])
        body = next(b for m, p, b in self.server.requests if p.startswith("/v2/translate"))
        self.assertEqual(body["target_lang"], "EN-GB")


class DeepLFailureTests(FakeDeepLMixin, TranslationFixture):
    """Every failure: a message in the editor, nothing written, the translator's work kept."""

    def setUp(self):
        super().setUp()
        # A translator's own, saved work on one segment.
        segment = self.segment("Gốm sứ")
        StringTranslation.objects.create(
            translation_of=segment.string,
            context=segment.context,
            locale=self.fr,
            data="Céramiques (relu)",
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        )

    def fail_with(self, mode, timeout=5):
        self.server.mode = mode
        with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=self.deepl_settings(timeout)):
            messages = self.post()
        self.assertEqual(self.string_translations(), {"Gốm sứ": "manual"})
        self.assertEqual(StringTranslation.objects.get(locale=self.fr).data, "Céramiques (relu)")
        self.assertEqual(len(messages), 1)
        self.assertIn("Nothing was changed; your translations are kept.", messages[0])
        return messages[0]

    def test_quota_exceeded(self):
        self.assertIn("quota is used up", self.fail_with("quota"))

    def test_the_message_is_in_the_editors_language(self):
        admin_in(self.user, "vi")
        self.server.mode = "quota"
        with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=self.deepl_settings()):
            messages = self.post()
        self.assertIn("Hạn mức dịch của DeepL trong kỳ này đã dùng hết.", messages[0])
        self.assertIn("các bản dịch của bạn vẫn được giữ nguyên", messages[0])

    def test_a_refused_key(self):
        self.assertIn("DEEPL_AUTH_KEY", self.fail_with("auth"))

    def test_too_many_requests(self):
        self.assertIn("too many requests", self.fail_with("busy"))

    def test_an_outage(self):
        self.assertIn("Machine translation failed", self.fail_with("outage"))

    def test_no_answer_in_time(self):
        self.assertIn("did not answer in time", self.fail_with("slow", timeout=0.3))

    def test_nothing_listening(self):
        self.server.mode = "ok"
        settings = self.deepl_settings()
        settings["OPTIONS"]["SERVER_URL"] = "http://127.0.0.1:9"  # discard port: refused
        with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=settings):
            messages = self.post()
        self.assertIn("did not answer in time", messages[0])
        self.assertEqual(self.string_translations(), {"Gốm sứ": "manual"})

    def test_any_other_translator_failure_is_a_message_too(self):
        with override_settings(
            WAGTAILLOCALIZE_MACHINE_TRANSLATOR={
                "CLASS": "tests.glossary.test_machine_translation.BrokenTranslator"
            }
        ):
            messages = self.post()
        self.assertIn("Machine translation with Broken failed", messages[0])
        self.assertEqual(self.string_translations(), {"Gốm sứ": "manual"})


class BrokenTranslator(GlossaryTranslator):
    display_name = "Broken"

    def translate(self, source_locale, target_locale, strings):
        raise RuntimeError("a bug in a translator")
