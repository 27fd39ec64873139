"""One-off (deleted in the next commit): the Python dicts of demo/content -> one YAML file per page, PO files per language.

Run against a database built by the old loader: the block ids and inline item keys of that build become
the ids in the YAML files, and each PO file is that build's own Translation.export_po() (header made
deterministic). Kept in history only to show how the files were made.
"""
import os, sys
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tourism_site.settings.dev")
sys.path.insert(0, os.getcwd())
import django
django.setup()
from pathlib import Path
import polib, yaml
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from demo.content import site, events, stories, routes, villages_headline, villages_more
from villages.models import Craft
from core.models import NavigationMenu
from events.models import EventPage

ROOT = Path("demo/content")
vi = Locale.objects.get(language_code="vi")


class Dumper(yaml.SafeDumper):
    pass


def str_rep(dumper, value):
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


Dumper.add_representer(str, str_rep)
def list_rep(dumper, value):
    flow = all(not isinstance(v, (dict, list, tuple)) for v in value) and len(str(value)) < 80
    return dumper.represent_sequence("tag:yaml.org,2002:seq", list(value), flow_style=flow)


Dumper.add_representer(tuple, list_rep)
Dumper.add_representer(list, list_rep)
HEADERS = {"snippets/crafts": "Craft", "snippets/menus": "Menu", "pages/home": "Home page",
           "pages/indexes": "Index page", "pages/villages": "Village page", "pages/stories": "Story page",
           "pages/routes": "Route page", "pages/events": "Event page"}

RELATIONS = {  # YAML list key -> child relation of the model
    "facts": "facts", "recognitions": "recognitions", "attractions": "attractions",
    "opening_exceptions": "opening_exceptions", "transport": "transport", "gallery": "gallery",
    "figures": "figures", "stops": "stops", "items": "items",
}


def child_keys(obj, relation):
    return [str(child.translation_key) for child in getattr(obj, relation).all()]


def body_blocks(obj, body):
    ids = [(block.block_type, block.id) for block in obj.body]
    assert len(ids) == len(body), (obj, len(ids), len(body))
    out = []
    for (db_type, block_id), (block_type, value) in zip(ids, body, strict=True):
        assert db_type == block_type, (obj, db_type, block_type)
        out.append({block_type: value, "id": block_id})
    return out


def merge(obj, data):
    text = data["text"]["vi"]
    merged = {k: v for k, v in data.items() if k != "text"}
    for key, value in text.items():
        if key == "body":
            merged["body"] = body_blocks(obj, value)
        elif key in merged:
            sync = merged[key]
            assert isinstance(sync, list | tuple) and len(sync) == len(value), (obj, key)
            keys = child_keys(obj, RELATIONS[key])
            assert len(keys) == len(value), (obj, key, len(keys), len(value))
            items = []
            for s, t, k in zip(sync, value, keys, strict=True):
                if isinstance(s, dict):
                    assert not set(s) & set(t), (obj, key, set(s) & set(t))
                    item = {**s, **t}
                elif key == "gallery":
                    item = {"motif": s, **t}
                elif key == "items":
                    item = {"page": s, **t}
                else:
                    raise AssertionError((obj, key, s))
                items.append({"id": k, **item})
            merged[key] = items
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            raise AssertionError((obj, key, "text-only list"))
        else:
            merged[key] = value
    return merged


def write(kind, slug, obj, data, header):
    merged = merge(obj, data)
    path = ROOT / kind / f"{slug}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    dumped = yaml.dump(merged, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100)
    assert yaml.safe_load(dumped) == yaml.safe_load(yaml.dump(merged, Dumper=Dumper, allow_unicode=True)), path
    header = f"{HEADERS[kind]} {slug!r}, source text in Vietnamese; translations in locale/<language>/{kind}/{slug}.po.\n# Format and workflow: docs/demo-content.md."
    path.write_text(f"# {header}\n{dumped}", encoding="utf-8")
    source = TranslationSource.objects.get(object_id=obj.translation_key, locale=vi)
    for lang in data["text"]:
        if lang == "vi":
            continue
        translation = Translation.objects.get(source=source, target_locale__language_code=lang)
        po = translation.export_po()
        entries = [e for e in po if not e.obsolete]
        assert entries and all(e.msgstr for e in entries), (path, lang)
        out = polib.POFile(wrapwidth=0)
        out.header = f"Translations of demo/content/{kind}/{slug}.yaml ({lang})."
        out.metadata = {
            "Project-Id-Version": "hanoi-craft-villages demo",
            "Language": lang,
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=utf-8",
            "Content-Transfer-Encoding": "8bit",
        }
        for e in entries:
            out.append(polib.POEntry(msgctxt=e.msgctxt, msgid=e.msgid, msgstr=e.msgstr))
        po_path = ROOT / "locale" / lang / kind / f"{slug}.po"
        po_path.parent.mkdir(parents=True, exist_ok=True)
        out.save(str(po_path))


order = {}
for data in site.CRAFTS:
    write("snippets/crafts", data["slug"], Craft.objects.get(locale=vi, slug=data["slug"]), data, "Craft")
    order.setdefault("crafts", []).append(data["slug"])
home = Page.objects.get(locale=vi, depth=2).specific
write("pages/home", "home", home, site.HOME, "Home page")
for data in [*site.INDEX_PAGES, events.INDEX]:
    write("pages/indexes", data["slug"], Page.objects.get(locale=vi, depth=3, slug=data["slug"]).specific, data, "Index page")
    order.setdefault("indexes", []).append(data["slug"])
for kind, items in (("villages", villages_headline.VILLAGES + villages_more.VILLAGES), ("stories", stories.STORIES), ("routes", routes.ROUTES), ("events", events.EVENTS)):
    parent = Page.objects.get(locale=vi, depth=3, slug=kind)
    for data in items:
        page = Page.objects.child_of(parent).get(slug=data["slug"]).specific
        write(f"pages/{kind}", data["slug"], page, data, kind)
        order.setdefault(kind, []).append(data["slug"])
for data in site.MENUS:
    write("snippets/menus", data["handle"], NavigationMenu.objects.get(locale=vi, handle=data["handle"]), data, "Menu")
    order.setdefault("menus", []).append(data["handle"])
print(order)
