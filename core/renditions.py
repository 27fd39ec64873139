"""One rendition query for every image a page shows.

A page with a hero, a gallery, images in its body and several lists of cards
would read renditions once per list, so its query count grew with the
sections it had (docs/performance.md). A page collects its images instead
and reads all their renditions at once, with Django's own
``prefetch_related_objects``: instances already prefetched cost nothing.
"""

from django.db.models import prefetch_related_objects
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.images.models import AbstractImage


def hero_images(pages):
    """The hero images of ``pages`` (read with ``select_related("hero_image")``)."""
    return [page.hero_image for page in pages if page is not None and page.hero_image_id]


def stream_images(stream):
    """The images of ``stream``'s blocks: image blocks and images inside struct blocks."""
    found = []

    def collect(value):
        if isinstance(value, AbstractImage):
            found.append(value)
        elif isinstance(value, StructValue):
            for item in value.values():
                collect(item)
        elif isinstance(value, StreamValue):
            for block in value:
                collect(block.value)
        elif isinstance(value, ListValue):
            for item in value:
                collect(item)

    collect(stream)
    return found


def prefetch_renditions(images):
    """Every rendition of ``images`` (any mix of lists, Nones allowed), in one query."""
    images = [image for image in images if image is not None]
    if images:
        prefetch_related_objects(images, "renditions")
