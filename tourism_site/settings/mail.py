"""Outgoing e-mail from the environment (read by production.py).

Either one ``EMAIL_URL`` (``submission://user:password@smtp.example.org:587``,
``smtp://…?ssl=1``; see dj-email-url) or the separate ``EMAIL_HOST``,
``EMAIL_PORT``, ``EMAIL_HOST_USER``, ``EMAIL_HOST_PASSWORD``,
``EMAIL_USE_TLS`` and ``EMAIL_USE_SSL``. With the separate variables,
STARTTLS is on unless SSL is asked for: a password never crosses the
network in clear by default. ``DEFAULT_FROM_EMAIL`` and ``SERVER_EMAIL``
override what the URL says. docs/configuration.md lists them all.
"""

import dj_email_url
from django.core.exceptions import ImproperlyConfigured

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}
# Seconds before a send gives up: a slow mail server must not hold a worker.
DEFAULT_TIMEOUT = 10


def flag(environ, name, default):
    value = environ.get(name)
    if value is None:
        return default
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def email_settings(environ):
    """Django's e-mail settings from ``environ``; empty when no e-mail is configured."""
    url = environ.get("EMAIL_URL", "").strip()
    host = environ.get("EMAIL_HOST", "").strip()
    if url:
        scheme = url.partition(":")[0]
        if scheme not in dj_email_url.SCHEMES:
            known = ", ".join(sorted(dj_email_url.SCHEMES))
            raise ImproperlyConfigured(f"EMAIL_URL must start with one of: {known}.")
        parsed = dj_email_url.parse(url)
        config = {name: value for name, value in parsed.items() if value is not None}
    elif host:
        use_ssl = flag(environ, "EMAIL_USE_SSL", False)
        use_tls = flag(environ, "EMAIL_USE_TLS", not use_ssl)
        port = environ.get("EMAIL_PORT", "").strip() or ("465" if use_ssl else "587")
        if not port.isdigit():
            raise ImproperlyConfigured(f"EMAIL_PORT must be a number, not {port!r}.")
        config = {
            "EMAIL_BACKEND": SMTP_BACKEND,
            "EMAIL_HOST": host,
            "EMAIL_PORT": int(port),
            "EMAIL_HOST_USER": environ.get("EMAIL_HOST_USER", ""),
            "EMAIL_HOST_PASSWORD": environ.get("EMAIL_HOST_PASSWORD", ""),
            "EMAIL_USE_TLS": use_tls,
            "EMAIL_USE_SSL": use_ssl,
        }
    else:
        return {}
    if config.get("EMAIL_USE_TLS") and config.get("EMAIL_USE_SSL"):
        raise ImproperlyConfigured("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be on.")
    config.setdefault("EMAIL_TIMEOUT", DEFAULT_TIMEOUT)
    for name in ("DEFAULT_FROM_EMAIL", "SERVER_EMAIL"):
        if environ.get(name, "").strip():
            config[name] = environ[name].strip()
    if "DEFAULT_FROM_EMAIL" not in config:
        raise ImproperlyConfigured(
            "DEFAULT_FROM_EMAIL must be set when e-mail is configured "
            "(the sender of password resets and notifications)."
        )
    config.setdefault("SERVER_EMAIL", config["DEFAULT_FROM_EMAIL"])
    return config
