"""Open Graph and Twitter card tags: how a page looks when shared.

Built from what the page already holds (its title, description, hero picture
and the real translations its hreflang links list), so sharing tags cost no
query of their own. An alias page gets none: it is ``noindex`` and only copies
another page.
"""

from django.utils.text import Truncator
from django.utils.translation import gettext as _

from .structured_data import hero_image_url

# og:locale is language_TERRITORY. English is en_GB: the English copy is written
# in British spelling (colour, centre), as the tourism board's English is.
OG_LOCALES = {
    "vi": "vi_VN",
    "en": "en_GB",
    "fr": "fr_FR",
    "it": "it_IT",
    "ja": "ja_JP",
    "ko": "ko_KR",
}


def og_locale(language_code):
    return OG_LOCALES.get(language_code, language_code.replace("-", "_"))


def description(page):
    if page.search_description:
        return page.search_description
    return Truncator(page.intro or "").chars(160)


def social_meta(page, request):
    """The values of the Open Graph and Twitter tags for ``page``, or None for none."""
    if page is None or getattr(page, "is_alias", True):
        return None
    language = page.locale.language_code
    image = hero_image_url(page, request)
    return {
        "title": page.seo_title or page.title,
        "description": description(page),
        "url": page.get_full_url(request),
        "type": "article" if page._meta.label == "stories.StoryPage" else "website",
        "site_name": _("Hanoi Craft Villages"),
        "locale": og_locale(language),
        "alternates": [
            og_locale(version.language_code)
            for version in page.translations
            if version.language_code != language
        ],
        "image": image,
        "image_alt": (getattr(page, "hero_alt", "") or page.title) if image else "",
    }
