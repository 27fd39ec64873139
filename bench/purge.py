"""``make bench-purge``: how much of the cache does publishing one village retire?

1. builds the demo into a fresh SQLite database (migrate + load_demo), or uses
   ``PURGE_DATABASE`` if it names one that has it;
2. for each Vietnamese village: publishes it inside a transaction that is rolled
   back afterwards (so each village starts from the same site), and records the
   URLs the purge hooks (``core.cache.pages_changed`` / ``content_changed``)
   were given;
3. compares them with every URL the caches may hold (``core.purge.all_urls``:
   every live page in every language, aliases included, the sitemaps and the
   feeds) and prints min, median and max of the count and the share.

The figures go into docs/caching.md by hand, with the date and the commit.
"""

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


class Rollback(Exception):
    pass


def build_demo():
    database = os.environ.get("PURGE_DATABASE")
    if database and Path(database).exists():
        return Path(database)
    folder = Path(tempfile.mkdtemp(prefix="bench-purge-"))
    database = folder / "db.sqlite3"
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="tourism_site.settings.dev")
    env.update(DATABASE_URL=f"sqlite:///{database}", MEDIA_ROOT=str(folder / "media"))
    print(f"Building the demo in {database} (migrate + load_demo)", flush=True)
    manage = [PYTHON, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, check=True, cwd=ROOT)
    subprocess.run([*manage, "load_demo"], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return database


def measure(retitle=False):
    """Publish each village as it is (a text edit), or with a new title (``retitle``)."""
    from django.db import transaction
    from wagtail.models import Locale

    import core.cache
    from core.purge import all_urls
    from villages.models import VillagePage

    everything = all_urls()
    source = Locale.get_default()
    villages = list(
        VillagePage.objects.filter(locale=source, live=True, alias_of__isnull=True).order_by("path")
    )
    rows = []
    for village in villages:
        purged = set()
        retired_all = []

        def record(urls, purged=purged):
            purged.update(urls)

        def record_everything(retired_all=retired_all):
            retired_all.append(True)

        with (
            mock.patch.object(core.cache, "pages_changed", record),
            mock.patch.object(core.cache, "content_changed", record_everything),
        ):
            try:
                with transaction.atomic():
                    village = type(village).objects.get(pk=village.pk)
                    if retitle:
                        village.title += " ·"
                    village.save_revision().publish()
                    raise Rollback
            except Rollback:
                pass
        count = len(everything) if retired_all else len(purged & everything)
        title = village.title.removesuffix(" ·")
        rows.append((title, count, bool(retired_all), len(purged - everything)))
    return everything, rows


def report(everything, rows):
    counts = [count for _title, count, _all, _extra in rows]
    total = len(everything)
    print(f"\n{len(rows)} villages published one at a time; {total} cacheable URLs")
    print(
        "(live pages in every language, aliases included, the sitemap index, "
        f"one sitemap per language and {2 * 2 * 6} feeds)\n"
    )
    print("| village | URLs purged | share | retired everything |")
    print("| --- | ---: | ---: | --- |")
    for title, count, retired_all, _extra in rows:
        print(f"| {title} | {count} | {count / total:.1%} | {'yes' if retired_all else 'no'} |")
    print()
    for name, value in (
        ("min", min(counts)),
        ("median", statistics.median(counts)),
        ("max", max(counts)),
    ):
        print(f"{name}: {value:g} of {total} URLs ({value / total:.1%})")
    extra = sum(extra for *_rest, extra in rows)
    if extra:
        print(f"({extra} purged URLs of new alias pages made by the publish, not counted)")


def main():
    database = build_demo()
    os.environ["DJANGO_SETTINGS_MODULE"] = "tourism_site.settings.dev"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    print("\n## A village published with its text edited (title, map and crafts unchanged)")
    report(*measure())
    print("\n## A village published with a new title (its cards change everywhere)")
    report(*measure(retitle=True))


if __name__ == "__main__":
    main()
