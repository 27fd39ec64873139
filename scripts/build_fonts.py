"""Build the site's web fonts and ``static_src/css/fonts.css`` from the Fontsource packages.

Called by ``scripts/vendor_assets.sh`` (after ``npm ci``); needs fontTools and brotli
(requirements-dev.txt). See docs/performance.md, "Web fonts".

Why not Fontsource's files as they are: Fontsource splits every face into
unicode-range subsets (latin, latin-ext, vietnamese…). A Vietnamese page needs the
latin *and* the vietnamese file of each face, and because the latin-ext range
overlaps the Vietnamese letters (ă, đ, ơ, ư), browsers fetched that one too:
three files per face, twelve per page, 194 KB. Here the latin and vietnamese
subsets of each face are merged into one file (fontTools.merge), subset again to
exactly those ranges, stripped of TrueType hinting (phones ignore it) and saved
as WOFF2: one file per face, about 14–25 KB, the same file for vi, en, fr and it.

The swap from the fallback font to the web font must not move the page (CLS).
For every web face this writes fallback faces of local fonts with
``size-adjust``, ``ascent-override``, ``descent-override`` and ``line-gap-override``
computed here from the fonts' own metrics:

- ``size-adjust`` is the ratio of the average advance width of the web face to
  that of the local font over a sample of text in the site's Latin-script
  languages, so a line of text takes the same width and wraps at the same word;
- the overrides give the local font the web face's ascent, descent and line gap
  (divided by ``size-adjust``, which browsers apply to them too), so lines keep
  their height.

The local fonts' metrics come from metric-compatible Fontsource packages: Arimo
has Arial's and Liberation Sans's advance widths, Tinos those of Times New Roman
and Liberation Serif; Roboto and Noto Serif are what Android phones have.
"""

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
FONTSOURCE = ROOT / "node_modules" / "@fontsource"
FONTS = ROOT / "static_src" / "fonts"
CSS = ROOT / "static_src" / "css" / "fonts.css"

# The Vietnamese letters, then Latin (English, French, Italian, punctuation).
# Latin-ext is left out: the site's languages need nothing from it, and a
# character outside these ranges is drawn by the next font in the stack.
SUBSETS = ("vietnamese", "latin")


@dataclass(frozen=True)
class Face:
    package: str
    family: str
    weight: int
    style: str
    kind: str  # "sans" or "serif": which local fonts stand in while it loads

    @property
    def file_name(self):
        return f"{self.package}-{self.weight}-{self.style}.woff2"


# Only the faces static_src/css/site.css uses: body text 400 and 600 (also
# drawn for 700), headings 600, the italic lead and subtitles 400.
FACES = (
    Face("be-vietnam-pro", "Be Vietnam Pro", 400, "normal", "sans"),
    Face("be-vietnam-pro", "Be Vietnam Pro", 600, "normal", "sans"),
    Face("fraunces", "Fraunces", 600, "normal", "serif"),
    Face("fraunces", "Fraunces", 400, "italic", "serif"),
)


@dataclass(frozen=True)
class Fallback:
    suffix: str  # the family is "<web family> <suffix>"
    package: str  # metric source in node_modules/@fontsource
    # (weight, style) of the local font -> names for local(): full name, PostScript name
    local_names: dict


FALLBACKS = {
    "sans": (
        Fallback(
            "fallback",
            "arimo",
            {
                (400, "normal"): (
                    "Arial",
                    "ArialMT",
                    "Liberation Sans",
                    "LiberationSans",
                    "Arimo",
                    "Arimo-Regular",
                ),
                (700, "normal"): (
                    "Arial Bold",
                    "Arial-BoldMT",
                    "Liberation Sans Bold",
                    "LiberationSans-Bold",
                    "Arimo Bold",
                    "Arimo-Bold",
                ),
            },
        ),
        Fallback(
            "fallback android",
            "roboto",
            {
                (400, "normal"): ("Roboto", "Roboto-Regular"),
                (700, "normal"): ("Roboto Bold", "Roboto-Bold"),
            },
        ),
    ),
    "serif": (
        Fallback(
            "fallback",
            "tinos",
            {
                (700, "normal"): (
                    "Times New Roman Bold",
                    "TimesNewRomanPS-BoldMT",
                    "Liberation Serif Bold",
                    "LiberationSerif-Bold",
                    "Tinos Bold",
                    "Tinos-Bold",
                ),
                (400, "italic"): (
                    "Times New Roman Italic",
                    "TimesNewRomanPS-ItalicMT",
                    "Liberation Serif Italic",
                    "LiberationSerif-Italic",
                    "Tinos Italic",
                    "Tinos-Italic",
                ),
            },
        ),
        Fallback(
            "fallback android",
            "noto-serif",
            {
                (700, "normal"): ("Noto Serif Bold", "NotoSerif-Bold"),
                (400, "italic"): ("Noto Serif Italic", "NotoSerif-Italic"),
            },
        ),
    ),
}

# Text whose letters stand for the site's: the average advance width over it
# decides size-adjust. Same weight for each language; capitals and spaces as
# they come in running text.
SAMPLE = " ".join(
    (
        "Làng gốm Bát Tràng nằm bên bờ sông Hồng, cách trung tâm Hà Nội khoảng mười ba "
        "cây số. Người thợ ở đây đã làm gốm hơn bảy trăm năm và vẫn giữ lò nung truyền thống.",
        "The pottery village of Bat Trang lies on the bank of the Red River, about thirteen "
        "kilometres from the centre of Hanoi. Its potters have fired kilns for seven centuries.",
        "Le village de potiers de Bat Trang se trouve au bord du fleuve Rouge, à treize "
        "kilomètres du centre de Hanoï. Ses artisans cuisent la céramique depuis sept siècles.",
        "Il villaggio dei vasai di Bat Trang sorge sulla riva del Fiume Rosso, a tredici "
        "chilometri dal centro di Hanoi. I suoi artigiani cuociono la ceramica da sette secoli.",
    )
)


def subset_file(package, subset_name, weight, style):
    return FONTSOURCE / package / "files" / f"{package}-{subset_name}-{weight}-{style}.woff2"


def unicode_ranges(package):
    ranges = json.loads((FONTSOURCE / package / "unicode.json").read_text())
    return [ranges[name] for name in SUBSETS]


def parse_ranges(text):
    codepoints = set()
    for part in text.split(","):
        bounds = part.strip().removeprefix("U+").split("-")
        start = int(bounds[0], 16)
        end = int(bounds[-1], 16)
        codepoints.update(range(start, end + 1))
    return codepoints


def merged_css_range(package):
    """The union of the subsets' ranges, written back as a compact unicode-range."""
    codepoints = sorted(set().union(*(parse_ranges(r) for r in unicode_ranges(package))))
    runs, start, previous = [], codepoints[0], codepoints[0]
    for point in codepoints[1:] + [None]:
        if point is not None and point == previous + 1:
            previous = point
            continue
        runs.append(f"U+{start:04X}" if start == previous else f"U+{start:04X}-{previous:04X}")
        if point is not None:
            start = previous = point
    return ",".join(runs), set(codepoints)


def build_face(face, workdir):
    """Merge the face's subsets into one font and save it as a hinting-free WOFF2."""
    sources = []
    for subset_name in SUBSETS:
        font = TTFont(subset_file(face.package, subset_name, face.weight, face.style))
        font.flavor = None  # fontTools.merge reads plain TrueType
        path = workdir / f"{face.package}-{subset_name}-{face.weight}-{face.style}.ttf"
        font.save(path)
        sources.append(str(path))
    merged = Merger().merge(sources)
    _css_range, codepoints = merged_css_range(face.package)
    options = subset.Options()
    options.layout_features = ["*"]
    options.hinting = False
    options.notdef_outline = True
    options.flavor = "woff2"
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints & set(merged.getBestCmap())))
    subsetter.subset(merged)
    merged.flavor = "woff2"
    merged.save(FONTS / face.file_name)
    return TTFont(FONTS / face.file_name)


def average_width(fonts):
    """Average advance width over SAMPLE, in ems; ``fonts`` are subsets of one face."""
    widths = []
    for char in SAMPLE:
        for font in fonts:
            glyph = font.getBestCmap().get(ord(char))
            if glyph is not None:
                widths.append(font["hmtx"][glyph][0] / font["head"].unitsPerEm)
                break
    if len(widths) != len(SAMPLE):
        missing = sorted({c for c in SAMPLE if not any(ord(c) in f.getBestCmap() for f in fonts)})
        raise SystemExit(f"{fonts[0]['name'].getBestFullName()} lacks {missing!r}")
    return sum(widths) / len(widths)


def vertical_metrics(font):
    """Ascent, descent and line gap in ems, as browsers read them (typo metrics if flagged)."""
    os2, hhea, units = font["OS/2"], font["hhea"], font["head"].unitsPerEm
    if os2.fsSelection & (1 << 7):  # USE_TYPO_METRICS
        values = os2.sTypoAscender, -os2.sTypoDescender, os2.sTypoLineGap
    else:
        values = hhea.ascent, -hhea.descent, hhea.lineGap
    return tuple(value / units for value in values)


def local_weight_and_style(face):
    # Arial, Times New Roman and their kin have no semibold: 600 falls back to bold.
    return (400 if face.weight < 600 else 700, face.style)


def percent(value):
    return f"{value * 100:.2f}%"


def fallback_rules(face, web_font):
    rules = []
    web_width = average_width([web_font])
    ascent, descent, line_gap = vertical_metrics(web_font)
    for fallback in FALLBACKS[face.kind]:
        weight, style = local_weight_and_style(face)
        metric_fonts = [
            TTFont(subset_file(fallback.package, name, weight, style)) for name in SUBSETS
        ]
        size_adjust = web_width / average_width(metric_fonts)
        sources = ", ".join(f'local("{name}")' for name in fallback.local_names[(weight, style)])
        rules.append(
            "@font-face {\n"
            f'  font-family: "{face.family} {fallback.suffix}";\n'
            f"  font-style: {face.style};\n"
            f"  font-weight: {face.weight};\n"
            f"  src: {sources};\n"
            f"  size-adjust: {percent(size_adjust)};\n"
            f"  ascent-override: {percent(ascent / size_adjust)};\n"
            f"  descent-override: {percent(descent / size_adjust)};\n"
            f"  line-gap-override: {percent(line_gap / size_adjust)};\n"
            "}\n"
        )
    return rules


def main():
    import tempfile

    FONTS.mkdir(parents=True, exist_ok=True)
    css = [
        "/* Generated by scripts/vendor_assets.sh (scripts/build_fonts.py) from Fontsource;\n"
        "   do not edit. Fonts under the SIL Open Font License 1.1: see ../fonts/OFL-*.txt.\n"
        "   One file per face (Vietnamese + Latin), then fallback faces of local fonts\n"
        "   sized to the web faces' metrics so the swap does not shift the layout. */\n"
    ]
    fallbacks = []
    with tempfile.TemporaryDirectory() as workdir:
        for face in FACES:
            web_font = build_face(face, Path(workdir))
            css_range, _codepoints = merged_css_range(face.package)
            css.append(
                "@font-face {\n"
                f'  font-family: "{face.family}";\n'
                f"  font-style: {face.style};\n"
                f"  font-weight: {face.weight};\n"
                "  font-display: swap;\n"
                f'  src: url("../fonts/{face.file_name}") format("woff2");\n'
                f"  unicode-range: {css_range};\n"
                "}\n"
            )
            fallbacks += fallback_rules(face, web_font)
            size = (FONTS / face.file_name).stat().st_size
            print(f"{face.file_name}: {size / 1024:.1f} KB", file=sys.stderr)
    CSS.write_text("".join(css + fallbacks))


if __name__ == "__main__":
    main()
