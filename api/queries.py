"""Which pages the API and the Markdown versions may show: one rule, core.privacy's.

``public_pages()`` is core.privacy.visible() (live, public, not an alias) on
the site's language trees, less sample content when the site does not show
samples (core.samples). Every condition is part of one SQL query: the
listing pays nothing per page, and nothing is cached that could go stale.
"""

from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Substr
from wagtail.models import Page

from core.privacy import visible
from core.samples import samples_shown


def _at_or_above(queryset):
    """``queryset`` rows that are the outer page or one of its ancestors."""
    return queryset.filter(path=Substr(OuterRef("path"), 1, F("depth") * Page.steplen))


def sample_content():
    """An expression true for sample pages and for pages under a sample producer."""
    from events.models import EventPage
    from products.models import ProducerPage, ProductPage

    return (
        Exists(EventPage.objects.filter(pk=OuterRef("pk"), is_demo=True))
        | Exists(ProductPage.objects.filter(pk=OuterRef("pk"), is_sample=True))
        | Exists(_at_or_above(ProducerPage.objects.filter(is_sample=True)))
    )


def public_pages(site, queryset=None):
    """Pages of ``site`` (every language tree of its root) that anyone may see."""
    pages = visible(Page.objects.all() if queryset is None else queryset)
    if site is None:
        return pages.none()
    roots = Page.objects.filter(translation_key=site.root_page.translation_key)
    pages = pages.filter(Exists(_at_or_above(roots)))
    if not samples_shown():
        pages = pages.exclude(sample_content())
    return pages
