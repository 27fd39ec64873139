from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Craft


class CraftViewSet(SnippetViewSet):
    model = Craft
    icon = "tag"
    menu_label = _("Crafts")
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


register_snippet(CraftViewSet)
