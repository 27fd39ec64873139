"""The admin asks for the second factor; signed-in pages are never stored.

``TwoFactorMiddleware`` sits after django-otp's ``OTPMiddleware`` (which
tells whether this session has passed a second factor) and sends a user who
needs one and has not passed it to the verification page, or to enrolment if
they have no device yet. Only the pages that lead there stay open.

``PrivateCacheMiddleware`` marks every response made for a signed-in user
``Cache-Control: private, no-store``: the user bar on public pages, the
admin and previews carry what no shared cache or disk should keep.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import patch_cache_control

from .policy import second_factor_required

# Admin pages a user may open before the second factor.
OPEN_ADMIN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "accounts_two_factor_verify",
    "accounts_two_factor_enrol",
}


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.must_pass_second_factor(request):
            return self.send_to_second_factor(request)
        return self.get_response(request)

    @staticmethod
    def must_pass_second_factor(request):
        if not request.path_info.startswith(settings.TWO_FACTOR_PROTECTED_PATH):
            return False
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return False
        try:
            url_name = resolve(request.path_info).url_name
        except Resolver404:
            url_name = None
        if url_name in OPEN_ADMIN_URL_NAMES:
            return False
        return second_factor_required(user)

    @staticmethod
    def send_to_second_factor(request):
        from django_otp import user_has_device

        if user_has_device(request.user, confirmed=True):
            target = reverse("accounts_two_factor_verify")
        else:
            target = reverse("accounts_two_factor_enrol")
        if request.method == "GET":
            target += "?" + urlencode({"next": request.get_full_path()})
        return redirect(target)


class PrivateCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # request.user is the user after the view: a sign-in in this very
        # request counts too.
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            # Django drops a "public" directive when "private" is added.
            patch_cache_control(response, private=True, no_store=True)
        return response
