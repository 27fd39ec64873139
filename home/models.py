"""The home page of each language tree."""

from django.db import models
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from api import fields as api
from core import i18n
from core.blocks import BodyBlock
from core.cache import remember
from core.frozen import freeze_typed, thaw_typed
from core.models import BasePage, DatedFact
from core.privacy import visible
from core.routing import route_under


class HomePage(BasePage):
    template = "pages/home.html"
    # Wagtail API v2 (docs/api.md).
    api_fields = [
        *BasePage.api_fields,
        APIField("figures", serializer=api.Rows(*api.FACT_FIELDS)),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "villages.VillageIndexPage",
        "stories.StoryIndexPage",
        "routes.RouteIndexPage",
        "events.EventIndexPage",
        "products.ProductIndexPage",
        "home.StandardPage",
        "opendata.OpenDataPage",
    ]

    hero_heading = models.CharField(
        _("hero heading"),
        max_length=120,
        blank=True,
        help_text=_("Large words over the picture. Leave empty to use the title."),
    )
    figures_heading = models.CharField(
        _("figures heading"),
        max_length=120,
        blank=True,
        help_text=_("E.g. “Hanoi's crafts in figures”."),
    )

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("hero_heading"),
        TranslatableField("figures_heading"),
        SynchronizedField("featured"),
        TranslatableField("figures"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("hero_heading"),
        InlinePanel("featured", label=_("Featured villages, stories and routes")),
        FieldPanel("figures_heading"),
        InlinePanel("figures", label=_("Key figures (dated and sourced)")),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        # Wagtail serves the source-language tree when a language has no home
        # page of its own (``root_page.localized`` falls back to itself): that
        # would show Vietnamese under /fr/ without telling anyone. 404 instead,
        # and the 404 page links to the languages the page exists in.
        active = i18n.active_locale()
        if self.locale_id != active.pk:
            raise Http404
        # The same row, already read: Wagtail found this page through the
        # root's translation, without its locale, which the social tags and the
        # switcher read (one query saved on every home page but Vietnamese).
        self.locale = active
        # No slug holds a NUL character, and PostgreSQL rejects one in a query
        # (a DataError, so a 500) where SQLite simply finds nothing.
        if any("\x00" in component for component in path_components):
            raise Http404
        # The language's root routes a path in one lookup (core.routing): an
        # uncached page, and a 404, stay within the query budget at any depth.
        if path_components:
            return route_under(self, request, path_components)
        return super().route(request, path_components)

    @classmethod
    def can_create_at(cls, parent):
        # One home page per language tree, all under the root.
        return super().can_create_at(parent) and parent.is_root()

    @cached_property
    def featured_pages(self):
        """Featured pages in the reader's language, grouped by kind, one query."""
        from core.i18n import localized_list

        pages = localized_list(
            [item.page for item in self.featured.select_related("page")], self.locale, images=True
        )
        groups = {"villages": [], "stories": [], "routes": []}
        for page in pages:
            label = page._meta.app_label
            if label in groups:
                groups[label].append(page)
        return groups

    @cached_property
    def sections(self):
        """The index pages of this language tree, for the header and the home page."""
        # One query per index type; the same for every visitor until content
        # changes, kept as plain rows (core.frozen).
        rows = remember(
            "home-sections",
            [self.pk],
            lambda: {
                page.specific_class._meta.app_label: freeze_typed(page)
                for page in visible(self.get_children()).specific()
            },
        )
        return {label: thaw_typed(row) for label, row in rows.items()}


class HomeFeatured(Orderable):
    home = ParentalKey(HomePage, related_name="featured", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A village, story or route. Each language shows its own translation."),
    )

    translatable_fields = [SynchronizedField("page")]
    panels = [
        PageChooserPanel("page", ["villages.VillagePage", "stories.StoryPage", "routes.RoutePage"])
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("featured page")
        verbose_name_plural = _("featured pages")


class HomeFigure(DatedFact):
    page = ParentalKey(HomePage, related_name="figures", on_delete=models.CASCADE)

    class Meta(DatedFact.Meta):
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")


class StandardPage(BasePage):
    """A plain page under the home page: About, Contact, Privacy, Accessibility statement.

    Linked from the footer menu; one per subject and language tree (same slug in
    every language, as every page here).
    """

    template = "pages/standard.html"
    api_fields = [*BasePage.api_fields, APIField("body", serializer=api.BodyText())]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("The page's text: headings, paragraphs, and pictures if any."),
    )

    translatable_fields = BasePage.translatable_fields + [TranslatableField("body")]
    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["localized_stream_pages"] = self.localized_stream_pages(self.body)
        return context
