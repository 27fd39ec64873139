"""The admin's second-factor pages: verify, enrol, recovery codes, overview.

Wagtail's ``register_admin_urls`` hook mounts them under /admin/two-factor/
(accounts/wagtail_hooks.py), so they share the admin's sign-in check;
``TwoFactorMiddleware`` leaves the verify and enrol pages open to a user who
has signed in with a password only.
"""

import django_otp
from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core.security import lockout_response

from . import services
from .forms import CodeForm
from .policy import may_publish

WRONG_CODE = _("This code is not right. Check the time on your phone and try again.")


def next_url(request):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def locked_out(request):
    if not settings.AXES_ENABLED:
        return False
    credentials = {"username": request.user.get_username()}
    return AxesProxyHandler.is_locked(request, credentials)


def refuse_locked_out(request):
    """Ends the half-done sign-in and shows the same page as a password lockout."""
    logout(request)
    return lockout_response(request)


@never_cache
@require_http_methods(["GET", "POST"])
def verify(request):
    user = request.user
    if user.is_verified():
        return redirect(next_url(request))
    if not django_otp.user_has_device(user, confirmed=True):
        return redirect("accounts_two_factor_enrol")
    if locked_out(request):
        return refuse_locked_out(request)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = services.matching_device(user, form.cleaned_data["code"])
        if device is not None:
            django_otp.login(request, device)
            # A new session key: the one before the second factor is retired.
            request.session.cycle_key()
            services.signed_in_fully(user)
            return redirect(next_url(request))
        # Counted by django-axes like a wrong password.
        user_login_failed.send(
            sender=__name__, credentials={"username": user.get_username()}, request=request
        )
        if locked_out(request):
            return refuse_locked_out(request)
        form.add_error("code", WRONG_CODE)
    context = {"form": form, "next": next_url(request)}
    return TemplateResponse(request, "accounts/two_factor_verify.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def enrol(request):
    user = request.user
    if django_otp.user_has_device(user, confirmed=True) and not user.is_verified():
        # A new phone is added only by someone who has passed the current one.
        return redirect(reverse("accounts_two_factor_verify") + "?next=" + request.path)
    device = services.pending_authenticator(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            services.confirm_authenticator(device)
            codes = services.issue_recovery_codes(user)
            django_otp.login(request, device)
            request.session.cycle_key()
            services.signed_in_fully(user)
            context = {"codes": codes, "next": next_url(request), "first_time": True}
            return TemplateResponse(request, "accounts/two_factor_recovery_codes.html", context)
        form.add_error("code", WRONG_CODE)
    context = {
        "form": form,
        "next": next_url(request),
        "qr_svg": services.authenticator_qr_svg(device),
        "secret": services.authenticator_secret(device),
        "required": may_publish(user) and settings.TWO_FACTOR_REQUIRED,
    }
    return TemplateResponse(request, "accounts/two_factor_enrol.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def overview(request):
    """The editor's own page: is two-factor sign-in on, how many recovery codes are left."""
    user = request.user
    if request.method == "POST":
        if not user.is_verified():
            return redirect(reverse("accounts_two_factor_verify") + "?next=" + request.path)
        codes = services.issue_recovery_codes(user)
        context = {"codes": codes, "next": request.path, "first_time": False}
        return TemplateResponse(request, "accounts/two_factor_recovery_codes.html", context)
    context = {
        "enrolled": django_otp.user_has_device(user, confirmed=True),
        "verified": user.is_verified(),
        "codes_left": services.recovery_codes_left(user),
        "required": may_publish(user) and settings.TWO_FACTOR_REQUIRED,
    }
    return TemplateResponse(request, "accounts/two_factor_overview.html", context)
