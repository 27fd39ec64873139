"""The stories a product or a producer page lists, a fixed number of queries however many.

A story links a product or a producer in its own language (the links are
synchronised: each translation of the story points at that language's
translation of the page), so a page finds its stories by its translation key,
in every language at once, and shows each story in the reader's best language
(``core.listing.with_fallbacks``), marked when it is not the reader's.
"""

from django.db.models import Q

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

    # The links drive the query (``IN``): a story's existence test per story
    # (``EXISTS``) read every story of every language, 12-20 ms at 100× the demo.
    return Q(pk__in=StoryProduct.objects.filter(product__in=products).values("page_id"))


def stories_about_product(product):
    from products.models import ProductPage

    same_product = ProductPage.objects.filter(translation_key=product.translation_key)
    return stories_where(about_products(same_product.values("pk")), product.locale)


def stories_about_producer(producer):
    """Stories about the producer itself or about any of its products."""
    from products.models import ProductPage

    from .models import StoryProducer

    about_producer = Q(
        pk__in=StoryProducer.objects.filter(
            producer__translation_key=producer.translation_key
        ).values("page_id")
    )
    its_products = under_translations(ProductPage.objects.all(), producer).values("pk")
    return stories_where(about_producer | about_products(its_products), producer.locale)
