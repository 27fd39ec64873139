"""Language rules of the site, in one place.

Wagtail-localize creates *alias* pages for untranslated ancestors (an alias
serves the source language's content under another language's URL). Only
real translations (live, not aliases) may be linked, listed in hreflang or in
the sitemap; everything that lists translations goes through this module.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from django.utils.translation import pgettext_lazy
from django.utils.translation.trans_real import parse_accept_lang_header
from wagtail.models import Locale, Page

# Each language named in itself, as a language switcher should show it.
NATIVE_NAMES = {
    "vi": "Tiếng Việt",
    "en": "English",
    "fr": "Français",
    "it": "Italiano",
    "ja": "日本語",
    "ko": "한국어",
}
RTL_LANGUAGES = {"ar", "fa", "he", "ur"}

# Language names as they read inside a sentence ("not yet available in
# French"): French and Italian write them in lower case there, unlike in a
# list of languages, so they get their own translation context.
SENTENCE_NAMES = {
    "vi": pgettext_lazy("language name inside a sentence", "Vietnamese"),
    "en": pgettext_lazy("language name inside a sentence", "English"),
    "fr": pgettext_lazy("language name inside a sentence", "French"),
    "it": pgettext_lazy("language name inside a sentence", "Italian"),
    "ja": pgettext_lazy("language name inside a sentence", "Japanese"),
    "ko": pgettext_lazy("language name inside a sentence", "Korean"),
}


# Locales never change id; caching hits (never misses) per process is safe and
# saves a query each time a page asks for the active or default locale.
_LOCALES = {}


def locale_for(language_code):
    locale = _LOCALES.get(language_code)
    if locale is None:
        locale = Locale.objects.filter(language_code=language_code).first()
        if locale is not None:
            _LOCALES[language_code] = locale
    return locale


def locale_by_id(pk):
    for locale in _LOCALES.values():
        if locale.pk == pk:
            return locale
    locale = Locale.objects.get(pk=pk)
    _LOCALES[locale.language_code] = locale
    return locale


def clear_locale_cache(**kwargs):
    _LOCALES.clear()


def active_locale():
    """The Locale of the active language, else the default one."""
    return locale_for(translation.get_language() or settings.LANGUAGE_CODE) or default_locale()


def default_locale():
    return locale_for(settings.LANGUAGE_CODE) or Locale.get_default()


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def text_direction(language_code):
    return "rtl" if (language_code or "").split("-")[0] in RTL_LANGUAGES else "ltr"


def native_name(language_code):
    return NATIVE_NAMES.get(language_code, language_code)


def sentence_name(language_code):
    """The language's name in the reader's language, as used mid-sentence."""
    return str(SENTENCE_NAMES.get(language_code, native_name(language_code)))


def negotiate_language(accept_language, available):
    """Best language from an Accept-Language header among ``available``.

    Region variants fall back to their base language (fr-CA → fr). Returns
    None when nothing matches; malformed headers match nothing.
    """
    available = list(available)
    for accepted, _quality in parse_accept_lang_header(accept_language or ""):
        if accepted == "*":
            continue
        accepted = accepted.lower()
        if accepted in available:
            return accepted
        base = accepted.split("-")[0]
        if base in available:
            return base
    return None


@dataclass(frozen=True)
class Translation:
    language_code: str
    name: str
    url: str
    page: Page
    is_current: bool


def real_translations(page):
    """Live, non-alias translations of ``page`` (itself included), in LANGUAGES order."""
    if page is None or not getattr(page, "pk", None):
        return []
    pages = Page.objects.filter(
        translation_key=page.translation_key, live=True, alias_of__isnull=True
    ).select_related("locale")
    order = {code: index for index, code in enumerate(language_codes())}
    result = []
    for candidate in pages:
        code = candidate.locale.language_code
        if code not in order:
            continue
        result.append(
            Translation(
                language_code=code,
                name=native_name(code),
                url=candidate.get_url(),
                page=candidate,
                is_current=candidate.pk == page.pk,
            )
        )
    return sorted(result, key=lambda item: order[item.language_code])


def is_real_translation(page):
    return page is not None and page.live and page.alias_of_id is None


def live_home_languages():
    """Languages whose home page is a live, real page (not an alias)."""
    root_pages = Page.objects.filter(depth=2, live=True, alias_of__isnull=True).values_list(
        "locale__language_code", flat=True
    )
    codes = set(root_pages)
    return [code for code in language_codes() if code in codes]


def localized_or_none(page, locale=None):
    """The real, live translation of ``page`` in ``locale`` (the active one by default)."""
    if page is None:
        return None
    locale = locale or active_locale()
    if page.locale_id == locale.pk:
        return page if is_real_translation(page) else None
    translated = page.get_translation_or_none(locale)
    return translated if is_real_translation(translated) else None


def active_language():
    return translation.get_language() or settings.LANGUAGE_CODE


def localized_list(pages, locale=None, specific=True):
    """``pages`` (as chosen in the source language) in the reader's language.

    One query for the whole list. A page with no real translation in
    ``locale`` falls back to English, then to the page as chosen, and is
    marked with its language so templates can say so (``hreflang``, a label)
    instead of passing it off as translated. Unpublished pages are dropped.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    locale = locale or active_locale()
    fallback = settings.FALLBACK_LANGUAGE_CODE
    keys = {page.translation_key for page in pages}
    candidates = Page.objects.filter(
        translation_key__in=keys,
        live=True,
        alias_of__isnull=True,
        locale__language_code__in={locale.language_code, fallback, settings.LANGUAGE_CODE},
    ).defer_streamfields()
    if specific:
        # A plain select_related() is dropped by .specific(): without this,
        # reading ``locale`` below is one query per page.
        candidates = candidates.specific().select_related("locale", for_specific_subqueries=True)
    else:
        candidates = candidates.select_related("locale")
    by_language = {(p.translation_key, p.locale.language_code): p for p in candidates}
    result = []
    for page in pages:
        chosen = (
            by_language.get((page.translation_key, locale.language_code))
            or by_language.get((page.translation_key, fallback))
            or by_language.get((page.translation_key, settings.LANGUAGE_CODE))
        )
        if chosen is None:
            continue
        chosen.shown_language = chosen.locale.language_code
        chosen.is_fallback = chosen.locale_id != locale.pk
        result.append(chosen)
    return result
