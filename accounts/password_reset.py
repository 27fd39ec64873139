"""Wagtail's password reset, rate-limited per client and per address.

Each request that passes the form sends an e-mail, so without a limit the
form is a free mail cannon against one mailbox and a probe from one client.
Counts are kept in the Django cache (shared by the workers) in fixed windows;
over a limit the answer is a translated 429 that says when to try again, the
same whether the address belongs to an account or not.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse
from wagtail.admin.views.account import PasswordResetView

from core.security import client_ip_address


def over_limit(kind, value, limit):
    """Counts one request for ``value``; True once there were more than ``limit``."""
    digest = hashlib.sha256(value.encode()).hexdigest()
    key = f"password-reset:{kind}:{digest}"
    window = int(settings.PASSWORD_RESET_RATE_WINDOW.total_seconds())
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit


class RateLimitedPasswordResetView(PasswordResetView):
    def form_valid(self, form):
        address = form.cleaned_data["email"].strip().lower()
        client = client_ip_address(self.request) or "unknown"
        # Both counters move on every request, so neither can be emptied by
        # alternating between addresses or clients.
        client_limited = over_limit("client", client, settings.PASSWORD_RESET_LIMIT_PER_CLIENT)
        address_limited = over_limit("address", address, settings.PASSWORD_RESET_LIMIT_PER_ADDRESS)
        if client_limited or address_limited:
            minutes = int(settings.PASSWORD_RESET_RATE_WINDOW.total_seconds() // 60)
            return TemplateResponse(
                self.request,
                "accounts/password_reset_limited.html",
                {"minutes": minutes},
                status=429,
            )
        return super().form_valid(form)
