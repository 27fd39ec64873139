from django.conf import settings
from django.utils import translation

from . import i18n


def site_context(request):
    """Language facts every template needs; menus are loaded lazily by tags."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return {
        "LANGUAGE_CODE": language,
        "LANGUAGE_DIR": i18n.text_direction(language),
        "LANGUAGE_NATIVE_NAME": i18n.native_name(language),
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
        # Read by static_src/js/route-map.js from data- attributes on the map.
        "MAP_TILE_URL": settings.MAP_TILE_URL,
        "MAP_TILE_ATTRIBUTION": settings.MAP_TILE_ATTRIBUTION,
    }
