from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from . import urls


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [path("two-factor/", include(urls))]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("accounts_two_factor"),
        "label": _("Two-factor sign-in"),
        "help_text": _("Set up an authenticator app and get recovery codes."),
    }
