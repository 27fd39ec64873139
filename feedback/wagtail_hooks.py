from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import FactReportListView, may_see_reports


@hooks.register("register_admin_urls")
def register_fact_reports():
    return [path("reports/outdated-facts/", FactReportListView.as_view(), name="feedback_reports")]


class FactReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_reports(request.user)


@hooks.register("register_reports_menu_item")
def register_fact_reports_menu_item():
    return FactReportMenuItem(
        _("Outdated facts"), reverse("feedback_reports"), icon_name="warning", order=120
    )
