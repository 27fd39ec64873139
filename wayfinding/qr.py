"""QR codes drawn with segno (pure Python): SVG for screens and print, PNG for anything else.

Error correction level M (segno raises it when the data leaves room): a code
on a poster in a workshop survives some dust, glare and a folded corner.
The quiet zone is the standard four modules; scanners need it.
"""

import io

import segno

ERROR_LEVEL = "m"
BORDER = 4


def make(data):
    return segno.make(data, error=ERROR_LEVEL, micro=False)


def svg(data, scale=4, title=None):
    """An inline ``<svg>`` element with a viewBox and no size: CSS sizes it."""
    return make(data).svg_inline(scale=scale, border=BORDER, title=title, omitsize=True)


def svg_document(data, scale=10):
    """A standalone SVG file."""
    buffer = io.BytesIO()
    make(data).save(buffer, kind="svg", scale=scale, border=BORDER, xmldecl=True, title=data)
    return buffer.getvalue()


def png(data, scale=10):
    """A black-and-white PNG, ``scale`` pixels per module."""
    buffer = io.BytesIO()
    make(data).save(buffer, kind="png", scale=scale, border=BORDER)
    return buffer.getvalue()
