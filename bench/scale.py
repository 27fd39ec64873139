"""``make bench-scale``: how the site's cost grows with its content (docs/performance.md).

The demo is about 50 pages per language. This builds it once into a throwaway
SQLite database (the real ``load_demo``, in a temporary folder, never the
developer's ``db.sqlite3``), then for each factor copies that database and
multiplies its content pages: every village, producer, product, story, route
and event of the Vietnamese tree gets ``factor - 1`` copies with new slugs and
titles, each copy in all six languages under one new translation key, so the
copies are real translations of each other. The copies are made with Wagtail's
own ``Page.copy`` (no revisions copied, no log entries), which keeps the tree
valid; treebeard's ``find_problems`` must report nothing afterwards.

Copy number k of a page points at copy number k of whatever its source
pointed at, where that is multiplied too: a producer copy lives under the
village copy, a story copy is about the village and products copies, a route
copy stops at the village copies, and so on (foreign keys of the page and of
its inline parts, and page choosers in StreamFields). ``Page.copy`` keeps the
source's references, so without that the nine copies of every story about
Bát Tràng would all be about the original Bát Tràng: at 10× it would be
referenced by ten times the pages, and one of its publishes would purge ten
times the URLs, which is not what ten times the content looks like (80
villages, each with its own stories). The copies are recorded in a map
(source page id, number) → copy id while copying; parents are copied first
(villages, then producers, then products), and one pass over the copies
afterwards repoints the rest.

On each database, in-process (``django.test.Client``, production settings from
``bench/settings.py``, the page cache off and the small data caches warm), it
measures the uncached median time and the queries of every page type in vi, en
and ja, the sitemap, the admin's page explorer and edit view, the publish of
one village revision, the first page of every listing, and, when
``core.purge`` exists, the share of cached URLs one publish purges. Factor 1
(the demo as it is) is the baseline of every ratio.

``python bench/scale.py --factors 2`` is the quick run for development;
``make bench-scale`` runs ``SCALE_FACTORS`` (default "10 100"). ``SCALE_DB``
(or a ``sqlite:///`` ``DATABASE_URL``) names a built demo database to start
from instead of building one; it is copied, never written. ``SCALE_KEEP`` names
a folder where each factor's database is kept, to measure it again after a
change with ``python -m bench.pages`` instead of multiplying again.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import bench_environment  # noqa: E402

PYTHON = sys.executable
LANGUAGES = ("vi", "en", "ja")
HOST = "127.0.0.1"
# Page type → (app label.model of the page measured, the first of its kind in the tree).
PAGE_TYPES = {
    "home": "home.homepage",
    "village index": "villages.villageindexpage",
    "village": "villages.villagepage",
    "producer": "products.producerpage",
    "product index": "products.productindexpage",
    "product": "products.productpage",
    "story index": "stories.storyindexpage",
    "story": "stories.storypage",
    "route index": "routes.routeindexpage",
    "route": "routes.routepage",
    "event index": "events.eventindexpage",
    "event": "events.eventpage",
}
# The pages that are multiplied: everything there is many of on a real site.
MULTIPLIED = (
    "villages.villagepage",
    "products.producerpage",
    "products.productpage",
    "stories.storypage",
    "routes.routepage",
    "events.eventpage",
)
# Listing → the page type it lists (its first page is counted).
LISTINGS = {
    "village index": "villages.villagepage",
    "product index": "products.productpage",
    "story index": "stories.storypage",
    "route index": "routes.routepage",
    "event index": "events.eventpage",
}
# How a listing's template marks one item (components/card.html, components/event_card.html).
CARD_MARKERS = (b'<article class="card"', b"data-event-item")
SEARCH_QUERY = "gom"
# Feeds per language (opendata/urls.py): stories and events, RSS and Atom.
FEEDS_PER_LANGUAGE = 4
SITEMAP_LIMIT = 50_000  # URLs per sitemap file (sitemaps.org protocol)
P50_GOAL = 1.5
PUBLISH_GOAL = 2.0


def log(message):
    print(f">>> {message}", file=sys.stderr, flush=True)


# --- The parent: databases, one worker process per factor, the report ------------------


def source_database():
    """A built demo database named by SCALE_DB or a SQLite DATABASE_URL, or None."""
    named = os.environ.get("SCALE_DB", "")
    url = os.environ.get("DATABASE_URL", "")
    if not named and url:
        if not url.startswith("sqlite:///"):
            sys.exit(
                "bench-scale copies a SQLite demo database: set SCALE_DB, or unset DATABASE_URL"
            )
        named = url.removeprefix("sqlite://")
    if not named:
        return None
    path = Path(named)
    if not path.is_file():
        sys.exit(f"SCALE_DB: no database at {path}")
    return path


def build_demo(base):
    """The demo database in ``base`` (the real load_demo), or a copy of SCALE_DB's."""
    database = base / "demo.sqlite3"
    source = source_database()
    if source is not None:
        log(f"Copying {source} (SCALE_DB) and its media")
        shutil.copy2(source, database)
        media = Path(os.environ.get("MEDIA_ROOT", ROOT / "media"))
        if media.is_dir():
            shutil.copytree(media, base / "media")
        return None
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="tourism_site.settings.dev")
    env.update(
        DATABASE_URL=f"sqlite:///{database}",
        MEDIA_ROOT=str(base / "media"),
        CACHE_DIR=str(base / "demo-cache"),
    )
    log(f"Building the demo into {database} (migrate + load_demo)")
    started = time.perf_counter()
    subprocess.run(
        [PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True
    )
    subprocess.run(
        [PYTHON, "manage.py", "load_demo"],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def run_factor(base, factor, samples):
    database = base / f"factor-{factor}.sqlite3"
    shutil.copy2(base / "demo.sqlite3", database)
    output = base / f"factor-{factor}.json"
    env = bench_environment(base, database, base / f"cache-{factor}")
    log(f"Factor {factor}: {'measuring' if factor == 1 else 'multiplying, then measuring'}")
    subprocess.run(
        [
            PYTHON,
            "-m",
            "bench.scale",
            "--worker",
            str(factor),
            "--samples",
            str(samples),
            "--output",
            str(output),
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )
    result = json.loads(output.read_text())
    keep = os.environ.get("SCALE_KEEP", "")
    if keep:
        # Kept for measuring again after a change (python -m bench.pages): a 10× build
        # takes half an hour on two cores.
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.move(database, Path(keep) / database.name)
    else:
        # A factor-100 database is large: keep the temporary folder small.
        database.unlink()
    return result


def main_parent(args):
    factors = [f for f in args.factors if f > 1]
    base = Path(tempfile.mkdtemp(prefix="hcv-scale-"))
    started = time.perf_counter()
    try:
        demo_seconds = build_demo(base)
        env = bench_environment(base, base / "demo.sqlite3", base / "cache-static")
        subprocess.run(
            [PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"],
            cwd=ROOT,
            env=env,
            check=True,
        )
        results = [run_factor(base, factor, args.samples) for factor in [1, *factors]]
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print(report(results, demo_seconds, args.samples))
    log(f"bench-scale finished in {time.perf_counter() - started:.0f} s")


# --- The report ----------------------------------------------------------------------------


def ratio(value, baseline):
    return value / baseline if baseline else float("nan")


def report(results, demo_seconds, samples):
    baseline = results[0]
    base_rows = {(row["page"], row["lang"]): row for row in baseline["pages"]}
    lines = []
    add = lines.append
    add(f"Demo built in {demo_seconds:.0f} s (migrate + load_demo)." if demo_seconds else "")
    for result in results:
        factor = result["factor"]
        counts = result["counts"]
        add("")
        add(f"### Factor {factor}" + (" (the demo, the baseline)" if factor == 1 else ""))
        add("")
        add(
            f"{counts['live_pages']:,} live pages in all languages: "
            + ", ".join(f"{n:,} {name}" for name, n in counts["per_type"].items())
            + " (Vietnamese tree)."
        )
        build = result.get("build")
        if build:
            add(
                f"Multiplied in {build['copy_seconds']:.0f} s ({build['copies']:,} page copies, "
                f"{build['ms_per_copy']:.0f} ms each), "
                f"{build['repointed']:,} links repointed to copies in "
                f"{build['repoint_seconds']:.0f} s, "
                f"reference index {build['reference_seconds']:.0f} s, "
                f"search index {build['search_seconds']:.0f} s; tree problems: "
                f"{build['tree_problems'] or 'none'}."
            )
            per_factor = build["copies"] / (factor - 1)
            add(
                f"At this rate factor 100 copies {per_factor * 99:,.0f} pages in about "
                f"{per_factor * 99 * build['ms_per_copy'] / 60_000:.0f} min."
            )
        add("")
        add(
            f"| page | lang | p50 ms (n={samples}) | × factor 1 | CPU p50 ms | × factor 1 "
            "| queries | factor 1 queries |"
        )
        add("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for row in result["pages"]:
            base_row = base_rows.get((row["page"], row["lang"]))
            times = f"{ratio(row['p50'], base_row['p50']):.2f}×" if base_row else "–"
            cpu = f"{ratio(row['cpu'], base_row['cpu']):.2f}×" if base_row else "–"
            add(
                f"| {row['page']} | {row['lang']} | {row['p50'] * 1000:.1f} | {times} | "
                f"{row['cpu'] * 1000:.1f} | {cpu} | "
                f"{row['queries']} | {base_row['queries'] if base_row else '–'} |"
            )
        add("")
        sitemap = result["sitemap"]
        add(
            (
                f"Sitemap index: {sitemap['index_p50'] * 1000:.0f} ms, "
                f"{sitemap['index_bytes'] / 1024:,.1f} KB, {sitemap['files']} files; largest "
                f"file {sitemap['largest']}: "
                if sitemap["is_index"]
                else "Sitemap, one file for every language: "
            )
            + f"{sitemap['p50'] * 1000:.0f} ms, {sitemap['bytes'] / 1024:,.0f} KB, "
            f"{sitemap['urls']:,} URLs of {sitemap['public_pages']:,} public pages "
            f"({sitemap['urls'] / SITEMAP_LIMIT:.0%} of the 50,000-URL limit)."
        )
        admin = result["admin"]
        add(
            f"Admin: page explorer of the village index {admin['explorer'] * 1000:.0f} ms, "
            f"edit view of a village {admin['edit'] * 1000:.0f} ms."
        )
        add(
            f"Publish of one village revision: {result['publish'] * 1000:.0f} ms "
            f"({result['publish_cpu'] * 1000:.0f} ms CPU; median of 3)."
        )
        add(
            "Listings, cards on page 1: "
            + ", ".join(
                f"{row['listing']} {row['cards']} of {row['items']} ({row['page_size']} a page)"
                for row in result["listings"]
            )
            + "."
        )
        purge = result["purge"]
        if purge is None:
            add("purge share: n/a (core.purge not on this branch)")
        else:
            for edit, name in (("body", "a text edit"), ("title", "a title change")):
                counts, total = purge[edit], purge["total"]
                add(
                    f"Purge of one village publish, {name}: {purge['first']} "
                    f"{counts['first']:,} of {total:,} cached URLs "
                    f"({counts['first'] / total:.1%}); "
                    f"over the {purge['villages']} demo villages min {counts['min']:,}, "
                    f"median {counts['median']:,}, max {counts['max']:,}."
                )
    if len(results) > 1:
        lines.extend(verdicts(results))
    return "\n".join(lines) + "\n"


def verdicts(results):
    baseline, largest = results[0], results[-1]
    base_rows = {(row["page"], row["lang"]): row for row in baseline["pages"]}

    def worst(key):
        return max(
            (ratio(row[key], base_rows[row["page"], row["lang"]][key]), row["page"], row["lang"])
            for row in largest["pages"]
            if (row["page"], row["lang"]) in base_rows
        )

    wall, cpu = worst("p50"), worst("cpu")
    changed = [
        f"{row['page']} {row['lang']} {before}→{row['queries']}"
        for row in largest["pages"]
        if (before := base_rows.get((row["page"], row["lang"]), row)["queries"]) != row["queries"]
    ]
    # A listing is paginated when its first page holds no more than its page
    # size; with fewer items than that the figures cannot tell.
    unpaginated = [
        row["listing"]
        for row in largest["listings"]
        if row["page_size"] is None or row["cards"] > row["page_size"]
    ]
    untested = [
        row["listing"] for row in largest["listings"] if row["items"] <= (row["page_size"] or 0)
    ]
    sitemap = largest["sitemap"]

    def mark(ok):
        return "pass" if ok else "FAIL"

    factor = largest["factor"]
    return [
        "",
        f"### Verdict at factor {factor} against factor 1",
        "",
        f"- uncached p50 ≤ {P50_GOAL}× on every page type: {mark(wall[0] <= P50_GOAL)} "
        f"(worst {wall[1]} {wall[2]}, {wall[0]:.2f}×); in CPU time: {mark(cpu[0] <= P50_GOAL)} "
        f"(worst {cpu[1]} {cpu[2]}, {cpu[0]:.2f}×)",
        f"- queries unchanged: {mark(not changed)}"
        + (f" ({'; '.join(changed)})" if changed else ""),
        f"- publish < {PUBLISH_GOAL:.0f} s: {mark(largest['publish'] < PUBLISH_GOAL)} "
        f"({largest['publish'] * 1000:.0f} ms)",
        f"- listings paginated: {mark(not unpaginated)}"
        + (f" (more than a page size on page 1: {', '.join(unpaginated)})" if unpaginated else "")
        + (f" (too few items to tell: {', '.join(untested)})" if untested else ""),
        f"- sitemap split per language and per 50,000 URLs: {mark(sitemap['is_index'])} "
        f"({sitemap['urls']:,} URLs in "
        + ("a sitemap index" if sitemap["is_index"] else "one file")
        + ")",
    ]


# --- The worker: one factor, in its own process and database ------------------------------


def scaled_key(key, number):
    """The key of copy ``number`` of whatever had ``key``: the same in every language."""
    return uuid.uuid5(key, f"bench-scale-{number}")


def multiply(factor):
    """``factor - 1`` copies of every multiplied page, in every language it exists in."""
    from django.apps import apps
    from django.db import transaction
    from wagtail.models import Locale, Page, ReferenceIndex
    from wagtail.signal_handlers import disable_reference_index_auto_update

    from core import cache as page_cache
    from search import indexing as search_indexing

    vi = Locale.objects.get(language_code="vi")
    copies = {}  # (source page id, number) → copy id
    started = time.perf_counter()
    # Bookkeeping for a live site is muted while copying: the reference and search
    # indexes are built once below, and the page cache is retired once at the end
    # (``core.cache.paused``) instead of each copy computing and purging its URLs.
    with (
        disable_reference_index_auto_update(),
        search_indexing.paused(),
        page_cache.paused(),
        transaction.atomic(),
    ):
        for label in MULTIPLIED:
            model = apps.get_model(label)
            sources = list(model.objects.filter(locale=vi, alias_of__isnull=True).order_by("path"))
            for source in sources:
                versions = list(
                    Page.objects.filter(
                        translation_key=source.translation_key, alias_of__isnull=True
                    )
                    .order_by("locale_id")
                    .specific()
                )
                for number in range(2, factor + 1):
                    copy_versions(versions, number, copies)
    copy_seconds = time.perf_counter() - started
    copied = list(copies.values())
    log(f"  {len(copied):,} copies in {copy_seconds:.0f} s")

    started = time.perf_counter()
    with transaction.atomic():
        repointed = repoint(copies)
    repoint_seconds = time.perf_counter() - started
    log(f"  {repointed:,} references repointed in {repoint_seconds:.0f} s")

    def copies():
        # In slices: 24,000 ids in one ``IN`` could pass SQLite's limit on parameters
        # (999 before SQLite 3.32).
        for start in range(0, len(copied), 500):
            yield from Page.objects.filter(pk__in=copied[start : start + 500]).specific()

    started = time.perf_counter()
    with transaction.atomic():
        for page in copies():
            ReferenceIndex.create_or_update_for_object(page)
    reference_seconds = time.perf_counter() - started

    started = time.perf_counter()
    with transaction.atomic():
        search_indexing.index_pages(copies())
    search_seconds = time.perf_counter() - started
    problems = [len(found) for found in Page.find_problems()]
    names = ("evil chars", "bad step length", "orphans", "wrong depth", "wrong numchild")
    stats = {
        "copies": len(copied),
        "copy_seconds": copy_seconds,
        "ms_per_copy": copy_seconds * 1000 / max(len(copied), 1),
        "repointed": repointed,
        "repoint_seconds": repoint_seconds,
        "reference_seconds": reference_seconds,
        "search_seconds": search_seconds,
        "tree_problems": ", ".join(
            f"{n} {name}" for n, name in zip(problems, names, strict=True) if n
        ),
    }
    return stats, frozenset(copied)


def copy_versions(versions, number, copies):
    """Copy ``number`` of one page in each of its languages; returns the new ids.

    Each is recorded in ``copies`` ((source page id, number) → copy id).
    A copy goes under copy ``number`` of its source's parent when the parent
    is multiplied (a producer under its village), else beside its source.
    """
    from wagtail.models import Page

    key = scaled_key(versions[0].translation_key, number)

    def rekey(_page, _copy, _relation, child):
        # Inline items (facts, stops…) are translatable too: their copies need
        # keys of their own, shared by the copies of one item in every language.
        if getattr(child, "translation_key", None):
            child.translation_key = scaled_key(child.translation_key, number)

    ids = []
    for page in versions:
        title = f"{page.title} ({number})"
        parent_copy = copies.get((page.get_parent().pk, number))
        copy = page.copy(
            to=Page.objects.get(pk=parent_copy) if parent_copy else None,
            update_attrs={
                "slug": f"{page.slug}-{number}",
                "title": title,
                "draft_title": title,
                "translation_key": key,
            },
            copy_revisions=False,
            keep_live=True,
            log_action=None,
            reset_translation_key=False,
            process_child_object=rekey,
        )
        copies[page.pk, number] = copy.pk
        ids.append(copy.pk)
    return ids


def page_links(model):
    """The names of ``model``'s own foreign keys to pages (not the tree's nor an alias's)."""
    from modelcluster.fields import ParentalKey
    from wagtail.models import Page

    return [
        field.attname
        for field in model._meta.concrete_fields
        if field.many_to_one
        and not isinstance(field, ParentalKey)
        and issubclass(field.related_model, Page)
        and field.name != "alias_of"
    ]


def repoint_raw(block, raw, swap):
    """``raw`` StreamField data with every page chooser's id passed through ``swap``."""
    from wagtail import blocks

    if raw is None:
        return raw
    if isinstance(block, blocks.PageChooserBlock):
        return swap(raw)
    if isinstance(block, blocks.StreamBlock):
        for item in raw:
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                item["value"] = repoint_raw(child, item.get("value"), swap)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            if name in raw:
                raw[name] = repoint_raw(child, raw[name], swap)
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(raw):
            # ListBlock items are {"type": "item", "value": …, "id": …} since Wagtail 2.16.
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                item["value"] = repoint_raw(block.child_block, item["value"], swap)
            else:
                raw[index] = repoint_raw(block.child_block, item, swap)
    return raw


def repoint(copies):
    """Point each copy's links at copy k of their targets, where there is one; returns the count.

    Foreign keys to pages on the page and on its inline parts, and page
    choosers in its StreamFields; written with ``update()``, as the copy's
    rows are already saved and nothing is published.
    """
    import copy as copying

    from modelcluster.models import get_all_child_relations
    from wagtail.blocks import StreamValue
    from wagtail.fields import StreamField
    from wagtail.models import Page

    number_of = {copy_id: number for (_source, number), copy_id in copies.items()}
    repointed = 0
    plans = {}  # model → (its page links, its stream fields, its parts with page links)

    def plan(model):
        if model not in plans:
            parts = []
            for relation in get_all_child_relations(model):
                links = page_links(relation.related_model)
                if links:
                    parts.append((relation.get_accessor_name(), relation.related_model, links))
            streams = [f for f in model._meta.concrete_fields if isinstance(f, StreamField)]
            plans[model] = (page_links(model), streams, parts)
        return plans[model]

    ids = list(number_of)
    for start in range(0, len(ids), 500):
        for page in Page.objects.filter(pk__in=ids[start : start + 500]).specific():
            number = number_of[page.pk]

            def swap(target_id, number=number):
                return copies.get((target_id, number), target_id)

            links, streams, parts = plan(type(page))
            updates = {}
            for name in links:
                target = getattr(page, name)
                if target is not None and swap(target) != target:
                    updates[name] = swap(target)
            for field in streams:
                value = getattr(page, field.attname)
                raw = copying.deepcopy(list(value.raw_data))
                new = repoint_raw(field.stream_block, copying.deepcopy(raw), swap)
                if new != raw:
                    updates[field.attname] = StreamValue(field.stream_block, new, is_lazy=True)
            if updates:
                type(page).objects.filter(pk=page.pk).update(**updates)
                repointed += len(updates)
            for accessor, model, part_links in parts:
                for part in getattr(page, accessor).all():
                    part_updates = {
                        name: swap(getattr(part, name))
                        for name in part_links
                        if getattr(part, name) is not None
                        and swap(getattr(part, name)) != getattr(part, name)
                    }
                    if part_updates:
                        model.objects.filter(pk=part.pk).update(**part_updates)
                        repointed += len(part_updates)
    return repointed


def page_counts():
    from django.apps import apps
    from wagtail.models import Page

    live = Page.objects.filter(depth__gt=1, live=True, alias_of__isnull=True)
    return {
        "live_pages": live.count(),
        "per_type": {
            apps.get_model(label)._meta.verbose_name_plural.lower(): apps.get_model(label)
            .objects.filter(locale__language_code="vi", live=True)
            .count()
            for label in MULTIPLIED
        },
    }


def first_of(label):
    """The first page of a type in the Vietnamese tree (an original: copies come last)."""
    from django.apps import apps

    return (
        apps.get_model(label)
        .objects.filter(locale__language_code="vi", live=True, alias_of__isnull=True)
        .order_by("path")
        .first()
    )


def local_url(page):
    from urllib.parse import urlsplit

    return urlsplit(page.get_url()).path


def timed(client, path, samples):
    """Median wall-clock and CPU seconds of ``samples`` GETs of ``path``, and a response.

    One GET first warms the data caches. The CPU time of this process is the
    steadier figure on a shared machine: the client, Django and SQLite all
    run in it, and other processes' load lengthens the wall clock only.
    """
    response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"{path} answered {response.status_code}")
    wall, cpu = [], []
    for _ in range(samples):
        started, started_cpu = time.perf_counter(), time.process_time()
        client.get(path)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(wall), statistics.median(cpu), response


def counted(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return len(queries.captured_queries)


def measure_pages(client, samples):
    from wagtail.models import Locale

    from core.warmup import settle

    targets = []
    for name, label in PAGE_TYPES.items():
        source = first_of(label)
        for lang in LANGUAGES:
            page = source.get_translation_or_none(Locale.objects.get(language_code=lang))
            if page is not None and page.live:
                targets.append((name, lang, local_url(page)))
    for lang in LANGUAGES:
        targets.append(("search results", lang, f"/{lang}/search/?q={SEARCH_QUERY}"))
    # One request to each first: templates, catalogues and data caches of
    # every language are loaded before any is timed, whatever the order.
    for _name, _lang, path in targets:
        client.get(path)
    # As a gunicorn worker after its warm-up (deploy/gunicorn.conf.py).
    settle()
    rows = []
    for name, lang, path in targets:
        p50, cpu, _response = timed(client, path, samples)
        rows.append({"page": name, "lang": lang, "path": path, "p50": p50, "cpu": cpu})
        rows[-1]["queries"] = counted(client, path)
    return rows


def measure_sitemap(client):
    """The sitemap index and its largest file (core/sitemaps.py): time, URLs and bytes.

    ``p50``, ``bytes`` and ``urls`` are the largest language file's, the one a
    crawler waits longest for; the ``index_`` keys are the index's.
    """
    import re
    from urllib.parse import urlsplit

    from wagtail.models import Page

    from core.privacy import visible

    index_p50, _cpu, index = timed(client, "/sitemap.xml", 3)
    urls = {}
    for location in re.findall(r"<loc>([^<]+)</loc>", index.content.decode()):
        path = urlsplit(location)._replace(scheme="", netloc="").geturl()
        urls[path] = client.get(path).content.count(b"<url>")
    largest = max(urls, key=urls.get) if urls else "/sitemap.xml"
    p50, _cpu, response = timed(client, largest, 3)
    content = response.content
    return {
        "p50": p50,
        "bytes": len(content),
        "urls": content.count(b"<url>"),
        "largest": largest,
        "is_index": b"<sitemapindex" in index.content,
        "files": len(urls),
        "index_p50": index_p50,
        "index_bytes": len(index.content),
        "public_pages": visible(Page.objects.filter(depth__gte=2)).count(),
    }


def measure_listings(client):
    """Cards on the first page of each listing, against its items and its page size."""
    from django.apps import apps

    rows = []
    for name, label in LISTINGS.items():
        index = first_of(PAGE_TYPES[name]).specific
        path = local_url(index)
        cards = 0
        # Events: the upcoming list, or the past one when no event is to come
        # (production settings hide the demo's made-up events).
        for query in ("", "?when=past") if name == "event index" else ("",):
            content = client.get(path + query).content
            cards = max(cards, sum(content.count(marker) for marker in CARD_MARKERS))
        items = apps.get_model(label).objects.filter(locale=index.locale, live=True).count()
        page_size = getattr(index, "page_size", None)
        rows.append({"listing": name, "cards": cards, "items": items, "page_size": page_size})
    return rows


def measure_admin(client):
    from django.contrib.auth import get_user_model
    from django.test import override_settings

    user = get_user_model().objects.create_superuser(
        "bench-scale", "bench-scale@example.invalid", uuid.uuid4().hex
    )
    client.force_login(user)
    index = first_of(PAGE_TYPES["village index"])
    village = first_of(PAGE_TYPES["village"])
    # The figures are the admin's pages, not the sign-in's second factor.
    with override_settings(TWO_FACTOR_REQUIRED=False):
        explorer, _cpu, _response = timed(client, f"/admin/pages/{index.pk}/", 5)
        edit, _cpu, _response = timed(client, f"/admin/pages/{village.pk}/edit/", 5)
    client.logout()
    return {"explorer": explorer, "edit": edit}


def measure_publish():
    page = first_of(PAGE_TYPES["village"]).specific
    wall, cpu = [], []
    for _ in range(3):
        revision = page.save_revision()
        started, started_cpu = time.perf_counter(), time.process_time()
        revision.publish()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(wall), statistics.median(cpu)


def purge_share(copies=frozenset()):
    """URLs one village publish purges, of all a cache may hold; None without core.purge.

    Two edits of every village of the demo (the originals, not the ``copies``):
    one of its text only, which other pages do not show, and one of its title,
    which its referrers show. Minimum, median and maximum over the villages,
    and the figures of the first (Bát Tràng), for comparison with older runs.
    """
    try:
        from core.purge import urls_for_change
    except ImportError:
        return None
    from django.apps import apps
    from django.conf import settings
    from wagtail.models import Page

    from core.privacy import visible

    villages = [
        village
        for village in apps.get_model(PAGE_TYPES["village"])
        .objects.filter(locale__language_code="vi", live=True, alias_of__isnull=True)
        .order_by("path")
        if village.pk not in copies
    ]
    sitemap = 1 + len(settings.LANGUAGES)  # an index and one per language at most
    total = (
        visible(Page.objects.filter(depth__gte=2)).count()
        + sitemap
        + FEEDS_PER_LANGUAGE * len(settings.LANGUAGES)
    )
    share = {"total": total, "villages": len(villages), "first": villages[0].title}
    for edit, changed in (("body", set()), ("title", {"title"})):
        counts = [len(urls_for_change(village, changed=changed)) for village in villages]
        share[edit] = {
            "first": counts[0],
            "min": min(counts),
            "median": statistics.median(counts),
            "max": max(counts),
        }
    return share


def main_worker(args):
    import django

    django.setup()
    from django.test import Client

    factor = args.worker
    result = {"factor": factor}
    copies = frozenset()
    if factor > 1:
        result["build"], copies = multiply(factor)
    result["counts"] = page_counts()
    client = Client(HTTP_HOST=HOST)
    log(f"  factor {factor}: pages")
    result["pages"] = measure_pages(client, args.samples)
    log(f"  factor {factor}: sitemap, listings, admin, purge, publish")
    result["sitemap"] = measure_sitemap(client)
    result["listings"] = measure_listings(client)
    result["admin"] = measure_admin(client)
    result["purge"] = purge_share(copies)
    # Last: publishing changes the content the other figures are about.
    result["publish"], result["publish_cpu"] = measure_publish()
    Path(args.output).write_text(json.dumps(result))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = [int(f) for f in os.environ.get("SCALE_FACTORS", "10 100").split()]
    parser.add_argument("--factors", type=int, nargs="+", default=default)
    parser.add_argument("--samples", type=int, default=int(os.environ.get("SCALE_SAMPLES", "15")))
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        main_worker(args)
    else:
        main_parent(args)


if __name__ == "__main__":
    main()
