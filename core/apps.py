from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        from wagtail.models import Locale

        from .cache import connect_signals
        from .i18n import clear_locale_cache

        post_save.connect(clear_locale_cache, sender=Locale, dispatch_uid="core_locale_cache_save")
        post_delete.connect(clear_locale_cache, sender=Locale, dispatch_uid="core_locale_cache_del")
        # Retire cached pages and fragments whenever content changes (core/cache.py).
        connect_signals()
