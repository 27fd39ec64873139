"""The listings of the products app, each a fixed number of queries however much they hold.

Untranslated pages are content, not holes (core.listing): a producer or a
product not yet translated into the reader's language is listed in English,
else Vietnamese, and marked.
"""

from django.db.models import Exists, OuterRef

from core.frozen import remember_list_parts
from core.listing import mark_languages, under_translations, with_fallbacks
from core.privacy import public_q
from core.samples import samples_shown


def visible_versions(model, parent, depth):
    """Live public versions of ``model`` pages ``depth`` levels under ``parent`` (any language)."""
    versions = under_translations(model.objects.filter(public_q()), parent, depth)
    if not samples_shown():
        versions = versions.filter(is_sample=False)
    return versions


def best_versions(versions, locale, renditions=True):
    """``renditions=False``: the caller reads the hero images' renditions with its
    other images, in one query (``core.renditions``)."""
    pages = with_fallbacks(versions, locale).select_related("hero_image").order_by("title")
    return pages.prefetch_related("hero_image__renditions") if renditions else pages


def products_under(parent, locale, depth=1, certified_only=False, renditions=True):
    """Products ``depth`` levels under ``parent`` (producer: 1, village: 2), with certificates."""
    from .models import OcopCertificate, ProductPage

    versions = visible_versions(ProductPage, parent, depth)
    if certified_only:
        versions = versions.filter(Exists(OcopCertificate.objects.filter(page=OuterRef("pk"))))
    products = mark_languages(
        best_versions(versions, locale, renditions).select_related("craft"), locale
    )
    # The certificates change only when their product is published: kept as
    # plain rows under the products' live revisions (core.frozen).
    remember_list_parts(
        products, "product-certificates", {"certificates": (OcopCertificate.objects.all(), [])}
    )
    return products


def producers_under(village, locale, renditions=True):
    from .models import ProducerPage

    versions = visible_versions(ProducerPage, village, 1)
    return mark_languages(best_versions(versions, locale, renditions), locale)


def for_village(village, renditions=True):
    """What a village page shows of its trade: its producers, and its OCOP-certified products."""
    return {
        "producers": producers_under(village, village.locale, renditions),
        "certified_products": products_under(
            village, village.locale, 2, certified_only=True, renditions=renditions
        ),
    }
