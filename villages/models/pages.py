from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from api import fields as api
from core.blocks import BodyBlock
from core.cache import remember
from core.listing import mark_languages, paginate, with_fallbacks
from core.models import BasePage, IndexPageMixin, latitude_field, longitude_field
from core.privacy import visible

from .. import hours
from .access import AccessInfo
from .crafts import Craft
from .practical import PracticalInfo


class VillageIndexPage(IndexPageMixin, BasePage):
    template = "pages/village_index.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["villages.VillagePage"]
    listing_model = "villages.VillagePage"
    page_size = 24

    translatable_fields = BasePage.translatable_fields

    class Meta:
        verbose_name = _("village index")
        verbose_name_plural = _("village indexes")

    @property
    def query_parameters(self):
        from villages.filters import QUERY_PARAMETERS

        return QUERY_PARAMETERS

    def villages(self, filters=None):
        narrow = filters.apply if filters is not None else None
        # The title, then the key: pages of the list never share or skip a village.
        return (
            self.listing(narrow).prefetch_related(village_crafts_prefetch()).order_by("title", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        from villages.filters import VillageFilters, form_options

        context = super().get_context(request, *args, **kwargs)
        crafts = Craft.by_translation_key(self.locale)
        filters = VillageFilters.from_query(request.GET, crafts)
        # The maps show every match: plain data and their drawn markup, kept
        # per language, site and filters until content changes.
        map_key = self.map_key(request, filters)
        map_villages = remember(
            "village-index-map", map_key, lambda: self.map_entries(request, filters)
        )
        # The cards: the requested page of those entries (each names its page,
        # the best version for the reader), read by primary key in one query,
        # so neither the count nor the page grows with the number of villages.
        page_obj = paginate(map_villages, request, self.page_size)
        page_obj.object_list = self.cards([entry["page_id"] for entry in page_obj.object_list])
        for village in page_obj.object_list:
            village.craft_list = village.crafts_in(crafts)
        context.update(
            villages=page_obj,
            map_villages=map_villages,
            village_map=remember(
                "village-index-map-html", map_key, lambda: village_map_markup(map_villages)
            ),
            crafts=sorted(crafts.values(), key=lambda c: c.name),
            filters=filters,
            filter_options=form_options(filters, crafts),
            filter_query=f"{filters.query}&" if filters.active else "",
            selected_craft=filters.craft,
        )
        return context

    def card_pages(self):
        return super().card_pages().prefetch_related(village_crafts_prefetch())

    def map_key(self, request, filters):
        """What the maps depend on besides content: language, site (links) and the filters."""
        site = Site.find_for_request(request)
        return [
            self.locale_id,
            translation.get_language(),
            site.pk if site else "",
            filters.query,
        ]

    def map_entries(self, request, filters):
        """Every matching village as a map entry, from the open-data GeoJSON builder.

        Two queries whatever the count (the villages and their crafts); the
        cards' images are not read (``cards`` reads them for one page). The
        links depend on the request's site only, which ``map_key`` names.
        """
        from opendata.services import village_feature

        crafts = Craft.by_translation_key(self.locale)
        villages = (
            self.listing(filters.apply)
            .prefetch_related(None)
            .prefetch_related(village_crafts_prefetch())
            .order_by("title", "pk")
        )
        return [
            map_entry(
                village_feature(
                    village, crafts, village.get_url(request), village.locale.language_code
                ),
                page_id=village.pk,
            )
            for village in villages
        ]


def map_entry(feature, page_id):
    """What a map needs of a village (``map_villages`` in the index), from its GeoJSON Feature.

    ``page_id``: the version shown to the reader, for the index's cards.
    """
    properties = feature["properties"]
    longitude, latitude = feature["geometry"]["coordinates"]
    return {
        "title": properties["name"],
        "url": properties["url"],
        "lat": latitude,
        "lng": longitude,
        "vietnamese_name": properties["name_vi"],
        "crafts": properties["crafts"],
        "location_approximate": properties["location_approximate"],
        "page_id": page_id,
    }


def village_map_markup(map_villages):
    """The index's map section (Leaflet data, SVG map, notes) drawn once for a cache entry.

    Rendered without the request: nothing in it depends on the reader, and
    the tile settings the context processor would add are passed here.
    """
    from django.conf import settings
    from django.template.loader import render_to_string

    return render_to_string(
        "components/village_map.html",
        {
            "map_villages": map_villages,
            "MAP_TILE_URL": settings.MAP_TILE_URL,
            "MAP_TILE_ATTRIBUTION": settings.MAP_TILE_ATTRIBUTION,
        },
    )


class DistanceBasis(models.TextChoices):
    """How a distance was measured: every page that shows one says which."""

    ROAD = "road", _("By road")
    STRAIGHT = "straight", _("As the crow flies")


# What a card of another page needs besides its own row.
CARD_RELATED = ["locale", "hero_image"]

# The inline parts a village page shows, each read in one query for the page
# (its own view and the pages API prefetch the same list).
VILLAGE_PARTS = (
    "facts",
    "recognitions",
    "attractions",
    "opening_hours",
    "opening_exceptions",
    "transport",
)


class VillagePage(PracticalInfo, AccessInfo, BasePage):
    template = "pages/village.html"
    # Wagtail API v2 (docs/api.md): what a tour operator needs; parts are detail-only.
    api_fields = [
        *BasePage.api_fields,
        APIField("vietnamese_name"),
        APIField("commune"),
        APIField("city"),
        APIField("address_confirmed"),
        APIField("latitude", serializer=api.Plain()),
        APIField("longitude", serializer=api.Plain()),
        APIField("location_approximate"),
        APIField("distance_km", serializer=api.Plain()),
        APIField("distance_basis"),
        APIField("visit_hours_min", serializer=api.Plain()),
        APIField("visit_hours_max", serializer=api.Plain()),
        APIField("entry"),
        APIField("workshop_price_min_vnd"),
        APIField("workshop_price_max_vnd"),
        APIField("toilets"),
        APIField("payment"),
        APIField("accessibility"),
        APIField("crafts", serializer=api.Computed(api.village_crafts)),
        APIField("opening_hours", serializer=api.Computed(api.village_hours)),
        APIField("facts", serializer=api.Rows(*api.FACT_FIELDS)),
        APIField(
            "recognitions",
            serializer=api.Rows("title", "granted_by", "date", "source_name", "source_url"),
        ),
        APIField(
            "attractions",
            serializer=api.Rows(
                "kind",
                "name",
                "description",
                "duration_minutes",
                "own_hours",
                "opens",
                "closes",
                "admission",
                "admission_note",
            ),
        ),
        APIField(
            "transport",
            serializer=api.Rows(
                "mode",
                "line",
                "origin",
                "stop",
                "duration_min",
                "duration_max",
                "distance_km",
                "frequency_minutes",
                "fare_min_vnd",
                "fare_max_vnd",
                "fare_per",
                "notes",
                "confirmed",
            ),
        ),
        APIField("body", serializer=api.BodyText()),
    ]
    parent_page_types = ["villages.VillageIndexPage"]
    # A village's producers (and their products) sit under it: the village's
    # editors hold permissions on this subtree (accounts/roles.py).
    subpage_types = ["products.ProducerPage"]

    vietnamese_name = models.CharField(
        _("Vietnamese name"),
        max_length=100,
        help_text=_("The name with its diacritics, e.g. “Bát Tràng”. Shown in every language."),
    )
    # Addresses: since 1 July 2025 Viet Nam has two levels of local government
    # (cities and provinces, then communes and wards): districts are gone and many
    # communes were merged. Drivers still use the old names, so both are kept.
    commune = models.CharField(
        _("commune or ward (since 1 July 2025)"),
        max_length=100,
        blank=True,
        help_text=_(
            "The current commune or ward, in Vietnamese, as on an address, e.g. “xã Bát Tràng”. "
            "Leave empty when it is not known yet."
        ),
    )
    city = models.CharField(
        _("city or province"),
        max_length=100,
        default="Hà Nội",
        help_text=_("In Vietnamese, e.g. “Hà Nội”."),
    )
    address_confirmed = models.BooleanField(
        _("current address confirmed"),
        default=False,
        help_text=_(
            "Tick once the current commune or ward has been checked against the official "
            "list; until then visitors see it marked “to be confirmed”."
        ),
    )
    former_commune = models.CharField(
        _("former commune or ward"),
        max_length=100,
        blank=True,
        help_text=_(
            "Before 1 July 2025, in Vietnamese, e.g. “xã Duyên Thái”. Leave empty when it "
            "kept its name."
        ),
    )
    former_district = models.CharField(
        _("former district"),
        max_length=100,
        blank=True,
        help_text=_(
            "Before 1 July 2025, in Vietnamese, e.g. “huyện Gia Lâm”. Drivers still use it."
        ),
    )
    address_note = models.TextField(
        _("note for editors on the address"),
        blank=True,
        help_text=_(
            "Never shown to visitors: why the address reads as it does, e.g. a source that "
            "spells the commune wrongly."
        ),
    )
    latitude = latitude_field(
        _("latitude"), help_text=_("Degrees north, e.g. 20.975000 (Hanoi is near 21).")
    )
    longitude = longitude_field(
        _("longitude"), help_text=_("Degrees east, e.g. 105.912000 (Hanoi is near 105.8).")
    )
    location_approximate = models.BooleanField(
        _("location is approximate"),
        default=True,
        help_text=_("Untick once the point has been checked on the ground."),
    )
    distance_km = models.DecimalField(
        _("distance from the Old Quarter (km)"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("From Hoàn Kiếm Lake, in kilometres; say below how it was measured."),
    )
    distance_basis = models.CharField(
        _("distance measured"),
        max_length=10,
        choices=DistanceBasis.choices,
        default=DistanceBasis.ROAD,
        help_text=_(
            "By road (what a taxi drives) or as the crow flies (a straight line on the map). "
            "Every page shows which."
        ),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("history and heritage"),
        help_text=_("The village's story: its craft, its history, what makes it special."),
    )
    visit_hours_min = models.DecimalField(
        _("shortest visit (hours)"),
        max_digits=3,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("Time a visitor should allow, in hours, e.g. 2."),
    )
    visit_hours_max = models.DecimalField(
        _("longest visit (hours)"), max_digits=3, decimal_places=1, null=True, blank=True
    )
    hours_confirmed = models.BooleanField(
        _("opening hours confirmed"),
        default=False,
        help_text=_("Tick once the village has confirmed the hours shown."),
    )
    hours_note = models.TextField(
        _("note on opening hours"),
        blank=True,
        help_text=_("E.g. “Workshops may close at lunch time.”"),
    )
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Steps, surfaces, toilets, seating, heat near kilns."),
    )

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("vietnamese_name"),
        SynchronizedField("commune"),
        SynchronizedField("city"),
        SynchronizedField("address_confirmed"),
        SynchronizedField("former_commune"),
        SynchronizedField("former_district"),
        # An editors' note in the source language, never shown: copied, not translated.
        SynchronizedField("address_note"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("location_approximate"),
        SynchronizedField("distance_km"),
        SynchronizedField("distance_basis"),
        TranslatableField("body"),
        SynchronizedField("visit_hours_min"),
        SynchronizedField("visit_hours_max"),
        SynchronizedField("hours_confirmed"),
        TranslatableField("hours_note"),
        TranslatableField("accessibility"),
        *AccessInfo.access_translatable_fields,
        *PracticalInfo.practical_translatable_fields,
        SynchronizedField("village_crafts"),
        TranslatableField("facts"),
        TranslatableField("recognitions"),
        TranslatableField("attractions"),
        SynchronizedField("opening_hours"),
        TranslatableField("opening_exceptions"),
        TranslatableField("transport"),
        TranslatableField("gallery"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("vietnamese_name"),
        InlinePanel("village_crafts", label=_("Crafts"), min_num=1),
        FieldPanel("body"),
        InlinePanel("recognitions", label=_("Heritage recognition")),
        InlinePanel("facts", label=_("Key facts (dated and sourced)")),
        InlinePanel("gallery", label=_("Gallery")),
    ]
    location_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("commune"), FieldPanel("city")]),
                FieldPanel("address_confirmed"),
                FieldRowPanel([FieldPanel("former_commune"), FieldPanel("former_district")]),
                FieldPanel("address_note"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldRowPanel([FieldPanel("distance_km"), FieldPanel("distance_basis")]),
                FieldPanel("location_approximate"),
            ],
            heading=_("Where it is"),
        ),
        InlinePanel("transport", label=_("Getting there")),
    ]
    visit_panels = [
        InlinePanel("attractions", label=_("Things to see and do")),
        FieldRowPanel(
            [
                FieldPanel("visit_hours_min"),
                FieldPanel("visit_hours_max"),
                FieldPanel("visit_confirmed"),
            ]
        ),
        *PracticalInfo.practical_panels,
        MultiFieldPanel(
            [
                InlinePanel("opening_hours", label=_("Weekly hours")),
                InlinePanel("opening_exceptions", label=_("Exceptions (Tết, festivals, closures)")),
                FieldPanel("hours_note"),
                FieldPanel("hours_confirmed"),
            ],
            heading=_("Opening hours"),
        ),
        AccessInfo.access_panel("accessibility"),
    ]
    edit_handler = BasePage.tabs(
        (content_panels, _("Village")),
        (location_panels, _("Location and transport")),
        (visit_panels, _("Visiting")),
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("vietnamese_name"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("village")
        verbose_name_plural = _("villages")

    @property
    def current_address_vi(self):
        """``xã Bát Tràng, Hà Nội``; just the city while the commune or ward is unknown."""
        return ", ".join(part for part in (self.commune, self.city) if part)

    @property
    def has_unconfirmed_details(self):
        """Whether the page needs its one "to be confirmed" notice (components/tbc_notice.html)."""
        return (
            not self.know_before_confirmed
            or not self.hours_confirmed
            or not self.access_confirmed
            or not self.address_confirmed
            or any(not leg.confirmed for leg in self.transport.all())
            or any(not item.access_confirmed for item in self.attractions.all())
        )

    @property
    def former_address_vi(self):
        """``xã Duyên Thái, huyện Thường Tín``: the names in use before 1 July 2025."""
        return ", ".join(part for part in (self.former_commune, self.former_district) if part)

    def get_context(self, request, *args, **kwargs):
        from core.renditions import hero_images, prefetch_renditions, stream_images
        from products.queries import for_village

        self.prefetch_parts(request)
        context = super().get_context(request, *args, **kwargs)
        chosen = self.localized_stream_pages(self.body, renditions=False)
        context["localized_stream_pages"] = chosen
        context["hours_data"] = data = self.hours_script_data()
        context["hours_strings"] = hours.browser_strings(data)
        # The village's trade (products app): its producers and certified products.
        trade = for_village(self, renditions=False)
        context.update(trade)
        # One rendition query for every image the page shows, whatever its
        # number of sections (each section is one query for its pages).
        prefetch_renditions(
            [
                self.hero_image if self.hero_image_id else None,
                *(item.image for item in self.gallery.all()),
                *stream_images(self.body),
                *hero_images(chosen.values()),
                *hero_images(trade["producers"]),
                *hero_images(trade["certified_products"]),
                *hero_images(self.related_stories),
                *hero_images(self.related_routes),
            ]
        )
        return context

    def hours_script_data(self):
        """Hours of the village and of attractions with their own, for opening-hours.js."""
        return {
            "village": hours.hours_data(self, village=self),
            "attractions": {
                str(item.pk): hours.hours_data(item, village=self)
                for item in self.attractions.all()
                if item.own_hours
            },
        }

    def prefetch_parts(self, request=None):
        """Every inline part the page shows, and its hero image, kept as plain rows until it
        is published again.

        A preview shows the parts being edited, in memory: they are not replaced.
        """
        from core.frozen import remember_parts

        from .parts import VillageCraft, VillageGalleryImage

        self.remember_hero(request)
        if not getattr(request, "is_preview", False):
            plain = {name: (getattr(self, name).model.objects.all(), []) for name in VILLAGE_PARTS}
            remember_parts(
                self,
                "village-parts",
                {
                    "village_crafts": (VillageCraft.objects.select_related("craft"), ["craft"]),
                    **plain,
                    "gallery": (VillageGalleryImage.objects.select_related("image"), ["image"]),
                },
            )
        # Renditions are read fresh, not cached, so that new ones appear as
        # pages show them: get_context reads them with every other image's.

    def crafts_in(self, crafts_by_key):
        """This village's crafts in the reader's language (``Craft.by_translation_key``)."""
        return [
            crafts_by_key.get(item.craft.translation_key, item.craft)
            for item in self.village_crafts.all()
        ]

    @cached_property
    def craft_list(self):
        return self.crafts_in(Craft.by_translation_key(self.locale))

    @cached_property
    def related_stories(self):
        return self.related_cards["stories"]

    @cached_property
    def related_routes(self):
        return self.related_cards["routes"]

    @cached_property
    def related_cards(self):
        """The stories about this village and the routes through it, in the reader's language.

        Kept as plain rows (core.frozen) per village and language: a story or
        route published anywhere replaces the content generation, so the
        lists follow every change without a query on each view.
        """
        from core.cache import remember
        from core.frozen import freeze, thaw
        from routes.models import RoutePage
        from stories.models import StoryPage

        models = {"stories": StoryPage, "routes": RoutePage}

        def build():
            return {
                "stories": [freeze(page, CARD_RELATED, True) for page in self.stories_about()],
                "routes": [freeze(page, CARD_RELATED, True) for page in self.routes_through()],
            }

        rows = remember("village-related", [self.translation_key, self.locale_id], build)
        return {
            name: mark_languages(
                [thaw(models[name], row, CARD_RELATED) for row in rows[name]], self.locale
            )
            for name in models
        }

    def stories_about(self):
        """Every story about this village, each in the reader's best language, newest first."""
        from stories.models import StoryPage

        stories = visible(
            StoryPage.objects.filter(story_villages__village__translation_key=self.translation_key)
        )
        return (
            with_fallbacks(stories, self.locale)
            .select_related("hero_image")
            .defer_streamfields()
            .distinct()
            .order_by("-date")[:6]
        )

    def routes_through(self):
        """Every route that stops here, each in the reader's best language, by title."""
        from routes.models import RoutePage

        routes = visible(
            RoutePage.objects.filter(stops__village__translation_key=self.translation_key)
        )
        return (
            with_fallbacks(routes, self.locale)
            .select_related("hero_image")
            .defer_streamfields()
            .distinct()
            .order_by("title")
        )

    @cached_property
    def know_before(self):
        """The compact “Know before you go” items (villages/know_before.py)."""
        from villages.know_before import know_before_items

        return know_before_items(self)

    @property
    def know_before_confirmed(self):
        return all(item.confirmed for item in self.know_before)

    def clean(self):
        super().clean()
        self.clean_practical()
        if (
            self.visit_hours_min is not None
            and self.visit_hours_max is not None
            and self.visit_hours_max < self.visit_hours_min
        ):
            from django.core.exceptions import ValidationError

            raise ValidationError(
                {
                    "visit_hours_max": gettext(
                        "The longest visit cannot be shorter than the shortest."
                    )
                }
            )


def village_crafts_prefetch():
    """A village's crafts with the craft rows in the same query (for their translation keys)."""
    from django.db.models import Prefetch

    from .parts import VillageCraft

    return Prefetch("village_crafts", queryset=VillageCraft.objects.select_related("craft"))
