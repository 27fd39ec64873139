"""Heritage stories, product stories and artisan portraits."""

from django.db import models
from django.db.models import QuerySet
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from api import fields as api
from core.blocks import BodyBlock
from core.cache import remember
from core.frozen import freeze, thaw
from core.i18n import localized_chosen
from core.listing import mark_languages
from core.models import BasePage, IndexPageMixin
from core.query import PAGE, QueryParameter

from .forms import StoryPageForm


class StoryIndexPage(IndexPageMixin, BasePage):
    template = "pages/story_index.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.StoryPage"]
    listing_model = "stories.StoryPage"
    query_parameters = (QueryParameter("kind"), PAGE)

    translatable_fields = BasePage.translatable_fields

    class Meta:
        verbose_name = _("story index")
        verbose_name_plural = _("story indexes")

    def stories(self, kind=""):
        """Every listed story, newest first (``kind`` narrows them), one version each."""
        stories = self.listing().order_by("-date", "title", "pk")
        return stories.filter(kind=kind) if kind else stories

    def card_pages(self):
        return super().card_pages().prefetch_related("story_villages__village")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        kind = request.GET.get("kind", "")
        selected_kind = None
        if kind:
            if kind not in StoryPage.Kind.values:
                raise Http404(
                    gettext("There is no kind of story called “%(kind)s”.") % {"kind": kind[:40]}
                )
            selected_kind = StoryPage.Kind(kind)
        ids = self.listed_ids([kind], lambda: self.stories(kind))
        context.update(
            stories=self.paginate_cards(request, ids),
            kinds=StoryPage.Kind.choices,
            selected_kind=selected_kind,
        )
        return context


class StoryPage(BasePage):
    template = "pages/story.html"
    # Wagtail API v2 (docs/api.md): the text, not its author (an editor's name).
    api_fields = [
        *BasePage.api_fields,
        APIField("kind"),
        APIField("date"),
        APIField("villages", serializer=api.Computed(api.story_villages)),
        APIField("body", serializer=api.BodyText()),
    ]
    base_form_class = StoryPageForm
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    class Kind(models.TextChoices):
        HERITAGE = "heritage", _("Heritage story")
        PRODUCT = "product", _("Product story")
        PORTRAIT = "portrait", _("Artisan portrait")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.HERITAGE)
    date = models.DateField(_("date"), help_text=_("Publication date shown on the story."))
    author = models.CharField(
        _("author"),
        max_length=120,
        help_text=_("Who wrote the story (a person or the editorial team)."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("kind"),
        SynchronizedField("date"),
        TranslatableField("author"),
        TranslatableField("body"),
        SynchronizedField("story_villages"),
        SynchronizedField("story_products"),
        SynchronizedField("story_producers"),
        SynchronizedField("related"),
    ]
    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date"), FieldPanel("author")]),
        InlinePanel("story_villages", label=_("Villages this story is about")),
        InlinePanel("story_products", label=_("Products this story is about")),
        InlinePanel("story_producers", label=_("Producers this story is about")),
        FieldPanel("body"),
        InlinePanel("related", label=_("Related stories")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def get_context(self, request, *args, **kwargs):
        from core.renditions import hero_images, prefetch_renditions, stream_images

        context = super().get_context(request, *args, **kwargs)
        chosen = self.localized_stream_pages(self.body, renditions=False)
        context["localized_stream_pages"] = chosen
        # One rendition query for every image the page shows: its hero, its
        # body's pictures and the cards of the body and of the related stories.
        prefetch_renditions(
            [
                self.hero_image if self.hero_image_id else None,
                *stream_images(self.body),
                *hero_images(chosen.values()),
                *hero_images(self.related_stories),
            ]
        )
        return context

    @cached_property
    def chosen_pages(self):
        """The villages, products, producers and related stories the story links, each in
        the reader's language where translated (``core.i18n.localized_chosen``).

        Kept as plain rows (core.frozen) per story and language, under its
        live revision (which fixes the chosen rows) and the content generation
        (which a publish, an unpublish or a saved image anywhere replaces), so
        the four lists cost no query on a view. A preview reads the editor's
        unsaved rows, held in memory, as they are.
        """
        rows = {name: getattr(self, relation).all() for name, (relation, _f, _r) in CHOSEN.items()}

        def read():
            return {
                name: localized_chosen(
                    rows[name], field, self.locale, images="hero_image" in related
                )
                for name, (_relation, field, related) in CHOSEN.items()
            }

        if not self.pk or not all(isinstance(found, QuerySet) for found in rows.values()):
            return read()

        def build():
            return {
                name: [freeze(page, CHOSEN[name][2], loaded_only=True) for page in pages]
                for name, pages in read().items()
            }

        frozen = remember(
            "story-chosen", [self.pk, self.live_revision_id or "", self.locale_id], build
        )
        return {
            name: mark_languages(
                [
                    thaw(rows[name].model._meta.get_field(field).related_model, row, related)
                    for row in frozen[name]
                ],
                self.locale,
            )
            for name, (_relation, field, related) in CHOSEN.items()
        }

    @property
    def villages(self):
        """The villages this story is about, each in the reader's language where translated."""
        return self.chosen_pages["villages"]

    @property
    def products(self):
        """The products this story is about, each in the reader's language where translated
        (a sample product is left out where samples are not shown: its page is not served)."""
        return [product for product in self.chosen_pages["products"] if not product.sample_hidden]

    @property
    def producers(self):
        """The producers this story is about, each in the reader's language where translated."""
        return [
            producer for producer in self.chosen_pages["producers"] if not producer.sample_hidden
        ]

    @property
    def related_stories(self):
        return self.chosen_pages["related_stories"]


# The pages a story links, by list: (inline relation, its page field, what a
# list's pages need besides their own row). Related stories show as cards.
CHOSEN = {
    "villages": ("story_villages", "village", ["locale"]),
    "products": ("story_products", "product", ["locale"]),
    "producers": ("story_producers", "producer", ["locale"]),
    "related_stories": ("related", "story", ["locale", "hero_image"]),
}


class StoryVillage(Orderable):
    page = ParentalKey(StoryPage, related_name="story_villages", on_delete=models.CASCADE)
    village = models.ForeignKey(
        "villages.VillagePage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Pick the village; each language links to its own translation."),
    )

    translatable_fields = [SynchronizedField("village")]
    panels = [FieldPanel("village")]

    class Meta(Orderable.Meta):
        verbose_name = _("story village")
        verbose_name_plural = _("story villages")


class StoryProduct(Orderable):
    page = ParentalKey(StoryPage, related_name="story_products", on_delete=models.CASCADE)
    product = models.ForeignKey(
        "products.ProductPage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Pick the product; each language links to its own translation."),
    )

    translatable_fields = [SynchronizedField("product")]
    panels = [FieldPanel("product")]

    class Meta(Orderable.Meta):
        verbose_name = _("story product")
        verbose_name_plural = _("story products")


class StoryProducer(Orderable):
    page = ParentalKey(StoryPage, related_name="story_producers", on_delete=models.CASCADE)
    producer = models.ForeignKey(
        "products.ProducerPage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Pick the producer; each language links to its own translation."),
    )

    translatable_fields = [SynchronizedField("producer")]
    panels = [FieldPanel("producer")]

    class Meta(Orderable.Meta):
        verbose_name = _("story producer")
        verbose_name_plural = _("story producers")


class RelatedStory(Orderable):
    page = ParentalKey(StoryPage, related_name="related", on_delete=models.CASCADE)
    story = models.ForeignKey(StoryPage, on_delete=models.CASCADE, related_name="+")

    translatable_fields = [SynchronizedField("story")]
    panels = [FieldPanel("story")]

    class Meta(Orderable.Meta):
        verbose_name = _("related story")
        verbose_name_plural = _("related stories")
