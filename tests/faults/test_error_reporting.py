"""Who hears about a 500: the ``ADMINS`` by e-mail, and Sentry when ``SENTRY_DSN`` is set.

Sentry is tried in a subprocess (the Django integration patches Django for
the life of a process); its events go to a transport that records them, so
nothing leaves the machine.
"""

import json
import os
import subprocess
import sys

import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.test import Client, override_settings

from core.monitoring import parse_admins

from .conftest import BASE_DIR
from .outage import database_unreachable

ADMINS = [("Ops on call", "ops@example.org"), ("Lan", "lan@example.org")]


@pytest.mark.django_db
@override_settings(ADMINS=ADMINS, ROOT_URLCONF="tests.faults.urls")
def test_a_500_sends_the_admins_an_email_without_the_visitors_cookie():
    client = Client(raise_request_exception=False)
    client.cookies["sessionid"] = "a-visitors-session-key"
    response = client.get("/boom/")
    assert response.status_code == 500
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ops@example.org", "lan@example.org"]
    assert "Internal Server Error: /boom/" in message.subject
    assert "Boom at /boom/\na bug in a view" in message.body
    assert "Traceback" in message.body
    assert "a-visitors-session-key" not in message.body


@pytest.mark.django_db
@override_settings(ADMINS=ADMINS, ROOT_URLCONF="tests.faults.urls")
def test_a_404_sends_no_email():
    assert Client().get("/vi/no-such-page/").status_code == 404
    assert mail.outbox == []


@pytest.mark.django_db
@override_settings(ADMINS=ADMINS)
def test_a_database_outage_sends_no_email_per_request(tmp_path):
    """Every request of an outage answers 503; the admins are not sent one mail each."""
    client = Client(raise_request_exception=False)
    with database_unreachable(tmp_path):
        for path in ("/vi/", "/fr/villages/", "/en/"):
            assert client.get(path).status_code == 503
    assert mail.outbox == []


@pytest.mark.django_db
@override_settings(ADMINS=[])
def test_without_admins_a_500_sends_nothing():
    with override_settings(ROOT_URLCONF="tests.faults.urls"):
        assert Client(raise_request_exception=False).get("/boom/").status_code == 500
    assert mail.outbox == []


def test_admins_come_from_a_list_of_addresses():
    assert parse_admins('Ops on call <ops@example.org>, "Lan, night" <lan@example.org>') == [
        ("Ops on call", "ops@example.org"),
        ("Lan, night", "lan@example.org"),
    ]
    assert parse_admins("ops@example.org") == [("ops@example.org", "ops@example.org")]
    assert parse_admins("") == []


@pytest.mark.parametrize("value", ["ops", "Ops <ops>", "ops@example.org, nobody"])
def test_an_admins_entry_that_is_no_address_stops_the_start(value):
    with pytest.raises(ImproperlyConfigured, match="ADMINS"):
        parse_admins(value)


# --- Sentry, in a subprocess ----------------------------------------------------

# Prints what the settings made of the environment, then (with RECORD set)
# starts Sentry again with a recording transport and serves a failing view.
PROBE = """
import json, os, sys
import django
django.setup()
import sentry_sdk
from django.conf import settings
client = sentry_sdk.get_client()
out = {
    "active": client.is_active(),
    "send_default_pii": client.options.get("send_default_pii"),
    "environment": client.options.get("environment"),
    "release": client.options.get("release"),
    "admins": [list(pair) for pair in settings.ADMINS],
}
if os.environ.get("RECORD"):
    from sentry_sdk.transport import Transport
    from django.test import Client, override_settings
    from core.monitoring import init_sentry

    events = []

    class Recording(Transport):
        def capture_envelope(self, envelope):
            event = envelope.get_event()
            if event is not None:
                events.append(event)

    init_sentry(
        settings.SENTRY_DSN, environment="staging", release="hcv@1.2.3", transport=Recording()
    )
    # The session table: signed-in answers are marked private (accounts/middleware.py), so
    # the visitor's session cookie is looked up; an empty database would answer 503.
    from django.core.management import call_command
    call_command("migrate", "sessions", verbosity=0)
    # No collectstatic here: the 500 page finds its static files without the manifest.
    storages = dict(
        settings.STORAGES,
        staticfiles={"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    )
    with override_settings(
        ROOT_URLCONF="tests.faults.urls", ALLOWED_HOSTS=["testserver"], STORAGES=storages
    ):
        # Through the WSGI handler, as gunicorn calls it (Sentry reads the request there).
        from wsgiref.util import setup_testing_defaults
        from django.core.wsgi import get_wsgi_application

        environ = {
            "PATH_INFO": "/boom/",
            "QUERY_STRING": "q=1",
            "HTTP_HOST": "testserver",
            "HTTP_COOKIE": "sessionid=a-visitors-session-key",
            "REMOTE_ADDR": "198.51.100.23",
            "wsgi.url_scheme": "https",
        }
        setup_testing_defaults(environ)
        statuses = []
        body = get_wsgi_application()(environ, lambda status, headers: statuses.append(status))
        b"".join(body)
        out["status"] = int(statuses[0].split()[0])
    sentry_sdk.flush()
    out["events"] = events
print(json.dumps(out, default=str))
"""


def probe(tmp_path, **environment):
    base = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("SENTRY_", "ADMINS", "DJANGO_SETTINGS_MODULE"))
    }
    result = subprocess.run(  # noqa: S603 (argument list, no shell)
        [sys.executable, "-c", PROBE],
        cwd=BASE_DIR,
        env={
            **base,
            "DJANGO_SETTINGS_MODULE": "tourism_site.settings.production",
            "SECRET_KEY": "probe-" + "x" * 50,
            "ALLOWED_HOSTS": "example.org",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'probe.sqlite3'}",
            "CACHE_DIR": str(tmp_path / "cache"),
            **environment,
        },
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_without_sentry_dsn_does_not_start_sentry(tmp_path):
    found = probe(tmp_path, ADMINS="Ops on call <ops@example.org>")
    assert found["active"] is False
    assert found["admins"] == [["Ops on call", "ops@example.org"]]


def test_production_with_sentry_dsn_starts_sentry_without_personal_data(tmp_path):
    # A DSN on a loopback port where nothing listens: nothing is sent in this test.
    found = probe(
        tmp_path,
        SENTRY_DSN="http://public@127.0.0.1:9/1",
        SENTRY_ENVIRONMENT="staging",
        SENTRY_RELEASE="hcv@1.2.3",
    )
    assert found["active"] is True
    assert found["send_default_pii"] is False
    assert found["environment"] == "staging"
    assert found["release"] == "hcv@1.2.3"


def test_sentry_receives_a_500_with_no_cookie_address_or_user(tmp_path):
    found = probe(tmp_path, SENTRY_DSN="http://public@127.0.0.1:9/1", RECORD="1")
    assert found["status"] == 500
    errors = [event for event in found["events"] if event.get("exception")]
    assert len(errors) == 1
    event = errors[0]
    assert event["exception"]["values"][-1]["type"] == "Boom"
    assert event["environment"] == "staging"
    assert event["release"] == "hcv@1.2.3"
    assert event["request"]["url"].endswith("/boom/")
    text = json.dumps(event)
    assert "a-visitors-session-key" not in text
    assert "198.51.100.23" not in text
    assert event["request"]["headers"].get("Cookie") in (None, "[Filtered]")
    assert "REMOTE_ADDR" not in event["request"].get("env", {})
    assert "cookies" not in event["request"]
    assert "ip_address" not in event.get("user", {})
