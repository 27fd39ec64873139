"""Editor text and StreamField content as Markdown, for the Markdown pages and the API.

Editors write prose, not Markdown: a line that starts with ``#`` or ``-``, a
``*`` or ``[`` in a title would change the structure of the file, so such
characters are escaped. Rich text is turned into Markdown by a small HTML
parser (paragraphs, line breaks, bold, italic, links, lists): the only markup
the site's rich text features allow.
"""

import re
from html.parser import HTMLParser
from urllib.parse import urljoin

from wagtail.rich_text import expand_db_html

# Characters that start or end Markdown structure anywhere in a line.
_INLINE = re.compile(r"([\\`*_\[\]<>|])")
# Characters that only matter at the start of a line: headings, quotes, lists.
_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])", re.MULTILINE)


def escape(text):
    """``text`` with Markdown-significant characters escaped; newlines become spaces."""
    text = " ".join(str(text or "").split())
    text = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def escape_block(text):
    """Multi-line editor text (a note, a description): paragraphs kept, each escaped."""
    paragraphs = re.split(r"\n\s*\n", str(text or "").strip())
    return "\n\n".join(escape(paragraph) for paragraph in paragraphs if paragraph.strip())


class _Converter(HTMLParser):
    def __init__(self, base_url):
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.out = []
        self.links = []
        self.lists = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("p", "h2", "h3", "h4"):
            self.out.append("\n\n" + ("#" * int(tag[1]) + " " if tag != "p" else ""))
        elif tag == "br":
            self.out.append("  \n")
        elif tag in ("b", "strong"):
            self.out.append("**")
        elif tag in ("i", "em"):
            self.out.append("*")
        elif tag in ("ul", "ol"):
            self.lists.append(tag)
            self.out.append("\n")
        elif tag == "li":
            marker = "1." if self.lists and self.lists[-1] == "ol" else "-"
            self.out.append(f"\n{marker} ")
        elif tag == "a":
            self.links.append(attrs.get("href") or "")
            self.out.append("[")

    def handle_endtag(self, tag):
        if tag in ("b", "strong"):
            self.out.append("**")
        elif tag in ("i", "em"):
            self.out.append("*")
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            self.out.append("\n")
        elif tag == "a" and self.links:
            href = self.links.pop()
            self.out.append(f"]({urljoin(self.base_url, href)})" if href else "]")

    def handle_data(self, data):
        # escape() folds whitespace; the spaces around an inline tag are kept.
        if not data.strip():
            self.out.append(" " if data else "")
            return
        lead = " " if data[0].isspace() else ""
        trail = " " if data[-1].isspace() else ""
        self.out.append(f"{lead}{escape(data)}{trail}")

    def markdown(self):
        text = "".join(self.out)
        text = re.sub(r"[ \t]+\n", "\n", text.replace("  \n", "\x00"))
        return re.sub(r"\n{3,}", "\n\n", text.replace("\x00", "  \n")).strip()


def rich_text(html, base_url=""):
    """Rich text from the database (with Wagtail's link references) as Markdown."""
    converter = _Converter(base_url)
    converter.feed(expand_db_html(str(html or "")))
    converter.close()
    return converter.markdown()


def plain_text(markdown):
    """Markdown as plain text for the API: marks and link targets dropped."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"^#+ ", "", text, flags=re.MULTILINE)
    text = text.replace("**", "").replace("\\", "")
    return text


def image_markdown(image, alt, base_url):
    """An image as ``![alt](absolute url)``: the original file, which needs no rendition query."""
    if image is None:
        return ""
    return f"![{escape(alt)}]({urljoin(base_url, image.file.url)})"


def stream_markdown(page, stream, base_url):
    """A body StreamField (core.blocks.BodyBlock) as Markdown, one block after another.

    Chosen pages (village cards) are shown in the page's language through
    ``BasePage.localized_stream_pages`` (core.i18n, core.privacy): one query
    for the whole body, and a private or unpublished page is left out.
    """
    from core import formats

    chosen = page.localized_stream_pages(stream) if hasattr(page, "localized_stream_pages") else {}
    parts = []
    for block in stream or []:
        kind, value = block.block_type, block.value
        if kind == "paragraph":
            parts.append(rich_text(value.source, base_url))
        elif kind == "heading":
            parts.append(f"### {escape(value)}")
        elif kind == "image":
            parts.append(image_markdown(value.get("image"), value.get("alt"), base_url))
            if value.get("caption"):
                parts.append(f"*{escape(value['caption'])}*")
        elif kind == "gallery":
            parts.extend(
                image_markdown(item.get("image"), item.get("alt"), base_url) for item in value
            )
        elif kind == "quote":
            quote = f"> {escape(value.get('text'))}"
            who = ", ".join(escape(x) for x in (value.get("attribution"), value.get("role")) if x)
            parts.append(f"{quote}\n>\n> — {who}" if who else quote)
        elif kind == "fact":
            parts.append(fact_line(value, formats.format_date))
        elif kind == "village_card":
            village = value.get("village")
            shown = chosen.get(village.translation_key) if village is not None else None
            if shown is not None:
                note = f": {escape(value.get('note'))}" if value.get("note") else ""
                parts.append(f"- [{escape(shown.title)}]({urljoin(base_url, shown.url)}){note}")
    return "\n\n".join(part for part in parts if part)


def fact_line(fact, format_date):
    """A figure with its date and source (a ``DatedFact`` row or a fact block's value)."""
    from core.templatetags.core_tags import format_figure

    get = fact.get if hasattr(fact, "get") else lambda name: getattr(fact, name, None)
    figure = format_figure(get("value"), get("value_to"), get("approximate"))
    unit = f" {escape(get('unit'))}" if get("unit") else ""
    precision = get("precision") or get("as_of_precision") or "day"
    date = format_date(get("as_of"), precision) if get("as_of") else ""
    source = escape(get("source_name") or "")
    if get("source_url"):
        source = f"[{source}]({get('source_url')})"
    details = ", ".join(part for part in (date, source) if part)
    return f"- **{escape(get('label'))}**: {figure}{unit}" + (f" ({details})" if details else "")
