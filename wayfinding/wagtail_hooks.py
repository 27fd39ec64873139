"""The QR codes in the admin: a report under Reports, and a button on the pages that have one."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from . import admin_views, services


@hooks.register("register_admin_urls")
def register_qr_urls():
    return [
        path("wayfinding/qr/", admin_views.QrListView.as_view(), name="wayfinding_qr_list"),
        path("wayfinding/qr/print/", admin_views.qr_sheet, name="wayfinding_qr_sheet"),
        path(
            "wayfinding/qr/<str:code>.<str:extension>",
            admin_views.qr_image,
            name="wayfinding_qr_image",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_qr_report():
    return MenuItem(_("QR codes"), reverse("wayfinding_qr_list"), icon_name="link", order=900)


def qr_sheet_url(page):
    """The printable sheet of ``page``'s codes (those of its Vietnamese page), or None."""
    models = tuple(services.qr_page_models().values())
    if page.specific_class is None or not issubclass(page.specific_class, models):
        return None
    from core.i18n import default_locale

    source = page if page.locale_id == default_locale().pk else None
    source = source or page.get_translation_or_none(default_locale())
    if source is None:
        return None
    return f"{reverse('wayfinding_qr_sheet')}?page={source.pk}"


@hooks.register("register_page_header_buttons")
def qr_code_header_button(page, user, view_name, next_url=None):
    """A "QR codes" action in the editor of villages, routes and events."""
    url = qr_sheet_url(page)
    if url:
        yield Button(label=_("QR codes"), url=url, icon_name="link", priority=80)


@hooks.register("register_page_listing_more_buttons")
def qr_code_listing_button(page, user, next_url=None):
    """The same in the page explorer, for every language (translations open another editor)."""
    url = qr_sheet_url(page)
    if url:
        yield Button(label=_("QR codes"), url=url, icon_name="link", priority=80)
