"""Search text: folding, tokens and highlighting, the same for the index and the query.

Folding maps every character of NFC text to exactly one character (marks
dropped, đ → d, lower case), so a match found in the folded copy sits at the
same positions in the original text: that is how highlighting puts <mark>
around "Bát Tràng" for the query "bat trang". Japanese and Korean are written
without spaces between words: their runs are matched by character bigrams,
all required (docs/search.md).
"""

import re
import unicodedata
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

# Longest query read, in characters; the page says when it cut one.
MAX_QUERY_LENGTH = 100
# More words than this add nothing but work for the database.
MAX_TERMS = 8

WORD = re.compile(r"\w+")
# What is not a letter or digit: ``\w`` is ``str.isalnum`` plus "_".
NOT_ALNUM = re.compile(r"[\W_]")
# Han, kana and Hangul (syllables and jamo): scripts written without spaces.
CJK = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]+"
)


@lru_cache(maxsize=4096)
def fold_char(char):
    """One character folded to one: "ố" → "o", "Đ" → "d", "バ" stays "バ"."""
    if char in "đĐ":
        return "d"
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    base = unicodedata.normalize("NFC", base).lower() if base else char
    return base if len(base) == 1 else char.lower()[:1] or char


class _Folding(dict):
    """``str.translate`` table of ``fold_char``, filled as characters are met.

    One C-level pass per text instead of a Python call per character: titles
    are folded for every match when ranking, and shown texts for snippets.
    """

    # Visitors' queries may bring any character; the table stops growing here.
    LIMIT = 65536

    def __missing__(self, code):
        folded = fold_char(chr(code))
        if len(self) < self.LIMIT:
            self[code] = folded
        return folded


_FOLDING = _Folding()


def nfc(text):
    return unicodedata.normalize("NFC", text or "")


def fold(text):
    """``text`` (made NFC) folded character by character: ``len(fold(t)) == len(nfc(t))``."""
    return nfc(text).translate(_FOLDING)


def words_only(text):
    """``text`` with everything but letters and digits made a space (same length).

    One regex pass: ranking does this to the title of every match.
    """
    return NOT_ALNUM.sub(" ", text)


def bigrams(run):
    """ "バッチャン" → ["バッ", "ッチ", "チャ", "ャン"]; a single character stands alone."""
    if len(run) < 2:
        return [run]
    return [run[index : index + 2] for index in range(len(run) - 1)]


def document(*texts):
    """The folded, space-separated text the index stores for a page.

    Words of Latin scripts are kept whole (a term matches the start of a
    word); runs of CJK or Hangul are also written as their bigrams, so a
    query's bigrams are found wherever the run sits.
    """
    words = []
    for text in texts:
        for word in WORD.findall(fold(text)):
            words.append(word)
            for run in CJK.findall(word):
                words.extend(bigrams(run))
    return " " + " ".join(words) + " "


def clean_query(raw):
    """(the query as read, whether it was cut): at most MAX_QUERY_LENGTH characters."""
    text = " ".join(nfc(raw).split())
    # Control characters and lone surrogates say nothing and upset databases.
    text = "".join(char for char in text if unicodedata.category(char)[0] != "C")
    if len(text) > MAX_QUERY_LENGTH:
        return text[:MAX_QUERY_LENGTH].rstrip(), True
    return text, False


def terms(query):
    """What each result must contain, folded: plain tokens, never search syntax.

    Quotes, ``*``, ``-``, brackets, ``NEAR``/``AND`` as operators: everything
    but letters and digits is dropped, and the rest is matched with LIKE (no
    full-text syntax), so no query is a syntax error on any database. A Latin
    word is matched at the start of a word (" gom"); CJK and Hangul runs as
    their bigrams, anywhere.
    """
    found = []
    for word in WORD.findall(fold(query)):
        pieces = CJK.split(word)
        runs = CJK.findall(word)
        for piece in pieces:
            piece = piece.strip("_")
            if piece:
                found.append(" " + piece)
        for run in runs:
            found.extend(bigrams(run))
    unique = list(dict.fromkeys(found))
    return unique[:MAX_TERMS]


def spans(text, query_terms):
    """Where ``query_terms`` occur in ``text`` (positions in its NFC form), merged."""
    folded = fold(text)
    padded = " " + words_only(folded)
    found = []
    for term in query_terms:
        start = padded.find(term)
        while start != -1:
            # Padded is one longer; a leading-space term starts at the space.
            begin = start if term.startswith(" ") else start - 1
            found.append((begin, begin + len(term.strip())))
            start = padded.find(term, start + 1)
    merged = []
    for begin, end in sorted(found):
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((begin, end))
    return merged


def highlight(text, query_terms):
    """``text`` HTML-escaped, with <mark> around the matched words (safe HTML)."""
    text = nfc(text)
    parts = []
    position = 0
    for begin, end in spans(text, query_terms):
        parts.append(escape(text[position:begin]))
        parts.append(f"<mark>{escape(text[begin:end])}</mark>")
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped above


def snippet(text, query_terms, length=200):
    """About ``length`` characters of ``text`` around its first match, highlighted."""
    text = " ".join(nfc(text).split())
    found = spans(text, query_terms)
    if len(text) <= length:
        return highlight(text, query_terms)
    start = 0
    if found:
        start = max(0, found[0][0] - length // 3)
        # Begin at a word when the text has spaces between words.
        space = text.rfind(" ", 0, start)
        if space != -1 and start - space < 20:
            start = space + 1
    end = min(len(text), start + length)
    piece = text[start:end]
    shown = highlight(piece, query_terms)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(f"{prefix}{shown}{suffix}")  # noqa: S308 - highlight escaped it
