"""Reports → Searches with no results: what visitors looked for in vain, per language.

For the promotion office (the reviewers group gets ``view_fruitlesssearch``
from ``accounts.roles``) and superusers: a gap in the content shows here
first. Newest or most frequent first, filtered by language.
"""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.i18n import language_codes, native_name

from .models import FruitlessSearch

PER_PAGE = 50
ORDERS = {"newest": ("-last_seen", "-count"), "frequent": ("-count", "-last_seen")}


def may_see_fruitless_searches(user):
    return user.is_active and user.has_perm("search.view_fruitlesssearch")


class FruitlessSearchReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "search/admin/fruitless.html"
    page_title = gettext_lazy("Searches with no results")
    header_icon = "search"

    def get_breadcrumbs_items(self):
        return []

    def dispatch(self, request, *args, **kwargs):
        if not may_see_fruitless_searches(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        context = self.get_context_data(**kwargs)
        language = request.GET.get("language", "")
        order = request.GET.get("order", "newest")
        context.update(
            languages=[(code, native_name(code)) for code in language_codes()],
            language=language,
            order=order,
        )
        if (language and language not in language_codes()) or order not in ORDERS:
            context["error"] = _("This filter is not known; showing nothing.")
            return self.render_to_response(context, status=400)
        searches = FruitlessSearch.objects.order_by(*ORDERS[order])
        if language:
            searches = searches.filter(language=language)
        page_obj = Paginator(searches, PER_PAGE).get_page(request.GET.get("p", "1"))
        context.update(searches=page_obj.object_list, page_obj=page_obj)
        return self.render_to_response(context)
