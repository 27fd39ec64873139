"""Trade enquiries in the admin: one inbox, each reader seeing their villages' enquiries only.

A Wagtail ``ModelViewSet`` (list with filters and search, CSV and Excel
export, inspect, status changes, history) with a permission policy of its
own: who may read an enquiry follows page permissions, not model ones. Whoever
may edit a village's page (its village editors; reviewers and the promotion
office, who edit every page) reads that village's enquiries; superusers read
all, including those whose village page was deleted. Every view that shows
one enquiry looks it up among the reader's own (``OwnEnquiriesMixin``): an
enquiry of another village is a 404, not a 403 that confirms it exists.
"""

import django_filters
from django.conf import settings
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from villages.models import VillagePage

from . import services
from .models import Enquiry


def editable_villages(user):
    """Vietnamese village pages ``user`` may edit (the inbox's unit of permission)."""
    pages = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return VillagePage.objects.filter(
        locale=Locale.get_default(), pk__in=pages.values("pk")
    ).order_by("title")


def enquiries_for(user):
    """The enquiries ``user`` may read: one query, the villages as a subquery."""
    if not user.is_active:
        return Enquiry.objects.none()
    if user.is_superuser:
        return Enquiry.objects.all()
    return Enquiry.objects.filter(village__in=editable_villages(user).values("pk"))


def may_read_enquiries(user):
    return user.is_active and (user.is_superuser or editable_villages(user).exists())


# Every field of an enquiry an editor reads, in reading order: where it came
# from, who wrote, what they want, then what happened to it.
ENQUIRY_FIELDS = (
    "created",
    "status",
    "page_title",
    "page_url",
    "producer_name",
    "village_name",
    "language",
    "name",
    "company",
    "country",
    "email",
    "products",
    "quantity",
    "target_date",
    "message_vi",
    "translation",
    "message",
    "consent",
    "answered_at",
    "editors_notified_at",
    "buyer_confirmed_at",
    "mail_error",
)


class EnquiryPermissionPolicy(ModelPermissionPolicy):
    """Read and change (the status) with a village; nobody adds; superusers delete."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False  # enquiries come from buyers only
        if action == "delete":  # e.g. a buyer's request to erase their details
            return user.is_active and user.is_superuser
        return may_read_enquiries(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action)
            and enquiries_for(user).filter(pk=instance.pk).exists()
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(
            self.user_has_permission_for_instance(user, action, instance) for action in actions
        )

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return Enquiry.objects.none()
        return enquiries_for(user)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return Enquiry.objects.none()
        return enquiries_for(user)


class EnquiryFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=Enquiry.Status.choices
    )
    language = django_filters.ChoiceFilter(
        label=gettext_lazy("Language"), choices=settings.LANGUAGES
    )
    village = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Village"),
        queryset=lambda request: (
            editable_villages(request.user)
            if not request.user.is_superuser
            else VillagePage.objects.filter(locale=Locale.get_default()).order_by("title")
        ),
    )
    created = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Received"), widget=DateRangePickerWidget
    )
    mail_pending = django_filters.BooleanFilter(
        label=gettext_lazy("E-mail not sent"), method="filter_mail_pending"
    )

    class Meta:
        model = Enquiry
        fields = ["status", "language", "village", "created"]

    def filter_mail_pending(self, queryset, name, value):
        return queryset.filter(mail_error__gt="") if value else queryset.filter(mail_error="")


class OwnEnquiriesMixin:
    """Look the enquiry up among the reader's own: another village's is a 404."""

    def get_object(self, queryset=None):
        if getattr(self, "object", None) is not None:
            return self.object
        return get_object_or_404(
            enquiries_for(self.request.user), pk=unquote(str(self.kwargs["pk"]))
        )


class IndexView(generic.IndexView):
    def get_base_queryset(self):
        return enquiries_for(self.request.user).select_related("village")


class EditView(OwnEnquiriesMixin, generic.EditView):
    pass


class InspectView(OwnEnquiriesMixin, generic.InspectView):
    pass


class DeleteView(OwnEnquiriesMixin, generic.DeleteView):
    pass


class HistoryView(OwnEnquiriesMixin, generic.history.HistoryView):
    pass


class UsageView(OwnEnquiriesMixin, generic.usage.UsageView):
    pass


class EnquiryViewSet(ModelViewSet):
    model = Enquiry
    icon = "mail"
    menu_label = gettext_lazy("Trade enquiries")
    menu_name = "enquiries"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = IndexView
    edit_view_class = EditView
    inspect_view_class = InspectView
    delete_view_class = DeleteView
    history_view_class = HistoryView
    usage_view_class = UsageView
    copy_view_enabled = False
    inspect_view_enabled = True
    filterset_class = EnquiryFilterSet
    search_fields = ["name", "company", "email", "products", "message", "message_vi"]
    search_backend_name = None  # the database's own search: the inbox is not indexed
    ordering = ["-created"]
    list_per_page = 50
    list_display = [
        "company",
        DateColumn("created", label=gettext_lazy("Received")),
        Column("country_name", label=gettext_lazy("Country")),
        Column("page_title", label=gettext_lazy("About")),
        Column("village_name", label=gettext_lazy("Village")),
        Column("get_language_display", label=gettext_lazy("Language")),
        StatusTagColumn(
            "get_status_display",
            label=gettext_lazy("Status"),
            primary=lambda enquiry: enquiry.status == Enquiry.Status.NEW,
            sort_key="status",
        ),
    ]
    # The export and the inspect view show the same fields, in reading order.
    list_export = ENQUIRY_FIELDS
    export_filename = "trade-enquiries"
    inspect_view_fields = ENQUIRY_FIELDS
    panels = [
        HelpPanel(
            template="enquiries/admin/summary.html",
            heading=gettext_lazy("The enquiry"),
        ),
        FieldPanel("status"),
    ]

    @property
    def permission_policy(self):
        return EnquiryPermissionPolicy(Enquiry)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("resend/<int:pk>/", require_POST(self.resend_view), name="resend"),
        ]

    def resend_view(self, request, pk):
        if not may_read_enquiries(request.user):
            raise PermissionDenied
        enquiry = get_object_or_404(enquiries_for(request.user), pk=pk)
        if services.resend(enquiry):
            messages.success(request, _("The e-mails about this enquiry have been sent."))
        else:
            messages.error(
                request,
                _("The e-mails could not all be sent: %(problem)s")
                % {"problem": enquiry.mail_error},
            )
        return redirect(self.get_url_name("edit"), enquiry.pk)


enquiry_viewset = EnquiryViewSet("enquiries")
