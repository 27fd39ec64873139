"""What keeps robots out of the public forms (fact reports, trade enquiries), without a CAPTCHA.

- A honeypot field, hidden from people and from screen readers, that scripts fill in.
- A time trap: the form carries the signed time it was shown. Sent back within
  ``MIN_SECONDS`` it was not typed by a person; a missing or forged time is a
  script's too. Older than ``MAX_AGE`` it is shown again, filled in, to be re-sent.
- Links: a message that is links and little else is refused.

A robot caught by the first two is answered as if it had succeeded, so it
learns nothing, and nothing is stored.
"""

import re
import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

LINK = re.compile(r"https?://|www\.", re.IGNORECASE)
URL = re.compile(r"(?:https?://|www\.)\S*", re.IGNORECASE)
SALT = "core.antispam.shown"
MIN_SECONDS = 3
MAX_AGE = 2 * 24 * 3600


def honeypot_field():
    return forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )


def shown_token(now=None):
    """The signed time a form is shown at (a hidden field)."""
    return signing.dumps(now if now is not None else time.time(), salt=SALT)


def seconds_open(token):
    """Seconds since ``token`` was made; None when it is missing or forged."""
    try:
        shown = float(signing.loads(str(token)[:200], salt=SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None
    return time.time() - shown


def links_in(text):
    return len(LINK.findall(text))


def words_beside_links(text):
    """What a message says once its links are taken out, spaces squeezed."""
    return " ".join(URL.sub(" ", text).split())
