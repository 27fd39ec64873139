"""Draw the bitmap icons from static_src/img/favicon.svg (run after changing the SVG).

Browsers that take SVG icons use the SVG itself. The rest need bitmaps:
``/favicon.ico`` (16, 32 and 48 px, served at the site's root from
static_src/root/ by WhiteNoise, where browsers and feed readers look for it
unasked) and ``apple-touch-icon.png`` (180 px, opaque: iOS fills transparency
with black). Chromium draws the SVG at each size, so small sizes are rasterised
from the vector, not scaled down from a big bitmap; Pillow writes the files.

    .venv/bin/python scripts/build_icons.py
"""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "static_src" / "img" / "favicon.svg"
APPLE_TOUCH_ICON = ROOT / "static_src" / "img" / "apple-touch-icon.png"
FAVICON_ICO = ROOT / "static_src" / "root" / "favicon.ico"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
PAPER = "#f7f2e8"  # --paper in site.css


def render(size, workdir, background=None, padding=0):
    """The SVG drawn by Chromium on a size × size canvas, as an RGBA image."""
    page = workdir / f"icon-{size}.html"
    inner = size - 2 * padding
    page.write_text(
        "<!doctype html><html><body style='margin:0;"
        f"background:{background or 'transparent'}'>"
        f"<img src='{SVG.as_uri()}' width='{inner}' height='{inner}' "
        f"style='display:block;margin:{padding}px'></body></html>"
    )
    output = workdir / f"icon-{size}.png"
    profile = workdir / f"profile-{size}"
    subprocess.run(  # noqa: S603 (a fixed local binary on local files)
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--default-background-color=00000000",
            f"--user-data-dir={profile}",
            f"--window-size={size},{size}",
            f"--screenshot={output}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    shutil.rmtree(profile, ignore_errors=True)
    return Image.open(output).convert("RGBA")


def main():
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        # Apple's icon is shown on a rounded square: the plate sits on paper.
        apple = render(180, workdir, background=PAPER, padding=12).convert("RGB")
        apple.save(APPLE_TOUCH_ICON, optimize=True)
        sizes = [render(size, workdir) for size in (48, 32, 16)]
        FAVICON_ICO.parent.mkdir(parents=True, exist_ok=True)
        sizes[0].save(
            FAVICON_ICO,
            sizes=[image.size for image in sizes],
            append_images=sizes[1:],
        )
    for path in (APPLE_TOUCH_ICON, FAVICON_ICO):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
