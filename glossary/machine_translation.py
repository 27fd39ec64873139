"""Machine translators for wagtail-localize that follow the glossary and fail politely.

``WAGTAILLOCALIZE_MACHINE_TRANSLATOR`` points at one of these (settings/base.py):

- ``DeepLTranslator`` when ``DEEPL_AUTH_KEY`` is set: DeepL through its official
  client, with a DeepL glossary built from ours where DeepL has glossaries for the
  language pair, and the names not to translate always protected (sent inside an
  ignored tag, already in their approved spelling).
- ``GlossaryTranslator`` otherwise: fills only the segments that are exactly a
  glossary term ("Gốm sứ" → "Ceramics") and leaves every other segment for a
  person. Half-translated sentences (Vietnamese with a few English words) would
  look done, be marked machine-translated and have to be found and redone: worse
  than an empty segment.

Provider failures become ``MachineTranslationError`` with a message for the
editor; ``glossary.views.machine_translate`` shows it and keeps their work.
"""

import hashlib
import json
import logging
import re
from functools import cached_property
from html import escape

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

from .services import Matcher, entries_from_db

logger = logging.getLogger(__name__)

KEEP_TAG = "hcv-keep"
KEEP = re.compile(rf"</?{KEEP_TAG}>")


class MachineTranslationError(Exception):
    """A provider failure, with the message the editor sees (translated)."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def base_language(code):
    return code.split("-")[0].lower()


def match_case(source, translation):
    """Start ``translation`` with a capital when ``source`` does ("Gốm sứ" → "Ceramics")."""
    if source[:1].isupper() and translation[:1].islower():
        return translation[:1].upper() + translation[1:]
    return translation


class GlossaryTranslator(BaseMachineTranslator):
    """Fills the segments that are exactly a glossary term; leaves the rest to a person."""

    display_name = _("the glossary")

    @cached_property
    def matcher(self):
        return Matcher(entries_from_db())

    def translate(self, source_locale, target_locale, strings):
        code = base_language(target_locale.language_code)
        results = {}
        for string in strings:
            entry = self.matcher.exact(string.data)
            approved = entry.approved(code) if entry else None
            if approved:
                results[string] = StringValue.from_plaintext(
                    match_case(string.render_text(), approved)
                )
        return results

    def can_translate(self, source_locale, target_locale):
        return base_language(source_locale.language_code) == "vi" and base_language(
            target_locale.language_code
        ) != base_language(source_locale.language_code)


class DeepLTranslator(BaseMachineTranslator):
    """DeepL through the official ``deepl`` client (``pip install deepl``).

    Options: ``AUTH_KEY`` (required), ``TIMEOUT`` (seconds for one request,
    default 10), ``RETRIES`` (network retries, default 1), ``SERVER_URL``
    (optional, e.g. a mock server), ``FORMALITY`` (a dict language code →
    DeepL formality, optional).
    """

    display_name = "DeepL"
    # DeepL wants a variant for English targets; the site writes British English.
    TARGET_CODES = {"en": "EN-GB", "pt": "PT-PT", "zh": "ZH-HANS"}

    @cached_property
    def client(self):
        import deepl

        # The client's documented knobs for retries and the per-request timeout.
        deepl.http_client.max_network_retries = int(self.options.get("RETRIES", 1))
        deepl.http_client.min_connection_timeout = float(self.options.get("TIMEOUT", 10))
        return deepl.Translator(
            self.options["AUTH_KEY"],
            server_url=self.options.get("SERVER_URL") or None,
            send_platform_info=False,
        )

    @cached_property
    def entries(self):
        return entries_from_db()

    def source_code(self, locale):
        return base_language(locale.language_code).upper()

    def target_code(self, locale):
        code = base_language(locale.language_code)
        return self.TARGET_CODES.get(code, code.upper())

    def protect(self, text, code):
        """``text`` with each name not to translate replaced by its approved spelling,
        inside a tag DeepL is told to leave alone."""
        names = {
            escape(spelling, quote=False): escape(entry.approved(code), quote=False)
            for entry in self.entries
            if entry.do_not_translate and entry.approved(code)
            for spelling in entry.spellings
        }
        if not names:
            return text
        alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
        pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
        return pattern.sub(lambda match: f"<{KEEP_TAG}>{names[match.group()]}</{KEEP_TAG}>", text)

    def glossary_id(self, source, target, code):
        """The id of a DeepL glossary with our terms for this pair, or None.

        Created once per content of the glossary (its hash is in the name and the
        cache key), and only for pairs DeepL has glossaries for.
        """
        pairs = cache.get("glossary:deepl-pairs")
        if pairs is None:
            pairs = [
                (pair.source_lang.upper(), pair.target_lang.upper())
                for pair in self.client.get_glossary_languages()
            ]
            cache.set("glossary:deepl-pairs", pairs, 24 * 3600)
        if (source, target.split("-")[0]) not in pairs:
            return None
        entries = {}
        for entry in self.entries:
            approved = entry.approved(code)
            if approved and not entry.do_not_translate:
                for spelling in entry.spellings:
                    entries[spelling] = approved
        if not entries:
            return None
        digest = hashlib.sha256(
            json.dumps(sorted(entries.items()), ensure_ascii=False).encode()
        ).hexdigest()[:12]
        key = f"glossary:deepl:{source}:{target}:{digest}"
        glossary_id = cache.get(key)
        if glossary_id is None:
            info = self.client.create_glossary(
                f"hcv {source}-{target} {digest}", source, target.split("-")[0], entries
            )
            glossary_id = info.glossary_id
            cache.set(key, glossary_id, None)
        return glossary_id

    def translate(self, source_locale, target_locale, strings):
        import deepl
        import requests

        strings = list(strings)
        code = base_language(target_locale.language_code)
        source, target = self.source_code(source_locale), self.target_code(target_locale)
        try:
            options = {
                "source_lang": source,
                "target_lang": target,
                "tag_handling": "xml",
                "ignore_tags": [KEEP_TAG],
            }
            if glossary_id := self.glossary_id(source, target, code):
                options["glossary"] = glossary_id
            if formality := (self.options.get("FORMALITY") or {}).get(code):
                options["formality"] = formality
            results = self.client.translate_text(
                [self.protect(string.data, code) for string in strings], **options
            )
        except deepl.QuotaExceededException as error:
            raise MachineTranslationError(
                _("DeepL's translation quota is used up for this period.")
            ) from error
        except deepl.AuthorizationException as error:
            raise MachineTranslationError(
                _("DeepL refused the site's key (DEEPL_AUTH_KEY): tell the site's administrator.")
            ) from error
        except deepl.TooManyRequestsException as error:
            raise MachineTranslationError(
                _("DeepL is receiving too many requests: try again in a minute.")
            ) from error
        except (deepl.ConnectionException, requests.RequestException, OSError) as error:
            raise MachineTranslationError(
                _("DeepL could not be reached or did not answer in time: try again later.")
            ) from error
        except deepl.DeepLException as error:
            logger.exception("DeepL failed")
            raise MachineTranslationError(_("DeepL could not translate this page.")) from error
        return {
            string: StringValue(KEEP.sub("", result.text))
            for string, result in zip(strings, results, strict=True)
        }

    def can_translate(self, source_locale, target_locale):
        return self.source_code(source_locale) != base_language(target_locale.language_code).upper()
