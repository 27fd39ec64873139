"""The "Open data" page: what a developer or researcher can reuse, in the reader's language.

The editor writes the introduction and body; the page itself lists the feeds,
the GeoJSON files, the downloadable package and the API of its language tree
(``opendata.services`` says what exists), so the list never goes stale.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from api import fields as api
from core.blocks import BodyBlock
from core.models import BasePage, OnePerLocaleMixin


class OpenDataPage(OnePerLocaleMixin, BasePage):
    template = "pages/open_data.html"
    api_fields = [*BasePage.api_fields, APIField("body", serializer=api.BodyText())]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "What the data is for and how to cite it. The list of feeds, files and the "
            "package is added below it automatically."
        ),
    )

    translatable_fields = BasePage.translatable_fields + [TranslatableField("body")]
    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("open data page")
        verbose_name_plural = _("open data pages")

    def get_context(self, request, *args, **kwargs):
        from .services import catalogue

        context = super().get_context(request, *args, **kwargs)
        context["localized_stream_pages"] = self.localized_stream_pages(self.body)
        context["catalogue"] = catalogue(self.locale.language_code, request)
        return context
