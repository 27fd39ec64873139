"""Admin views for the QR codes: a list, a printable sheet, and the SVG and PNG files.

Registered under /admin/ by wagtail_hooks.py, so Wagtail asks for a signed-in
editor with admin access before any of them runs.
"""

import ipaddress
from urllib.parse import urlsplit

from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from . import codes, qr, services

SHEET_TEMPLATE = "wayfinding/admin/qr_sheet.html"


def public_root_url():
    """The public site's address, which printed codes must carry (not the admin's)."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return site.root_url
    from django.conf import settings

    return settings.WAGTAILADMIN_BASE_URL


# Host names that never reach a visitor's phone: printed on a code, they lead nowhere.
LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".lan", ".test", ".invalid", ".example")


def local_address_warning(root_url):
    """A warning when ``root_url`` only works on this machine or network, else ``""``."""
    host = (urlsplit(root_url).hostname or "").lower()
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        local = host == "localhost" or "." not in host or host.endswith(LOCAL_SUFFIXES)
    else:
        local = address.is_loopback or address.is_private or address.is_link_local
    if not local:
        return ""
    return _(
        "These codes lead to %(address)s, an address that does not work on a visitor's "
        "phone. Before printing, set the public address of the site in Settings → Sites "
        "(the default site's hostname and port)."
    ) % {"address": root_url}


class BadFilter(Exception):
    """A malformed or unknown filter in the query string, with the message to show."""


def _filters(request):
    """``(kind, page_id)`` from the query string, or ``BadFilter`` with a clear message.

    Not ``Http404``: under /admin/ (a path without a language prefix) Django's
    locale middleware would turn a 404 into a redirect to a public page.
    """
    kind = request.GET.get("kind") or None
    if kind is not None and kind not in services.KIND_LABELS:
        raise BadFilter(_("There is no kind of QR code called “%(kind)s”.") % {"kind": kind[:40]})
    page_id = request.GET.get("page") or None
    if page_id is not None:
        if not page_id.isdigit() or len(page_id) > 12:
            raise BadFilter(_("“%(page)s” is not a page number.") % {"page": page_id[:40]})
        page_id = int(page_id)
    return kind, page_id


class QrListView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "wayfinding/admin/qr_list.html"
    page_title = gettext_lazy("QR codes")
    header_icon = "link"

    def get_breadcrumbs_items(self):
        return []

    def get(self, request, *args, **kwargs):
        context = self.get_context_data(**kwargs)
        try:
            kind, page_id = _filters(request)
        except BadFilter as error:
            context.update(error=str(error), targets=[], kinds=services.KIND_LABELS)
            return self.render_to_response(context, status=400)
        root_url = public_root_url()
        context.update(
            address_warning=local_address_warning(root_url),
            targets=services.qr_targets(root_url, kind=kind, page_id=page_id),
            kinds=services.KIND_LABELS,
            selected_kind=kind,
            query_string=request.GET.urlencode(),
        )
        return self.render_to_response(context)


def qr_sheet(request):
    """A printable sheet: each code with its Vietnamese title and its short URL under it."""
    try:
        kind, page_id = _filters(request)
    except BadFilter as error:
        return render(request, SHEET_TEMPLATE, {"error": str(error), "targets": []}, status=400)
    root_url = public_root_url()
    targets = services.qr_targets(root_url, kind=kind, page_id=page_id)
    if page_id is not None and not targets:
        error = _("This page has no QR code: only villages, routes and events have one.")
        return render(request, SHEET_TEMPLATE, {"error": error, "targets": []}, status=400)
    context = {"targets": targets, "address_warning": local_address_warning(root_url)}
    return render(request, SHEET_TEMPLATE, context)


def qr_image(request, code, extension):
    """One code as an SVG or PNG file, to send to a printer or a designer."""
    if codes.decode(code) is None or extension not in ("svg", "png"):
        return HttpResponseBadRequest(
            _("“%(code)s” is not a QR code of this site.")
            % {"code": f"{code[:40]}.{extension[:8]}"},
            content_type="text/plain; charset=utf-8",
        )
    url = services.short_url(code, public_root_url())
    if extension == "svg":
        body, content_type = qr.svg_document(url), "image/svg+xml"
    else:
        body, content_type = qr.png(url), "image/png"
    response = HttpResponse(body, content_type=content_type)
    if request.GET.get("download"):
        response["Content-Disposition"] = content_disposition_header(True, f"qr-{code}.{extension}")
    return response
