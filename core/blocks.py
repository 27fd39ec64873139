"""The one shared stream block for body content, and its parts.

Page variants subclass ``BodyBlock``. Each block sets its icon, template,
group, help text and a preview value once, in its Meta.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from .text import ALT_MAX_LENGTH

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class ParagraphBlock(blocks.RichTextBlock):
    class Meta:
        label = pgettext_lazy("block type", "Paragraph")
        icon = "pilcrow"
        template = "components/streamfield/blocks/paragraph.html"
        group = _("Text")
        help_text = _("Running text. Keep paragraphs short for reading on a phone.")
        preview_value = "<p>Làng gốm Bát Tràng nằm bên bờ sông Hồng.</p>"


class HeadingBlock(blocks.CharBlock):
    class Meta:
        label = pgettext_lazy("block type", "Heading")
        icon = "title"
        template = "components/streamfield/blocks/heading.html"
        group = _("Text")
        help_text = _("A section heading (level 2).")
        preview_value = "Lịch sử"
        max_length = 120


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt = blocks.CharBlock(
        label=_("description for screen readers"),
        max_length=ALT_MAX_LENGTH,
        help_text=_("What the picture shows. Translated with the page."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=255)

    class Meta:
        label = pgettext_lazy("block type", "Image")
        icon = "image"
        template = "components/streamfield/blocks/image.html"
        group = _("Media")
        help_text = _("A picture with its description and an optional caption.")
        preview_value = {"alt": "Bình gốm men lam", "caption": "Minh hoạ"}

    def __init__(self, *args, **kwargs):
        from .alt_text import ALT_REQUIRED

        super().__init__(*args, **kwargs)
        # Required to publish, not to save a draft (Wagtail defers it): say why.
        self.child_blocks["alt"].field.error_messages["required"] = ALT_REQUIRED


class QuoteStructValue(blocks.StructValue):
    def cite(self):
        parts = [self.get("attribution"), self.get("role")]
        return ", ".join(part for part in parts if part)


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(
        label=_("said or written by"),
        help_text=_("Quote only what a person really said or wrote, and say where."),
    )
    role = blocks.CharBlock(label=_("role or source"), required=False)

    class Meta:
        label = pgettext_lazy("block type", "Quote")
        icon = "openquote"
        template = "components/streamfield/blocks/quote.html"
        group = _("Text")
        value_class = QuoteStructValue
        help_text = _("A quotation with its attribution.")
        preview_value = {"text": "…", "attribution": "Viet Nam News", "role": "20/05/2025"}


class FactStructValue(blocks.StructValue):
    def display_value(self):
        from .templatetags.core_tags import format_figure

        return format_figure(self.get("value"), self.get("value_to"), self.get("approximate"))


class FactBlock(blocks.StructBlock):
    value = blocks.DecimalBlock(label=_("figure"), decimal_places=2)
    value_to = blocks.DecimalBlock(
        label=_("upper figure"), required=False, decimal_places=2, help_text=_("Only for a range.")
    )
    approximate = blocks.BooleanBlock(label=_("approximate"), required=False)
    unit = blocks.CharBlock(label=_("unit"), required=False, max_length=80)
    label = blocks.CharBlock(label=_("what is counted"), max_length=200)
    as_of = blocks.DateBlock(label=_("as of"))
    precision = blocks.ChoiceBlock(
        label=_("date precision"),
        choices=[("day", _("Day")), ("month", _("Month")), ("year", _("Year"))],
        default="day",
        help_text=_("Show the date as a day, a month or a year."),
    )
    source_name = blocks.CharBlock(label=_("source"), max_length=200)
    source_url = blocks.URLBlock(label=_("source link"), required=False)

    class Meta:
        label = pgettext_lazy("block type", "Fact")
        icon = "doc-full"
        template = "components/streamfield/blocks/fact.html"
        group = _("Facts")
        value_class = FactStructValue
        help_text = _("A figure with its date and source.")
        preview_value = {
            "value": 3317,
            "label": "sản phẩm OCOP",
            "as_of": "2025-05-20",
            "source_name": "Viet Nam News",
        }


class GalleryBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(ImageBlock(), **kwargs)

    class Meta:
        label = pgettext_lazy("block type", "Gallery")
        icon = "image"
        template = "components/streamfield/blocks/gallery.html"
        group = _("Media")
        help_text = _("Two or more pictures shown together.")
        min_num = 2


class VillageCardBlock(blocks.StructBlock):
    village = blocks.PageChooserBlock(page_type="villages.VillagePage", label=_("village"))
    note = blocks.CharBlock(label=_("note"), required=False, max_length=200)

    class Meta:
        label = pgettext_lazy("block type", "Village card")
        icon = "home"
        template = "components/streamfield/blocks/village_card.html"
        group = _("Links")
        help_text = _("A card linking to a village, in the reader's language where translated.")


class BodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock(features=TEXT_FEATURES)
    heading = HeadingBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    fact = FactBlock()
    gallery = GalleryBlock()
    village_card = VillageCardBlock()

    class Meta:
        block_counts = {}
