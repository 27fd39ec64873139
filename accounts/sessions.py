"""Signed-in sessions end: 12 hours after sign-in at most, and after idling.

``SESSION_COOKIE_AGE`` alone is not an absolute limit, as Django moves the
expiry forward whenever the session is saved; so the sign-in time and the
last activity are kept in the session and checked on every request.
"""

import time

from django.conf import settings
from django.contrib.auth import logout

SIGNED_IN_AT = "accounts_signed_in_at"
LAST_SEEN_AT = "accounts_last_seen_at"
# Saving the session on every request would cost a write each; a minute's
# precision on the idle timeout is plenty.
LAST_SEEN_RESOLUTION = 60


def stamp_sign_in(sender, request, user, **kwargs):
    now = int(time.time())
    request.session[SIGNED_IN_AT] = now
    request.session[LAST_SEEN_AT] = now


def session_expired(session, now):
    signed_in_at = session.get(SIGNED_IN_AT)
    last_seen_at = session.get(LAST_SEEN_AT)
    if signed_in_at is None or last_seen_at is None:
        # A session from before this rule (or tampered with): sign in again.
        return True
    too_old = now - signed_in_at > settings.SIGNIN_MAX_AGE.total_seconds()
    idle = now - last_seen_at > settings.SIGNIN_IDLE_TIMEOUT.total_seconds()
    return too_old or idle


class SessionTimeoutMiddleware:
    """Signs out a user whose session is too old or has been idle too long."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            if session_expired(request.session, now):
                logout(request)
            elif now - request.session[LAST_SEEN_AT] >= LAST_SEEN_RESOLUTION:
                request.session[LAST_SEEN_AT] = now
        return self.get_response(request)
