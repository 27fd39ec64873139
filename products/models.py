"""Producers, their products and the products' OCOP certificates.

Producers live under their village page, products under their producer
(``VillagePage → ProducerPage → ProductPage``): a village's editors already
hold page permissions on their village's subtree (accounts/roles.py), so they
look after their own producers and products and nobody else's, with no
permission code of our own. The village of a product is its grandparent.

What a buyer checks (figures, stars, decision numbers, dates, markets) is
synchronised from the Vietnamese source; what a buyer reads is translated.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from api import fields as api
from core.blocks import BodyBlock
from core.frozen import remember_parts
from core.models import BasePage, DatedFact, OnePerLocaleMixin
from core.samples import SampleContentMixin
from villages.models.access import ChoiceSetField
from villages.models.parts import HelpLanguage, TranslatableOrderable, language_items

from .markets import MARKET_CHOICES

SAMPLE_HELP = _(
    "Tick for a sample made up for the demonstration: visitors see it marked as a sample, "
    "and a production site hides it unless samples are switched on."
)


def export_markets_field(verbose_name):
    """Countries a producer or product already sells to, ticked from ``MARKETS``."""
    return ChoiceSetField(
        verbose_name,
        choices_set=MARKET_CHOICES,
        max_length=120,
        help_text=_("Only markets a source or the producer confirms."),
    )


class ProducerKind(models.TextChoices):
    COOPERATIVE = "cooperative", _("Cooperative")
    COMPANY = "company", _("Company")
    HOUSEHOLD = "household", _("Household business")
    ASSOCIATION = "association", _("Village association")


class OcopGroup(models.TextChoices):
    """The six product groups of Viet Nam's OCOP programme (Decision 148/QĐ-TTg, 2023)."""

    FOOD = "food", _("Food")
    DRINKS = "drinks", _("Drinks")
    HERBS = "herbs", _("Herbs and herbal products")
    TEXTILES = "textiles", _("Textiles and garments")
    CRAFTS = "crafts", _("Handicrafts and decorative items")
    TOURISM = "tourism", _("Rural tourism services")


class Rating(models.TextChoices):
    """An OCOP result. "Potential 5-star" is a status of its own: a product a city
    council rated 4-star and put forward for the national 5-star evaluation."""

    THREE = "3", _("3-star")
    FOUR = "4", _("4-star")
    POTENTIAL_FIVE = "4+", _("4-star, potential 5-star")
    FIVE = "5", _("5-star")


class Material(models.TextChoices):
    """What a product is made of, as a buyer searches for it (the catalogue's material facet).

    The page's ``material`` line says it in words ("Porcelain, cobalt
    underglaze"); these are the few kinds a buyer filters by, the same in
    every language.
    """

    # One kind for porcelain, stoneware and earthenware: sources rarely say which.
    CERAMIC = "ceramic", _("Ceramic")
    SILK = "silk", _("Silk")
    LACQUER = "lacquer", _("Lacquer")
    MOTHER_OF_PEARL = "mother-of-pearl", _("Mother-of-pearl")
    WOOD = "wood", _("Wood")
    BAMBOO = "bamboo", _("Bamboo")
    RATTAN = "rattan", _("Rattan")
    TEA = "tea", _("Tea")
    LOTUS = "lotus", _("Lotus")


class CertifyingLevel(models.TextChoices):
    CITY = "city", _("City or province")
    NATIONAL = "national", _("National")


class ProducerPage(SampleContentMixin, BasePage):
    """A maker's trade profile: who they are, what they make, for which markets."""

    template = "pages/producer.html"
    # Wagtail API v2 (docs/api.md): trade facts a buyer checks; never enquiries.
    api_fields = [
        *BasePage.api_fields,
        APIField("vietnamese_name"),
        APIField("latin_name"),
        APIField("kind"),
        APIField("makes"),
        APIField("minimum_order"),
        APIField("lead_time"),
        APIField("sample_policy"),
        APIField("certifications"),
        APIField("languages", serializer=api.Plain()),
        APIField("export_markets", serializer=api.Plain()),
        APIField("sample", serializer=api.Plain(source="is_sample")),
        APIField("facts", serializer=api.Rows(*api.FACT_FIELDS)),
        APIField(
            "trade_fairs", serializer=api.Rows("name", "city", "year", "source_name", "source_url")
        ),
        APIField("body", serializer=api.BodyText()),
    ]
    parent_page_types = ["villages.VillagePage"]
    subpage_types = ["products.ProductPage"]

    vietnamese_name = models.CharField(
        _("Vietnamese name"),
        max_length=150,
        help_text=_(
            "The registered name with its diacritics, e.g. “Hợp tác xã Gốm Quang Vinh”. "
            "Shown in every language."
        ),
    )
    latin_name = models.CharField(
        _("name without diacritics"),
        max_length=150,
        blank=True,
        help_text=_(
            "As on export papers and e-mails, e.g. “Quang Vinh Ceramics”. Shown in every language."
        ),
    )
    kind = models.CharField(_("kind of producer"), max_length=20, choices=ProducerKind.choices)
    makes = models.CharField(
        _("what they make"),
        max_length=255,
        help_text=_("One line, e.g. “Hand-painted porcelain tea sets and vases”."),
    )
    languages = ChoiceSetField(
        _("languages spoken with buyers"),
        choices_set=HelpLanguage.choices,
        help_text=_("Leave all unticked when it is not known."),
    )
    export_markets = export_markets_field(_("export markets already served"))
    minimum_order = models.CharField(
        _("minimum order"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “50 sets per design”. Leave empty when it is not known."),
    )
    lead_time = models.CharField(
        _("lead time"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “6–8 weeks after the sample is approved”. Empty when not known."),
    )
    sample_policy = models.CharField(
        _("samples"),
        max_length=255,
        blank=True,
        help_text=_("Whether samples are sent, and on what terms. Empty when not known."),
    )
    certifications = models.CharField(
        _("other certifications"),
        max_length=255,
        blank=True,
        help_text=_("Besides OCOP, e.g. quality or origin labels. Empty when there are none."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("profile"),
        help_text=_("History, workshop, techniques, people: what a buyer wants to know."),
    )
    is_sample = models.BooleanField(_("sample producer"), default=False, help_text=SAMPLE_HELP)

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("vietnamese_name"),
        SynchronizedField("latin_name"),
        SynchronizedField("kind"),
        TranslatableField("makes"),
        SynchronizedField("languages"),
        SynchronizedField("export_markets"),
        TranslatableField("minimum_order"),
        TranslatableField("lead_time"),
        TranslatableField("sample_policy"),
        TranslatableField("certifications"),
        TranslatableField("body"),
        SynchronizedField("is_sample"),
        TranslatableField("facts"),
        TranslatableField("trade_fairs"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("vietnamese_name"),
        index.SearchField("latin_name"),
        index.SearchField("makes"),
        index.FilterField("is_sample"),
    ]

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("vietnamese_name"), FieldPanel("latin_name")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("is_sample")]),
        FieldPanel("makes"),
        FieldPanel("body"),
    ]
    trade_panels = [
        MultiFieldPanel(
            [
                FieldPanel("export_markets"),
                FieldPanel("languages"),
                FieldPanel("minimum_order"),
                FieldPanel("lead_time"),
                FieldPanel("sample_policy"),
                FieldPanel("certifications"),
            ],
            heading=_("Trading terms"),
        ),
        InlinePanel("facts", label=_("Key facts (dated and sourced)")),
        InlinePanel("trade_fairs", label=_("Trade fairs attended")),
    ]
    edit_handler = BasePage.tabs((content_panels, _("Content")), (trade_panels, _("Trade profile")))

    class Meta:
        verbose_name = _("producer")
        verbose_name_plural = _("producers")

    @cached_property
    def village(self):
        """The village page above (one query: the tree rules say it is one)."""
        from villages.models import VillagePage

        return parent_of(self, VillagePage)

    @property
    def language_list(self):
        return language_items(self.languages)

    def products(self):
        """This producer's live products, each in the reader's best language (products.queries)."""
        from .queries import products_under

        return products_under(self, self.locale)

    @property
    def breadcrumb_parent(self):
        return self.village

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from stories.queries import stories_about_producer

        if not getattr(request, "is_preview", False):
            # Inline parts change only on publish: kept as plain rows (core.frozen).
            remember_parts(
                self,
                "producer-parts",
                {
                    "facts": (ProducerFact.objects.all(), []),
                    "trade_fairs": (TradeFair.objects.all(), []),
                },
            )

        products = self.products()
        context.update(
            products=products, village=self.village, stories=stories_about_producer(self)
        )
        return context


class ProducerFact(DatedFact):
    """Capacity, workforce, export value…: a figure with its date and source."""

    page = ParentalKey("products.ProducerPage", related_name="facts", on_delete=models.CASCADE)

    class Meta(DatedFact.Meta):
        verbose_name = _("producer fact")
        verbose_name_plural = _("producer facts")


class TradeFair(TranslatableOrderable):
    page = ParentalKey(
        "products.ProducerPage", related_name="trade_fairs", on_delete=models.CASCADE
    )
    name = models.CharField(
        _("trade fair"), max_length=200, help_text=_("E.g. “Artigiano in Fiera”.")
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    year = models.PositiveSmallIntegerField(_("year"))
    source_name = models.CharField(_("source"), max_length=200, blank=True)
    source_url = models.URLField(_("source link"), blank=True)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("city"),
        SynchronizedField("year"),
        SynchronizedField("source_name"),
        SynchronizedField("source_url"),
    ]
    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("city"), FieldPanel("year")]),
        FieldRowPanel([FieldPanel("source_name"), FieldPanel("source_url")]),
    ]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("trade fair")
        verbose_name_plural = _("trade fairs")
        ordering = ["sort_order"]

    def clean(self):
        super().clean()
        if self.year is not None and not 1900 <= self.year <= 2100:
            raise ValidationError({"year": _("Enter a year such as 2024.")})


class ProductPage(SampleContentMixin, BasePage):
    """One product as a buyer sees it: what, by whom, how certified, for which markets."""

    template = "pages/product.html"
    # Wagtail API v2 (docs/api.md): OCOP results with their year and source.
    api_fields = [
        *BasePage.api_fields,
        APIField("craft_name", serializer=api.Computed(api.craft_name)),
        APIField("material"),
        APIField("materials", serializer=api.Plain()),
        APIField("ocop_group"),
        APIField("sizes"),
        APIField("care"),
        APIField("export_markets", serializer=api.Plain()),
        APIField("sample", serializer=api.Plain(source="is_sample")),
        APIField("ocop", serializer=api.Computed(api.certificates)),
        APIField("body", serializer=api.BodyText()),
    ]
    parent_page_types = ["products.ProducerPage"]
    subpage_types = []

    craft = models.ForeignKey(
        "villages.Craft",
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Pick the craft in Vietnamese; each language shows its own name."),
    )
    material = models.CharField(
        _("material"), max_length=200, help_text=_("E.g. “Porcelain, cobalt underglaze”.")
    )
    ocop_group = models.CharField(
        _("OCOP product group"),
        max_length=20,
        choices=OcopGroup.choices,
        blank=True,
        help_text=_("Leave empty for a product without an OCOP certificate."),
    )
    materials = ChoiceSetField(
        _("materials to filter by"),
        choices_set=Material.choices,
        max_length=150,
        help_text=_("Tick every material a buyer might look for in the catalogue."),
    )
    sizes = models.CharField(
        _("dimensions or pack sizes"),
        max_length=255,
        blank=True,
        help_text=_("E.g. “Teapot 0.6 l, six cups 80 ml”. Empty when not known."),
    )
    care = models.CharField(
        _("care"), max_length=255, blank=True, help_text=_("E.g. “Dishwasher safe”.")
    )
    export_markets = export_markets_field(_("export markets"))
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("description and story"),
        help_text=_("How it is made, from what, by whom; pictures with their descriptions."),
    )
    is_sample = models.BooleanField(_("sample product"), default=False, help_text=SAMPLE_HELP)

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("craft"),
        TranslatableField("material"),
        SynchronizedField("materials"),
        SynchronizedField("ocop_group"),
        TranslatableField("sizes"),
        TranslatableField("care"),
        SynchronizedField("export_markets"),
        TranslatableField("body"),
        SynchronizedField("is_sample"),
        SynchronizedField("certificates"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("material"),
        index.FilterField("ocop_group"),
        index.FilterField("is_sample"),
    ]

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("craft"), FieldPanel("is_sample")]),
        FieldPanel("material"),
        FieldPanel("materials"),
        FieldRowPanel([FieldPanel("sizes"), FieldPanel("care")]),
        FieldPanel("body"),
    ]
    trade_panels = [
        FieldPanel("export_markets"),
        FieldPanel("ocop_group"),
        InlinePanel("certificates", label=_("OCOP certificates")),
    ]
    edit_handler = BasePage.tabs(
        (content_panels, _("Content")), (trade_panels, _("Markets and OCOP"))
    )

    class Meta:
        verbose_name = _("product")
        verbose_name_plural = _("products")

    def clean(self):
        super().clean()
        if not self.ocop_group and list(self.certificates.all()):
            raise ValidationError(
                {"ocop_group": _("A product with an OCOP certificate needs its OCOP group.")}
            )

    @cached_property
    def producer(self):
        """The producer page above (one query: the tree rules say it is one)."""
        return parent_of(self, ProducerPage)

    @cached_property
    def craft_name(self):
        """The craft in the page's language (crafts are translated snippets)."""
        from villages.models import Craft

        craft = self.craft
        if craft.locale_id == self.locale_id:
            return craft.name
        return Craft.by_translation_key(self.locale).get(craft.translation_key, craft).name

    @property
    def rating_words(self):
        """The current OCOP result in words, for cards; empty without a certificate."""
        from .ocop import rating_words

        certificate = self.current_certificate()
        return rating_words(certificate.rating) if certificate else ""

    @property
    def breadcrumb_parent(self):
        return self.producer

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from stories.queries import stories_about_product

        if not getattr(request, "is_preview", False):
            # Read once for the page, its OCOP badge and its structured data,
            # and kept as plain rows until it is published again (core.frozen);
            # a preview shows the editor's unsaved certificates instead.
            remember_parts(
                self, "product-parts", {"certificates": (OcopCertificate.objects.all(), [])}
            )
            prefetch_related_objects([self], "craft")
        producer = self.producer
        context.update(
            producer=producer, village=producer.village, stories=stories_about_product(self)
        )
        return context

    def current_certificate(self):
        return latest_certificate(self.certificates.all())


def parent_of(page, model):
    """``page``'s parent as a ``model``, read in one query by its tree path.

    Wagtail's ``get_parent().specific`` takes two.
    """
    parent = model.objects.filter(path=page.path[: -page.steplen]).first()
    return parent if parent is not None else page.get_parent().specific


def latest_certificate(certificates):
    """The result that counts: products are re-rated, and the newest result replaces the others."""
    certificates = sorted(
        certificates, key=lambda item: (item.dated_on or datetime.date.min, item.sort_order or 0)
    )
    return certificates[-1] if certificates else None


class OcopCertificate(Orderable):
    """One OCOP decision: who rated the product, how many stars, when, and where it is written.

    Nothing in it is prose: every language shows the same decision, copied
    from the source page on each sync (a plain Orderable, synchronised).
    """

    page = ParentalKey(
        "products.ProductPage", related_name="certificates", on_delete=models.CASCADE
    )
    rating = models.CharField(_("result"), max_length=2, choices=Rating.choices)
    level = models.CharField(
        _("certified by"),
        max_length=10,
        choices=CertifyingLevel.choices,
        help_text=_("3 and 4 stars: the city; 5 stars: the national council."),
    )
    decision_number = models.CharField(
        _("decision number"),
        max_length=60,
        blank=True,
        help_text=_("As written on the decision, e.g. “1234/QĐ-UBND”. Empty when not known."),
    )
    # Sources often report a result without its decision ("four sets have earned
    # 5-star ratings", May 2025): the date is then unknown, never made up, and the
    # result is dated by the source that reports it.
    decision_date = models.DateField(
        _("decision date"),
        null=True,
        blank=True,
        help_text=_("Empty when the source does not give it: the source's date is shown instead."),
    )
    decision_date_precision = models.CharField(
        _("date precision"),
        max_length=5,
        choices=DatedFact.Precision.choices,
        default=DatedFact.Precision.YEAR,
        help_text=_("Show the date as a day, a month or a year, as precisely as the source."),
    )
    valid_until = models.DateField(
        _("valid until"),
        null=True,
        blank=True,
        help_text=_("OCOP results are valid for 36 months. Empty when not known."),
    )
    source_name = models.CharField(
        _("source"), max_length=200, help_text=_("Publication or body, e.g. “Viet Nam News”.")
    )
    source_date = models.DateField(_("source date"), null=True, blank=True)
    source_url = models.URLField(_("source link"), blank=True)

    translatable_fields = [
        SynchronizedField("rating"),
        SynchronizedField("level"),
        SynchronizedField("decision_number"),
        SynchronizedField("decision_date"),
        SynchronizedField("decision_date_precision"),
        SynchronizedField("valid_until"),
        SynchronizedField("source_name"),
        SynchronizedField("source_date"),
        SynchronizedField("source_url"),
    ]
    panels = [
        FieldRowPanel([FieldPanel("rating"), FieldPanel("level")]),
        FieldRowPanel(
            [
                FieldPanel("decision_number"),
                FieldPanel("decision_date"),
                FieldPanel("decision_date_precision"),
            ]
        ),
        FieldPanel("valid_until"),
        FieldRowPanel(
            [FieldPanel("source_name"), FieldPanel("source_date"), FieldPanel("source_url")]
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = pgettext_lazy("OCOP", "certificate")
        verbose_name_plural = pgettext_lazy("OCOP", "certificates")

    def clean(self):
        super().clean()
        errors = {}
        if self.rating == Rating.FIVE and self.level and self.level != CertifyingLevel.NATIONAL:
            errors["level"] = _("Five stars are awarded by the national council only.")
        if self.rating in (Rating.THREE, Rating.FOUR, Rating.POTENTIAL_FIVE) and (
            self.level == CertifyingLevel.NATIONAL
        ):
            errors["level"] = _("Three and four stars are awarded by the city or province.")
        if self.valid_until and self.decision_date and self.valid_until <= self.decision_date:
            errors["valid_until"] = _("The end of validity must come after the decision.")
        if not self.decision_date and not self.source_date:
            errors["source_date"] = _(
                "Give the decision date, or the date of the source that reports the result."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def stars(self):
        """Stars earned (a potential 5-star product holds 4)."""
        return {Rating.THREE: 3, Rating.FOUR: 4, Rating.POTENTIAL_FIVE: 4, Rating.FIVE: 5}[
            self.rating
        ]

    @property
    def dated_on(self):
        """The decision's date, else the reporting source's: what orders and dates the result."""
        return self.decision_date or self.source_date

    def __str__(self):
        return f"OCOP {self.get_rating_display()} ({self.dated_on:%Y})" if self.dated_on else "OCOP"


class ProductIndexPage(OnePerLocaleMixin, BasePage):
    """The catalogue: every product live in the reader's language, narrowed by facets.

    Products live under their producers; this page lists them all, filtered
    by craft, village, OCOP result, export market, material and OCOP group
    (products.catalogue). Unlike the other indexes it lists no untranslated
    product in another language: a buyer filtering by market reads specs.
    """

    template = "pages/product_index.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    page_size = 24

    translatable_fields = BasePage.translatable_fields

    class Meta:
        verbose_name = _("product catalogue")
        verbose_name_plural = _("product catalogues")

    @property
    def query_parameters(self):
        from .catalogue import QUERY_PARAMETERS

        return QUERY_PARAMETERS

    def get_context(self, request, *args, **kwargs):
        from core.listing import paginate

        from .catalogue import Catalogue

        context = super().get_context(request, *args, **kwargs)
        catalogue = Catalogue(self.locale, request.GET)
        products = paginate(catalogue.results, request, self.page_size)
        products.object_list = catalogue.cards(products.object_list)
        context.update(catalogue=catalogue, products=products)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        catalogue = (getattr(response, "context_data", None) or {}).get("catalogue")
        if catalogue is not None and catalogue.errors:
            # The page says which values it ignored and lists what the others
            # match; the status tells robots and caches the URL is wrong.
            response.status_code = 400
        return response
