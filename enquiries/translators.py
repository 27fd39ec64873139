"""Machine translation of enquiries into Vietnamese, for the producers who read them.

Pluggable: ``ENQUIRY_TRANSLATOR`` names a class (dotted path) with a ``name``
and a ``translate(text, source, target)`` method; empty means none, and the
inbox shows the message as written. Two come with the site:

- ``LibreTranslateTranslator``: LibreTranslate's HTTP API, self-hosted or a
  provider's (``ENQUIRY_TRANSLATOR_URL``, ``ENQUIRY_TRANSLATOR_KEY``);
- ``DummyTranslator``: marks the text instead of translating it (tests, demo).

A translator that fails (down, slow, refusing) raises ``TranslatorError``:
the enquiry is saved all the same, marked "translation failed", and the
editors read the original.
"""

import json
import logging
import urllib.error
import urllib.request

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

# Seconds to wait for a translation: the buyer is waiting for the page.
TIMEOUT = 8


class TranslatorError(Exception):
    pass


class DummyTranslator:
    """No translation at all: the text, marked with its languages."""

    name = "dummy"

    def translate(self, text, source, target):
        return f"[{source}→{target}] {text}"


class LibreTranslateTranslator:
    """POST /translate of a LibreTranslate server (https://libretranslate.com/docs/)."""

    name = "LibreTranslate"

    def __init__(self, url=None, key=None):
        self.url = (url or getattr(settings, "ENQUIRY_TRANSLATOR_URL", "")).rstrip("/")
        self.key = key if key is not None else getattr(settings, "ENQUIRY_TRANSLATOR_KEY", "")
        if not self.url.startswith(("https://", "http://")):
            raise TranslatorError("ENQUIRY_TRANSLATOR_URL must be an http(s) address.")

    def translate(self, text, source, target):
        payload = {"q": text, "source": source, "target": target, "format": "text"}
        if self.key:
            payload["api_key"] = self.key
        request = urllib.request.Request(  # noqa: S310 - the scheme is checked above
            f"{self.url}/translate",
            data=json.dumps(payload).encode(),
            headers={"Content-Type": "application/json", "Accept": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310
                answer = json.loads(response.read(1_000_000).decode())
        except (OSError, ValueError) as error:  # network, HTTP status, bad JSON
            raise TranslatorError(str(error)[:200]) from error
        translated = answer.get("translatedText") if isinstance(answer, dict) else None
        if not isinstance(translated, str) or not translated.strip():
            raise TranslatorError("The translator answered without a translation.")
        return translated


def get_translator():
    """The configured translator, or None (none configured, or misconfigured: logged)."""
    path = getattr(settings, "ENQUIRY_TRANSLATOR", "")
    if not path:
        return None
    try:
        return import_string(path)()
    except (ImportError, TranslatorError, TypeError) as error:
        logger.error("ENQUIRY_TRANSLATOR %r cannot be used: %s", path, error)
        return None


def translate_enquiry(enquiry, target="vi"):
    """Fill ``message_vi`` and ``translation``; never raises, never loses the message."""
    from .models import Enquiry

    if enquiry.language == target:
        enquiry.message_vi = ""
        enquiry.translation = Enquiry.Translation.NOT_NEEDED
        return
    translator = get_translator()
    if translator is None:
        enquiry.translation = Enquiry.Translation.OFF
        return
    try:
        enquiry.message_vi = translator.translate(enquiry.message, enquiry.language, target)
    except Exception:  # any failure of any provider: the enquiry matters more
        logger.exception("The enquiry could not be machine-translated.")
        enquiry.message_vi = ""
        enquiry.translation = Enquiry.Translation.FAILED
    else:
        enquiry.translation = Enquiry.Translation.DONE
        enquiry.translated_by = translator.name[:60]
