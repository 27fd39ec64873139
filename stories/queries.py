"""The stories a product or a producer page lists, a fixed number of queries however many.

A story links a product or a producer in its own language (the links are
synchronised: each translation of the story points at that language's
translation of the page), so a page finds its stories by its translation key,
in every language at once, and shows each story in the reader's best language
(``core.listing.with_fallbacks``), marked when it is not the reader's.
"""

from django.db.models import Exists, OuterRef

from core.listing import mark_languages, under_translations, with_fallbacks
from core.privacy import public_q

# A product or producer page shows the newest stories; the story index has them all.
LIMIT = 6


def stories_where(condition, locale, limit=LIMIT):
    """Live public stories matching ``condition``, one version each, newest first."""
    from .models import StoryPage

    versions = StoryPage.objects.filter(public_q()).filter(condition)
    stories = (
        with_fallbacks(versions, locale)
        .select_related("hero_image")
        .prefetch_related("hero_image__renditions")
        .defer_streamfields()
        .order_by("-date", "title")[:limit]
    )
    return mark_languages(stories, locale)


def about_products(products):
    """A condition: the story links one of ``products`` (a queryset of product pages)."""
    from .models import StoryProduct

    return Exists(StoryProduct.objects.filter(page=OuterRef("pk"), product__in=products))


def stories_about_product(product):
    from products.models import ProductPage

    same_product = ProductPage.objects.filter(translation_key=product.translation_key)
    return stories_where(about_products(same_product.values("pk")), product.locale)


def stories_about_producer(producer):
    """Stories about the producer itself or about any of its products."""
    from products.models import ProductPage

    from .models import StoryProducer

    about_producer = Exists(
        StoryProducer.objects.filter(
            page=OuterRef("pk"), producer__translation_key=producer.translation_key
        )
    )
    its_products = under_translations(ProductPage.objects.all(), producer).values("pk")
    return stories_where(about_producer | about_products(its_products), producer.locale)
