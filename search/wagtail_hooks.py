from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import FruitlessSearchReportView, may_see_fruitless_searches


@hooks.register("register_admin_urls")
def register_fruitless_searches():
    return [
        path(
            "reports/searches-with-no-results/",
            FruitlessSearchReportView.as_view(),
            name="search_fruitless_report",
        )
    ]


class FruitlessSearchMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_fruitless_searches(request.user)


@hooks.register("register_reports_menu_item")
def register_fruitless_searches_menu_item():
    return FruitlessSearchMenuItem(
        _("Searches with no results"),
        reverse("search_fruitless_report"),
        icon_name="search",
        order=130,
    )
