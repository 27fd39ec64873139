"""Reports → Outdated facts: the reports on pages the user may edit, to mark handled.

Not a ``ModelViewSet``: its views ask for the model's own permissions, which
village editors do not have; what they may see follows their page
permissions (a village editor sees the reports on their village and the pages
under it, in every language tree their group covers).
"""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import FactReport

PER_PAGE = 50


def may_see_reports(user):
    return PagePermissionPolicy().user_has_any_permission(user, {"change"})


def reports_for(user):
    """Reports on the pages ``user`` may edit (one query with the pages as a subquery)."""
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return FactReport.objects.filter(page__in=editable.values("pk")).select_related(
        "page", "locale", "handled_by"
    )


class FactReportListView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "feedback/admin/reports.html"
    page_title = gettext_lazy("Outdated facts")
    header_icon = "warning"

    def get_breadcrumbs_items(self):
        return []

    def dispatch(self, request, *args, **kwargs):
        if not may_see_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        context = self.get_context_data(**kwargs)
        status = request.GET.get("status", FactReport.Status.NEW)
        if status not in {*FactReport.Status.values, "all"}:
            context.update(
                error=_("There is no status called “%(value)s”.") % {"value": status[:40]}
            )
            return self.render_to_response(context, status=400)
        reports = reports_for(request.user)
        if status != "all":
            reports = reports.filter(status=status)
        paginator = Paginator(reports, PER_PAGE)
        page_number = request.GET.get("p", "1")
        page_obj = paginator.get_page(page_number)
        context.update(
            reports=page_obj.object_list,
            page_obj=page_obj,
            status=status,
            statuses=[*FactReport.Status.choices, ("all", pgettext("report status", "All"))],
        )
        return self.render_to_response(context)

    def post(self, request, *args, **kwargs):
        report_id = request.POST.get("report", "")
        if not report_id.isdigit() or len(report_id) > 18:
            raise PermissionDenied
        report = get_object_or_404(reports_for(request.user), pk=int(report_id))
        report.status = FactReport.Status.HANDLED
        report.handled_by = request.user
        report.handled_at = timezone.now()
        report.save(update_fields=["status", "handled_by", "handled_at"])
        messages.success(request, _("The report is marked as handled."))
        return redirect("feedback_reports")
