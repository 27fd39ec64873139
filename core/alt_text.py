"""Alt text: required before a page is published, and what is still missing.

A picture without a description is invisible to a blind visitor, in every
language. Three places carry alt text, each translated with the page
(wagtail-localize extracts them; an image's own ``description`` is neither
translated nor per page, TRAPS.md):

- the hero picture: ``hero_alt`` beside ``hero_image`` (``core.models.HeroMixin``);
- image and gallery blocks in StreamFields: the block's ``alt``;
- a village's gallery: ``VillageGalleryImage.alt``.

Drafts may lack it: Wagtail 7 defers required fields when an editor saves a
draft, autosaves or previews, and enforces them on publish and on submitting
for moderation. Block and gallery alt are required fields, so they follow
that rule as they are; the hero's is required only when a hero image is
chosen, which ``AltTextPageForm.clean`` checks the same way. Every error sits
on its field, and the form comes back with everything typed (docs/quality-checks.md).

``missing_alt_text`` lists what is missing on pages already saved, for the
admin report.
"""

from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import ListBlock, StreamBlock, StructBlock
from wagtail.fields import StreamField

ALT_REQUIRED = _(
    "Describe the picture for people who cannot see it: a page cannot be published without it."
)
ALT_REQUIRED_WITH_HINT = _(
    "Describe the picture for people who cannot see it: a page cannot be published without it. "
    "The image library describes this picture as “%(description)s”."
)


def alt_required_message(image):
    """The message for a missing description, quoting the image library's own when it has one."""
    description = (getattr(image, "description", "") or "").strip()
    if description:
        return ALT_REQUIRED_WITH_HINT % {"description": description[:250]}
    return ALT_REQUIRED


class AltTextPageForm(WagtailAdminPageForm):
    """Every page's admin form: the hero's alt text is required to publish a hero image."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Gallery rows: Wagtail's "This field is required." becomes the reason.
        for formset in self.formsets.values():
            for form in [*formset.forms, formset.empty_form]:
                if "alt" in form.fields:
                    form.fields["alt"].error_messages["required"] = ALT_REQUIRED

    def clean(self):
        cleaned_data = super().clean()
        # A draft, an autosave or a preview (Wagtail's deferred validation).
        if self.is_deferred_validation or "hero_alt" not in self.fields:
            return cleaned_data
        image = cleaned_data.get("hero_image")
        if image is not None and not cleaned_data.get("hero_alt"):
            self.add_error("hero_alt", alt_required_message(image))
        return cleaned_data


# --- The report ---------------------------------------------------------------


@dataclass(frozen=True)
class MissingAlt:
    """One picture on one page without its description."""

    place: str  # "hero", "body" or "gallery"
    image_id: int
    field: str  # the model field it lives in, for the editor to find it

    @property
    def place_label(self):
        return PLACE_LABELS[self.place]


PLACE_LABELS = {
    "hero": _("Hero picture"),
    "body": _("Picture in the text"),
    "gallery": _("Gallery"),
}


def stream_field_names(model):
    return [field.name for field in model._meta.get_fields() if isinstance(field, StreamField)]


def _image_blocks(block, value):
    """``(image id, alt)`` of every image struct in a stream value, at any depth.

    Reads the raw JSON (``StreamValue.raw_data``): no image is fetched.
    """
    if isinstance(block, StreamBlock):
        for child in value or []:
            child_block = block.child_blocks.get(child.get("type"))
            if child_block is not None:
                yield from _image_blocks(child_block, child.get("value"))
    elif isinstance(block, ListBlock):
        for item in value or []:
            # ListBlock's JSON: {"type": "item", "value": …, "id": …} (or a bare value, old data).
            item_value = item.get("value") if isinstance(item, dict) and "type" in item else item
            yield from _image_blocks(block.child_block, item_value)
    elif isinstance(block, StructBlock) and isinstance(value, dict):
        if "image" in block.child_blocks and "alt" in block.child_blocks:
            if value.get("image"):
                yield value["image"], (value.get("alt") or "").strip()
        else:
            for name, child_block in block.child_blocks.items():
                yield from _image_blocks(child_block, value.get(name))


def page_missing_alt(page, gallery=()):
    """What ``page`` (specific, its stream fields loaded) lacks; ``gallery``: its gallery rows."""
    missing = []
    if getattr(page, "hero_image_id", None) and not (page.hero_alt or "").strip():
        missing.append(MissingAlt("hero", page.hero_image_id, "hero_alt"))
    for name in stream_field_names(type(page)):
        stream = getattr(page, name)
        block = type(page)._meta.get_field(name).stream_block
        for image_id, alt in _image_blocks(block, list(stream.raw_data)):
            if not alt:
                missing.append(MissingAlt("body", image_id, name))
    for row in gallery:
        if not (row.alt or "").strip():
            missing.append(MissingAlt("gallery", row.image_id, "gallery"))
    return missing


@dataclass
class ReportRow:
    """One page in one language with the pictures it shows without a description."""

    page: object
    locale: object
    missing: list

    @property
    def type_label(self):
        return type(self.page)._meta.verbose_name


def report_models():
    """Every concrete page type of the site (``core.models.BasePage``), in app order."""
    from django.apps import apps

    from .models import BasePage

    return [
        model
        for model in apps.get_models()
        if issubclass(model, BasePage) and not model._meta.abstract
    ]


def missing_alt_report(user, locales, models=None):
    """``ReportRow``s for pages ``user`` may edit, in ``locales``, of ``models``.

    Aliases are left out (they show their source's pictures, listed there).
    A fixed number of queries whatever the number of pages: the editable
    pages as a subquery, one query per page type (hero and stream fields
    only, StreamFields read as JSON), one for the gallery rows, one for the
    images named.
    """
    from wagtail.images import get_image_model
    from wagtail.permission_policies.pages import PagePermissionPolicy

    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    locales_by_id = {locale.pk: locale for locale in locales}
    pages = []
    for model in models or report_models():
        queryset = model.objects.filter(alias_of__isnull=True, pk__in=editable.values("pk"))
        queryset = queryset.filter(locale_id__in=list(locales_by_id))
        fields = ["id", "title", "path", "live", "locale_id", "hero_image_id", "hero_alt"]
        pages.extend(queryset.only(*fields, *stream_field_names(model)).order_by("path"))
    galleries = _gallery_rows(pages)
    rows = []
    for page in pages:
        missing = page_missing_alt(page, galleries.get(page.pk, ()))
        if missing:
            rows.append(ReportRow(page, locales_by_id.get(page.locale_id), missing))
    image_ids = {item.image_id for row in rows for item in row.missing}
    images = get_image_model().objects.only("id", "title", "description").in_bulk(image_ids)
    for row in rows:
        row.missing = [(item, images.get(item.image_id)) for item in row.missing]
    return rows


def _gallery_rows(pages):
    """Gallery rows (``alt`` beside ``image``) of the pages whose type has a gallery.

    One query per page type with a gallery (villages alone today).
    """
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page.pk)
    rows = {}
    for model, ids in by_model.items():
        try:
            related = model._meta.get_field("gallery").related_model
        except FieldDoesNotExist:
            continue
        queryset = related.objects.filter(page_id__in=ids).only("id", "page_id", "image_id", "alt")
        for row in queryset.order_by("sort_order"):
            rows.setdefault(row.page_id, []).append(row)
    return rows
