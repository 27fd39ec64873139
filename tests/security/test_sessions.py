"""Signed-in sessions end 12 h after sign-in and after 30 idle minutes (accounts/sessions.py)."""

import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import TestCase

from accounts.sessions import LAST_SEEN_AT, SIGNED_IN_AT


class SessionExpiryTests(TestCase):
    def setUp(self):
        self.editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
        self.client.force_login(self.editor)

    def shift(self, signed_in_ago, last_seen_ago):
        """Moves the session's clock back, as if time had passed."""
        session = self.client.session
        now = int(time.time())
        session[SIGNED_IN_AT] = now - int(signed_in_ago)
        session[LAST_SEEN_AT] = now - int(last_seen_ago)
        session.save()

    def admin_status(self):
        return self.client.get("/admin/").status_code

    def test_limits_are_twelve_hours_and_thirty_minutes(self):
        self.assertEqual(settings.SIGNIN_MAX_AGE.total_seconds(), 12 * 3600)
        self.assertEqual(settings.SIGNIN_IDLE_TIMEOUT.total_seconds(), 30 * 60)
        self.assertLessEqual(settings.SESSION_COOKIE_AGE, 12 * 3600)

    def test_an_active_session_goes_on(self):
        self.shift(signed_in_ago=11 * 3600, last_seen_ago=29 * 60)
        self.assertEqual(self.admin_status(), 200)

    def test_a_session_idle_for_more_than_thirty_minutes_ends(self):
        self.shift(signed_in_ago=3600, last_seen_ago=31 * 60)
        self.assertEqual(self.admin_status(), 302)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_a_session_ends_twelve_hours_after_sign_in_however_busy(self):
        self.shift(signed_in_ago=12 * 3600 + 60, last_seen_ago=5)
        self.assertEqual(self.admin_status(), 302)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_activity_moves_the_idle_clock_forward(self):
        self.shift(signed_in_ago=3600, last_seen_ago=20 * 60)
        self.assertEqual(self.admin_status(), 200)
        last_seen = self.client.session[LAST_SEEN_AT]
        self.assertGreaterEqual(last_seen, int(time.time()) - 5)
        # Twenty more minutes: fifty since the first request, twenty since the last.
        self.shift(signed_in_ago=3600 + 20 * 60, last_seen_ago=20 * 60)
        self.assertEqual(self.admin_status(), 200)

    def test_a_session_without_the_sign_in_time_ends(self):
        session = self.client.session
        del session[SIGNED_IN_AT]
        session.save()
        self.assertEqual(self.admin_status(), 302)

    def test_public_pages_end_an_expired_session_too(self):
        self.shift(signed_in_ago=3600, last_seen_ago=31 * 60)
        self.client.get("/healthz")
        self.assertNotIn("_auth_user_id", self.client.session)
