"""Short, stable codes for the QR codes and short links (``/go/<code>``).

A code names one thing to visit, whatever the language: a page (village,
route, event) by the id of its Vietnamese source page, or an attraction by
the id of its Vietnamese row. Page ids never change and are never reused, so
a printed code keeps working as long as its Vietnamese page exists.

Shape: a kind letter, the id in Crockford's base32 (no i, l, o, u: nothing
to misread on a poster), and one check character, so a mistyped or guessed
code is refused without a database query. ``p1xj`` is page 61. Decoding is
case-insensitive and reads i/l as 1 and o as 0, as Crockford's rules say.
"""

ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
PAGE = "p"
ATTRACTION = "a"
KINDS = (PAGE, ATTRACTION)
# The longest code a real id gives (ids below 32**12); anything longer is refused unread.
MAX_LENGTH = 14
# A prime modulus: any single changed character, or two swapped neighbours, changes the check.
_CHECK_MODULUS = 31
_READ_AS = str.maketrans({"i": "1", "l": "1", "o": "0"})


def _base32(number):
    digits = []
    while True:
        number, remainder = divmod(number, 32)
        digits.append(ALPHABET[remainder])
        if number == 0:
            return "".join(reversed(digits))


def _check(text):
    total = sum((position + 1) * ALPHABET.index(char) for position, char in enumerate(text))
    return ALPHABET[total % _CHECK_MODULUS]


def encode(kind, pk):
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    if not isinstance(pk, int) or pk < 1:
        raise ValueError(f"ids are positive integers, not {pk!r}")
    body = _base32(pk)
    return f"{kind}{body}{_check(kind + body)}"


def decode(code):
    """``(kind, pk)`` for a well-formed code, else None (never raises)."""
    if not isinstance(code, str) or not 3 <= len(code) <= MAX_LENGTH:
        return None
    code = code.lower().translate(_READ_AS)
    kind, body, check = code[0], code[1:-1], code[-1]
    if kind not in KINDS or any(char not in ALPHABET for char in body + check):
        return None
    # "p0…" would be a second spelling of the same id.
    if body.startswith("0") or _check(kind + body) != check:
        return None
    pk = 0
    for char in body:
        pk = pk * 32 + ALPHABET.index(char)
    return kind, pk
