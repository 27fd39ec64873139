"""Web fonts and icons stay within the page-weight budget (docs/performance.md, "Web fonts").

scripts/vendor_assets.sh builds one WOFF2 per face (Vietnamese and Latin
merged) and fonts.css with metric-matched fallback faces. These tests hold the
savings in place: a new face, a re-split file, a preload of a file that is not
used or a fallback face that lost its metrics shows up here, not months later
in a Lighthouse figure.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import Client
from fontTools.ttLib import TTFont

from tests.scenario import build_language_tree
from tests.utils import soup

STATIC_SRC = Path(settings.BASE_DIR) / "static_src"
FONTS_CSS = (STATIC_SRC / "css" / "fonts.css").read_text()
SITE_CSS = (STATIC_SRC / "css" / "site.css").read_text()
# Every face a page of the four Latin-script languages can use, at most.
MAX_WEB_FACES = 4
# What the merged files must draw: Vietnamese (both cases, every tone mark,
# đ and the đồng sign), French and Italian letters, and typographic punctuation.
VIETNAMESE = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
TEXT = VIETNAMESE + VIETNAMESE.upper() + "₫çœæëïüÿ€«»“”‘’–—…·"


def font_faces(css):
    faces = []
    for body in re.findall(r"@font-face\s*\{(.*?)\}", css, re.DOTALL):
        rule = dict(
            (key.strip(), value.strip())
            for key, value in (line.split(":", 1) for line in body.split(";") if ":" in line)
        )
        rule["font-family"] = rule["font-family"].strip('"')
        faces.append(rule)
    return faces


def web_faces():
    return [face for face in font_faces(FONTS_CSS) if "url(" in face["src"]]


def face_file(face):
    return re.search(r'url\("\.\./fonts/([^"]+)"\)', face["src"]).group(1)


def test_one_file_per_face_and_no_more_faces_than_the_css_uses():
    faces = web_faces()
    assert 0 < len(faces) <= MAX_WEB_FACES
    keys = [(f["font-family"], f["font-weight"], f["font-style"]) for f in faces]
    assert len(set(keys)) == len(keys), "a face is split over several files again"
    vendored = {path.name for path in (STATIC_SRC / "fonts").glob("*.woff2")}
    assert vendored == {face_file(face) for face in faces}, "unused or missing font files"
    for face in faces:
        assert face["font-display"] == "swap"


@pytest.mark.parametrize("face", web_faces(), ids=face_file)
def test_each_file_draws_vietnamese_french_and_italian_text(face):
    font = TTFont(STATIC_SRC / "fonts" / face_file(face))
    cmap = font.getBestCmap()
    missing = sorted({char for char in TEXT if ord(char) not in cmap})
    assert not missing, f"{face_file(face)} cannot draw {''.join(missing)}"
    assert (STATIC_SRC / "fonts" / face_file(face)).stat().st_size < 30 * 1024


@pytest.mark.parametrize("face", web_faces(), ids=face_file)
def test_each_web_face_has_metric_matched_fallbacks_named_in_the_font_stacks(face):
    fallbacks = [
        f
        for f in font_faces(FONTS_CSS)
        if f["font-family"].startswith(f"{face['font-family']} fallback")
        and (f["font-weight"], f["font-style"]) == (face["font-weight"], face["font-style"])
    ]
    assert len(fallbacks) >= 2  # desktop (Arial/Times) and Android (Roboto/Noto Serif)
    for fallback in fallbacks:
        assert fallback["src"].startswith("local(")
        for descriptor in ("size-adjust", "ascent-override", "descent-override"):
            value = float(fallback[descriptor].rstrip("%"))
            assert 10 < value < 200, (fallback["font-family"], descriptor, value)
        assert f'"{fallback["font-family"]}"' in SITE_CSS, "not in any font stack"
    # The stacks name the fallbacks right behind the web family, before system fonts.
    assert f'"{face["font-family"]}", "{face["font-family"]} fallback"' in SITE_CSS


def preloaded(response):
    return [link["href"] for link in soup(response).select('link[rel="preload"][as="font"]')]


@pytest.mark.django_db
def test_latin_script_pages_preload_the_body_and_heading_faces_only():
    build_language_tree()
    files = {face_file(face) for face in web_faces()}
    for language in ("vi", "en", "fr"):
        links = preloaded(Client().get(f"/{language}/"))
        names = {
            re.sub(r"\.[0-9a-f]{12}\.woff2$", ".woff2", link.rsplit("/", 1)[1]) for link in links
        }
        assert len(links) == 2, language
        assert names <= files, f"{language} preloads a font fonts.css does not use: {names}"
        assert {"be-vietnam-pro-400-normal.woff2", "fraunces-600-normal.woff2"} == names


@pytest.mark.django_db
def test_japanese_and_korean_pages_preload_no_web_font():
    build_language_tree()
    for language in ("ja", "ko"):
        assert preloaded(Client().get(f"/{language}/")) == []


@pytest.mark.django_db
def test_pages_link_the_site_icons_and_favicon_ico_is_served_at_the_root():
    build_language_tree()
    page = soup(Client().get("/en/"))
    svg = page.select_one('link[rel="icon"][type="image/svg+xml"]')["href"]
    apple = page.select_one('link[rel="apple-touch-icon"]')["href"]
    assert page.select_one('link[rel="icon"][href="/favicon.ico"]') is not None
    for href in (svg, apple):
        assert finders.find(href.removeprefix(settings.STATIC_URL)), href
    response = Client().get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] in ("image/x-icon", "image/vnd.microsoft.icon")
    assert b"".join(response.streaming_content)[:4] == b"\x00\x00\x01\x00"  # ICO header
