"""Build the demo site from the files in ``demo/content`` (see docs/demo-content.md).

The Vietnamese tree is built from the app factories and the YAML files; every other language
is produced by wagtail-localize from the PO files (``demo.translate``), parents before children,
so no alias page is ever created. Every step looks for what already exists first: a second run
changes nothing.
"""

import datetime
import random
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

import factory.random
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from core.blocks import BodyBlock
from core.models import MenuItem, NavigationMenu
from core.public_url import parse_public_url
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventIndexPage, EventPage, EventVillage
from home.factories import HomePageFactory, StandardPageFactory
from home.models import HomeFeatured, HomeFigure, HomePage, StandardPage
from opendata.factories import OpenDataPageFactory
from opendata.models import OpenDataPage
from products.factories import ProducerPageFactory, ProductIndexPageFactory, ProductPageFactory
from products.models import (
    OcopCertificate,
    ProducerFact,
    ProducerPage,
    ProductIndexPage,
    ProductPage,
    TradeFair,
)
from routes.factories import RouteIndexPageFactory, RoutePageFactory
from routes.models import RouteIndexPage, RoutePage, RouteStop
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from stories.models import (
    RelatedStory,
    StoryIndexPage,
    StoryPage,
    StoryProducer,
    StoryProduct,
    StoryVillage,
)
from villages.factories import CraftFactory, VillageIndexPageFactory, VillagePageFactory
from villages.models import (
    Attraction,
    Craft,
    HeritageRecognition,
    OpeningException,
    OpeningHours,
    TransportLeg,
    VillageCraft,
    VillageFact,
    VillageGalleryImage,
    VillageIndexPage,
    VillagePage,
)

from . import event_dates, illustrations, sources, villages_fields
from .sources import SOURCE_LANGUAGE, DemoContentError
from .translate import translate

LANGUAGES = ["vi", "en", "fr", "it", "ja", "ko"]
SEED = 20250520  # the date of the OCOP figures; any fixed value would do

INDEXES = {
    "villages": (VillageIndexPage, VillageIndexPageFactory),
    "stories": (StoryIndexPage, StoryIndexPageFactory),
    "routes": (RouteIndexPage, RouteIndexPageFactory),
    "events": (EventIndexPage, EventIndexPageFactory),
    "products": (ProductIndexPage, ProductIndexPageFactory),
}


@dataclass
class Job:
    """An object to translate once the whole Vietnamese tree exists."""

    instance: object
    item: sources.Item
    refresh: bool = False


@dataclass
class DemoBuilder:
    log: callable
    warn: callable
    images: dict = field(default_factory=dict)
    crafts: dict = field(default_factory=dict)
    indexes: dict = field(default_factory=dict)
    villages: dict = field(default_factory=dict)
    stories: dict = field(default_factory=dict)
    routes: dict = field(default_factory=dict)
    producers: dict = field(default_factory=dict)
    products: dict = field(default_factory=dict)
    standard: dict = field(default_factory=dict)
    jobs: list = field(default_factory=list)
    created: list = field(default_factory=list)

    def run(self):
        random.seed(SEED)
        factory.random.reseed_random(SEED)
        self.ensure_locales()
        self.images = illustrations.ensure_images(self.log)
        self.ensure_crafts(sources.items("crafts"))
        (home_item,) = sources.items("home")
        home = self.ensure_home(home_item)
        indexes = sources.items("indexes")
        # The events index comes after the routes (ensure_events), as it always has.
        for item in indexes:
            if item.slug != "events":
                self.ensure_index(home, item)
        villages = sources.items("villages")
        new_villages = [item for item in villages if self.ensure_village(item)]
        # Village bodies link to other villages: fill them once every village exists.
        for item in new_villages:
            self.fill_village_body(item)
        # Producers under their villages, products under their producers (products app).
        for item in sources.items("producers"):
            self.ensure_producer(item)
        for item in sources.items("products"):
            self.ensure_product(item)
        stories = sources.items("stories")
        for item in stories:
            self.ensure_story(item)
        for item in stories:
            self.link_related_stories(item.data)
        for item in sources.items("routes"):
            self.ensure_route(item)
        events_index = [item for item in indexes if item.slug == "events"]
        if events_index:
            self.ensure_events(home, events_index[0])
        # About, Contact, Privacy, Accessibility: after the indexes, in the footer menu.
        for item in sources.items("standard"):
            self.ensure_standard(home, item)
        for item in sources.items("opendata"):
            self.ensure_open_data(home, item)
        self.link_featured(home, home_item.data)
        self.run_translations()
        # Menus point at pages, and their translations at translated pages: build them last.
        for item in sources.items("menus"):
            self.ensure_menu(item)
        self.run_translations()

    # --- Locales, site, snippets ----------------------------------------------

    def ensure_locales(self):
        for code in LANGUAGES:
            Locale.objects.get_or_create(language_code=code)

    def ensure_crafts(self, items):
        vi = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        for item in items:
            data = item.data
            craft = Craft.objects.filter(slug=data["slug"], locale=vi).first()
            if craft is None:
                craft = CraftFactory(
                    slug=data["slug"], name=data["name"], description=data["description"], locale=vi
                )
                self.created.append(f"craft {data['slug']}")
            self.crafts[data["slug"]] = craft
            self.jobs.append(Job(craft, item))
        self.run_translations()

    def ensure_menu(self, item):
        data = item.data
        vi = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        menu = NavigationMenu.objects.filter(handle=data["handle"], locale=vi).first()
        if menu is None:
            menu = NavigationMenu(
                handle=data["handle"], locale=vi, footer_text=paragraphs(data["footer_text"])
            )
            menu.items = [
                MenuItem(
                    page=self.indexes.get(entry["page"]) or self.standard[entry["page"]],
                    label=entry["label"],
                    locale=vi,
                    translation_key=item_key(entry, item),
                )
                for entry in data["items"]
            ]
            menu.save()
            self.created.append(f"menu {data['handle']}")
        self.jobs.append(Job(menu, item))

    # --- Pages --------------------------------------------------------------

    def ensure_home(self, item):
        data = item.data
        delete_wagtail_welcome_page()
        root = Page.get_first_root_node()
        vi = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        home = HomePage.objects.child_of(root).filter(locale=vi, slug=data["slug"]).first()
        if home is None:
            fields = {**self.base_fields(data), "hero_heading": data["hero_heading"]}
            fields["figures_heading"] = data["figures_heading"]
            fields["figures"] = [
                HomeFigure(locale=vi, translation_key=item_key(fact, item), **dated_fact(fact))
                for fact in data["figures"]
            ]
            home = self.create_page(HomePageFactory, root, fields)
        # The public address when PUBLIC_URL is set (core/public_url.py), else this machine.
        public = parse_public_url(settings.PUBLIC_URL) if settings.PUBLIC_URL else None
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": public.hostname if public else "localhost",
                "port": public.port if public else 80,
                "root_page": home,
                "site_name": data["site_name"],
            },
        )
        self.jobs.append(Job(home, item))
        return home

    def ensure_index(self, home, item):
        data = item.data
        model, page_factory = INDEXES[data["slug"]]
        page = model.objects.child_of(home).filter(slug=data["slug"]).first()
        if page is None:
            page = self.create_page(page_factory, home, self.base_fields(data))
        self.indexes[data["slug"]] = page
        self.jobs.append(Job(page, item))

    def ensure_village(self, item):
        """Find or create the village page; True when it was created (its body comes later)."""
        data = item.data
        index = self.indexes["villages"]
        page = VillagePage.objects.child_of(index).filter(slug=data["slug"]).first()
        created = page is None
        if created:
            page = self.create_page(VillagePageFactory, index, self.village_fields(item))
        self.villages[data["slug"]] = page
        self.jobs.append(Job(page, item))
        return created

    def fill_village_body(self, item):
        page = self.villages[item.data["slug"]]
        page.body = self.stream(item.data.get("body", []), item.label)
        with transaction.atomic():
            page.save_revision(log_action=True).publish()

    def ensure_producer(self, item):
        data = item.data
        village = self.villages.get(data["village"])
        if village is None:
            raise DemoContentError(f"{item.label}: no village {data['village']!r}")
        page = ProducerPage.objects.child_of(village).filter(slug=data["slug"]).first()
        if page is None:
            fields = {
                **self.base_fields(data),
                "vietnamese_name": data["vietnamese_name"],
                "latin_name": data.get("latin_name", ""),
                "kind": data["kind"],
                "makes": data["makes"],
                "languages": data.get("languages", []),
                "export_markets": data.get("export_markets", []),
                "minimum_order": data.get("minimum_order", ""),
                "lead_time": data.get("lead_time", ""),
                "sample_policy": data.get("sample_policy", ""),
                "certifications": data.get("certifications", ""),
                "is_sample": data.get("is_sample", False),
                "body": self.stream(data.get("body", []), item.label),
                "facts": [
                    ProducerFact(translation_key=item_key(fact, item), **dated_fact(fact))
                    for fact in data.get("facts", [])
                ],
                "trade_fairs": [
                    TradeFair(
                        translation_key=item_key(entry, item),
                        name=entry["name"],
                        city=entry.get("city", ""),
                        year=entry["year"],
                        source_name=entry.get("source_name", ""),
                        source_url=entry.get("source_url", ""),
                    )
                    for entry in data.get("trade_fairs", [])
                ],
            }
            page = self.create_page(ProducerPageFactory, village, fields)
        self.producers[data["slug"]] = page
        self.jobs.append(Job(page, item))

    def ensure_product(self, item):
        data = item.data
        producer = self.producers.get(data["producer"])
        if producer is None:
            raise DemoContentError(f"{item.label}: no producer {data['producer']!r}")
        page = ProductPage.objects.child_of(producer).filter(slug=data["slug"]).first()
        if page is None:
            if data["craft"] not in self.crafts:
                raise DemoContentError(f"{item.label}: no craft {data['craft']!r}")
            fields = {
                **self.base_fields(data),
                "craft": self.crafts[data["craft"]],
                "material": data["material"],
                "materials": data.get("materials", []),
                "ocop_group": data.get("ocop_group", ""),
                "sizes": data.get("sizes", ""),
                "care": data.get("care", ""),
                "export_markets": data.get("export_markets", []),
                "is_sample": data.get("is_sample", False),
                "body": self.stream(data.get("body", []), item.label),
                "certificates": [
                    OcopCertificate(
                        rating=str(entry["rating"]),
                        level=entry["level"],
                        decision_number=entry.get("decision_number", ""),
                        decision_date=date_or_none(entry.get("decision_date")),
                        decision_date_precision=entry.get("decision_date_precision", "year"),
                        valid_until=date_or_none(entry.get("valid_until")),
                        source_name=entry["source_name"],
                        source_date=date_or_none(entry.get("source_date")),
                        source_url=entry.get("source_url", ""),
                    )
                    for entry in data.get("certificates", [])
                ],
            }
            page = self.create_page(ProductPageFactory, producer, fields)
        self.products[data["slug"]] = page
        self.jobs.append(Job(page, item))

    def ensure_story(self, item):
        data = item.data
        index = self.indexes["stories"]
        page = StoryPage.objects.child_of(index).filter(slug=data["slug"]).first()
        if page is None:
            fields = {
                **self.base_fields(data),
                "kind": data["kind"],
                "date": datetime.date.fromisoformat(data["date"]),
                "author": data["author"],
                "body": self.stream(data["body"], item.label),
                "story_villages": [
                    StoryVillage(village=village)
                    for village in self.pages_by_slug(self.villages, data["villages"], data["slug"])
                ],
                "story_products": [
                    StoryProduct(product=product)
                    for product in self.pages_by_slug(
                        self.products, data.get("products", []), data["slug"]
                    )
                ],
                "story_producers": [
                    StoryProducer(producer=producer)
                    for producer in self.pages_by_slug(
                        self.producers, data.get("producers", []), data["slug"]
                    )
                ],
            }
            page = self.create_page(StoryPageFactory, index, fields)
        self.stories[data["slug"]] = page
        self.jobs.append(Job(page, item))

    def ensure_route(self, item):
        data = item.data
        index = self.indexes["routes"]
        page = RoutePage.objects.child_of(index).filter(slug=data["slug"]).first()
        if page is None:
            stops = self.route_stops(item)
            if len(stops) < 2:
                self.warn(f"{item.label}: fewer than two stops can be built; skipped")
                return
            fields = {
                **self.base_fields(data),
                "summary": data["summary"],
                "day_length": data["day_length"],
                "best_season": data["best_season"],
                "tips": data["tips"],
                "stops": stops,
            }
            page = self.create_page(RoutePageFactory, index, fields)
        self.routes[data["slug"]] = page
        self.jobs.append(Job(page, item))

    def ensure_standard(self, home, item):
        data = item.data
        page = StandardPage.objects.child_of(home).filter(slug=data["slug"]).first()
        if page is None:
            fields = {**self.base_fields(data), "body": self.stream(data["body"], item.label)}
            page = self.create_page(StandardPageFactory, home, fields)
        self.standard[data["slug"]] = page
        self.jobs.append(Job(page, item))

    def ensure_open_data(self, home, item):
        """The Open data page; the footer menu links it by slug, like the standard pages."""
        data = item.data
        page = OpenDataPage.objects.child_of(home).filter(slug=data["slug"]).first()
        if page is None:
            fields = {**self.base_fields(data), "body": self.stream(data["body"], item.label)}
            page = self.create_page(OpenDataPageFactory, home, fields)
        self.standard[data["slug"]] = page
        self.jobs.append(Job(page, item))

    def ensure_events(self, home, index_item):
        """The events index and its events, the examples dated from today."""
        from django.utils import timezone

        self.ensure_index(home, index_item)
        index = self.indexes["events"]
        today = timezone.localdate()  # in Hanoi (TIME_ZONE), as the events are
        for item in sources.items("events"):
            page = EventPage.objects.child_of(index).filter(slug=item.data["slug"]).first()
            if page is None:
                page = self.create_page(EventPageFactory, index, self.event_fields(item, today))
            self.jobs.append(Job(page, item))

    def event_fields(self, item, today):
        data = item.data
        dates = {
            "start_date": date_or_none(data.get("start_date")),
            "end_date": date_or_none(data.get("end_date")),
            "repeat_until": None,
            **event_dates.relative_dates(data["slug"], today),
        }
        fields = {key: data[key] for key in ("venue_name", "price_text", "accessibility")}
        return {
            **self.base_fields(data),
            **dates,
            **fields,
            "organizer_name": data["organizer_name"],
            "body": self.stream(data["body"], item.label),
            "kind": data["kind"],
            "is_demo": data["is_demo"],
            "start_time": time_or_none(data.get("start_time")),
            "end_time": time_or_none(data.get("end_time")),
            "recurrence": data.get("recurrence", "single"),
            "weekdays": data.get("weekdays", ""),
            "venue_address": data["venue_address"],
            "venue_country": data["venue_country"],
            "venue_latitude": decimal_or_none(data.get("venue_latitude")),
            "venue_longitude": decimal_or_none(data.get("venue_longitude")),
            "is_free": data["is_free"],
            "price": decimal_or_none(data.get("price")),
            "booking_required": data.get("booking_required", False),
            "source_name": data["source_name"],
            "source_date": date_or_none(data["source_date"]),
            "source_url": data["source_url"],
            "event_villages": [
                EventVillage(village=self.villages[slug], role=role)
                for slug, role in data["villages"]
                if slug in self.villages
            ],
        }

    def create_page(self, page_factory, parent, fields):
        with transaction.atomic():
            locale = Locale.objects.get(language_code=SOURCE_LANGUAGE)
            page = page_factory(parent=parent, locale=locale, **fields)
            # A first revision gives editors a history and a "live" state to compare with.
            page.save_revision(log_action=True).publish()
        self.created.append(f"page {page.url_path}")
        return page

    # --- Links between pages, set once every page exists ----------------------

    def link_related_stories(self, data):
        page = self.stories.get(data["slug"])
        if page is None:
            return
        targets = self.pages_by_slug(self.stories, data.get("related", []), data["slug"])
        if self.sync_links(page, "related", RelatedStory, "story", targets):
            self.mark_refresh(page)

    def link_featured(self, home, data):
        pages = {**self.villages, **self.stories, **self.routes}
        targets = [pages[slug] for slug in data["featured"] if slug in pages]
        missing = [slug for slug in data["featured"] if slug not in pages]
        if missing:
            self.warn(f"home page: featured pages not present yet: {', '.join(missing)}")
        if self.sync_links(home, "featured", HomeFeatured, "page", targets):
            self.mark_refresh(home)

    def sync_links(self, page, relation, model, attribute, targets):
        """Make a synchronised link list match ``targets``; True when it changed."""
        page = page.specific
        current = [getattr(item, f"{attribute}_id") for item in getattr(page, relation).all()]
        if current == [target.pk for target in targets]:
            return False
        with transaction.atomic():
            getattr(page, relation).set([model(**{attribute: target}) for target in targets])
            page.save_revision(log_action=True).publish()
        return True

    def mark_refresh(self, page):
        for job in self.jobs:
            if getattr(job.instance, "pk", None) == page.pk and isinstance(job.instance, Page):
                job.instance = page.specific_class.objects.get(pk=page.pk)
                job.refresh = True

    def run_translations(self):
        for job in self.jobs:
            done = translate(
                job.instance,
                job.item.po_files(),
                label=job.item.label,
                warn=self.warn,
                refresh=job.refresh,
            )
            if done:
                self.created.append(f"{job.item.label}: {', '.join(done)}")
        self.jobs = []

    # --- Field builders ---------------------------------------------------------

    def base_fields(self, data):
        return {
            "title": data["title"],
            "slug": data["slug"],
            "intro": data.get("intro", ""),
            "search_description": data.get("search_description", ""),
            "hero_image": self.image(data["motif"], data["slug"]) if data.get("motif") else None,
            "hero_alt": data.get("hero_alt", ""),
            "hero_caption": data.get("hero_caption", ""),
        }

    def village_fields(self, item):
        data = item.data
        hours_min, hours_max = data.get("visit_hours") or (None, None)
        return {
            **self.base_fields(data),
            "vietnamese_name": data["vietnamese_name"],
            "commune": data.get("commune", ""),
            "city": data.get("city", "Hà Nội"),
            "address_confirmed": data.get("address_confirmed", False),
            "former_commune": data.get("former_commune", ""),
            "former_district": data.get("former_district", ""),
            "address_note": data.get("address_note", ""),
            "latitude": Decimal(data["latitude"]),
            "longitude": Decimal(data["longitude"]),
            "location_approximate": data.get("location_approximate", True),
            "distance_km": decimal_or_none(data.get("distance_km")),
            "distance_basis": data.get("distance_basis", "road"),
            "visit_hours_min": decimal_or_none(hours_min),
            "visit_hours_max": decimal_or_none(hours_max),
            "hours_confirmed": data.get("hours_confirmed", False),
            "hours_note": data.get("hours_note", ""),
            "accessibility": data.get("accessibility", ""),
            **villages_fields.access_fields(data.get("access")),
            **villages_fields.practical_fields(data),
            **self.village_children(item),
        }

    def village_children(self, item):
        """Inline parts of a village, each with its own id (its translation key)."""
        data = item.data

        def parts(key):
            return [(entry, item_key(entry, item)) for entry in data.get(key, [])]

        return {
            "village_crafts": [
                VillageCraft(craft=self.crafts[slug])
                for slug in data["crafts"]
                if slug in self.crafts
            ],
            "facts": [
                VillageFact(translation_key=key, **dated_fact(fact)) for fact, key in parts("facts")
            ],
            "recognitions": [
                HeritageRecognition(
                    translation_key=key,
                    title=entry["title"],
                    granted_by=entry.get("granted_by", ""),
                    date=date_or_none(entry.get("date")),
                    source_name=entry.get("source_name", ""),
                    source_url=entry.get("source_url", ""),
                )
                for entry, key in parts("recognitions")
            ],
            "attractions": [
                Attraction(
                    translation_key=key,
                    kind=entry["kind"],
                    duration_minutes=entry.get("duration_minutes"),
                    **villages_fields.attraction_fields(entry),
                    name=entry["name"],
                    description=entry.get("description", ""),
                )
                for entry, key in parts("attractions")
            ],
            "opening_hours": [opening_hours(row) for row in data.get("opening_hours", [])],
            "opening_exceptions": [
                OpeningException(
                    translation_key=key,
                    start_date=datetime.date.fromisoformat(entry["start_date"]),
                    end_date=datetime.date.fromisoformat(entry["end_date"]),
                    closed=entry.get("closed", True),
                    opens=time_or_none(entry.get("opens")),
                    closes=time_or_none(entry.get("closes")),
                    reason=entry["reason"],
                )
                for entry, key in parts("opening_exceptions")
            ],
            "transport": [
                TransportLeg(
                    translation_key=key,
                    mode=entry["mode"],
                    line=entry.get("line") or "",
                    duration_min=entry["duration_min"],
                    duration_max=entry.get("duration_max"),
                    distance_km=decimal_or_none(entry.get("distance_km")),
                    confirmed=entry.get("confirmed", False),
                    origin=entry["origin"],
                    notes=entry.get("notes", ""),
                    **villages_fields.fare_fields(entry),
                )
                for entry, key in parts("transport")
            ],
            "gallery": [
                VillageGalleryImage(
                    translation_key=key,
                    image=self.image(entry["motif"], item.label),
                    alt=entry["alt"],
                    caption=entry.get("caption", ""),
                )
                for entry, key in parts("gallery")
            ],
        }

    def route_stops(self, item):
        data = item.data
        stops = []
        for entry in data["stops"]:
            village = None
            if entry.get("village"):
                village = self.villages.get(entry["village"])
                if village is None:
                    self.warn(f"{item.label}: village {entry['village']!r} missing; stop skipped")
                    continue
            stops.append(
                RouteStop(
                    translation_key=item_key(entry, item),
                    village=village,
                    place_name=entry.get("place_name", ""),
                    latitude=decimal_or_none(entry.get("latitude")),
                    longitude=decimal_or_none(entry.get("longitude")),
                    minutes_here=entry.get("minutes_here") or 0,
                    activity=entry.get("activity", ""),
                    leg_mode=entry.get("leg_mode") or "",
                    leg_line=entry.get("leg_line") or "",
                    leg_minutes=entry.get("leg_minutes"),
                    leg_km=decimal_or_none(entry.get("leg_km")),
                    leg_cost_min_vnd=entry.get("leg_cost_min_vnd"),
                    leg_cost_max_vnd=entry.get("leg_cost_max_vnd"),
                    leg_notes=entry.get("leg_notes", ""),
                )
            )
        return stops

    def stream(self, body, label):
        """The body blocks of a YAML file (``{<block type>: value, id: …}``) as a BodyBlock value.

        The block id is kept as written: it is the ``msgctxt`` of the block's PO entries.
        """
        raw = []
        for block in body:
            block_type, value = block_entry(block, label)
            converted = self.block_value(block_type, value, label)
            if converted is not None:
                raw.append({"type": block_type, "value": converted, "id": block["id"]})
        return BodyBlock().to_python(raw)

    def block_value(self, block_type, value, label):
        if block_type == "paragraph":
            return paragraphs(value)
        if block_type in ("heading", "quote"):
            return value
        if block_type == "fact":
            return {
                **value,
                "value": str(value["value"]),
                "value_to": str_or_none(value.get("value_to")),
            }
        if block_type == "image":
            return self.image_value(value, label)
        if block_type == "gallery":
            return [self.image_value(item, label) for item in value]
        if block_type == "village_card":
            village = self.villages.get(value["village"])
            if village is None:
                self.warn(f"{label}: village card for missing {value['village']!r} skipped")
                return None
            return {"village": village.pk, "note": value.get("note", "")}
        raise DemoContentError(f"{label}: unknown block type {block_type!r}")

    def image_value(self, value, label):
        image = self.image(value["motif"], label)
        return {"image": image.pk, "alt": value["alt"], "caption": value.get("caption", "")}

    def image(self, motif, label):
        if motif not in self.images:
            raise DemoContentError(f"{label}: no illustration for motif {motif!r}")
        return self.images[motif]

    def pages_by_slug(self, pages, slugs, label):
        found = []
        for slug in slugs:
            if slug in pages:
                found.append(pages[slug])
            else:
                self.warn(f"{label}: linked page {slug!r} not present; link skipped")
        return found


# --- Module-level helpers ------------------------------------------------------


def item_key(entry, item):
    """The translation key written as an inline item's ``id`` (its PO entries' ``msgctxt``)."""
    try:
        return uuid.UUID(str(entry["id"]))
    except (KeyError, ValueError) as error:
        raise DemoContentError(
            f"{item.label}: every item of a list needs an id that is a UUID, for example "
            f"'id: {uuid.uuid4()}'; found {entry!r}"
        ) from error


def block_entry(block, label):
    """(block type, value) of a body block written as ``{<block type>: value, id: …}``."""
    kinds = [key for key in block if key != "id"] if isinstance(block, dict) else []
    if len(kinds) != 1 or not block.get("id"):
        raise DemoContentError(
            f"{label}: a body block needs one block type and an id, for example "
            f"'id: {uuid.uuid4()}'; found {block!r}"
        )
    return kinds[0], block[kinds[0]]


def delete_wagtail_welcome_page():
    """Wagtail's "Welcome to your new Wagtail site!" page holds the slug the home page needs."""
    page_type = ContentType.objects.get_for_model(Page)
    for page in Page.objects.filter(depth=2, slug="home", content_type=page_type):
        page.delete()


def paragraphs(text):
    """Plain text → rich text, one ``<p>`` per paragraph (one wagtail-localize segment each)."""
    chunks = [chunk.strip() for chunk in text.split("\n\n") if chunk.strip()]
    return RichText("".join(f"<p>{escape(chunk)}</p>" for chunk in chunks)).source


def dated_fact(fact):
    return {
        "label": fact["label"],
        "unit": fact.get("unit", ""),
        "value": Decimal(str(fact["value"])),
        "value_to": decimal_or_none(fact.get("value_to")),
        "approximate": fact.get("approximate", False),
        "as_of": datetime.date.fromisoformat(fact["as_of"]),
        "as_of_precision": fact.get("precision", "day"),
        "source_name": fact["source_name"],
        "source_date": date_or_none(fact.get("source_date")),
        "source_url": fact.get("source_url", ""),
    }


def opening_hours(row):
    weekday, opens, closes = row
    return OpeningHours(
        weekday=weekday,
        opens=time_or_none(opens),
        closes=time_or_none(closes),
        closed=opens is None,
    )


def decimal_or_none(value):
    return None if value in (None, "") else Decimal(str(value))


def str_or_none(value):
    return None if value in (None, "") else str(value)


def date_or_none(value):
    return datetime.date.fromisoformat(value) if value else None


def time_or_none(value):
    return datetime.time.fromisoformat(value) if value else None
