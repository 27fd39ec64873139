"""``manage.py build_open_data``: the open-data package in storage (opendata/package.py)."""

from django.core.management.base import BaseCommand

from opendata.package import PACKAGE_NAME, build_package


class Command(BaseCommand):
    help = "Build the open-data zip (GeoJSON, JSON-LD, licence, metadata) into media storage."

    def handle(self, *args, **options):
        changed, metadata = build_package()
        counts = ", ".join(
            f"{code}: {sum(numbers.values())}" for code, numbers in metadata["counts"].items()
        )
        if changed:
            self.stdout.write(f"wrote {PACKAGE_NAME} ({counts})")
        else:
            self.stdout.write(f"{PACKAGE_NAME} is up to date: nothing to do")
