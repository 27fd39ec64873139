"""The trade enquiry form: its own page, never cached, like the fact report form.

Product and producer pages are cached whole for anonymous visitors
(core/cache.py), so a form on them would carry one visitor's CSRF token to
the next: they link to ``/<lang>/enquiry/<page id>/``, a page rendered per
request with a fresh token, that needs no JavaScript.

Only GET (the form) and POST (sending it) are answered; any other method is
a 405. A body over ``MAX_BODY`` is refused before it is read (413), a client
over its limit gets a 429 page with what they wrote, so nothing is lost.
"""

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from core import privacy
from products.models import ProducerPage, ProductPage

from . import services
from .forms import EnquiryForm

# Bytes: the longest real enquiry (every field at its limit, in a 4-byte script,
# URL-encoded) is well under this.
MAX_BODY = 64 * 1024


def enquiry_target(page_id):
    """The product or producer page enquired about, if anyone may see it; else 404."""
    page = Page.objects.filter(pk=page_id).select_related("locale").first()
    if not privacy.is_public(page):
        raise Http404
    page = page.specific
    if not isinstance(page, (ProductPage, ProducerPage)) or page.sample_hidden:
        raise Http404
    return page


def body_length(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return MAX_BODY + 1


@csrf_exempt  # checked below, once the method is known to be one this page answers
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def enquiry_form(request, page_id):
    # The method first (405), then CSRF (403): Django's middleware would refuse
    # a PUT without a token as a CSRF failure before the view could say 405.
    return protected_enquiry_form(request, page_id)


@csrf_protect
def protected_enquiry_form(request, page_id):
    page = enquiry_target(page_id)
    context = {"about": page}
    if request.method != "POST":
        context["form"] = EnquiryForm(products=page.title)
        return render(request, "enquiries/form.html", context)
    if body_length(request) > MAX_BODY:
        return refuse(request, "enquiries/too_large.html", context, 413)
    keys = services.counters(request, page)
    form = EnquiryForm(request.POST)
    context["form"] = form
    if services.is_limited(keys):
        context["minutes"] = int(services.window().total_seconds()) // 60
        response = refuse(request, "enquiries/too_many.html", context, 429)
        response["Retry-After"] = str(int(services.window().total_seconds()))
        return response
    if not form.is_valid():
        # Errors first, robots or not: a person who sends too fast sees them too.
        return render(request, "enquiries/form.html", context, status=400)
    if not form.is_robot():
        services.receive(form, page, request)
        services.count(keys)
    # A robot is answered as if it had succeeded, so it learns nothing; nothing is stored.
    return redirect("enquiry_thanks", page_id=page.pk)


def refuse(request, template, context, status):
    response = render(request, template, context, status=status)
    add_never_cache_headers(response)
    return response


@never_cache
@require_http_methods(["GET", "HEAD"])
def thanks(request, page_id):
    page = enquiry_target(page_id)
    return render(request, "enquiries/thanks.html", {"about": page})
