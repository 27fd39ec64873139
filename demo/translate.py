"""Translate demo objects through wagtail-localize's own PO import, as a translator would.

Each translation lives in a standard PO file (``demo/content/locale/<lang>/…po``) in the format
``Translation.export_po()`` writes: ``msgctxt`` is the segment's context path (a field name, or a
block or inline item id followed by the field), ``msgid`` the Vietnamese segment and ``msgstr``
its translation. ``Translation.import_po()`` matches entries by string and context, so nothing
pairs by position. Editors then find ordinary translations they can continue in the admin.
"""

import polib
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from core.models import NavigationMenu
from villages.models import Craft

from .sources import SOURCE_LANGUAGE, DemoContentError


def built_source(item):
    """The built Vietnamese page or snippet of a demo content file (``sources.Item``), or None."""
    locale = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    if item.kind == "crafts":
        return Craft.objects.filter(locale=locale, slug=item.slug).first()
    if item.kind == "menus":
        return NavigationMenu.objects.filter(locale=locale, handle=item.slug).first()
    page = Page.objects.filter(locale=locale, slug=item.slug).first()
    return page.specific if page else None


def is_translated(instance, locale):
    """A real translation exists (an alias page does not count: it shows the source)."""
    translated = instance.get_translation_or_none(locale)
    if translated is None:
        return False
    return not (isinstance(translated, Page) and translated.alias_of_id)


def read_po(path):
    try:
        return polib.pofile(str(path), encoding="utf-8")
    except (OSError, ValueError) as error:
        raise DemoContentError(f"{path}: not a readable PO file ({error})") from error


def po_problems(source, po):
    """Entries that match no segment of ``source`` (stale) and segments left untranslated."""
    segments = {
        (segment.context.path, segment.string.data)
        for segment in StringSegment.objects.filter(source=source).select_related(
            "context", "string"
        )
    }
    entries = [entry for entry in po if not entry.obsolete]
    stale = [
        (entry.msgctxt, entry.msgid)
        for entry in entries
        if (entry.msgctxt, entry.msgid) not in segments
    ]
    translated = {(entry.msgctxt, entry.msgid) for entry in entries if entry.msgstr}
    untranslated = sorted(segments - translated)
    return stale, untranslated


def translate(instance, po_files, *, label, warn, refresh=False):
    """Translate ``instance`` into the language of each PO file of ``po_files``.

    ``refresh`` re-reads the source object (after a synchronised field changed) and saves
    every target again; otherwise languages already translated are left alone, which is
    what makes a second run of the loader a no-op. A stale entry (its Vietnamese text or its
    context no longer in the source) or an untranslated segment is reported through ``warn``;
    such a segment shows the Vietnamese text, as wagtail-localize's own fallback does.
    """
    locales = {}
    for language, path in po_files.items():
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            raise DemoContentError(f"{path}: no locale {language!r} (see demo.builder.LANGUAGES)")
        locales[language] = locale
    pending = {
        language: path
        for language, path in po_files.items()
        if refresh or not is_translated(instance, locales[language])
    }
    if not pending:
        return []  # a second run: nothing to read, nothing to save
    if refresh:
        source, _created = TranslationSource.update_or_create_from_instance(instance)
    else:
        source, _created = TranslationSource.get_or_create_from_instance(instance)
    done = []
    for language, path in pending.items():
        locale = locales[language]
        po = read_po(path)
        stale, untranslated = po_problems(source, po)
        for context, msgid in stale:
            warn(f"{label} [{language}]: stale entry {context!r} {msgid[:60]!r} in {path.name}")
        for context, msgid in untranslated:
            warn(f"{label} [{language}]: untranslated {context!r} {msgid[:60]!r}")
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        translation.import_po(po, tool_name="demo/content")
        # Published explicitly: the demo is live in every language whatever
        # WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE says about new translations.
        translation.save_target(publish=True)
        done.append(language)
    return done
