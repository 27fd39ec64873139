"""Translate demo objects through wagtail-localize, as a translator would in the admin.

Each demo object carries its text in every language (``text[lang]``, all the same shape).
Instead of writing the translated pages directly, the builder records vi → target string
pairs as wagtail-localize string translations and lets wagtail-localize create the target
object. Editors then find ordinary translations they can continue in the translation editor.
"""

import html

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

SOURCE_LANGUAGE = "vi"


class DemoContentError(Exception):
    """The demo data cannot be built as written; the message names the object and string."""


def normalise(text):
    """Whitespace-insensitive key, so segment text and data-module text compare equal."""
    return " ".join(text.split())


def segment_text(data):
    """The plain text of a wagtail-localize string segment (its data is escaped HTML)."""
    return normalise(html.unescape(data.replace("<br>", "\n").replace("<br/>", "\n")))


def pair_strings(source, target, where):
    """Yield (source, target) for every string leaf at the same position of two structures."""
    if isinstance(source, str):
        if not isinstance(target, str):
            raise DemoContentError(f"{where}: expected a string, found {target!r}")
        yield source, target
    elif isinstance(source, dict):
        if not isinstance(target, dict) or set(source) != set(target):
            raise DemoContentError(f"{where}: keys differ from the Vietnamese text")
        for key, value in source.items():
            yield from pair_strings(value, target[key], f"{where}.{key}")
    elif isinstance(source, list | tuple):
        if not isinstance(target, list | tuple) or len(source) != len(target):
            raise DemoContentError(f"{where}: list length differs from the Vietnamese text")
        for index, (value, other) in enumerate(zip(source, target, strict=True)):
            yield from pair_strings(value, other, f"{where}[{index}]")
    # Numbers, None and booleans come from the Vietnamese dict: nothing to pair.


def build_mapping(texts, language, label, warn):
    """vi string → target string for one object and one language."""
    mapping = {}
    where = f"{label} text[{language!r}]"
    for source, target in pair_strings(texts[SOURCE_LANGUAGE], texts[language], where):
        key = normalise(source)
        if not key:
            continue
        if key in mapping and mapping[key] != target:
            # wagtail-localize stores one translation per string and context; the data rule
            # says this should not happen, so keep the first and tell the author.
            warn(f"{where}: {source!r} has two translations; using the first")
            continue
        mapping[key] = target
    return mapping


def is_translated(instance, locale):
    """A real translation exists (an alias page does not count: it shows the source)."""
    translated = instance.get_translation_or_none(locale)
    if translated is None:
        return False
    return not (isinstance(translated, Page) and translated.alias_of_id)


def translate(instance, texts, *, label, warn, refresh=False):
    """Translate ``instance`` into every language of ``texts`` other than the source.

    ``refresh`` re-reads the source object (after a synchronised field changed) and saves
    every target again; otherwise languages already translated are left alone, which is
    what makes a second run of the loader a no-op.
    """
    languages = [code for code in texts if code != SOURCE_LANGUAGE]
    if refresh:
        source, _created = TranslationSource.update_or_create_from_instance(instance)
    else:
        source, _created = TranslationSource.get_or_create_from_instance(instance)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    done = []
    for language in languages:
        locale = Locale.objects.get(language_code=language)
        if not refresh and is_translated(instance, locale):
            continue
        mapping = build_mapping(texts, language, label, warn)
        _record_strings(segments, mapping, locale, f"{label} [{language}]")
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        translation.save_target(publish=True)
        done.append(language)
    return done


def _record_strings(segments, mapping, locale, where):
    for segment in segments:
        key = segment_text(segment.string.data)
        if key not in mapping:
            raise DemoContentError(
                f"{where}: no translation for {key!r} (field {segment.context.path})"
            )
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": StringValue.from_plaintext(mapping[key]).data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
