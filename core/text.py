"""Vietnamese text folded to plain letters: for slugs now, for search (admin and public).

Vietnamese stacks up to two marks on a letter (ố, ầ, ữ) and has đ, a letter
of its own that no Unicode decomposition turns into d; neither Django's
``slugify`` nor SQLite's or PostgreSQL's search fold it (docs/editors.md).
"""

import unicodedata

from django.utils.text import slugify

# Length limits editors see as counters in the admin (docs/editors.md). Alt text
# past ~250 characters is a caption, not a description; "one or two sentences"
# fit in 300, "two or three" in 500.
ALT_MAX_LENGTH = 250
INTRO_MAX_LENGTH = 300
SUMMARY_MAX_LENGTH = 500

# The only Vietnamese letters that do not decompose to a base letter and marks.
STROKED = str.maketrans({"đ": "d", "Đ": "D"})


def fold_vietnamese(text):
    """``"Làng gốm Đông Hồ"`` → ``"Lang gom Dong Ho"``: tone and vowel marks dropped, đ → d."""
    decomposed = unicodedata.normalize("NFD", text.translate(STROKED))
    kept = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", kept)


def ascii_slug(text):
    """An ASCII slug from Vietnamese (or any Latin) text: ``"Đông Hồ"`` → ``"dong-ho"``."""
    return slugify(fold_vietnamese(text))
