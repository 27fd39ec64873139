"""Heritage stories, product stories and artisan portraits."""

from django.db import models
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
from core.i18n import localized_chosen
from core.listing import paginate_marked
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

    def stories(self):
        return self.listing().prefetch_related("story_villages__village").order_by("-date", "title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = self.stories()
        kind = request.GET.get("kind", "")
        selected_kind = None
        if kind:
            if kind not in StoryPage.Kind.values:
                raise Http404(
                    gettext("There is no kind of story called “%(kind)s”.") % {"kind": kind[:40]}
                )
            selected_kind = StoryPage.Kind(kind)
            stories = stories.filter(kind=kind)
        context.update(
            stories=paginate_marked(stories, request, self.page_size, self.locale),
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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["localized_stream_pages"] = self.localized_stream_pages(self.body)
        return context

    @cached_property
    def villages(self):
        """The villages this story is about, each in the reader's language where translated."""
        return localized_chosen(self.story_villages.all(), "village", self.locale)

    @cached_property
    def products(self):
        """The products this story is about, each in the reader's language where translated
        (a sample product is left out where samples are not shown: its page is not served)."""
        products = localized_chosen(self.story_products.all(), "product", self.locale)
        return [product for product in products if not product.sample_hidden]

    @cached_property
    def producers(self):
        """The producers this story is about, each in the reader's language where translated."""
        producers = localized_chosen(self.story_producers.all(), "producer", self.locale)
        return [producer for producer in producers if not producer.sample_hidden]

    @cached_property
    def related_stories(self):
        return localized_chosen(self.related.all(), "story", self.locale, images=True)


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


class RelatedStory(Orderable):
    page = ParentalKey(StoryPage, related_name="related", on_delete=models.CASCADE)
    story = models.ForeignKey(StoryPage, on_delete=models.CASCADE, related_name="+")

    translatable_fields = [SynchronizedField("story")]
    panels = [FieldPanel("story")]
