"""Signal receivers that keep the search index current (registered in ``SearchConfig.ready``)."""

from django.db.models.signals import post_delete, post_save
from wagtail import signals as wagtail_signals
from wagtail.models import Page, Site

from core.cache import DRAFT_ONLY_FIELDS
from core.i18n import default_locale

from . import indexing


def _on_page_saved(sender, instance=None, raw=False, update_fields=None, **kwargs):
    if raw or indexing.is_paused() or not isinstance(instance, Page):
        return
    # A draft saved in the editor changes nothing that visitors can find.
    if update_fields and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    if instance.pk is None or instance.depth is None or instance.depth < 2:
        return
    if instance.locale_id == default_locale().pk:
        # Its title is the Vietnamese name every translation is also found by.
        indexing.index_translations(instance)
    else:
        indexing.index_page(instance)


def _on_moved(sender, instance=None, **kwargs):
    if indexing.is_paused() or instance is None:
        return
    # URLs change for the page and everything under it.
    pages = Page.objects.descendant_of(instance, inclusive=True).select_related("locale")
    indexing.index_pages(page.specific for page in pages)


def _on_site_changed(sender, raw=False, **kwargs):
    # Every URL hangs on the sites' roots and hostnames: a rare change, a full rebuild.
    if not raw and not indexing.is_paused():
        indexing.rebuild()


def connect():
    post_save.connect(_on_page_saved, dispatch_uid="search.page_saved")
    for signal in (post_save, post_delete):
        signal.connect(_on_site_changed, sender=Site, dispatch_uid=f"search.site.{id(signal)}")
    for signal in (wagtail_signals.post_page_move, wagtail_signals.page_slug_changed):
        signal.connect(_on_moved, dispatch_uid=f"search.moved.{id(signal)}")
