"""The abstract base page, its mixins, and the shared snippets.

Every page type of the site derives from ``BasePage``. Mixins carry their own
fields, panels and translation policy, so a page type lists what it adds and
nothing else.
"""

from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from . import i18n, privacy
from .alt_text import AltTextPageForm
from .cache import remember
from .frozen import remember_foreign_keys
from .listing import mark_languages, paginate, with_fallbacks
from .query import PAGE, canonical_redirect
from .text import ALT_MAX_LENGTH, INTRO_MAX_LENGTH, ascii_slug, fold_vietnamese

# Fields every Wagtail page has, with the policy this site gives them. The
# slug is synchronised so a page has the same path in every language: only the
# language prefix changes, which keeps links between translations predictable.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("slug"),
    SynchronizedField("show_in_menus"),
]


class HeroMixin(models.Model):
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wide picture at the top of the page, at least 1600 pixels wide."),
    )
    hero_alt = models.CharField(
        _("hero image description"),
        max_length=ALT_MAX_LENGTH,
        blank=True,
        help_text=_(
            "What the picture shows, for people who cannot see it. Translated with the page."
        ),
    )
    hero_caption = models.CharField(
        _("hero caption"),
        max_length=255,
        blank=True,
        help_text=_("Optional caption or credit shown under the picture."),
    )

    translatable_fields = [
        SynchronizedField("hero_image"),
        TranslatableField("hero_alt"),
        TranslatableField("hero_caption"),
    ]
    panels = [
        MultiFieldPanel(
            [
                # The field's own name would show as "hero image", untranslated;
                # a heading keeps the label in the catalogue without a migration.
                FieldPanel("hero_image", heading=_("Hero image")),
                FieldPanel("hero_alt"),
                FieldPanel("hero_caption"),
            ],
            heading=_("Hero picture"),
        )
    ]

    class Meta:
        abstract = True


class IntroMixin(models.Model):
    # TextField's max_length only reaches the form (maxlength, counter); the
    # validator also holds it for full_clean, imports and the API.
    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=INTRO_MAX_LENGTH,
        validators=[MaxLengthValidator(INTRO_MAX_LENGTH)],
        help_text=_("One or two sentences shown under the title and on cards. Plain text."),
    )

    translatable_fields = [TranslatableField("intro")]
    panels = [FieldPanel("intro")]
    search_fields = [index.SearchField("intro")]

    class Meta:
        abstract = True


def latitude_field(verbose_name, **options):
    """Degrees north, to six decimals (about 0.1 m), within ±90.

    One definition for villages, route stops and event venues, so the maps,
    downloads and driver cards can trust every coordinate alike.
    """
    return models.DecimalField(
        verbose_name,
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        **options,
    )


def longitude_field(verbose_name, **options):
    """Degrees east, to six decimals, within ±180 (see ``latitude_field``)."""
    return models.DecimalField(
        verbose_name,
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        **options,
    )


class BasePage(HeroMixin, IntroMixin, Page):
    """Abstract base of every page type: hero, intro, language helpers."""

    # Alt text is required to publish a picture (core/alt_text.py).
    base_form_class = AltTextPageForm
    # Wagtail API v2 (api/, docs/api.md): each page type adds its own, explicitly.
    api_fields = [APIField("intro")]

    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS + HeroMixin.translatable_fields + IntroMixin.translatable_fields
    )
    content_panels = Page.content_panels + IntroMixin.panels + HeroMixin.panels
    search_fields = Page.search_fields + IntroMixin.search_fields
    # The query parameters the page reads (core.query.QueryParameter), in the
    # order its own links write them; any other query is redirected away.
    query_parameters = ()
    search_fields = (
        Page.search_fields
        + IntroMixin.search_fields
        # "gom" finds "gốm", "duong" finds "Đường": the admin's page search
        # autocompletes on titles, and no search backend folds these marks.
        + [index.AutocompleteField("folded_title")]
    )

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        self.remember_hero(request)
        return super().get_context(request, *args, **kwargs)

    def full_clean(self, *args, **kwargs):
        # Slugs are ASCII, transliterated from Vietnamese (core/text.py): the
        # admin keeps what the editor typed (làng-gốm), which browsers show
        # %-encoded, and translations share the slug (it is synchronised).
        if self.slug:
            self.slug = ascii_slug(self.slug) or self.slug
        elif self.title and self.path:
            self.slug = ascii_slug(self.title)
        super().full_clean(*args, **kwargs)

    def folded_title(self):
        """The title without Vietnamese marks, for search (core/text.py)."""
        return fold_vietnamese(self.title)

    def remember_hero(self, request=None):
        """Set the hero image from the cache, kept as a plain row under the live revision.

        The hero image is read by the page, its social tags and its structured
        data: one query fewer on every page with a hero, and one cache entry
        (``hero``) whichever page type or view (the pages API) reads it first.
        A preview reads the edited one.
        """
        field = self._meta.get_field("hero_image")
        if (
            self.hero_image_id
            and not field.is_cached(self)
            and not getattr(request, "is_preview", False)
        ):
            remember_foreign_keys(self, "hero", ["hero_image"])

    @classmethod
    def tabs(cls, *tabs):
        """An editor with the page type's own tabs, then Promote and Settings.

        ``tabs`` are ``(panels, heading)`` pairs, in the order editors see them.
        """
        from wagtail.admin.panels import ObjectList, TabbedInterface

        return TabbedInterface(
            [ObjectList(panels, heading=heading) for panels, heading in tabs]
            + [
                ObjectList(cls.promote_panels, heading=_("Promote")),
                ObjectList(cls.settings_panels, heading=_("Settings")),
            ]
        )

    @cached_property
    def translations(self):
        return i18n.real_translations(self)

    @property
    def is_alias(self):
        return self.alias_of_id is not None

    @cached_property
    def source_page(self):
        """For an alias, the page whose content it shows."""
        return self.alias_of.specific if self.alias_of_id else self

    def get_template(self, request, *args, **kwargs):
        return self.template

    def serve(self, request, *args, **kwargs):
        if request.method in ("GET", "HEAD") and not getattr(request, "is_preview", False):
            redirect = canonical_redirect(request, self.query_parameters)
            if redirect is not None:
                return redirect
        return super().serve(request, *args, **kwargs)

    @cached_property
    def breadcrumb_parent(self):
        """The page the breadcrumb links back to; types that know it already say so."""
        return self.get_parent()

    def localized_stream_pages(self, stream, renditions=True):
        """Pages chosen in ``stream``'s blocks (village cards), in the reader's
        language, by translation key: one query for the whole body.

        Block templates read them through the ``localized_page`` tag.
        ``renditions=False``: the page reads its cards' renditions with the
        rest of its images (``core.renditions``).
        """
        from wagtail.models import Page as WagtailPage

        chosen = []
        for block in stream or []:
            value = block.value
            if hasattr(value, "get"):
                chosen.extend(item for item in value.values() if isinstance(item, WagtailPage))
        pages = i18n.localized_list(chosen, self.locale, images=True, renditions=renditions)
        found = {page.translation_key: page for page in pages}
        # A chosen page that is no longer live is known to be absent, too.
        return {page.translation_key: found.get(page.translation_key) for page in chosen}

    def get_view_restrictions(self):
        # Wagtail checks the page and its ancestors (two queries) on every
        # view; core.privacy knows the restricted paths without a query. An
        # alias is also under its source's restrictions: Wagtail copies them
        # only when the alias is made.
        from wagtail.models import PageViewRestriction

        pages = [self]
        if self.alias_of_id:
            pages.append(self.source_page)
        if not any(privacy.is_restricted_path(page.path) for page in pages):
            return PageViewRestriction.objects.none()
        restrictions = super().get_view_restrictions()
        if self.alias_of_id:
            restrictions = restrictions | self.source_page.get_view_restrictions()
        return restrictions

    def get_sitemap_urls(self, request=None):
        from .sitemaps import sitemap_urls

        return sitemap_urls(
            self, request, self.last_published_at or self.latest_revision_created_at
        )


class OnePerLocaleMixin:
    """Index pages exist once per language tree (Wagtail's max_count counts every tree)."""

    @classmethod
    def can_create_at(cls, parent):
        if not super().can_create_at(parent):
            return False
        return not cls.objects.filter(locale_id=parent.locale_id).exists()


class IndexPageMixin(OnePerLocaleMixin):
    """An index page listing every page of its type, each in the reader's best language.

    A page not yet translated into the index's language is listed (and counted
    by filters) in English, else Vietnamese, and its card says so: for a
    reader, an untranslated village is still a village. An alias index (an
    untranslated copy that wagtail-localize made) lists the same way.
    """

    listing_model = None  # "app_label.ModelName" of the child pages
    page_size = 12
    query_parameters = (PAGE,)

    def get_listing_model(self):
        from django.apps import apps

        return apps.get_model(self.listing_model)

    def listing(self, narrow=None):
        """The listed pages, one version each; ``narrow`` filters them first (a village filter).

        Two queries: the versions' keys and languages, then the chosen pages.
        """
        pages = self.get_listing_model().objects.filter(privacy.public_q())
        if narrow is not None:
            pages = narrow(pages)
        return (
            with_fallbacks(pages, i18n.locale_by_id(self.locale_id))
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
            .defer_streamfields()
        )

    def listed_ids(self, parts, ordered):
        """The primary keys of ``ordered()`` (a ``listing``, ordered), kept until content changes.

        Choosing each page's best version ranks every version of every listed
        page (``with_fallbacks``), and a paginator does it twice, for the count
        and for the page: at a hundred times the demo that is most of an
        index's time. The choice depends on content only, so it is kept per
        language and ``parts`` (the filters), as plain integers; a request
        counts and slices the list and reads one page of cards by primary key.
        """
        return remember(
            "listing-ids",
            [self.listing_model, self.locale_id, *parts],
            lambda: list(ordered().values_list("pk", flat=True)),
        )

    def card_pages(self):
        """What a card reads, by primary key: the page, its language and image.

        The privacy rule is applied again: a kept list never shows a page that
        stopped being public since (it fails closed, whatever the cache holds).
        """
        return (
            self.get_listing_model()
            .objects.filter(privacy.public_q())
            .select_related("locale", "hero_image")
            .prefetch_related("hero_image__renditions")
            .defer_streamfields()
        )

    def cards(self, ids):
        """The pages ``ids`` (versions chosen by ``listing``), in that order, marked."""
        pages = self.card_pages().filter(pk__in=ids).in_bulk()
        return mark_languages(
            [pages[pk] for pk in ids if pk in pages], i18n.locale_by_id(self.locale_id)
        )

    def paginate_cards(self, request, ids):
        """The requested page of ``ids`` as cards: one query and prefetches, whatever the count."""
        page_obj = paginate(ids, request, self.page_size)
        page_obj.object_list = self.cards(list(page_obj.object_list))
        return page_obj


class DatedFact(TranslatableMixin, Orderable):
    """A figure with its date and source: buyers and journalists check numbers.

    The figure, dates and source are synchronised across languages; the label
    and unit are translated. Two facts may disagree when two sources do: both
    are shown, each with its source.
    """

    class Precision(models.TextChoices):
        DAY = "day", _("Day")
        MONTH = "month", _("Month")
        YEAR = "year", _("Year")

    label = models.CharField(
        _("label"), max_length=200, help_text=_("What is counted, e.g. “OCOP-certified products”.")
    )
    value = models.DecimalField(
        _("value"), max_digits=14, decimal_places=2, help_text=_("The figure, e.g. 3317.")
    )
    value_to = models.DecimalField(
        _("upper value"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Only for a range, e.g. 5 in “3–5 %”."),
    )
    unit = models.CharField(
        _("unit"),
        max_length=80,
        blank=True,
        help_text=_("Shown after the figure, e.g. “%”, “years”, “VND trillion a year”."),
    )
    approximate = models.BooleanField(
        _("approximate"), default=False, help_text=_("Shows “about” before the figure.")
    )
    as_of = models.DateField(_("as of"), help_text=_("The date the figure refers to."))
    as_of_precision = models.CharField(
        _("date precision"),
        max_length=5,
        choices=Precision.choices,
        default=Precision.DAY,
        help_text=_("Show the date as a day, a month or a year."),
    )
    source_name = models.CharField(
        _("source"), max_length=200, help_text=_("Publication or body, e.g. “Viet Nam News”.")
    )
    source_date = models.DateField(
        _("source date"), null=True, blank=True, help_text=_("When the source was published.")
    )
    source_url = models.URLField(_("source link"), blank=True)

    translatable_fields = [
        TranslatableField("label"),
        SynchronizedField("value"),
        SynchronizedField("value_to"),
        TranslatableField("unit"),
        SynchronizedField("approximate"),
        SynchronizedField("as_of"),
        SynchronizedField("as_of_precision"),
        SynchronizedField("source_name"),
        SynchronizedField("source_date"),
        SynchronizedField("source_url"),
    ]
    panels = [
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("value"), FieldPanel("value_to"), FieldPanel("unit")]),
        FieldRowPanel(
            [FieldPanel("approximate"), FieldPanel("as_of"), FieldPanel("as_of_precision")]
        ),
        FieldRowPanel(
            [FieldPanel("source_name"), FieldPanel("source_date"), FieldPanel("source_url")]
        ),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True

    def __str__(self):
        return f"{self.label}: {self.value}"


# --- Navigation ---------------------------------------------------------------


class NavigationMenu(TranslatableMixin, ClusterableModel):
    """Header or footer links, one per language; looked up in the active language."""

    class Handle(models.TextChoices):
        HEADER = "header", _("Header")
        FOOTER = "footer", _("Footer")

    handle = models.CharField(
        _("place"),
        max_length=20,
        choices=Handle.choices,
        help_text=_("Where the menu is shown."),
    )
    footer_text = RichTextField(
        _("footer text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Short text for the footer: who runs the site, how to reach the editors."),
    )

    translatable_fields = [
        SynchronizedField("handle"),
        TranslatableField("footer_text"),
        TranslatableField("items"),
    ]
    panels = [
        FieldPanel("handle"),
        FieldPanel("footer_text"),
        InlinePanel("items", label=_("Links")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")
        constraints = [
            models.UniqueConstraint(fields=["handle", "locale"], name="unique_menu_per_locale")
        ]

    def __str__(self):
        return f"{self.get_handle_display()} ({self.locale.language_code})"

    @classmethod
    def for_active_language(cls):
        """Every menu in the active language (else the default one), by handle.

        One query for the menus and one for their items, whatever the number
        of menus; pages are resolved by ``core.navigation``.
        """
        active, default = i18n.active_locale(), i18n.default_locale()
        menus = {}
        queryset = cls.objects.filter(locale_id__in={active.pk, default.pk}).prefetch_related(
            models.Prefetch(
                "items",
                queryset=MenuItem.objects.select_related("page").only(
                    "id", "menu_id", "sort_order", "label", "page__id", "page__translation_key"
                ),
            )
        )
        for menu in queryset:
            if menu.locale_id == active.pk or menu.handle not in menus:
                menus[menu.handle] = menu
        return menus


class MenuItem(TranslatableMixin, Orderable):
    menu = ParentalKey(NavigationMenu, related_name="items", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The page to link to. Its translation is used in each language."),
    )
    label = models.CharField(
        _("label"),
        max_length=60,
        blank=True,
        help_text=_("Leave empty to use the page's title."),
    )

    translatable_fields = [SynchronizedField("page"), TranslatableField("label")]
    panels = [FieldPanel("page"), FieldPanel("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("menu item")
        verbose_name_plural = _("menu items")
        unique_together = [("translation_key", "locale")]


class HealthHeartbeat(models.Model):
    """One row that ``/healthz`` rewrites: proof that the database accepts a write.

    A ``SELECT 1`` also succeeds on a read-only database (a read-only mount,
    a replica promoted the wrong way, a full disk); a committed update does not.
    """

    # Never shown to editors or visitors (not in the admin), hence no labels to translate.
    beat_at = models.DateTimeField()

    def __str__(self):
        return f"heartbeat at {self.beat_at:%Y-%m-%d %H:%M:%S}"
