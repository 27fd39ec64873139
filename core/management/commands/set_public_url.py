"""``manage.py set_public_url [URL]``: the default Site's address, from PUBLIC_URL by default."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from core.public_url import PublicURLError, apply_public_url


class Command(BaseCommand):
    help = (
        "Give the default Wagtail Site the public address (https://host) that every absolute "
        "URL uses. Without an argument, the PUBLIC_URL setting. Safe to re-run."
    )

    def add_arguments(self, parser):
        parser.add_argument("url", nargs="?", help="for example https://craftvillages.hanoi.vn")

    def handle(self, *args, **options):
        url = options["url"] or getattr(settings, "PUBLIC_URL", "")
        if not url:
            raise CommandError("Give the URL, or set the environment variable PUBLIC_URL.")
        try:
            site, changed = apply_public_url(url)
        except PublicURLError as error:
            raise CommandError(f"PUBLIC_URL {error}") from None
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from None
        if changed:
            self.stdout.write(self.style.SUCCESS(f"The default site is now {site.root_url}"))
        else:
            self.stdout.write(f"The default site was already {site.root_url}: nothing changed")
