"""URLs of the machine-readable site: the pages API, llms.txt and Markdown versions.

``root`` sits outside the language prefixes (one API for every language, one
/llms.txt); ``localized`` goes inside ``i18n_patterns`` in tourism_site/urls.py.
"""

from django.urls import path, re_path

from . import llms, markdown
from .views import api_router

root = [
    path("api/v2/", api_router.urls),
    path("llms.txt", llms.llms_root, name="llms_txt"),
]

localized = [
    path("llms.txt", llms.llms_language, name="llms_txt_language"),
    # Slugs are [\w-]; ``index.md`` is the home page of the language.
    re_path(r"^(?P<path>(?:[\w\-]+/)*[\w\-]+)\.md$", markdown.page_markdown, name="page_markdown"),
]
