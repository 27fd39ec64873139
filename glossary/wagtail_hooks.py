from django.urls import path
from wagtail import hooks

from . import views


@hooks.register("register_admin_viewset")
def register_glossary_viewset():
    return views.glossary_viewset


@hooks.register("register_admin_urls")
def register_glossary_exports():
    return views.admin_urls()


# Before wagtail-localize's own hook (same path), whatever order the hook modules
# load in: its machine-translate view turns a provider timeout into a 500.
@hooks.register("register_admin_urls", order=-1)
def register_safe_machine_translate():
    return [
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            views.machine_translate,
            name="glossary_machine_translate",
        )
    ]
