"""Dump a built demo as comparable JSON, or compare two dumps: a refactoring of the demo loader
should leave the built site identical.

    DJANGO_SETTINGS_MODULE=tourism_site.settings.dev python scripts/demo_snapshot.py dump a.json
    python scripts/demo_snapshot.py compare a.json b.json

A dump holds every page (each language), craft and menu with its field values, every
translation source's string translations, and the HTML of every live page. Database ids,
UUIDs (block ids, translation keys), timestamps, CSP nonces and CSRF tokens are left out.
Run from the project root, on a database built by ``load_demo`` on the same day (the demo
events are dated from that day).
"""

import json
import os
import re
import sys
from pathlib import Path

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# Ids, tree bookkeeping, timestamps and parent links: they differ between builds.
IGNORED = {
    "pk",
    "id",
    "translation_key",
    "path",
    "first_published_at",
    "last_published_at",
    "latest_revision_created_at",
    "latest_revision",
    "live_revision",
    "owner",
    "locked_by",
    "locked_at",
    "draft_title",
    "has_unpublished_changes",
    "numchild",
    "sort_order",
    "page",
    "village_page",
    "menu",
    "story_page",
    "home_page",
    "route",
    "event",
    "page_ptr",
}


def clean(value):
    if isinstance(value, dict):
        return {key: clean(item) for key, item in sorted(value.items()) if key not in IGNORED}
    if isinstance(value, list):
        return [clean(item) for item in value]
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return clean(json.loads(value))
        except ValueError:
            return value
    if isinstance(value, str):
        return UUID.sub("<uuid>", value)
    return value


def dump(target):
    sys.path.insert(0, os.getcwd())
    import django

    django.setup()
    from django.test import Client
    from modelcluster.models import get_serializable_data_for_fields
    from wagtail.models import Page
    from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

    from core.models import NavigationMenu
    from villages.models import Craft

    def key(obj):
        name = getattr(obj, "url_path", None) or getattr(obj, "slug", None) or obj.handle
        return f"{type(obj).__name__} {obj.locale.language_code} {name}"

    snapshot = {"objects": {}, "translations": {}, "html": {}}
    objects = [page.specific for page in Page.objects.exclude(depth=1)]
    objects += [*Craft.objects.all(), *NavigationMenu.objects.all()]
    for obj in objects:
        if hasattr(obj, "serializable_data"):
            data = obj.serializable_data()
        else:
            data = get_serializable_data_for_fields(obj)
        data = clean(data)
        data["_state"] = [getattr(obj, "live", None), getattr(obj, "alias_of_id", None) is None]
        if isinstance(obj, NavigationMenu):
            data["_pages"] = [item.page.url_path for item in obj.items.all()]
        snapshot["objects"][key(obj)] = data
    for source in TranslationSource.objects.all():
        rows = {}
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments.order_by("order"):
            translations = StringTranslation.objects.filter(
                translation_of=segment.string, context=segment.context
            ).select_related("locale")
            for translation in translations:
                rows.setdefault(translation.locale.language_code, []).append(
                    [segment.context.path.split(".")[0], segment.string.data, translation.data]
                )
        snapshot["translations"][key(source.get_source_instance())] = rows
    client = Client(HTTP_HOST="localhost")
    for page in Page.objects.live().exclude(depth=1):
        response = client.get(page.url)
        html = response.content.decode()
        html = re.sub(r'nonce="[^"]*"', "", html)
        html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
        snapshot["html"][page.url] = [response.status_code, UUID.sub("<uuid>", html)]
    Path(target).write_text(
        json.dumps(snapshot, ensure_ascii=False, indent=1, sort_keys=True, default=str)
    )
    languages = {}
    for name in snapshot["objects"]:
        language = name.split()[1]
        languages[language] = languages.get(language, 0) + 1
    strings = {}
    for rows in snapshot["translations"].values():
        for language, items in rows.items():
            strings[language] = strings.get(language, 0) + len(items)
    print(f"objects per language: {languages}")
    print(f"string translations per language: {strings}")
    print(f"live pages rendered: {len(snapshot['html'])}")


def differences(old, new, where=""):
    if type(old) is not type(new):
        return [where]
    if isinstance(old, dict):
        found = [f"{where}/{key}" for key in sorted(set(old) ^ set(new))]
        for key in sorted(set(old) & set(new)):
            found += differences(old[key], new[key], f"{where}/{key}")
        return found
    if isinstance(old, list):
        if len(old) != len(new):
            return [f"{where} (length)"]
        return [
            found
            for index, (a, b) in enumerate(zip(old, new, strict=True))
            for found in differences(a, b, f"{where}[{index}]")
        ]
    return [] if old == new else [where]


def compare(old_path, new_path):
    old = json.loads(Path(old_path).read_text())
    new = json.loads(Path(new_path).read_text())
    found = differences(old, new)
    for where in found[:50]:
        print(where)
    print(f"{len(found)} differences")
    return 1 if found else 0


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tourism_site.settings.dev")
    if sys.argv[1:2] == ["dump"] and len(sys.argv) == 3:
        dump(sys.argv[2])
    elif sys.argv[1:2] == ["compare"] and len(sys.argv) == 4:
        sys.exit(compare(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(__doc__)
