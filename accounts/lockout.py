"""django-axes with a second, per-account limit that ignores the client address.

Axes counts failures per (username, address) pair and compares every kind of
count with one limit. An attacker with many addresses would get five guesses
from each; here the failures for one username from *all* addresses within
the cool-off time also lock it, at ``AXES_ACCOUNT_FAILURE_LIMIT``. That limit
is higher than the per-pair one so that one hostile address cannot lock an
editor out with five requests (docs/security.md weighs the trade-off).
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.utils import timezone


def account_failures(username):
    """Failures for ``username`` from every address within the cool-off time."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    attempts = AccessAttempt.objects.filter(username=username, attempt_time__gte=since)
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


class AccountLockoutHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None):
        failures = super().get_failures(request, credentials)
        username = get_client_username(request, credentials)
        if username and account_failures(username) >= settings.AXES_ACCOUNT_FAILURE_LIMIT:
            # Axes locks when this count reaches its limit.
            return max(failures, get_failure_limit(request, credentials))
        return failures
