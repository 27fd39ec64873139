"""Language rules of the site, in one place.

Wagtail-localize creates *alias* pages for untranslated ancestors (an alias
serves the source language's content under another language's URL). Only
real translations (live, not aliases) may be linked, listed in hreflang or in
the sitemap; everything that lists translations goes through this module.
"""

from dataclasses import dataclass
from operator import itemgetter

from django.conf import settings
from django.db.models import (
    Case,
    IntegerField,
    OuterRef,
    QuerySet,
    Subquery,
    Value,
    When,
    prefetch_related_objects,
)
from django.utils import translation
from django.utils.translation import pgettext_lazy
from django.utils.translation.trans_real import parse_accept_lang_header
from wagtail.models import Locale, Page

from .cache import remember
from .frozen import freeze, thaw
from .privacy import is_public, public_q, visible

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
    """Live, non-alias translations of ``page`` (itself included), in LANGUAGES order.

    Kept in the cache per translation key (``core.cache``): every page shows
    them in its language switcher and hreflang links.
    """
    if page is None or not getattr(page, "pk", None):
        return []
    rows = remember(
        "translations", [page.translation_key], lambda: _real_translations(page.translation_key)
    )
    # Kept as plain rows (core.frozen), made into pages again on the way out.
    return [
        Translation(
            language_code=row["language_code"],
            name=row["name"],
            url=row["url"],
            page=thaw(Page, row["page"], ["locale"]),
            is_current=row["page"]["id"] == page.pk,
        )
        for row in rows
    ]


def _real_translations(translation_key):
    pages = visible(Page.objects.filter(translation_key=translation_key)).select_related("locale")
    order = {code: index for index, code in enumerate(language_codes())}
    result = []
    for candidate in pages:
        code = candidate.locale.language_code
        if code not in order:
            continue
        result.append(
            {
                "language_code": code,
                "name": native_name(code),
                "url": candidate.get_url(),
                "page": freeze(candidate, ["locale"]),
            }
        )
    return sorted(result, key=lambda item: order[item["language_code"]])


def is_real_translation(page):
    """A translation that may be linked: live, not an alias, public (``core.privacy``)."""
    return is_public(page)


def live_home_languages():
    """Languages whose home page is a live, real page (not an alias)."""
    root_pages = visible(Page.objects.filter(depth=2)).values_list(
        "locale__language_code", flat=True
    )
    codes = set(root_pages)
    return [code for code in language_codes() if code in codes]


def front_door_language(accept_language):
    """The live language a visitor with ``accept_language`` is sent to.

    The best match among the languages with a live home page; else English,
    else Vietnamese (the source) if English has no live home page. The front
    door (``/``) and every language-neutral link (a shared plan) choose alike.
    """
    available = live_home_languages()
    language = negotiate_language(accept_language, available)
    if language is not None:
        return language
    return next(
        (
            code
            for code in (settings.FALLBACK_LANGUAGE_CODE, settings.LANGUAGE_CODE)
            if code in available
        ),
        settings.FALLBACK_LANGUAGE_CODE,
    )


def fallback_languages(language_code):
    """The reader's language, then English, then Vietnamese (the source).

    The one order in which every untranslated thing falls back: cards,
    listings, events, the planner's stops, driver cards and short links.
    """
    order = (language_code, settings.FALLBACK_LANGUAGE_CODE, settings.LANGUAGE_CODE)
    return list(dict.fromkeys(order))


def fallback_order(language_code):
    """``fallback_languages``, then the site's other languages (for what exists only there)."""
    return list(dict.fromkeys([*fallback_languages(language_code), *language_codes()]))


def _page_language(version):
    return version.locale.language_code


def best_versions(versions, locale, language_of=_page_language, key_of=None):
    """``{translation key: the version a reader of locale should see}``: the one rule.

    ``locale``: a Locale or a language code. ``versions``: translations of one
    or more pages (pages, or anything ``language_of`` can read a language
    code from, and ``key_of`` a translation key: ``translation_key`` by
    default). The best is the first in ``fallback_order``; callers choose
    which versions are candidates (the privacy rule, the languages they
    fetched). Every caller that picks a translation goes through here.
    """
    language_code = getattr(locale, "language_code", locale)
    rank = {code: position for position, code in enumerate(fallback_order(language_code))}
    key_of = key_of or (lambda version: version.translation_key)
    best = {}
    for version in versions:
        key, position = key_of(version), rank.get(language_of(version), len(rank))
        if key not in best or position < best[key][0]:
            best[key] = (position, version)
    return {key: version for key, (_position, version) in best.items()}


def fallback_rank(locale, prefix=""):
    """``best_versions``'s order as a SQL expression: 0 for the reader's language, then 1…

    For querysets that choose the best version inside the database
    (``core.listing.with_fallbacks``); the same ``fallback_order``.
    """
    language_code = getattr(locale, "language_code", locale)
    order = fallback_order(language_code)
    return Case(
        *(
            When(**{f"{prefix}locale__language_code": code}, then=Value(position))
            for position, code in enumerate(order)
        ),
        default=Value(len(order)),
        output_field=IntegerField(),
    )


def best_of(versions, locale, default=None):
    """The best of ``{language code: version}`` (one page's versions): ``best_versions``."""
    chosen = best_versions(
        versions.items(), locale, language_of=itemgetter(0), key_of=lambda _item: None
    )
    return chosen[None][1] if chosen else default


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


def localized_list(pages, locale=None, specific=True, images=False, renditions=True):
    """``pages`` (as chosen in the source language) in the reader's language.

    One query for the whole list when the pages are of one type (one per
    type otherwise). A page with no real translation in ``locale`` falls back
    to English, then to the page as chosen, and is marked with its language so
    templates can say so (``hreflang``, a label) instead of passing it off as
    translated. Unpublished pages are dropped. ``images``: the hero images
    and their renditions come in the same go (one more query), for cards;
    ``renditions=False`` leaves the renditions to the page's one rendition
    query (``core.renditions``).
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    locale = locale or active_locale()
    keys = {page.translation_key for page in pages}
    shown = public_q()
    filters = {
        "translation_key__in": keys,
        "locale__language_code__in": fallback_languages(locale.language_code),
    }
    related = ["locale", "hero_image"] if images else ["locale"]
    if specific:
        # Translations share their source's type: a list of one type is read
        # from that type's table directly, without Wagtail's extra query per type.
        types = {page.specific_class for page in pages}
        if len(types) == 1 and None not in types:
            model = types.pop()
            candidates = model.objects.filter(shown, **filters).select_related(*related)
        else:
            # A plain select_related() is dropped by .specific(): without this,
            # reading ``locale`` below is one query per page.
            candidates = (
                Page.objects.filter(shown, **filters)
                .specific()
                .select_related(*related, for_specific_subqueries=True)
            )
        candidates = candidates.defer_streamfields()
    else:
        candidates = (
            Page.objects.filter(shown, **filters).select_related("locale").defer_streamfields()
        )
    candidates = list(candidates)
    if images and renditions:
        hero_images = [page.hero_image for page in candidates if page.hero_image_id]
        prefetch_related_objects(hero_images, "renditions")
    return _in_order([page.translation_key for page in pages], candidates, locale)


def _in_order(keys, candidates, locale):
    """The best of ``candidates`` for each of ``keys`` in turn, marked with its language."""
    best = best_versions(candidates, locale)
    result = []
    for key in keys:
        chosen = best.get(key)
        if chosen is None:
            continue
        chosen.shown_language = chosen.locale.language_code
        chosen.is_fallback = chosen.locale_id != locale.pk
        result.append(chosen)
    return result


def localized_chosen(rows, field, locale, images=False):
    """``localized_list`` of the pages chosen in an inline relation, in one query.

    ``rows``: the relation's rows (``story.story_villages.all()``), ``field``
    their page field. The rows are read inside the same query as the pages
    (a subquery), instead of in a query of their own. In a preview the rows
    are the editor's unsaved ones, in memory: ``localized_list`` reads them.
    """
    if not isinstance(rows, QuerySet):
        return localized_list([getattr(row, field) for row in rows], locale, images=images)
    model = rows.model._meta.get_field(field).related_model
    related = ["locale", "hero_image"] if images else ["locale"]
    first_row = rows.filter(**{f"{field}__translation_key": OuterRef("translation_key")}).order_by(
        "sort_order", "pk"
    )
    candidates = list(
        model.objects.filter(
            public_q(),
            translation_key__in=rows.values(f"{field}__translation_key"),
            locale__language_code__in=fallback_languages(locale.language_code),
        )
        # Where the page was chosen: its first row's place (Orderable's sort_order, then id).
        .annotate(
            chosen_order=Subquery(first_row.values("sort_order")[:1]),
            chosen_row=Subquery(first_row.values("pk")[:1]),
        )
        .select_related(*related)
        .defer_streamfields()
    )
    if images:
        prefetch_related_objects(
            [page.hero_image for page in candidates if page.hero_image_id], "renditions"
        )
    places = {
        page.translation_key: (
            page.chosen_order is not None,
            page.chosen_order or 0,
            page.chosen_row,
        )
        for page in candidates
    }
    return _in_order(sorted(places, key=places.get), candidates, locale)
