"""Build the demo site from the data modules in ``demo/content`` (see docs/demo-content.md).

The Vietnamese tree is built from the app factories; every other language is produced by
wagtail-localize from string translations (``demo.translate``), parents before children, so
no alias page is ever created. Every step looks for what already exists first: a second run
changes nothing.
"""

import datetime
import importlib
import random
from dataclasses import dataclass, field
from decimal import Decimal

import factory.random
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from core.blocks import BodyBlock
from core.models import MenuItem, NavigationMenu
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventIndexPage, EventPage, EventVillage
from home.factories import HomePageFactory
from home.models import HomeFeatured, HomeFigure, HomePage
from routes.factories import RouteIndexPageFactory, RoutePageFactory
from routes.models import RouteIndexPage, RoutePage, RouteStop
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from stories.models import RelatedStory, StoryIndexPage, StoryPage, StoryVillage
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

from . import illustrations
from .content import villages_fields
from .translate import SOURCE_LANGUAGE, DemoContentError, translate

LANGUAGES = ["vi", "en", "fr", "it", "ja", "ko"]
SEED = 20250520  # the date of the OCOP figures; any fixed value would do

# Data modules, in build order (villages before the stories and routes that link to them).
VILLAGE_MODULES = ["villages_headline", "villages_more"]
STORY_MODULES = ["stories"]
ROUTE_MODULES = ["routes"]

INDEXES = {
    "villages": (VillageIndexPage, VillageIndexPageFactory),
    "stories": (StoryIndexPage, StoryIndexPageFactory),
    "routes": (RouteIndexPage, RouteIndexPageFactory),
    "events": (EventIndexPage, EventIndexPageFactory),
}


@dataclass
class Job:
    """An object to translate once the whole Vietnamese tree exists."""

    instance: object
    texts: dict
    label: str
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
    jobs: list = field(default_factory=list)
    created: list = field(default_factory=list)

    def run(self):
        from .content import site

        random.seed(SEED)
        factory.random.reseed_random(SEED)
        self.ensure_locales()
        self.images = illustrations.ensure_images(self.log)
        self.ensure_crafts(site.CRAFTS)
        home = self.ensure_home(site.HOME)
        for data in site.INDEX_PAGES:
            self.ensure_index(home, data)
        villages = load_items(VILLAGE_MODULES, self.warn)
        new_villages = [data for data in villages if self.ensure_village(data)]
        # Village bodies link to other villages: fill them once every village exists.
        for data in new_villages:
            self.fill_village_body(data)
        stories = load_items(STORY_MODULES, self.warn)
        for data in stories:
            self.ensure_story(data)
        for data in stories:
            self.link_related_stories(data)
        for data in load_items(ROUTE_MODULES, self.warn):
            self.ensure_route(data)
        self.ensure_events(home)
        self.link_featured(home, site.HOME)
        self.run_translations()
        # Menus point at pages, and their translations at translated pages: build them last.
        for data in site.MENUS:
            self.ensure_menu(data)
        self.run_translations()

    # --- Locales, site, snippets ----------------------------------------------

    def ensure_locales(self):
        for code in LANGUAGES:
            Locale.objects.get_or_create(language_code=code)

    def ensure_crafts(self, crafts):
        vi = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        for data in crafts:
            text = data["text"][SOURCE_LANGUAGE]
            craft = Craft.objects.filter(slug=data["slug"], locale=vi).first()
            if craft is None:
                craft = CraftFactory(
                    slug=data["slug"], name=text["name"], description=text["description"], locale=vi
                )
                self.created.append(f"craft {data['slug']}")
            self.crafts[data["slug"]] = craft
            self.jobs.append(Job(craft, data["text"], f"craft {data['slug']!r}"))
        self.run_translations()

    def ensure_menu(self, data):
        vi = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        menu = NavigationMenu.objects.filter(handle=data["handle"], locale=vi).first()
        if menu is None:
            text = data["text"][SOURCE_LANGUAGE]
            menu = NavigationMenu(
                handle=data["handle"], locale=vi, footer_text=paragraphs(text["footer_text"])
            )
            menu.items = [
                MenuItem(page=self.indexes[slug], label=item["label"], locale=vi)
                for slug, item in zip(data["items"], text["items"], strict=True)
            ]
            menu.save()
            self.created.append(f"menu {data['handle']}")
        self.jobs.append(Job(menu, data["text"], f"menu {data['handle']!r}"))

    # --- Pages --------------------------------------------------------------

    def ensure_home(self, data):
        delete_wagtail_welcome_page()
        root = Page.get_first_root_node()
        vi = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        home = HomePage.objects.child_of(root).filter(locale=vi, slug=data["slug"]).first()
        if home is None:
            text = data["text"][SOURCE_LANGUAGE]
            fields = {**self.base_fields(data, text), "hero_heading": text["hero_heading"]}
            fields["figures_heading"] = text["figures_heading"]
            fields["figures"] = [
                HomeFigure(locale=vi, **dated_fact(fact, fact_text))
                for fact, fact_text in zip(data["figures"], text["figures"], strict=True)
            ]
            home = self.create_page(HomePageFactory, root, fields)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "root_page": home,
                "site_name": data["site_name"],
            },
        )
        self.jobs.append(Job(home, data["text"], "home page"))
        return home

    def ensure_index(self, home, data):
        model, page_factory = INDEXES[data["slug"]]
        page = model.objects.child_of(home).filter(slug=data["slug"]).first()
        if page is None:
            text = data["text"][SOURCE_LANGUAGE]
            page = self.create_page(page_factory, home, self.base_fields(data, text))
        self.indexes[data["slug"]] = page
        self.jobs.append(Job(page, data["text"], f"index page {data['slug']!r}"))

    def ensure_village(self, data):
        """Find or create the village page; True when it was created (its body comes later)."""
        index = self.indexes["villages"]
        page = VillagePage.objects.child_of(index).filter(slug=data["slug"]).first()
        created = page is None
        if created:
            page = self.create_page(VillagePageFactory, index, self.village_fields(data))
        self.villages[data["slug"]] = page
        self.jobs.append(Job(page, data["text"], f"village {data['slug']!r}"))
        return created

    def fill_village_body(self, data):
        page = self.villages[data["slug"]]
        body = data["text"][SOURCE_LANGUAGE].get("body", [])
        page.body = self.stream(body, f"village {data['slug']!r}")
        with transaction.atomic():
            page.save_revision(log_action=True).publish()

    def ensure_story(self, data):
        index = self.indexes["stories"]
        page = StoryPage.objects.child_of(index).filter(slug=data["slug"]).first()
        if page is None:
            text = data["text"][SOURCE_LANGUAGE]
            fields = {
                **self.base_fields(data, text),
                "kind": data["kind"],
                "date": datetime.date.fromisoformat(data["date"]),
                "author": text["author"],
                "body": self.stream(text["body"], f"story {data['slug']!r}"),
                "story_villages": [
                    StoryVillage(village=village)
                    for village in self.pages_by_slug(self.villages, data["villages"], data["slug"])
                ],
            }
            page = self.create_page(StoryPageFactory, index, fields)
        self.stories[data["slug"]] = page
        self.jobs.append(Job(page, data["text"], f"story {data['slug']!r}"))

    def ensure_route(self, data):
        index = self.indexes["routes"]
        page = RoutePage.objects.child_of(index).filter(slug=data["slug"]).first()
        if page is None:
            text = data["text"][SOURCE_LANGUAGE]
            stops = self.route_stops(data, text)
            if len(stops) < 2:
                self.warn(f"route {data['slug']!r}: fewer than two stops can be built; skipped")
                return
            fields = {
                **self.base_fields(data, text),
                "summary": text["summary"],
                "day_length": data["day_length"],
                "best_season": text["best_season"],
                "tips": text["tips"],
                "stops": stops,
            }
            page = self.create_page(RoutePageFactory, index, fields)
        self.routes[data["slug"]] = page
        self.jobs.append(Job(page, data["text"], f"route {data['slug']!r}"))

    def ensure_events(self, home):
        """The events index and its events (demo/content/events.py), dated from today."""
        from django.utils import timezone

        from .content import events as content

        self.ensure_index(home, content.INDEX)
        index = self.indexes["events"]
        today = timezone.localdate()  # in Hanoi (TIME_ZONE), as the events are
        for data in content.EVENTS:
            page = EventPage.objects.child_of(index).filter(slug=data["slug"]).first()
            if page is None:
                page = self.create_page(
                    EventPageFactory, index, self.event_fields(data, content, today)
                )
            self.jobs.append(Job(page, data["text"], f"event {data['slug']!r}"))

    def event_fields(self, data, content, today):
        text = data["text"][SOURCE_LANGUAGE]
        dates = {
            "start_date": date_or_none(data.get("start_date")),
            "end_date": date_or_none(data.get("end_date")),
            "repeat_until": None,
            **content.relative_dates(data["slug"], today),
        }
        fields = {key: text[key] for key in ("venue_name", "price_text", "accessibility")}
        return {
            **self.base_fields(data, text),
            **dates,
            **fields,
            "organizer_name": text["organizer_name"],
            "body": self.stream(text["body"], f"event {data['slug']!r}"),
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
                job.instance, job.texts, label=job.label, warn=self.warn, refresh=job.refresh
            )
            if done:
                self.created.append(f"{job.label}: {', '.join(done)}")
        self.jobs = []

    # --- Field builders ---------------------------------------------------------

    def base_fields(self, data, text):
        return {
            "title": text["title"],
            "slug": data["slug"],
            "intro": text.get("intro", ""),
            "search_description": text.get("search_description", ""),
            "hero_image": self.image(data["motif"], data["slug"]) if data.get("motif") else None,
            "hero_alt": text.get("hero_alt", ""),
            "hero_caption": text.get("hero_caption", ""),
        }

    def village_fields(self, data):
        text = data["text"][SOURCE_LANGUAGE]
        label = f"village {data['slug']!r}"
        hours_min, hours_max = data.get("visit_hours") or (None, None)
        return {
            **self.base_fields(data, text),
            "vietnamese_name": data["vietnamese_name"],
            "commune": data["commune"],
            "district": data.get("district", ""),
            "latitude": Decimal(data["latitude"]),
            "longitude": Decimal(data["longitude"]),
            "location_approximate": data.get("location_approximate", True),
            "distance_km": decimal_or_none(data.get("distance_km")),
            "visit_hours_min": decimal_or_none(hours_min),
            "visit_hours_max": decimal_or_none(hours_max),
            "hours_confirmed": data.get("hours_confirmed", False),
            "hours_note": text.get("hours_note", ""),
            "accessibility": text.get("accessibility", ""),
            **villages_fields.access_fields(data.get("access")),
            **self.village_children(data, text, label),
        }

    def village_children(self, data, text, label):
        """Inline parts of a village: top-level (synchronised) data zipped with its text."""

        def parts(key):
            return zip(data.get(key, []), text.get(key, []), strict=True)

        return {
            "village_crafts": [
                VillageCraft(craft=self.crafts[slug])
                for slug in data["crafts"]
                if slug in self.crafts
            ],
            "facts": [VillageFact(**dated_fact(fact, t)) for fact, t in parts("facts")],
            "recognitions": [
                HeritageRecognition(
                    title=t["title"],
                    granted_by=t.get("granted_by", ""),
                    date=date_or_none(item.get("date")),
                    source_name=item.get("source_name", ""),
                    source_url=item.get("source_url", ""),
                )
                for item, t in parts("recognitions")
            ],
            "attractions": [
                Attraction(
                    kind=item["kind"],
                    duration_minutes=item.get("duration_minutes"),
                    **villages_fields.attraction_fields(item),
                    name=t["name"],
                    description=t.get("description", ""),
                )
                for item, t in parts("attractions")
            ],
            "opening_hours": [opening_hours(row) for row in data.get("opening_hours", [])],
            "opening_exceptions": [
                OpeningException(
                    start_date=datetime.date.fromisoformat(item["start_date"]),
                    end_date=datetime.date.fromisoformat(item["end_date"]),
                    closed=item.get("closed", True),
                    opens=time_or_none(item.get("opens")),
                    closes=time_or_none(item.get("closes")),
                    reason=t["reason"],
                )
                for item, t in parts("opening_exceptions")
            ],
            "transport": [
                TransportLeg(
                    mode=item["mode"],
                    line=item.get("line") or "",
                    duration_min=item["duration_min"],
                    duration_max=item.get("duration_max"),
                    distance_km=decimal_or_none(item.get("distance_km")),
                    confirmed=item.get("confirmed", False),
                    origin=t["origin"],
                    notes=t.get("notes", ""),
                )
                for item, t in parts("transport")
            ],
            "gallery": [
                VillageGalleryImage(
                    image=self.image(motif, label), alt=t["alt"], caption=t.get("caption", "")
                )
                for motif, t in parts("gallery")
            ],
        }

    def route_stops(self, data, text):
        stops = []
        for item, t in zip(data["stops"], text["stops"], strict=True):
            village = None
            if item.get("village"):
                village = self.villages.get(item["village"])
                if village is None:
                    self.warn(
                        f"route {data['slug']!r}: village {item['village']!r} missing; stop skipped"
                    )
                    continue
            stops.append(
                RouteStop(
                    village=village,
                    place_name=t.get("place_name", ""),
                    latitude=decimal_or_none(item.get("latitude")),
                    longitude=decimal_or_none(item.get("longitude")),
                    minutes_here=item.get("minutes_here") or 0,
                    activity=t.get("activity", ""),
                    leg_mode=item.get("leg_mode") or "",
                    leg_line=item.get("leg_line") or "",
                    leg_minutes=item.get("leg_minutes"),
                    leg_km=decimal_or_none(item.get("leg_km")),
                    leg_cost_min_vnd=item.get("leg_cost_min_vnd"),
                    leg_cost_max_vnd=item.get("leg_cost_max_vnd"),
                    leg_notes=t.get("leg_notes", ""),
                )
            )
        return stops

    def stream(self, body, label):
        """The ``[block_type, value]`` list of a data module as a BodyBlock value."""
        raw = []
        for block_type, value in body:
            converted = self.block_value(block_type, value, label)
            if converted is not None:
                raw.append({"type": block_type, "value": converted})
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


def load_items(module_names, warn):
    """The dicts of the named data modules; a module not written yet is skipped with a warning."""
    items = []
    for name in module_names:
        try:
            module = importlib.import_module(f"demo.content.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"demo.content.{name}":
                raise
            warn(f"demo/content/{name}.py not found; skipped")
            continue
        items.extend(module_items(module))
    return items


def module_items(module):
    """The module's list of dicts: the upper-case list whose items carry a slug."""
    for name, value in vars(module).items():
        if name.isupper() and isinstance(value, list) and value and "slug" in value[0]:
            return value
    raise DemoContentError(f"{module.__name__}: no upper-case list of dicts with a 'slug'")


def delete_wagtail_welcome_page():
    """Wagtail's "Welcome to your new Wagtail site!" page holds the slug the home page needs."""
    page_type = ContentType.objects.get_for_model(Page)
    for page in Page.objects.filter(depth=2, slug="home", content_type=page_type):
        page.delete()


def paragraphs(text):
    """Plain text → rich text, one ``<p>`` per paragraph (one wagtail-localize segment each)."""
    chunks = [chunk.strip() for chunk in text.split("\n\n") if chunk.strip()]
    return RichText("".join(f"<p>{escape(chunk)}</p>" for chunk in chunks)).source


def dated_fact(fact, text):
    return {
        "label": text["label"],
        "unit": text.get("unit", ""),
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
