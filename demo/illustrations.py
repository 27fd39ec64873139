"""Flat illustrations for the demo site, drawn with Pillow.

No photographs of the villages can be bundled, so the demo shows honest illustrations,
each labelled as one, in a craft-heritage palette. Drawing happens at twice the final size
and is scaled down, which gives smooth edges without an anti-aliasing library. A fixed seed
per motif makes every run draw the same picture.
"""

import math
import random
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from wagtail.images.models import Image as WagtailImage
from wagtail.models import Collection

WIDTH, HEIGHT = 1600, 1000
SCALE = 2
W, H = WIDTH * SCALE, HEIGHT * SCALE
COLLECTION_NAME = "Hình minh hoạ mẫu"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

PAPER = (243, 234, 215)
CREAM = (251, 246, 234)
INDIGO = (29, 45, 84)
COBALT = (38, 74, 140)
CELADON = (168, 196, 170)
CELADON_DARK = (104, 146, 122)
LACQUER = (150, 36, 30)
LACQUER_DARK = (58, 14, 12)
GOLD = (201, 160, 52)
GOLD_LIGHT = (236, 204, 120)
BAMBOO = (112, 146, 64)
BAMBOO_DARK = (60, 92, 42)
OCHRE = (196, 138, 64)
OCHRE_DARK = (138, 88, 44)
BROWN = (96, 60, 36)
BROWN_DARK = (58, 36, 22)
INK = (30, 26, 24)
PINK = (226, 132, 146)
PINK_LIGHT = (248, 208, 206)
LEAF = (70, 122, 82)
LEAF_DARK = (40, 84, 58)


# --- Drawing helpers ---------------------------------------------------------------


def mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def alpha(color, value):
    return (*color[:3], value)


def pen(image):
    """A drawing context that blends translucent colours into an RGB picture.

    (On an RGBA image Pillow replaces pixels instead, so pictures are RGB and only
    overlay layers are RGBA.)
    """
    return ImageDraw.Draw(image, "RGBA" if image.mode in ("RGB", "RGBA") else None)


def over(image, overlay, dest=(0, 0)):
    """Lay an RGBA overlay onto the picture, respecting its transparency."""
    image.paste(overlay, dest, overlay)


def gradient(top, bottom, size=(W, H)):
    """A vertical gradient, drawn one row per line (fast enough at this size)."""
    image = Image.new("RGB", size)
    draw = pen(image)
    for y in range(size[1]):
        draw.line([(0, y), (size[0], y)], fill=mix(top, bottom, y / max(size[1] - 1, 1)))
    return image


def layer():
    return Image.new("RGBA", (W, H), (0, 0, 0, 0))


def clip(image, mask):
    """Keep ``image`` only where ``mask`` (mode L) is set."""
    clipped = image.convert("RGBA")
    clipped.putalpha(ImageChops.multiply(clipped.getchannel("A"), mask))
    return clipped


def polygon_mask(points):
    mask = Image.new("L", (W, H), 0)
    pen(mask).polygon(points, fill=255)
    return mask


def smooth(points, steps=12):
    """Catmull-Rom curve through ``points``: organic outlines from a few control points."""
    result = []
    padded = [points[0], *points, points[-1]]
    for i in range(1, len(padded) - 2):
        p0, p1, p2, p3 = padded[i - 1 : i + 3]
        for step in range(steps):
            t = step / steps
            t2, t3 = t * t, t * t * t
            result.append(
                tuple(
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3
                    )
                    for k in (0, 1)
                )
            )
    result.append(points[-1])
    return result


def vessel(cx, top, bottom, profile):
    """Outline of a turned vessel: ``profile`` is (height fraction, half-width) pairs."""
    right = smooth([(cx + r, top + (bottom - top) * f) for f, r in profile])
    left = [(2 * cx - x, y) for x, y in reversed(right)]
    return right + left


def petal(cx, cy, length, width, angle):
    """A pointed petal or leaf from (cx, cy) outwards at ``angle`` (radians)."""
    points = []
    for i in range(25):
        t = i / 24
        half = width * math.sin(math.pi * t) ** 0.8 / 2
        points.append((t * length, half))
    points += [(x, -y) for x, y in reversed(points)]
    cos, sin = math.cos(angle), math.sin(angle)
    return [(cx + x * cos - y * sin, cy + x * sin + y * cos) for x, y in points]


def soft_shadow(image, box, strength=90, blur=30):
    """A blurred ellipse under an object, drawn in its own small box (blurring is costly)."""
    pad = blur * 3
    x0, y0 = int(box[0]) - pad, int(box[1]) - pad
    size = (int(box[2] - box[0]) + 2 * pad, int(box[3] - box[1]) + 2 * pad)
    shadow = Image.new("RGBA", size, (0, 0, 0, 0))
    pen(shadow).ellipse((pad, pad, size[0] - pad, size[1] - pad), fill=(20, 14, 10, strength))
    shadow = shadow.filter(ImageFilter.GaussianBlur(blur))
    crop = (max(0, -x0), max(0, -y0), size[0], size[1])
    shadow = shadow.crop(crop)
    over(image, shadow, dest=(max(0, x0), max(0, y0)))


def wave_line(draw, x0, x1, y, amplitude, period, fill, width, phase=0.0):
    points = [
        (x, y + amplitude * math.sin(phase + 2 * math.pi * (x - x0) / period))
        for x in range(int(x0), int(x1) + 8, 8)
    ]
    draw.line(points, fill=fill, width=width, joint="curve")


def grain(image, rng, amount=10):
    """A faint paper grain so flat colours do not look digital."""
    noise = Image.effect_noise((W // 4, H // 4), amount).resize((W, H)).convert("L")
    tint = Image.new("RGBA", (W, H), (255, 250, 240, 0))
    tint.putalpha(noise.point(lambda v: max(0, v - 128) // 6))
    over(image, tint)


# --- Motifs ------------------------------------------------------------------------


def blue_and_white_vase(image, cx, base, height, profile, rng):
    outline = vessel(cx, base - height, base, profile)
    widest = max(r for _f, r in profile)
    soft_shadow(image, (cx - widest * 1.1, base - 40, cx + widest * 1.1, base + 50))
    mask = polygon_mask(outline)
    body = Image.new("RGB", (W, H), CREAM)
    draw = pen(body)
    # Shade the right flank and light the left: the glaze reads as round.
    for i in range(40):
        x = cx + widest * (0.15 + i / 40)
        draw.rectangle((x, 0, x + widest / 40 + 1, H), fill=(120, 130, 150, int(2.2 * i)))
    draw.ellipse(
        (cx - widest * 0.7, base - height * 0.75, cx - widest * 0.45, base - height * 0.3),
        fill=(255, 255, 255, 90),
    )
    decorate_porcelain(draw, cx, base - height, height, widest, rng)
    image.paste(body, (0, 0), mask)
    pen(image).line(outline + [outline[0]], fill=alpha(INDIGO, 120), width=3)


def decorate_porcelain(draw, cx, top, height, widest, rng):
    blue = alpha(COBALT, 235)
    light = alpha(COBALT, 120)
    for f in (0.1, 0.13, 0.9, 0.93):
        y = top + height * f
        draw.line([(cx - widest * 2, y), (cx + widest * 2, y)], fill=blue, width=6)
    # Lotus-petal band on the shoulder.
    y = top + height * 0.2
    step = widest / 3
    x = cx - widest * 1.5
    while x < cx + widest * 1.5:
        draw.polygon(
            petal(x + step / 2, y + height * 0.1, height * 0.1, step * 0.8, -math.pi / 2),
            outline=blue,
            fill=light,
            width=4,
        )
        x += step
    # Scrolling waves and a chrysanthemum medallion on the belly.
    for k in range(3):
        wave_line(
            draw,
            cx - widest * 2,
            cx + widest * 2,
            top + height * (0.72 + k * 0.05),
            height * 0.012,
            widest * 0.5,
            blue,
            5,
            phase=k,
        )
    my = top + height * 0.5
    radius = widest * 0.32
    for n in range(12):
        angle = n * math.pi / 6 + rng.random() * 0.05
        draw.polygon(petal(cx, my, radius, radius * 0.45, angle), fill=blue)
    draw.ellipse(
        (cx - radius * 0.3, my - radius * 0.3, cx + radius * 0.3, my + radius * 0.3),
        fill=alpha(CREAM, 255),
        outline=blue,
        width=5,
    )
    for side in (-1, 1):
        for n in range(5):
            leaf_x = cx + side * widest * (0.55 + 0.08 * n)
            leaf_y = my + (n - 2) * height * 0.06
            draw.polygon(
                petal(leaf_x, leaf_y, radius * 0.5, radius * 0.2, side * 0.6 - 0.3), fill=light
            )


def draw_ceramics(image, rng):
    image.paste(gradient((214, 228, 212), CELADON))
    draw = pen(image)
    draw.ellipse((W * 0.52, H * 0.08, W * 0.98, H * 0.78), fill=alpha(CREAM, 70))
    lattice(draw, rng)
    draw.rectangle((0, H * 0.8, W, H), fill=alpha(BROWN, 255))
    draw.rectangle((0, H * 0.8, W, H * 0.815), fill=alpha(OCHRE, 255))
    for y in range(int(H * 0.83), H, 28):
        wave_line(draw, 0, W, y, 4, 600, alpha(BROWN_DARK, 90), 3, phase=y / 50)
    base = H * 0.805
    blue_and_white_vase(
        image,
        W * 0.5,
        base,
        H * 0.66,
        [(0, 70), (0.08, 62), (0.18, 90), (0.42, 260), (0.62, 240), (0.86, 150), (1, 140)],
        rng,
    )
    blue_and_white_vase(
        image,
        W * 0.22,
        base,
        H * 0.42,
        [(0, 120), (0.06, 118), (0.2, 220), (0.5, 280), (0.8, 220), (1, 150)],
        rng,
    )
    blue_and_white_vase(
        image,
        W * 0.79,
        base,
        H * 0.5,
        [(0, 38), (0.3, 44), (0.5, 150), (0.75, 210), (0.92, 170), (1, 110)],
        rng,
    )
    bowl(image, W * 0.36, base, 150, CELADON_DARK)
    bowl(image, W * 0.64, base, 120, COBALT)


def lattice(draw, rng):
    """A faint window lattice behind the shelf, as in old village houses."""
    colour = alpha(CELADON_DARK, 45)
    for x in range(int(W * 0.04), int(W * 0.96), 240):
        draw.rectangle((x, H * 0.06, x + 200, H * 0.72), outline=colour, width=8)
        draw.line([(x + 100, H * 0.06), (x + 100, H * 0.72)], fill=colour, width=4)


def bowl(image, cx, base, radius, colour):
    soft_shadow(image, (cx - radius * 1.1, base - 25, cx + radius * 1.1, base + 30), blur=18)
    draw = pen(image)
    draw.chord(
        (cx - radius, base - radius * 1.3, cx + radius, base + radius * 0.5 - 40),
        0,
        180,
        fill=alpha(CREAM, 255),
        outline=alpha(INDIGO, 110),
        width=3,
    )
    draw.line(
        [(cx - radius * 0.8, base - 40), (cx + radius * 0.8, base - 40)],
        fill=alpha(colour, 230),
        width=10,
    )
    draw.rectangle(
        (cx - radius * 0.35, base - 22, cx + radius * 0.35, base), fill=alpha(CREAM, 255)
    )


def draw_kiln(image, rng):
    image.paste(gradient(GOLD_LIGHT, OCHRE))
    draw = pen(image)
    draw.ellipse((W * 0.62, H * 0.1, W * 0.78, H * 0.36), fill=alpha(CREAM, 200))
    hills(image, H * 0.55, OCHRE_DARK, 110, rng)
    draw.rectangle((0, H * 0.72, W, H), fill=alpha(BROWN, 255))
    # The kiln: a brick dome with a tall chimney, its mouth glowing.
    smoke(image, W * 0.38, H * 0.08, rng)
    chimney = (W * 0.34, H * 0.16, W * 0.42, H * 0.5)
    bricks(
        image,
        polygon_mask(
            [
                (chimney[0], chimney[1]),
                (chimney[2], chimney[1]),
                (chimney[2], chimney[3]),
                (chimney[0], chimney[3]),
            ]
        ),
        rng,
    )
    dome = [(W * 0.14, H * 0.75)]
    dome += [
        (W * 0.38 + W * 0.24 * math.cos(a), H * 0.75 - H * 0.36 * math.sin(a))
        for a in [math.pi * i / 60 for i in range(60, -1, -1)]
    ]
    bricks(image, polygon_mask(dome), rng)
    glow = layer()
    glow_draw = pen(glow)
    for i in range(30):
        t = i / 30
        glow_draw.ellipse(
            (W * 0.38 - 170 * (1 - t), H * 0.58 + 120 * t, W * 0.38 + 170 * (1 - t), H * 0.9),
            fill=alpha(mix((180, 40, 10), (255, 214, 120), t), 255),
        )
    arch = polygon_mask(
        [(W * 0.38 - 150, H * 0.75)]
        + [
            (W * 0.38 + 150 * math.cos(a), H * 0.66 - 110 * math.sin(a))
            for a in [math.pi * i / 30 for i in range(31)]
        ][::-1]
        + [(W * 0.38 + 150, H * 0.75)]
    )
    over(image, clip(glow, arch))
    for i, x in enumerate(range(int(W * 0.6), int(W * 0.98), 130)):
        size = 70 + (i % 3) * 18
        pot(image, x, H * 0.8, size, mix(OCHRE, LACQUER, 0.25 * (i % 3)))


def bricks(image, mask, rng):
    wall = layer()
    draw = pen(wall)
    draw.rectangle((0, 0, W, H), fill=alpha(BROWN_DARK, 255))
    row_height = 34
    for row, y in enumerate(range(0, H, row_height)):
        offset = 0 if row % 2 else 40
        for x in range(-80 + offset, W, 80):
            tone = mix((150, 70, 42), (188, 104, 60), rng.random())
            draw.rectangle((x + 3, y + 3, x + 77, y + row_height - 3), fill=alpha(tone, 255))
    over(image, clip(wall, mask))


def smoke(image, x, y, rng):
    puff = layer()
    draw = pen(puff)
    for i in range(14):
        r = 60 + i * 12
        cx = x + math.sin(i * 0.7) * 90 + i * 30
        cy = y + H * 0.1 - i * 26
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(250, 240, 225, 40))
    over(image, puff.filter(ImageFilter.GaussianBlur(24)))


def pot(image, cx, base, size, colour):
    soft_shadow(image, (cx - size, base - 15, cx + size, base + 25), strength=70, blur=14)
    outline = vessel(
        cx,
        base - size * 1.6,
        base,
        [
            (0, size * 0.35),
            (0.1, size * 0.3),
            (0.4, size * 0.9),
            (0.8, size * 0.7),
            (1, size * 0.45),
        ],
    )
    draw = pen(image)
    draw.polygon(outline, fill=alpha(colour, 255))
    # The shaded flank: the outline clamped to its right part (cheaper than a mask layer).
    edge = cx + size * 0.2
    draw.polygon([(max(x, edge), y) for x, y in outline], fill=(40, 20, 10, 60))
    draw.line(
        [(cx - size * 0.7, base - size * 0.9), (cx + size * 0.7, base - size * 0.9)],
        fill=alpha(CREAM, 120),
        width=4,
    )


def hills(image, horizon, colour, opacity, rng):
    ridge = layer()
    points = [(0, H)]
    x = 0
    while x <= W + 200:
        points.append((x, horizon - rng.uniform(0, H * 0.12)))
        x += rng.uniform(180, 340)
    points.append((W, H))
    pen(ridge).polygon(smooth(points[1:-1], 10) + [(W, H), (0, H)], fill=alpha(colour, opacity))
    over(image, ridge)


def ribbon(image, y, amplitude, period, thickness, colour, phase):
    xs = range(-40, W + 40, 10)
    top = [(x, y + amplitude * math.sin(phase + x / period)) for x in xs]

    def edge(fraction):
        return [
            (x, yy + thickness * fraction * (0.6 + 0.4 * math.cos(phase + x / (period * 0.7))))
            for x, yy in top
        ]

    mask = polygon_mask(top + list(reversed(edge(1))))
    shadow = Image.new("RGBA", (W, H), (40, 20, 10, 0))
    shadow.putalpha(
        ImageChops.offset(mask, 0, 24).filter(ImageFilter.GaussianBlur(30)).point(lambda v: v // 3)
    )
    over(image, shadow)
    band = Image.new("RGB", (W, H), colour)
    draw = pen(band)
    # Fine threads along the band give the silk its sheen.
    for k in range(1, 12):
        light = mix(colour, (255, 255, 255), 0.35 if k % 3 else 0.55)
        draw.line(edge(k / 12), fill=alpha(light, 70), width=3)
    image.paste(band, (0, 0), mask)


def diamond_pattern(draw, colour, size=90):
    for row, y in enumerate(range(-size, H + size, size)):
        for x in range(-size + (size // 2) * (row % 2), W + size, size):
            draw.polygon(
                [(x, y - 16), (x + 16, y), (x, y + 16), (x - 16, y)], outline=colour, width=3
            )
            draw.ellipse((x - 4, y - 4, x + 4, y + 4), fill=colour)


def draw_silk(image, rng):
    image.paste(gradient(CREAM, PAPER))
    diamond_pattern(pen(image), alpha(GOLD, 70))
    ribbon(image, H * 0.18, 110, 260, 260, INDIGO, 0.4)
    ribbon(image, H * 0.36, 140, 300, 280, LACQUER, 1.7)
    ribbon(image, H * 0.58, 120, 240, 230, GOLD, 2.9)
    ribbon(image, H * 0.76, 90, 280, 240, CELADON_DARK, 4.1)
    spool(image, W * 0.86, H * 0.82, LACQUER)
    spool(image, W * 0.93, H * 0.86, INDIGO)


def spool(image, cx, cy, colour):
    soft_shadow(image, (cx - 90, cy + 60, cx + 90, cy + 110), blur=16)
    draw = pen(image)
    draw.rectangle((cx - 70, cy - 90, cx + 70, cy + 90), fill=alpha(colour, 255))
    for y in range(int(cy - 85), int(cy + 90), 10):
        draw.line(
            [(cx - 70, y), (cx + 70, y + 4)],
            fill=alpha(mix(colour, (255, 255, 255), 0.3), 160),
            width=3,
        )
    for y in (cy - 110, cy + 90):
        draw.rounded_rectangle((cx - 95, y, cx + 95, y + 22), radius=8, fill=alpha(BROWN, 255))


def draw_loom(image, rng):
    image.paste(gradient((226, 206, 170), (196, 160, 112)))
    draw = pen(image)
    left, right, top, cloth_top, bottom = W * 0.2, W * 0.8, H * 0.12, H * 0.58, H * 0.86
    # Warp threads fan out from the top beam towards the cloth.
    for i in range(140):
        t = i / 139
        x_top = left + 40 + (right - left - 80) * t
        x_bottom = left + 60 + (right - left - 120) * t
        colour = GOLD_LIGHT if i % 2 else CREAM
        draw.line([(x_top, top + 40), (x_bottom, cloth_top)], fill=alpha(colour, 255), width=3)
    cloth = (left + 60, cloth_top, right - 60, bottom)
    draw.rectangle(cloth, fill=alpha(LACQUER, 255))
    for row, y in enumerate(range(int(cloth_top) + 30, int(bottom), 60)):
        for x in range(int(cloth[0]) + 30 + (row % 2) * 30, int(cloth[2]) - 20, 60):
            draw.polygon(
                [(x, y - 18), (x + 18, y), (x, y + 18), (x - 18, y)], fill=alpha(GOLD, 255)
            )
            draw.ellipse((x - 5, y - 5, x + 5, y + 5), fill=alpha(LACQUER, 255))
    for y in range(int(cloth_top), int(bottom), 6):
        draw.line([(cloth[0], y), (cloth[2], y)], fill=(255, 255, 255, 18), width=2)
    # The frame and the beater.
    beam = alpha(BROWN, 255)
    draw.rounded_rectangle((left - 50, top - 10, left + 10, H * 0.96), radius=14, fill=beam)
    draw.rounded_rectangle((right - 10, top - 10, right + 50, H * 0.96), radius=14, fill=beam)
    draw.rounded_rectangle(
        (left - 80, top, right + 80, top + 60), radius=20, fill=alpha(BROWN_DARK, 255)
    )
    draw.rounded_rectangle(
        (left - 20, cloth_top - 50, right + 20, cloth_top - 10), radius=12, fill=beam
    )
    draw.rounded_rectangle(
        (left - 80, bottom, right + 80, bottom + 60), radius=20, fill=alpha(BROWN_DARK, 255)
    )
    shuttle(image, W * 0.55, cloth_top - 110)


def shuttle(image, cx, cy):
    soft_shadow(image, (cx - 220, cy + 20, cx + 220, cy + 70), blur=14)
    draw = pen(image)
    draw.polygon(petal(cx - 230, cy, 460, 90, 0), fill=alpha(OCHRE_DARK, 255))
    draw.rounded_rectangle((cx - 90, cy - 22, cx + 90, cy + 22), radius=18, fill=alpha(INDIGO, 255))
    for x in range(int(cx - 80), int(cx + 80), 12):
        draw.line([(x, cy - 20), (x + 6, cy + 20)], fill=alpha(COBALT, 255), width=3)


def eggshell(draw, box, rng, colour=CREAM):
    """Crushed eggshell inlay: small irregular tiles with hairline gaps."""
    x0, y0, x1, y1 = box
    for _ in range(int((x1 - x0) * (y1 - y0) / 900)):
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        r = rng.uniform(8, 18)
        points = [
            (x + r * math.cos(a) * rng.uniform(0.6, 1), y + r * math.sin(a) * rng.uniform(0.6, 1))
            for a in [k * math.tau / 5 + rng.random() for k in range(5)]
        ]
        draw.polygon(points, fill=alpha(mix(colour, PAPER, rng.random() * 0.4), 255))


def draw_lacquer(image, rng):
    image.paste(gradient(LACQUER_DARK, (18, 8, 8)))
    draw = pen(image)
    for _ in range(60):
        x, y, s = rng.uniform(0, W), rng.uniform(0, H), rng.uniform(10, 30)
        draw.rectangle((x, y, x + s, y + s), fill=alpha(GOLD, rng.randint(40, 120)))
    # A lacquer panel: gold hills, a red sun and eggshell clouds.
    panel = (W * 0.06, H * 0.1, W * 0.46, H * 0.9)
    soft_shadow(image, (panel[0], panel[3] - 30, panel[2], panel[3] + 60))
    draw.rectangle(panel, fill=alpha(INK, 255), outline=alpha(GOLD, 255), width=14)
    inner = layer()
    inner_draw = pen(inner)
    inner_draw.ellipse((W * 0.26, H * 0.2, W * 0.38, H * 0.39), fill=alpha(LACQUER, 255))
    for k, colour in enumerate((OCHRE_DARK, GOLD, GOLD_LIGHT)):
        base = H * (0.58 + 0.1 * k)
        ridge = (
            [(panel[0], base)]
            + [
                (
                    panel[0] + (panel[2] - panel[0]) * t / 8,
                    base - rng.uniform(40, 160) * math.sin(math.pi * t / 8),
                )
                for t in range(9)
            ]
            + [(panel[2], panel[3]), (panel[0], panel[3])]
        )
        inner_draw.polygon(smooth(ridge[:-2], 8) + ridge[-2:], fill=alpha(colour, 255))
    eggshell(inner_draw, (W * 0.09, H * 0.3, W * 0.24, H * 0.38), rng)
    eggshell(inner_draw, (W * 0.3, H * 0.44, W * 0.43, H * 0.5), rng)
    panel_mask = Image.new("L", (W, H), 0)
    pen(panel_mask).rectangle(
        (panel[0] + 14, panel[1] + 14, panel[2] - 14, panel[3] - 14), fill=255
    )
    over(image, clip(inner, panel_mask))
    tray(image, W * 0.73, H * 0.52, H * 0.36, rng)


def tray(image, cx, cy, radius, rng):
    soft_shadow(image, (cx - radius, cy + radius * 0.7, cx + radius, cy + radius * 1.15), blur=30)
    draw = pen(image)
    for k, colour in enumerate((GOLD, LACQUER, INK, LACQUER)):
        r = radius * (1 - 0.06 * k)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=alpha(colour, 255))
    for n in range(8):
        angle = n * math.pi / 4
        draw.polygon(petal(cx, cy, radius * 0.72, radius * 0.3, angle), fill=alpha(GOLD, 255))
        draw.polygon(petal(cx, cy, radius * 0.5, radius * 0.14, angle), fill=alpha(LACQUER, 255))
    draw.ellipse(
        (cx - radius * 0.16, cy - radius * 0.16, cx + radius * 0.16, cy + radius * 0.16),
        fill=alpha(GOLD_LIGHT, 255),
    )
    highlight = layer()
    pen(highlight).ellipse(
        (cx - radius * 0.8, cy - radius * 0.9, cx + radius * 0.1, cy - radius * 0.3),
        fill=(255, 255, 255, 28),
    )
    over(image, highlight.filter(ImageFilter.GaussianBlur(20)))


def lotus_flower(image, cx, cy, size, opening=1.0):
    draw = pen(image)
    # Back petals first, front petals last, each a little lighter at the tip.
    for ring, (count, spread, shade) in enumerate(((5, 1.3, 0.0), (4, 0.9, 0.3), (3, 0.45, 0.55))):
        for i in range(count):
            offset = (i - (count - 1) / 2) / max(count - 1, 1)
            angle = -math.pi / 2 + offset * spread * opening
            length = size * (1.0 - 0.12 * ring)
            colour = mix(PINK, PINK_LIGHT, shade + 0.15 * abs(offset))
            draw.polygon(
                petal(cx, cy, length, size * 0.42, angle),
                fill=alpha(colour, 255),
                outline=alpha(mix(PINK, LACQUER, 0.3), 120),
                width=3,
            )
    draw.ellipse(
        (cx - size * 0.16, cy - size * 0.2, cx + size * 0.16, cy - size * 0.02),
        fill=alpha(GOLD, 255),
    )


def lotus_leaf(image, cx, cy, rx, ry, colour):
    draw = pen(image)
    draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=alpha(colour, 255))
    draw.pieslice(
        (cx - rx, cy - ry, cx + rx, cy + ry), 80, 100, fill=alpha(mix(colour, CELADON, 0.6), 255)
    )
    for n in range(14):
        angle = n * math.tau / 14
        draw.line(
            [(cx, cy), (cx + rx * 0.95 * math.cos(angle), cy + ry * 0.95 * math.sin(angle))],
            fill=alpha(mix(colour, (255, 255, 255), 0.25), 150),
            width=4,
        )


def draw_lotus(image, rng):
    image.paste(gradient(PINK_LIGHT, CELADON))
    draw = pen(image)
    draw.rectangle((0, H * 0.45, W, H), fill=alpha(CELADON_DARK, 255))
    for y in range(int(H * 0.47), H, 26):
        wave_line(draw, 0, W, y, 5, 400, alpha(CELADON, 120), 3, phase=y)
    stems = [(W * 0.3, H * 0.3), (W * 0.55, H * 0.2), (W * 0.78, H * 0.36), (W * 0.14, H * 0.45)]
    for x, y in stems:
        draw.line([(x, y), (x + 10, H * 0.8)], fill=alpha(LEAF_DARK, 255), width=12)
    leaves = [
        (W * 0.2, H * 0.82, 300, 90),
        (W * 0.62, H * 0.72, 260, 70),
        (W * 0.88, H * 0.9, 330, 100),
        (W * 0.42, H * 0.95, 280, 80),
        (W * 0.05, H * 0.62, 200, 50),
    ]
    for i, (x, y, rx, ry) in enumerate(leaves):
        lotus_leaf(image, x, y, rx, ry, LEAF if i % 2 else LEAF_DARK)
    lotus_flower(image, *stems[0], 230)
    lotus_flower(image, *stems[1], 280)
    lotus_flower(image, *stems[2], 200, opening=0.6)
    bud = petal(stems[3][0], stems[3][1], 140, 90, -math.pi / 2)
    draw.polygon(bud, fill=alpha(PINK, 255))


def draw_lotus_tea(image, rng):
    image.paste(gradient(CREAM, PAPER))
    draw = pen(image)
    # A moon window onto the West Lake lotus pond.
    window = (W * 0.52, H * 0.04, W * 0.96, H * 0.74)
    pond = gradient(PINK_LIGHT, CELADON_DARK)
    for i in range(5):
        lotus_leaf(
            pond,
            W * (0.55 + 0.1 * i),
            H * (0.6 + 0.04 * (i % 2)),
            120,
            36,
            LEAF if i % 2 else LEAF_DARK,
        )
    lotus_flower(pond, W * 0.8, H * 0.42, 140)
    mask = Image.new("L", (W, H), 0)
    pen(mask).ellipse(window, fill=255)
    image.paste(pond, (0, 0), mask)
    draw.ellipse(window, outline=alpha(BROWN, 255), width=22)
    draw.rectangle((0, H * 0.76, W, H), fill=alpha(BROWN, 255))
    draw.rectangle((0, H * 0.76, W, H * 0.78), fill=alpha(OCHRE, 255))
    teapot(image, W * 0.3, H * 0.77)
    for x in (W * 0.52, W * 0.62):
        cup(image, x, H * 0.77)
    lotus_flower(image, W * 0.8, H * 0.74, 150)
    steam = layer()
    steam_draw = pen(steam)
    for k in range(3):
        points = [
            (W * (0.5 + 0.1 * (k % 2)) + 30 * math.sin(t / 6 + k), H * 0.68 - t * 12)
            for t in range(30)
        ]
        steam_draw.line(points, fill=(255, 255, 255, 170), width=12, joint="curve")
    over(image, steam.filter(ImageFilter.GaussianBlur(8)))


def teapot(image, cx, base):
    soft_shadow(image, (cx - 260, base - 30, cx + 260, base + 40), blur=20)
    draw = pen(image)
    body = (cx - 210, base - 330, cx + 210, base)
    draw.polygon(
        [
            (cx + 170, base - 170),
            (cx + 330, base - 330),
            (cx + 350, base - 310),
            (cx + 200, base - 110),
        ],
        fill=alpha(CELADON_DARK, 255),
    )
    draw.arc(
        (cx - 330, base - 300, cx - 110, base - 80),
        90,
        270,
        fill=alpha(CELADON_DARK, 255),
        width=30,
    )
    draw.ellipse(body, fill=alpha(CELADON, 255))
    shade = layer()
    pen(shade).ellipse((cx - 80, base - 360, cx + 320, base + 40), fill=(40, 70, 50, 60))
    over(image, clip(shade, polygon_mask(_ellipse_points(body))))
    draw.chord(
        (cx - 110, base - 390, cx + 110, base - 290), 180, 360, fill=alpha(CELADON_DARK, 255)
    )
    draw.ellipse((cx - 24, base - 420, cx + 24, base - 380), fill=alpha(CELADON_DARK, 255))
    for k in range(3):
        wave_line(
            draw, cx - 160, cx + 160, base - 170 + k * 24, 8, 90, alpha(CREAM, 150), 4, phase=k
        )


def _ellipse_points(box, steps=90):
    x0, y0, x1, y1 = box
    cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
    return [
        (cx + rx * math.cos(a), cy + ry * math.sin(a))
        for a in [k * math.tau / steps for k in range(steps)]
    ]


def cup(image, cx, base):
    soft_shadow(image, (cx - 90, base - 12, cx + 90, base + 24), blur=12)
    draw = pen(image)
    draw.chord((cx - 80, base - 150, cx + 80, base + 10), 0, 180, fill=alpha(CREAM, 255))
    draw.ellipse(
        (cx - 80, base - 90, cx + 80, base - 60),
        fill=alpha((186, 170, 90), 255),
        outline=alpha(CREAM, 255),
        width=6,
    )
    draw.line([(cx - 70, base - 40), (cx + 70, base - 40)], fill=alpha(COBALT, 220), width=6)


def bamboo_stalk(draw, x, top, bottom, width, colour, rng):
    lean = rng.uniform(-40, 40)
    segments = int((bottom - top) / rng.uniform(150, 220)) + 1
    for k in range(segments):
        y0 = top + (bottom - top) * k / segments
        y1 = top + (bottom - top) * (k + 1) / segments
        x0 = x + lean * (1 - k / segments)
        x1 = x + lean * (1 - (k + 1) / segments)
        draw.polygon(
            [
                (x0 - width / 2, y0),
                (x0 + width / 2, y0),
                (x1 + width / 2, y1),
                (x1 - width / 2, y1),
            ],
            fill=alpha(colour, 255),
        )
        draw.line(
            [(x0 - width * 0.25, y0 + 10), (x1 - width * 0.25, y1 - 10)],
            fill=alpha(mix(colour, (255, 255, 255), 0.3), 180),
            width=max(3, int(width / 8)),
        )
        draw.rounded_rectangle(
            (x1 - width * 0.62, y1 - 8, x1 + width * 0.62, y1 + 8),
            radius=6,
            fill=alpha(mix(colour, INK, 0.35), 255),
        )
        if rng.random() < 0.6:
            side = rng.choice((-1, 1))
            for leaf in range(rng.randint(2, 4)):
                angle = math.pi / 2 - side * (math.pi / 2 - 0.5 - leaf * 0.25)
                draw.polygon(
                    petal(
                        x1, y1, rng.uniform(130, 200), 30, angle if side > 0 else math.pi - angle
                    ),
                    fill=alpha(mix(BAMBOO_DARK, BAMBOO, rng.random()), 235),
                )


def draw_bamboo(image, rng):
    image.paste(gradient((232, 236, 206), (200, 214, 160)))
    draw = pen(image)
    for depth, (colour, width) in enumerate(
        ((mix(BAMBOO, CREAM, 0.55), 40), (BAMBOO, 60), (BAMBOO_DARK, 80))
    ):
        for _ in range(5 - depth):
            bamboo_stalk(
                draw, rng.uniform(0, W), -50, H * (0.85 + 0.05 * depth), width, colour, rng
            )
    basket(image, W * 0.56, H * 0.93, 480, 300)


def basket(image, cx, base, rx, height):
    soft_shadow(image, (cx - rx, base - 30, cx + rx, base + 40), blur=20)
    weave = layer()
    draw = pen(weave)
    top = base - height
    draw.rectangle((cx - rx, top, cx + rx, base), fill=alpha(OCHRE_DARK, 255))
    strip = 36
    for row, y in enumerate(range(int(top), int(base), strip)):
        for col, x in enumerate(range(int(cx - rx), int(cx + rx), strip)):
            on_top = (row + col) % 2 == 0
            colour = OCHRE if on_top else mix(OCHRE, GOLD_LIGHT, 0.5)
            if on_top:
                draw.rounded_rectangle(
                    (x + 2, y + 6, x + strip - 2, y + strip - 6), radius=6, fill=alpha(colour, 255)
                )
            else:
                draw.rounded_rectangle(
                    (x + 6, y + 2, x + strip - 6, y + strip - 2), radius=6, fill=alpha(colour, 255)
                )
    outline = [(cx - rx, top)] + [
        (cx + rx * math.cos(a), top + height * math.sin(a))
        for a in [math.pi * k / 60 for k in range(60, -1, -1)]
    ][::-1]
    outline = [(cx - rx, top), (cx + rx, top)] + [
        (cx + rx * 0.85 * math.cos(a), top + height * math.sin(a))
        for a in [math.pi * k / 60 for k in range(61)]
    ]
    over(image, clip(weave, polygon_mask(outline)))
    pen(image).rounded_rectangle(
        (cx - rx - 20, top - 22, cx + rx + 20, top + 22), radius=20, fill=alpha(OCHRE_DARK, 255)
    )


def pearl(image, points, rng):
    """Fill a shape with a shifting pastel sheen, like a slice of nacre."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, y0 = int(min(xs)), int(min(ys))
    size = (int(max(xs)) - x0 + 2, int(max(ys)) - y0 + 2)
    colours = [(236, 240, 246), (214, 236, 232), (236, 218, 236), (246, 236, 214), (208, 224, 244)]
    start, end = rng.sample(colours, 2)
    sheen = gradient(start, end, size).rotate(
        rng.uniform(-40, 40), resample=Image.Resampling.BICUBIC, fillcolor=start
    )
    mask = Image.new("L", size, 0)
    pen(mask).polygon([(x - x0, y - y0) for x, y in points], fill=255)
    # Work on the shape's box only: a full-size layer per inlay piece would be slow.
    over(image, clip(sheen, mask), dest=(x0, y0))


def draw_mother_of_pearl(image, rng):
    image.paste(gradient((28, 22, 30), (12, 10, 14)))
    draw = pen(image)
    margin = 70
    draw.rectangle((margin, margin, W - margin, H - margin), outline=alpha(GOLD, 255), width=8)
    for x in range(margin + 40, W - margin, 60):
        for y in (margin + 30, H - margin - 30):
            pearl(image, _ellipse_points((x - 12, y - 12, x + 12, y + 12), 24), rng)
    # A branch of plum blossom: a classic inlay subject.
    branch = smooth(
        [
            (W * 0.1, H * 0.85),
            (W * 0.3, H * 0.62),
            (W * 0.5, H * 0.55),
            (W * 0.7, H * 0.35),
            (W * 0.88, H * 0.2),
        ],
        10,
    )
    draw.line(branch, fill=alpha(BROWN, 255), width=30, joint="curve")
    twig = smooth([(W * 0.5, H * 0.55), (W * 0.58, H * 0.72), (W * 0.7, H * 0.78)], 10)
    draw.line(twig, fill=alpha(BROWN, 255), width=16, joint="curve")
    for x, y, size in (
        (W * 0.3, H * 0.62, 110),
        (W * 0.55, H * 0.5, 140),
        (W * 0.72, H * 0.33, 100),
        (W * 0.85, H * 0.22, 80),
        (W * 0.66, H * 0.78, 90),
        (W * 0.42, H * 0.56, 70),
    ):
        for n in range(5):
            pearl(image, petal(x, y, size, size * 0.8, n * math.tau / 5 + 0.3), rng)
        pen(image).ellipse(
            (x - size * 0.14, y - size * 0.14, x + size * 0.14, y + size * 0.14),
            fill=alpha(GOLD, 255),
        )
    for _ in range(40):
        x, y = rng.uniform(margin * 2, W - margin * 2), rng.uniform(margin * 2, H * 0.4)
        r = rng.uniform(4, 10)
        pearl(image, _ellipse_points((x - r, y - r, x + r, y + r), 12), rng)


def draw_wood_carving(image, rng):
    image.paste(gradient((150, 96, 54), (112, 70, 38)))
    draw = pen(image)
    for y in range(0, H, 14):
        wave_line(
            draw,
            0,
            W,
            y,
            rng.uniform(3, 12),
            rng.uniform(300, 900),
            alpha(BROWN_DARK, 60),
            3,
            phase=rng.random() * 6,
        )
    frame = (W * 0.08, H * 0.1, W * 0.92, H * 0.9)
    bevel(draw, frame, 40)
    inner = (frame[0] + 60, frame[1] + 60, frame[2] - 60, frame[3] - 60)
    draw.rectangle(inner, fill=alpha(BROWN_DARK, 255))
    # Cloud scrolls in relief: a light edge above, a dark edge below, like chisel cuts.
    for row, y in enumerate(range(int(inner[1]) + 130, int(inner[3]), 220)):
        for x in range(int(inner[0]) + 140 + (row % 2) * 150, int(inner[2]) - 80, 300):
            scroll(draw, x, y, 95)
    for x, y in (
        (inner[0] + 80, inner[1] + 80),
        (inner[2] - 80, inner[1] + 80),
        (inner[0] + 80, inner[3] - 80),
        (inner[2] - 80, inner[3] - 80),
    ):
        draw.ellipse(
            (x - 34, y - 34, x + 34, y + 34),
            fill=alpha(GOLD, 255),
            outline=alpha(GOLD_LIGHT, 255),
            width=6,
        )


def bevel(draw, box, depth):
    x0, y0, x1, y1 = box
    draw.rectangle(box, fill=alpha(OCHRE_DARK, 255))
    draw.polygon(
        [(x0, y0), (x1, y0), (x1 - depth, y0 + depth), (x0 + depth, y0 + depth)],
        fill=alpha(OCHRE, 255),
    )
    draw.polygon(
        [(x0, y0), (x0 + depth, y0 + depth), (x0 + depth, y1 - depth), (x0, y1)],
        fill=alpha(OCHRE, 230),
    )
    draw.polygon(
        [(x0, y1), (x1, y1), (x1 - depth, y1 - depth), (x0 + depth, y1 - depth)],
        fill=alpha(BROWN_DARK, 255),
    )
    draw.polygon(
        [(x1, y0), (x1, y1), (x1 - depth, y1 - depth), (x1 - depth, y0 + depth)],
        fill=alpha(BROWN, 255),
    )


def scroll(draw, cx, cy, size):
    spiral = [
        (cx + size * (1 - t / 3.2) * math.cos(t), cy + size * 0.7 * (1 - t / 3.2) * math.sin(t))
        for t in [k * 0.12 for k in range(0, 80)]
    ]
    tail = [(cx - size * 1.4 + k * 8, cy + size * 0.7 + 18 * math.sin(k / 6)) for k in range(0, 36)]
    for offset, colour in (((-5, -5), GOLD_LIGHT), ((6, 6), INK), ((0, 0), OCHRE)):
        moved = [(x + offset[0], y + offset[1]) for x, y in spiral]
        draw.line(moved, fill=alpha(colour, 255), width=22, joint="curve")
        draw.line(
            [(x + offset[0], y + offset[1]) for x, y in tail],
            fill=alpha(colour, 255),
            width=18,
            joint="curve",
        )


def draw_river(image, rng):
    image.paste(gradient((250, 226, 180), (246, 200, 170)))
    draw = pen(image)
    draw.ellipse((W * 0.6, H * 0.14, W * 0.74, H * 0.36), fill=alpha((252, 240, 214), 255))
    hills(image, H * 0.42, (150, 150, 150), 70, rng)
    hills(image, H * 0.5, CELADON_DARK, 150, rng)
    draw = pen(image)
    draw.rectangle((0, H * 0.55, W, H), fill=alpha(OCHRE, 255))
    for y in range(int(H * 0.57), H, 22):
        length = rng.uniform(80, 400)
        x = rng.uniform(0, W)
        draw.line([(x, y), (x + length, y)], fill=alpha(GOLD_LIGHT, 130), width=4)
    draw.line([(W * 0.6, H * 0.57), (W * 0.74, H * 0.57)], fill=alpha(CREAM, 160), width=6)
    # Far bank: a dyke with a line of trees and a village roof.
    draw.rectangle((0, H * 0.53, W, H * 0.56), fill=alpha(LEAF_DARK, 255))
    for x in range(0, W, 60):
        r = rng.uniform(24, 46)
        draw.ellipse(
            (x - r, H * 0.53 - r * 1.6, x + r, H * 0.53 + 6),
            fill=alpha(mix(LEAF, LEAF_DARK, rng.random()), 255),
        )
    roof(draw, W * 0.25, H * 0.53, 160)
    roof(draw, W * 0.33, H * 0.535, 110)
    boat(draw, W * 0.46, H * 0.76)
    draw.polygon(
        [(0, H * 0.88), (W * 0.3, H * 0.82), (W * 0.5, H), (0, H)], fill=alpha(LEAF_DARK, 255)
    )
    for x in range(0, int(W * 0.4), 18):
        draw.line(
            [(x, H), (x + rng.uniform(-30, 30), H * 0.8 + rng.uniform(0, 80))],
            fill=alpha(BAMBOO, 220),
            width=5,
        )


def roof(draw, cx, base, width):
    draw.rectangle(
        (cx - width * 0.4, base - width * 0.35, cx + width * 0.4, base), fill=alpha(CREAM, 255)
    )
    draw.polygon(
        [
            (cx - width * 0.6, base - width * 0.3),
            (cx, base - width * 0.7),
            (cx + width * 0.6, base - width * 0.3),
        ],
        fill=alpha(LACQUER, 255),
    )


def boat(draw, cx, cy):
    hull = [(cx - 300, cy - 30), (cx + 300, cy - 40), (cx + 220, cy + 30), (cx - 240, cy + 30)]
    draw.polygon(hull, fill=alpha(BROWN_DARK, 255))
    draw.chord((cx - 120, cy - 140, cx + 120, cy + 20), 180, 360, fill=alpha(OCHRE_DARK, 255))
    draw.line([(cx + 150, cy - 30), (cx + 150, cy - 160)], fill=alpha(INK, 255), width=14)
    draw.polygon(
        [(cx + 110, cy - 160), (cx + 150, cy - 210), (cx + 190, cy - 160)],
        fill=alpha(GOLD_LIGHT, 255),
    )
    draw.line([(cx + 150, cy - 120), (cx + 330, cy + 120)], fill=alpha(INK, 255), width=8)
    for k in range(4):
        draw.line(
            [(cx - 320 + k * 40, cy + 45 + k * 10), (cx + 320 - k * 40, cy + 45 + k * 10)],
            fill=alpha(GOLD_LIGHT, 120),
            width=4,
        )


def draw_market(image, rng):
    image.paste(gradient((246, 224, 186), (236, 206, 160)))
    draw = pen(image)
    draw.rectangle((0, H * 0.78, W, H), fill=alpha(OCHRE_DARK, 255))
    for x in range(0, W, 120):
        draw.line([(x, H * 0.78), (x - 80, H)], fill=alpha(BROWN, 120), width=4)
    for i, colour in enumerate((LACQUER, INDIGO, CELADON_DARK)):
        stall(image, i * W // 3 + 30, W // 3 - 60, colour, rng)
    for x in range(int(W * 0.12), W, int(W * 0.22)):
        lantern(draw, x, H * 0.05)


def stall(image, x0, width, colour, rng):
    draw = pen(image)
    top = H * 0.16
    for k, x in enumerate(range(int(x0), int(x0 + width), 60)):
        fill = colour if k % 2 == 0 else CREAM
        draw.rectangle((x, top, min(x + 60, x0 + width), top + 120), fill=alpha(fill, 255))
        draw.pieslice(
            (x, top + 90, min(x + 60, x0 + width), top + 150), 0, 180, fill=alpha(fill, 255)
        )
    draw.rectangle((x0, top + 130, x0 + 14, H * 0.8), fill=alpha(BROWN, 255))
    draw.rectangle((x0 + width - 14, top + 130, x0 + width, H * 0.8), fill=alpha(BROWN, 255))
    for shelf_y in (H * 0.48, H * 0.78):
        draw.rectangle((x0, shelf_y, x0 + width, shelf_y + 18), fill=alpha(BROWN_DARK, 255))
        x = x0 + 50
        while x < x0 + width - 50:
            size = rng.uniform(40, 80)
            glaze = rng.choice((COBALT, CELADON, OCHRE, CREAM, LACQUER, BROWN))
            pot(image, x, shelf_y, size * 0.9, glaze)
            x += size * 1.9


def lantern(draw, cx, top):
    draw.line([(cx, 0), (cx, top + 40)], fill=alpha(INK, 255), width=4)
    draw.ellipse((cx - 50, top + 40, cx + 50, top + 170), fill=alpha(LACQUER, 255))
    for k in (-25, 0, 25):
        draw.arc(
            (cx - 50 + abs(k), top + 40, cx + 50 - abs(k), top + 170),
            270 if k < 0 else 90,
            90 if k < 0 else 270,
            fill=alpha(GOLD, 200),
            width=3,
        )
    draw.rectangle((cx - 22, top + 30, cx + 22, top + 48), fill=alpha(GOLD, 255))
    draw.rectangle((cx - 22, top + 164, cx + 22, top + 182), fill=alpha(GOLD, 255))
    draw.line([(cx, top + 182), (cx, top + 240)], fill=alpha(LACQUER, 255), width=6)


# --- Motifs added so every village, story and route has its own picture -------------


def jagged(cx, cy, rx, ry, rng, corners=7, angle=0.0):
    """An irregular broken outline around (cx, cy): a potsherd or a cut piece."""
    points = []
    for k in range(corners):
        a = angle + k * math.tau / corners + rng.uniform(-0.25, 0.25)
        reach = rng.uniform(0.7, 1.0)
        points.append((cx + rx * reach * math.cos(a), cy + ry * reach * math.sin(a)))
    return points


def shard(image, cx, cy, size, glaze, rng, pattern=COBALT):
    """A broken piece of glazed pottery lying flat: body edge, glaze and a painted stroke."""
    outline = jagged(cx, cy, size, size * 0.62, rng, corners=rng.randint(5, 8), angle=rng.random())
    soft_shadow(image, (cx - size, cy - size * 0.2, cx + size, cy + size * 0.75), 80, 12)
    draw = pen(image)
    draw.polygon(
        [(x, y + size * 0.12) for x, y in outline], fill=alpha(mix(OCHRE, BROWN, 0.4), 255)
    )
    xs, ys = [p[0] for p in outline], [p[1] for p in outline]
    x0, y0 = int(min(xs)) - 4, int(min(ys)) - 4
    size_box = (int(max(xs)) - x0 + 8, int(max(ys)) - y0 + 8)
    piece = Image.new("RGB", size_box, glaze)
    piece_draw = pen(piece)
    w, h = size_box
    if pattern is not None:
        phase = rng.random() * 6
        for k in range(2):
            points = [
                (x, h * (0.35 + 0.3 * k) + h * 0.08 * math.sin(phase + x / (w * 0.18)))
                for x in range(0, w + 8, 8)
            ]
            piece_draw.line(points, fill=alpha(pattern, 230), width=max(4, int(size / 22)))
        piece_draw.polygon(
            petal(w * 0.3, h * 0.5, w * 0.4, h * 0.3, rng.uniform(-0.6, 0.6)),
            fill=alpha(pattern, 150),
        )
    piece_draw.ellipse((w * 0.05, h * 0.05, w * 0.5, h * 0.35), fill=(255, 255, 255, 50))
    mask = Image.new("L", size_box, 0)
    pen(mask).polygon([(x - x0, y - y0) for x, y in outline], fill=255)
    image.paste(piece, (x0, y0), mask)
    pen(image).line(outline + [outline[0]], fill=alpha(mix(glaze, INK, 0.45), 160), width=3)


def draw_shards(image, rng):
    image.paste(gradient((244, 220, 176), (232, 204, 170)))
    draw = pen(image)
    draw.ellipse((W * 0.12, H * 0.08, W * 0.24, H * 0.27), fill=alpha((252, 240, 214), 255))
    hills(image, H * 0.3, (160, 150, 140), 60, rng)
    draw = pen(image)
    # The dyke: a long grassy embankment with a road on top and a line of trees.
    draw.polygon(
        [(0, H * 0.33), (W, H * 0.27), (W, H * 0.43), (0, H * 0.47)],
        fill=alpha(mix(BAMBOO, BAMBOO_DARK, 0.4), 255),
    )
    draw.polygon(
        [(0, H * 0.33), (W, H * 0.27), (W, H * 0.295), (0, H * 0.355)],
        fill=alpha(mix(OCHRE, CREAM, 0.3), 255),
    )
    for x in range(0, W, 90):
        y = H * 0.33 - (H * 0.06) * x / W
        r = rng.uniform(26, 48)
        draw.ellipse(
            (x - r, y - r * 1.8, x + r, y + 4), fill=alpha(mix(LEAF, LEAF_DARK, rng.random()), 255)
        )
    roof(draw, W * 0.7, H * 0.29, 130)
    # The Red River, wide and silty, then the sandy bank in the foreground.
    draw.polygon(
        [(0, H * 0.47), (W, H * 0.43), (W, H * 0.6), (0, H * 0.66)],
        fill=alpha((186, 120, 84), 255),
    )
    for y in range(int(H * 0.48), int(H * 0.62), 18):
        x = rng.uniform(-100, W)
        draw.line(
            [(x, y), (x + rng.uniform(120, 420), y - 8)], fill=alpha(GOLD_LIGHT, 110), width=4
        )
    bank = smooth([(0, H * 0.64), (W * 0.3, H * 0.62), (W * 0.65, H * 0.6), (W, H * 0.57)], 12)
    draw.polygon(bank + [(W, H), (0, H)], fill=alpha((222, 190, 140), 255))
    for _ in range(260):
        x, y = rng.uniform(0, W), rng.uniform(H * 0.64, H)
        r = rng.uniform(3, 9)
        draw.ellipse((x - r, y - r * 0.6, x + r, y + r * 0.6), fill=alpha(OCHRE_DARK, 70))
    for k in range(5):
        y = H * (0.68 + 0.06 * k)
        wave_line(draw, 0, W, y, 10, 700, alpha(CREAM, 70), 4, phase=k * 1.3)
    # A half-buried jar and the shards the river keeps turning up.
    jar = vessel(
        W * 0.18,
        H * 0.62,
        H * 0.86,
        [(0, 80), (0.1, 70), (0.4, 190), (0.75, 200), (1, 170)],
    )
    soft_shadow(image, (W * 0.18 - 230, H * 0.82, W * 0.18 + 230, H * 0.9), 90, 18)
    draw = pen(image)
    draw.polygon(jar, fill=alpha(mix(OCHRE_DARK, BROWN, 0.4), 255))
    draw.polygon([(max(x, W * 0.2), y) for x, y in jar], fill=(40, 20, 10, 60))
    draw.ellipse(
        (W * 0.18 - 80, H * 0.62 - 16, W * 0.18 + 80, H * 0.62 + 16), fill=alpha(BROWN_DARK, 255)
    )
    # A chipped rim: an old jar, broken where the river wore it.
    draw.polygon(
        [(W * 0.18 + 20, H * 0.605), (W * 0.18 + 60, H * 0.645), (W * 0.18 + 95, H * 0.6)],
        fill=alpha(mix((244, 220, 176), (232, 204, 170), 0.7), 255),
    )
    for k, y in enumerate((H * 0.7, H * 0.72)):
        draw.line(
            [(W * 0.18 - 185 + 6 * k, y), (W * 0.18 + 185 - 6 * k, y)],
            fill=alpha(CELADON, 200),
            width=8,
        )
    for n in range(5):
        draw.polygon(
            petal(W * 0.18 - 120 + n * 60, H * 0.77, 60, 34, -math.pi / 2),
            fill=alpha(mix(CELADON, OCHRE_DARK, 0.3), 200),
        )
    draw.polygon(
        smooth([(W * 0.02, H * 0.88), (W * 0.18, H * 0.83), (W * 0.34, H * 0.87)], 8)
        + [(W * 0.34, H * 0.9), (W * 0.02, H * 0.9)],
        fill=alpha((222, 190, 140), 255),
    )
    pieces = [
        (0.42, 0.72, 120, CREAM, COBALT),
        (0.58, 0.8, 150, CREAM, COBALT),
        (0.75, 0.7, 100, CELADON, CELADON_DARK),
        (0.86, 0.86, 140, CREAM, COBALT),
        (0.34, 0.9, 110, CELADON, None),
        (0.66, 0.93, 90, (226, 200, 150), BROWN),
        (0.5, 0.66, 70, CREAM, COBALT),
        (0.95, 0.68, 80, (226, 200, 150), BROWN),
    ]
    for x, y, size, glaze, pattern in pieces:
        shard(image, W * x, H * y, size, glaze, rng, pattern)


def hand(image, cx, cy, size, side, skin):
    """A simple flat hand reaching in from one side, its fingers curved towards the middle."""
    draw = pen(image)
    shade = mix(skin, BROWN, 0.3)
    # Forearm in a rolled sleeve, palm, then four fingers and a thumb.
    arm_end = cx - side * size * 2.6
    draw.polygon(
        [
            (arm_end, cy - size * 0.3),
            (cx - side * size * 0.4, cy - size * 0.45),
            (cx - side * size * 0.4, cy + size * 0.45),
            (arm_end, cy + size * 0.55),
        ],
        fill=alpha(skin, 255),
    )
    draw.polygon(
        [
            (arm_end - side * 20, cy - size * 0.45),
            (arm_end + side * size * 0.5, cy - size * 0.42),
            (arm_end + side * size * 0.5, cy + size * 0.7),
            (arm_end - side * 20, cy + size * 0.75),
        ],
        fill=alpha(INDIGO, 255),
    )
    draw.ellipse(
        (cx - size * 0.6, cy - size * 0.55, cx + size * 0.6, cy + size * 0.55),
        fill=alpha(skin, 255),
    )
    for k in range(4):
        y = cy - size * 0.42 + k * size * 0.27
        x0 = cx + side * size * 0.2
        x1 = cx + side * size * (0.95 - 0.06 * abs(k - 1.5))
        draw.line([(x0, y), (x1, y + size * 0.05)], fill=alpha(skin, 255), width=int(size * 0.24))
        draw.ellipse(
            (x1 - size * 0.12, y + size * 0.05 - size * 0.12, x1 + size * 0.12, y + size * 0.17),
            fill=alpha(skin, 255),
        )
        draw.line(
            [(x0, y + size * 0.13), (x1 - side * size * 0.1, y + size * 0.16)],
            fill=alpha(shade, 120),
            width=3,
        )
    draw.line(
        [(cx, cy - size * 0.4), (cx + side * size * 0.55, cy - size * 0.8)],
        fill=alpha(skin, 255),
        width=int(size * 0.26),
    )


def draw_wheel(image, rng):
    image.paste(gradient((236, 214, 180), (214, 184, 146)))
    draw = pen(image)
    # The workshop: a shelf of pots drying behind the wheel.
    for shelf_y in (H * 0.28, H * 0.5):
        draw.rectangle((0, shelf_y, W, shelf_y + 22), fill=alpha(BROWN, 180))
        x = 80
        while x < W:
            size = rng.uniform(36, 60)
            pot(image, x, shelf_y, size, mix((200, 170, 130), OCHRE, rng.random() * 0.5))
            x += size * 2.6 + rng.uniform(10, 60)
        draw = pen(image)
    light = Image.new("RGBA", (W // 4, H // 4), (0, 0, 0, 0))
    pen(light).polygon(
        [(W * 0.0125, 0), (W * 0.0875, 0), (W * 0.1875, H / 4), (W * 0.0625, H / 4)],
        fill=(255, 250, 230, 40),
    )
    over(image, light.filter(ImageFilter.GaussianBlur(10)).resize((W, H)))
    draw = pen(image)
    draw.rectangle((0, H * 0.8, W, H), fill=alpha(BROWN_DARK, 255))
    # The wheel: a wooden base, the turning wheel head and motion arcs.
    cx, head = W * 0.5, H * 0.74
    soft_shadow(image, (cx - 700, H * 0.84, cx + 700, H * 0.96), 110, 30)
    draw = pen(image)
    draw.polygon(
        [(cx - 520, H * 0.8), (cx + 520, H * 0.8), (cx + 600, H * 0.95), (cx - 600, H * 0.95)],
        fill=alpha(BROWN, 255),
    )
    draw.rectangle((cx - 600, H * 0.93, cx + 600, H * 0.97), fill=alpha(OCHRE_DARK, 255))
    draw.ellipse((cx - 520, head - 40, cx + 520, head + 110), fill=alpha(OCHRE_DARK, 255))
    draw.ellipse(
        (cx - 520, head - 70, cx + 520, head + 80), fill=alpha(mix(OCHRE, BROWN, 0.2), 255)
    )
    draw.ellipse(
        (cx - 440, head - 50, cx + 440, head + 60), outline=alpha(GOLD_LIGHT, 120), width=4
    )
    for k in range(3):
        r = 560 + k * 50
        draw.arc(
            (cx - r, head - 90 - k * 10, cx + r, head + 100 + k * 10),
            20 + k * 10,
            80 + k * 10,
            fill=alpha(CREAM, 140 - 35 * k),
            width=6,
        )
        draw.arc(
            (cx - r, head - 90 - k * 10, cx + r, head + 100 + k * 10),
            140 - k * 10,
            170 - k * 10,
            fill=alpha(CREAM, 140 - 35 * k),
            width=6,
        )
    # The clay, rising into a vase between the potter's hands, wet and ringed.
    clay = (168, 110, 76)
    outline = vessel(
        cx,
        H * 0.26,
        head,
        [(0, 120), (0.08, 104), (0.25, 130), (0.55, 270), (0.85, 300), (1, 250)],
    )
    draw.polygon(outline, fill=alpha(clay, 255))
    draw.polygon([(max(x, cx + 90), y) for x, y in outline], fill=(60, 30, 14, 70))
    draw.polygon([(min(x, cx - 170), y) for x, y in outline], fill=(255, 230, 200, 50))
    draw.ellipse(
        (cx - 120, H * 0.26 - 26, cx + 120, H * 0.26 + 26), fill=alpha(mix(clay, INK, 0.4), 255)
    )
    draw.ellipse(
        (cx - 96, H * 0.26 - 16, cx + 96, H * 0.26 + 12), fill=alpha(mix(clay, INK, 0.6), 255)
    )
    for k in range(9):
        y = H * 0.32 + k * (head - H * 0.34) / 9
        half = max(abs(x - cx) for x, yy in outline if abs(yy - y) < 12) - 10
        draw.arc(
            (cx - half, y - 14, cx + half, y + 14),
            10,
            170,
            fill=alpha(mix(clay, CREAM, 0.35), 150),
            width=4,
        )
    skin = (214, 160, 118)
    hand(image, cx - 330, H * 0.58, 150, 1, skin)
    hand(image, cx + 330, H * 0.5, 150, -1, mix(skin, OCHRE_DARK, 0.15))
    draw = pen(image)
    # A drop of slip in a bowl of water and a sponge beside the wheel.
    bowl(image, W * 0.12, H * 0.86, 130, BROWN)
    draw = pen(image)
    draw.rounded_rectangle(
        (W * 0.82, H * 0.82, W * 0.9, H * 0.87), radius=20, fill=alpha(GOLD, 255)
    )


def weave(image, box, strip, colours, rng):
    """A plain over-and-under weave of flat strips filling ``box``."""
    x0, y0, x1, y1 = box
    draw = pen(image)
    draw.rectangle(box, fill=alpha(mix(colours[0], INK, 0.55), 255))
    for row, y in enumerate(range(int(y0), int(y1), strip)):
        for col, x in enumerate(range(int(x0), int(x1), strip)):
            across = (row + col) % 2 == 0
            colour = mix(colours[0], colours[1], rng.random() * 0.6)
            if across:
                draw.rounded_rectangle(
                    (x - 2, y + 5, x + strip + 2, y + strip - 5), radius=8, fill=alpha(colour, 255)
                )
                draw.line(
                    [(x + 6, y + 12), (x + strip - 6, y + 12)],
                    fill=alpha(mix(colour, CREAM, 0.5), 160),
                    width=3,
                )
            else:
                draw.rounded_rectangle(
                    (x + 5, y - 2, x + strip - 5, y + strip + 2), radius=8, fill=alpha(colour, 255)
                )
                draw.line(
                    [(x + 12, y + 6), (x + 12, y + strip - 6)],
                    fill=alpha(mix(colour, CREAM, 0.5), 160),
                    width=3,
                )


def draw_rattan(image, rng):
    weave(image, (0, 0, W, H), 84, ((176, 124, 66), GOLD_LIGHT), rng)
    shade = layer()
    pen(shade).rectangle((0, 0, W, H), fill=(40, 24, 10, 70))
    over(image, shade)
    # A half-finished round basket: woven to half height, its bare stakes still standing.
    cx, base, rx = W * 0.5, H * 0.9, 640
    soft_shadow(image, (cx - rx * 1.05, base - 40, cx + rx * 1.05, base + 60), 120, 30)
    woven_top = H * 0.55
    draw = pen(image)
    stakes = 22
    for k in range(stakes + 1):
        t = k / stakes
        x_low = cx - rx + 2 * rx * t
        x_high = cx - rx * 1.16 + 2 * rx * 1.16 * t
        draw.line(
            [(x_low, woven_top + 20), (x_high, H * 0.12 + 40 * math.sin(math.pi * t) * 0)],
            fill=alpha(mix(GOLD_LIGHT, OCHRE, 0.3), 255),
            width=16,
        )
        draw.ellipse(
            (x_high - 9, H * 0.12 - 9, x_high + 9, H * 0.12 + 9), fill=alpha(OCHRE_DARK, 255)
        )
    body = layer()
    body_draw = pen(body)
    body_draw.rectangle((0, 0, W, H), fill=alpha(OCHRE_DARK, 255))
    for row, y in enumerate(range(int(woven_top), int(base), 36)):
        for col, x in enumerate(range(int(cx - rx), int(cx + rx), 58)):
            tone = mix(OCHRE, GOLD_LIGHT, 0.55 if (row + col) % 2 else 0.15)
            body_draw.rounded_rectangle(
                (x + 2, y + 4, x + 56, y + 32), radius=14, fill=alpha(tone, 255)
            )
    outline = [(cx - rx, woven_top), (cx + rx, woven_top)] + [
        (
            cx + rx * (0.9 + 0.1 * math.cos(a)) * math.cos(a),
            woven_top + (base - woven_top) * math.sin(a),
        )
        for a in [math.pi * k / 60 for k in range(61)]
    ]
    over(image, clip(body, polygon_mask(outline)))
    curve = layer()
    pen(curve).polygon([(max(x, cx + rx * 0.35), y) for x, y in outline], fill=(40, 20, 10, 60))
    over(image, curve)
    draw = pen(image)
    draw.ellipse(
        (cx - rx, woven_top - 40, cx + rx, woven_top + 40),
        outline=alpha(mix(OCHRE, GOLD_LIGHT, 0.4), 255),
        width=22,
    )
    # The weaver strand in progress, curling off towards a loose coil.
    strand = smooth(
        [
            (cx + rx * 0.6, woven_top + 10),
            (cx + rx * 1.05, H * 0.42),
            (W * 0.92, H * 0.3),
            (W * 0.97, H * 0.52),
        ],
        16,
    )
    draw.line(strand, fill=alpha(GOLD_LIGHT, 255), width=20, joint="curve")
    cx2, cy2 = W * 0.14, H * 0.78
    soft_shadow(image, (cx2 - 220, cy2 + 80, cx2 + 220, cy2 + 150), 100, 20)
    draw = pen(image)
    for k in range(9):
        r = 200 - k * 18
        draw.ellipse(
            (cx2 - r, cy2 - r * 0.55, cx2 + r, cy2 + r * 0.55),
            outline=alpha(mix(GOLD_LIGHT, OCHRE, k / 9), 255),
            width=14,
        )
    # A bundle of split rattan canes, tied, waiting to be woven.
    for k in range(7):
        x = W * 0.76 + k * 26
        draw.line(
            [(x, H * 0.98), (x + 260, H * 0.66)],
            fill=alpha(mix(GOLD_LIGHT, OCHRE, (k % 3) / 4), 255),
            width=22,
        )
    for t in (0.3, 0.7):
        x, y = W * 0.76 + 80 + 260 * t, H * 0.98 - (H * 0.32) * t
        draw.line([(x - 110, y - 60), (x + 110, y + 60)], fill=alpha(LACQUER, 255), width=18)


def lacquer_box(image, x0, y0, width, height, lid, colour, rng):
    """A rectangular lacquer box, front face and top, with gold bands and a small motif."""
    depth = height * 0.35
    draw = pen(image)
    top = [
        (x0, y0),
        (x0 + width, y0),
        (x0 + width + depth * 0.6, y0 - depth),
        (x0 + depth * 0.6, y0 - depth),
    ]
    side = [
        (x0 + width, y0),
        (x0 + width + depth * 0.6, y0 - depth),
        (x0 + width + depth * 0.6, y0 + height - depth),
        (x0 + width, y0 + height),
    ]
    draw.rectangle((x0, y0, x0 + width, y0 + height), fill=alpha(colour, 255))
    draw.polygon(top, fill=alpha(mix(colour, (255, 255, 255), 0.18), 255))
    draw.polygon(side, fill=alpha(mix(colour, INK, 0.45), 255))
    draw.line([(x0, y0 + lid), (x0 + width, y0 + lid)], fill=alpha(GOLD, 255), width=6)
    draw.line(
        [(x0 + width, y0 + lid), (x0 + width + depth * 0.6, y0 + lid - depth)],
        fill=alpha(OCHRE_DARK, 255),
        width=6,
    )
    cx, cy = x0 + width / 2, y0 + lid + (height - lid) / 2
    r = min(width, height - lid) * 0.28
    kind = rng.randrange(3)
    if kind == 0:
        for n in range(6):
            draw.polygon(petal(cx, cy, r, r * 0.45, n * math.pi / 3), fill=alpha(GOLD, 255))
        draw.ellipse(
            (cx - r * 0.2, cy - r * 0.2, cx + r * 0.2, cy + r * 0.2), fill=alpha(CREAM, 255)
        )
    elif kind == 1:
        draw.ellipse(
            (cx - r, cy - r * 0.7, cx + r, cy + r * 0.7), outline=alpha(GOLD, 255), width=6
        )
        eggshell(draw, (cx - r * 0.5, cy - r * 0.35, cx + r * 0.5, cy + r * 0.35), rng)
    else:
        for k in range(3):
            wave_line(
                draw,
                x0 + 20,
                x0 + width - 20,
                cy - r * 0.5 + k * r * 0.5,
                10,
                width / 3,
                alpha(GOLD_LIGHT, 255),
                5,
                phase=k,
            )


def draw_lacquer_boxes(image, rng):
    image.paste(gradient((232, 214, 186), (204, 176, 140)))
    draw = pen(image)
    # A warehouse wall, a window of light, the floor.
    for x in range(0, W, 160):
        draw.line([(x, 0), (x, H * 0.78)], fill=alpha(OCHRE_DARK, 40), width=4)
    draw.rectangle((W * 0.62, H * 0.08, W * 0.9, H * 0.42), fill=alpha(CREAM, 200))
    draw.line([(W * 0.76, H * 0.08), (W * 0.76, H * 0.42)], fill=alpha(BROWN, 255), width=14)
    draw.line([(W * 0.62, H * 0.25), (W * 0.9, H * 0.25)], fill=alpha(BROWN, 255), width=14)
    draw.rectangle((W * 0.62, H * 0.08, W * 0.9, H * 0.42), outline=alpha(BROWN, 255), width=18)
    draw.rectangle((0, H * 0.78, W, H), fill=alpha(mix(BROWN, OCHRE_DARK, 0.4), 255))
    # A wooden pallet with a stack of boxes, a shipping carton and a leaning tray.
    soft_shadow(image, (W * 0.04, H * 0.86, W * 0.62, H * 0.96), 120, 26)
    draw = pen(image)
    for k in range(3):
        draw.rectangle(
            (W * 0.05, H * (0.86 + 0.035 * k), W * 0.6, H * (0.88 + 0.035 * k)),
            fill=alpha(OCHRE, 255),
        )
    for x in (W * 0.06, W * 0.31, W * 0.57):
        draw.rectangle((x, H * 0.86, x + W * 0.03, H * 0.96), fill=alpha(OCHRE_DARK, 255))
    rows = [
        [(0.07, 0.2, LACQUER), (0.29, 0.2, INK), (0.51, 0.08, LACQUER_DARK)],
        [(0.09, 0.22, INK), (0.33, 0.2, LACQUER)],
        [(0.14, 0.24, LACQUER_DARK)],
    ]
    base = H * 0.86
    for boxes in rows:
        height = H * 0.18
        for x, w, colour in boxes:
            lacquer_box(image, W * x, base - height, W * w, height, height * 0.25, colour, rng)
        base -= height + 4
    # The export carton: kraft card, tape, "this side up" arrows and a label.
    cx0, cy0, cw, ch = W * 0.64, H * 0.5, W * 0.26, H * 0.36
    soft_shadow(image, (cx0, cy0 + ch - 30, cx0 + cw + 120, cy0 + ch + 50), 110, 24)
    draw = pen(image)
    kraft = (200, 156, 104)
    draw.rectangle((cx0, cy0, cx0 + cw, cy0 + ch), fill=alpha(kraft, 255))
    draw.polygon(
        [
            (cx0 + cw, cy0),
            (cx0 + cw + 110, cy0 - 80),
            (cx0 + cw + 110, cy0 + ch - 80),
            (cx0 + cw, cy0 + ch),
        ],
        fill=alpha(mix(kraft, BROWN, 0.4), 255),
    )
    draw.polygon(
        [(cx0, cy0), (cx0 + cw, cy0), (cx0 + cw + 110, cy0 - 80), (cx0 + 110, cy0 - 80)],
        fill=alpha(mix(kraft, CREAM, 0.3), 255),
    )
    draw.rectangle(
        (cx0 + cw * 0.45, cy0, cx0 + cw * 0.55, cy0 + ch * 0.3),
        fill=alpha(mix(kraft, GOLD_LIGHT, 0.5), 255),
    )
    for k in range(2):
        ax = cx0 + 70 + k * 70
        draw.line([(ax, cy0 + 150), (ax, cy0 + 60)], fill=alpha(INK, 220), width=10)
        draw.polygon(
            [(ax - 26, cy0 + 80), (ax, cy0 + 44), (ax + 26, cy0 + 80)], fill=alpha(INK, 220)
        )
    draw.line([(cx0 + 60, cy0 + 175), (cx0 + 190, cy0 + 175)], fill=alpha(INK, 220), width=8)
    draw.rectangle(
        (cx0 + cw * 0.45, cy0 + ch * 0.5, cx0 + cw * 0.92, cy0 + ch * 0.85), fill=alpha(CREAM, 255)
    )
    for k in range(4):
        y = cy0 + ch * (0.56 + 0.07 * k)
        draw.line(
            [(cx0 + cw * 0.5, y), (cx0 + cw * (0.87 - 0.1 * (k % 2)), y)],
            fill=alpha(INK, 150),
            width=6,
        )
    # A round lacquer tray on top of the carton, waiting to be packed.
    tray(image, W * 0.8, H * 0.36, H * 0.12, rng)


def star(cx, cy, outer, inner=0.45):
    return [
        (
            cx + outer * (1 if k % 2 == 0 else inner) * math.cos(-math.pi / 2 + k * math.pi / 5),
            cy + outer * (1 if k % 2 == 0 else inner) * math.sin(-math.pi / 2 + k * math.pi / 5),
        )
        for k in range(10)
    ]


def rating_card(draw, cx, top, stars):
    """A hanging shelf label with a row of stars out of five."""
    width, height = 300, 110
    draw.line([(cx, top - 40), (cx, top)], fill=alpha(INK, 180), width=3)
    draw.rounded_rectangle(
        (cx - width / 2, top, cx + width / 2, top + height),
        radius=16,
        fill=alpha(CREAM, 255),
        outline=alpha(LACQUER, 255),
        width=6,
    )
    draw.rectangle(
        (cx - width / 2 + 6, top + 6, cx + width / 2 - 6, top + 30), fill=alpha(LACQUER, 255)
    )
    for k in range(5):
        x = cx - 2 * 52 + k * 52
        colour = GOLD if k < stars else (214, 206, 190)
        draw.polygon(star(x, top + 70, 26), fill=alpha(colour, 255))


def draw_ocop(image, rng):
    image.paste(gradient((240, 232, 214), (226, 214, 190)))
    draw = pen(image)
    lattice(draw, rng)
    shelves = (H * 0.44, H * 0.86)
    for y in shelves:
        soft_shadow(image, (W * 0.04, y + 10, W * 0.96, y + 60), 80, 20)
        draw = pen(image)
        draw.rectangle((W * 0.03, y, W * 0.97, y + 40), fill=alpha(BROWN, 255))
        draw.rectangle((W * 0.03, y, W * 0.97, y + 8), fill=alpha(OCHRE, 255))
    draw.rectangle((W * 0.03, H * 0.05, W * 0.05, H * 0.9), fill=alpha(BROWN_DARK, 255))
    draw.rectangle((W * 0.95, H * 0.05, W * 0.97, H * 0.9), fill=alpha(BROWN_DARK, 255))
    top_shelf, bottom_shelf = shelves
    # Top shelf: a blue-and-white vase, a lacquer box, a tea tin.
    blue_and_white_vase(
        image,
        W * 0.18,
        top_shelf,
        H * 0.32,
        [(0, 60), (0.1, 54), (0.3, 150), (0.7, 170), (1, 110)],
        rng,
    )
    lacquer_box(image, W * 0.38, top_shelf - H * 0.16, W * 0.2, H * 0.16, H * 0.04, LACQUER, rng)
    draw = pen(image)
    tin = (W * 0.72, top_shelf - H * 0.26, W * 0.86, top_shelf)
    draw.rounded_rectangle(tin, radius=20, fill=alpha(LEAF_DARK, 255))
    draw.rectangle((tin[0], tin[1] + 40, tin[2], tin[1] + 60), fill=alpha(GOLD, 255))
    lotus_flower(image, (tin[0] + tin[2]) / 2, tin[1] + H * 0.2, 90)
    # Bottom shelf: a bolt of silk, a rattan basket, a carved wooden box.
    draw = pen(image)
    bolt = (W * 0.09, bottom_shelf - H * 0.22, W * 0.3, bottom_shelf)
    draw.rounded_rectangle(bolt, radius=40, fill=alpha(INDIGO, 255))
    for k in range(8):
        x = bolt[0] + 30 + k * (bolt[2] - bolt[0] - 60) / 7
        draw.line([(x, bolt[1] + 10), (x, bolt[3] - 10)], fill=alpha(COBALT, 200), width=5)
    draw.ellipse(
        (bolt[2] - 70, bolt[1], bolt[2] + 20, bolt[3]), fill=alpha(mix(INDIGO, CREAM, 0.2), 255)
    )
    draw.ellipse(
        (bolt[2] - 40, (bolt[1] + bolt[3]) / 2 - 30, bolt[2] - 10, (bolt[1] + bolt[3]) / 2 + 30),
        fill=alpha(BROWN, 255),
    )
    basket(image, W * 0.5, bottom_shelf, 180, 190)
    draw = pen(image)
    box = (W * 0.68, bottom_shelf - H * 0.16, W * 0.88, bottom_shelf)
    bevel(draw, box, 18)
    draw.rectangle(
        (box[0] + 30, box[1] + 30, box[2] - 30, box[3] - 30), fill=alpha(BROWN_DARK, 255)
    )
    scroll(draw, (box[0] + box[2]) / 2, (box[1] + box[3]) / 2 - 10, 50)
    # The star ratings hang from each shelf: three, four and five stars.
    for cx, top, stars in (
        (W * 0.18, top_shelf + 80, 4),
        (W * 0.48, top_shelf + 80, 5),
        (W * 0.79, top_shelf + 80, 3),
    ):
        rating_card(draw, cx, top, stars)
    draw.rounded_rectangle(
        (W * 0.36, H * 0.02, W * 0.64, H * 0.1), radius=24, fill=alpha(LACQUER, 255)
    )
    for k in range(5):
        draw.polygon(star(W * 0.42 + k * W * 0.04, H * 0.06, 30), fill=alpha(GOLD_LIGHT, 255))


def shell(image, cx, cy, rx, ry, angle, rng):
    """An opened shell: a ridged brown outside rim and a pearly inside."""
    rim = [
        (
            cx
            + rx * (1 + 0.04 * math.sin(12 * a)) * math.cos(a) * math.cos(angle)
            - ry * (1 + 0.04 * math.sin(12 * a)) * math.sin(a) * math.sin(angle),
            cy
            + rx * (1 + 0.04 * math.sin(12 * a)) * math.cos(a) * math.sin(angle)
            + ry * (1 + 0.04 * math.sin(12 * a)) * math.sin(a) * math.cos(angle),
        )
        for a in [k * math.tau / 120 for k in range(120)]
    ]
    soft_shadow(image, (cx - rx, cy, cx + rx, cy + ry * 1.2), 90, 20)
    draw = pen(image)
    draw.polygon(rim, fill=alpha(mix(BROWN, OCHRE_DARK, 0.5), 255))
    inner = [(cx + (x - cx) * 0.84, cy + (y - cy) * 0.84 - ry * 0.04) for x, y in rim]
    pearl(image, inner, rng)
    draw = pen(image)
    for k in range(1, 4):
        ring = [(cx + (x - cx) * (1 - 0.2 * k), cy + (y - cy) * (1 - 0.2 * k)) for x, y in inner]
        draw.line(ring + [ring[0]], fill=(255, 255, 255, 60), width=4)
    for k in range(3):
        ring = [
            (cx + (x - cx) * (1.02 - 0.05 * k), cy + (y - cy) * (1.02 - 0.05 * k))
            for x, y in rim[60:]
        ]
        draw.line(ring, fill=alpha(BROWN_DARK, 120), width=4)


def draw_shells(image, rng):
    image.paste(gradient((120, 80, 48), (88, 56, 32)))
    draw = pen(image)
    for y in range(0, H, 16):
        wave_line(
            draw,
            0,
            W,
            y,
            rng.uniform(3, 10),
            rng.uniform(400, 900),
            alpha(BROWN_DARK, 50),
            3,
            phase=rng.random() * 6,
        )
    # Raw shells, one still closed, on the workbench.
    shell(image, W * 0.26, H * 0.36, 330, 250, -0.3, rng)
    shell(image, W * 0.6, H * 0.3, 250, 190, 0.4, rng)
    shell(image, W * 0.2, H * 0.78, 220, 160, 0.2, rng)
    draw = pen(image)
    closed = _ellipse_points((W * 0.44, H * 0.62, W * 0.6, H * 0.84), 60)
    soft_shadow(image, (W * 0.44, H * 0.76, W * 0.6, H * 0.88), 90, 16)
    draw = pen(image)
    draw.polygon(closed, fill=alpha((120, 104, 88), 255))
    # Growth rings and ribs radiating from the hinge: a shell still closed.
    hinge = (W * 0.52, H * 0.845)
    for k in range(1, 5):
        box = (W * 0.44 + k * 20, H * 0.62 + k * 34, W * 0.6 - k * 20, H * 0.84 + k * 12)
        draw.arc(box, 180, 360, fill=alpha((170, 156, 136), 200), width=5)
    for n in range(9):
        a = math.pi + (n + 1) * math.pi / 10
        draw.line(
            [hinge, (hinge[0] + 240 * math.cos(a), hinge[1] + 200 * math.sin(a))],
            fill=alpha((92, 78, 64), 140),
            width=4,
        )
    draw.ellipse(
        (hinge[0] - 30, hinge[1] - 24, hinge[0] + 30, hinge[1] + 8), fill=alpha(BROWN_DARK, 255)
    )
    # Cut blanks of nacre, ready for inlay.
    for x, y, r in (
        (0.5, 0.52, 44),
        (0.56, 0.56, 34),
        (0.46, 0.5, 28),
        (0.66, 0.6, 40),
        (0.7, 0.52, 26),
    ):
        for n in range(5):
            pearl(image, petal(W * x, H * y, r * 1.6, r * 1.1, n * math.tau / 5), rng)
    # The tools: a fretsaw, a file, two chisels and a pencil.
    draw = pen(image)
    frame = [(W * 0.72, H * 0.1), (W * 0.96, H * 0.1), (W * 0.96, H * 0.44)]
    draw.line(frame, fill=alpha((160, 166, 170), 255), width=22, joint="curve")
    draw.line(
        [(W * 0.72, H * 0.1), (W * 0.72, H * 0.47)], fill=alpha((200, 204, 206), 255), width=4
    )
    draw.rounded_rectangle(
        (W * 0.94, H * 0.44, W * 0.98, H * 0.66), radius=20, fill=alpha(LACQUER, 255)
    )
    for k, (x, length, colour) in enumerate(
        ((0.76, 0.34, OCHRE), (0.82, 0.3, OCHRE_DARK), (0.88, 0.36, GOLD))
    ):
        top = H * (0.58 + 0.02 * k)
        draw.rounded_rectangle(
            (W * x - 26, top, W * x + 26, top + H * length * 0.5),
            radius=12,
            fill=alpha(colour, 255),
        )
        draw.rectangle(
            (W * x - 12, top + H * length * 0.5, W * x + 12, top + H * length),
            fill=alpha((170, 176, 180), 255),
        )
        draw.polygon(
            [
                (W * x - 12, top + H * length),
                (W * x + 12, top + H * length),
                (W * x, top + H * length + 30),
            ],
            fill=alpha((200, 204, 206), 255),
        )
    draw.line([(W * 0.36, H * 0.96), (W * 0.66, H * 0.84)], fill=alpha(GOLD, 255), width=22)
    draw.polygon(
        [(W * 0.66, H * 0.84 - 11), (W * 0.69, H * 0.83), (W * 0.66, H * 0.84 + 11)],
        fill=alpha(INK, 255),
    )


def pagoda(draw, cx, base, size, colour):
    """A many-tiered tower in silhouette, like the pagoda on West Lake."""
    y = base
    for tier in range(9):
        width = size * (1 - tier * 0.08)
        height = size * 0.32
        draw.rectangle(
            (cx - width * 0.36, y - height, cx + width * 0.36, y), fill=alpha(colour, 255)
        )
        draw.polygon(
            [
                (cx - width * 0.62, y - height + 6),
                (cx - width * 0.48, y - height - 18),
                (cx + width * 0.48, y - height - 18),
                (cx + width * 0.62, y - height + 6),
            ],
            fill=alpha(colour, 255),
        )
        y -= height + 12
    draw.polygon(
        [(cx - 10, y + 6), (cx, y - size * 0.5), (cx + 10, y + 6)], fill=alpha(colour, 255)
    )


def draw_west_lake_dawn(image, rng):
    image.paste(gradient((250, 196, 170), (252, 232, 196)))
    draw = pen(image)
    sun = (W * 0.36, H * 0.42)
    glow = layer()
    for k in range(16):
        r = 420 - k * 20
        pen(glow).ellipse(
            (sun[0] - r, sun[1] - r, sun[0] + r, sun[1] + r), fill=(255, 240, 200, 12)
        )
    over(image, glow.filter(ImageFilter.GaussianBlur(30)))
    draw = pen(image)
    draw.ellipse(
        (sun[0] - 110, sun[1] - 110, sun[0] + 110, sun[1] + 110), fill=alpha((255, 236, 190), 255)
    )
    for k, (y, length) in enumerate(((0.2, 500), (0.28, 360), (0.14, 300))):
        x = W * (0.55 + 0.12 * k)
        draw.rounded_rectangle(
            (x, H * y, x + length, H * y + 26), radius=13, fill=alpha(CREAM, 150)
        )
    hills(image, H * 0.5, (200, 150, 150), 90, rng)
    draw = pen(image)
    horizon = H * 0.55
    # The far shore: trees, a small islet and the pagoda in silhouette.
    silhouette = (120, 78, 86)
    draw.rectangle((0, horizon - 20, W, horizon), fill=alpha(silhouette, 255))
    for x in range(0, W, 70):
        r = rng.uniform(30, 60)
        draw.ellipse((x - r, horizon - r * 1.5, x + r, horizon + 4), fill=alpha(silhouette, 255))
    pagoda(draw, W * 0.7, horizon - 20, 120, mix(silhouette, INK, 0.3))
    for x in (W * 0.62, W * 0.78, W * 0.82):
        for _ in range(7):
            dx, dy, r = rng.uniform(-60, 60), rng.uniform(40, 170), rng.uniform(40, 70)
            draw.ellipse(
                (x + dx - r, horizon - dy - r, x + dx + r, horizon - dy + r),
                fill=alpha(mix(silhouette, INK, 0.2), 255),
            )
        draw.rectangle((x - 10, horizon - 60, x + 10, horizon), fill=alpha(silhouette, 255))
    # The lake, the sun's path of light and a small boat.
    lake = gradient((246, 200, 178), (196, 176, 170), (W, int(H - horizon)))
    image.paste(lake, (0, int(horizon)))
    draw = pen(image)
    for k in range(14):
        y = horizon + 20 + k * 26
        half = 60 + k * 18
        x = sun[0] + rng.uniform(-20, 20)
        draw.line(
            [(x - half, y), (x + half, y)], fill=alpha((255, 236, 190), 200 - 10 * k), width=8
        )
    for y in range(int(horizon) + 30, H, 30):
        x = rng.uniform(0, W)
        draw.line([(x, y), (x + rng.uniform(80, 260), y)], fill=alpha(CREAM, 70), width=4)
    draw.polygon(
        [(W * 0.52, H * 0.66), (W * 0.6, H * 0.66), (W * 0.585, H * 0.68), (W * 0.535, H * 0.68)],
        fill=alpha(mix(silhouette, INK, 0.3), 255),
    )
    draw.line(
        [(W * 0.57, H * 0.66), (W * 0.575, H * 0.6)],
        fill=alpha(mix(silhouette, INK, 0.3), 255),
        width=6,
    )
    # Lotus in the foreground.
    leaves = [
        (W * 0.1, H * 0.9, 300, 90),
        (W * 0.36, H * 0.98, 260, 70),
        (W * 0.8, H * 0.86, 280, 80),
        (W * 0.98, H * 0.96, 240, 70),
        (W * 0.56, H * 0.8, 160, 40),
    ]
    for x, y in ((W * 0.16, H * 0.64), (W * 0.88, H * 0.6), (W * 0.68, H * 0.78)):
        draw.line([(x, y), (x + 8, H)], fill=alpha(LEAF_DARK, 255), width=12)
    for i, (x, y, rx, ry) in enumerate(leaves):
        lotus_leaf(image, x, y, rx, ry, LEAF if i % 2 else LEAF_DARK)
    lotus_flower(image, W * 0.16, H * 0.64, 210)
    lotus_flower(image, W * 0.88, H * 0.6, 180, opening=0.7)
    draw = pen(image)
    draw.polygon(petal(W * 0.68, H * 0.78, 130, 80, -math.pi / 2), fill=alpha(PINK, 255))


def map_pin(draw, cx, tip, colour):
    draw.polygon([(cx - 44, tip - 100), (cx, tip), (cx + 44, tip - 100)], fill=alpha(colour, 255))
    draw.ellipse((cx - 56, tip - 190, cx + 56, tip - 78), fill=alpha(colour, 255))
    draw.ellipse((cx - 22, tip - 156, cx + 22, tip - 112), fill=alpha(CREAM, 255))


def draw_day_route(image, rng):
    image.paste(gradient((246, 238, 218), (236, 224, 196)))
    draw = pen(image)
    # A hand-drawn map: a grid, the Red River, fields, and the road between two villages.
    for x in range(0, W, 200):
        draw.line([(x, 0), (x, H)], fill=alpha(OCHRE, 40), width=3)
    for y in range(0, H, 200):
        draw.line([(0, y), (W, y)], fill=alpha(OCHRE, 40), width=3)
    river = smooth(
        [
            (W * 0.62, -40),
            (W * 0.7, H * 0.3),
            (W * 0.6, H * 0.6),
            (W * 0.72, H * 0.85),
            (W * 0.66, H + 40),
        ],
        16,
    )
    draw.line(river, fill=alpha((150, 186, 200), 255), width=150, joint="curve")
    draw.line(river, fill=alpha((182, 210, 218), 255), width=90, joint="curve")
    for x, y in ((0.2, 0.2), (0.45, 0.78), (0.85, 0.18), (0.9, 0.6), (0.35, 0.46)):
        cx, cy = W * x, H * y
        for k in range(3):
            draw.line(
                [(cx - 110, cy + k * 26), (cx + 110, cy + k * 26 - 10)],
                fill=alpha(BAMBOO, 110),
                width=8,
            )
    for _ in range(18):
        x, y = rng.uniform(W * 0.05, W * 0.95), rng.uniform(H * 0.1, H * 0.9)
        if abs(x - W * 0.66) < 160:
            continue
        draw.ellipse((x - 26, y - 26, x + 26, y + 26), fill=alpha(LEAF, 200))
        draw.line([(x, y + 20), (x, y + 44)], fill=alpha(BROWN, 200), width=6)
    # The road, a dashed line winding from Vạn Phúc (west) to Bát Tràng (east).
    road = smooth(
        [
            (W * 0.14, H * 0.72),
            (W * 0.3, H * 0.58),
            (W * 0.44, H * 0.66),
            (W * 0.56, H * 0.42),
            (W * 0.74, H * 0.46),
            (W * 0.86, H * 0.34),
        ],
        24,
    )
    draw.line(road, fill=alpha(CREAM, 255), width=44, joint="curve")
    draw.line(road, fill=alpha(OCHRE_DARK, 255), width=8, joint="curve")
    for k in range(0, len(road) - 1, 6):
        draw.line([road[k], road[k + 3]], fill=alpha(LACQUER, 255), width=14)
    # The bridge where the road crosses the river.
    draw.rectangle((W * 0.6, H * 0.4, W * 0.7, H * 0.47), fill=alpha(BROWN, 255))
    for x in range(int(W * 0.61), int(W * 0.7), 40):
        draw.line([(x, H * 0.4), (x, H * 0.47)], fill=alpha(OCHRE, 255), width=6)
    # Two medallions: silk for the first village, a vase for the second.
    for cx, cy in ((W * 0.14, H * 0.3), (W * 0.86, H * 0.74)):
        soft_shadow(image, (cx - 190, cy + 120, cx + 190, cy + 200), 80, 18)
    draw = pen(image)
    cx, cy = W * 0.14, H * 0.3
    draw.ellipse(
        (cx - 190, cy - 190, cx + 190, cy + 190),
        fill=alpha(CREAM, 255),
        outline=alpha(LACQUER, 255),
        width=12,
    )
    for k, colour in enumerate((LACQUER, GOLD, INDIGO)):
        wave_line(
            draw, cx - 120, cx + 120, cy - 60 + k * 60, 22, 160, alpha(colour, 255), 30, phase=k
        )
    cx, cy = W * 0.86, H * 0.74
    draw.ellipse(
        (cx - 190, cy - 190, cx + 190, cy + 190),
        fill=alpha(CREAM, 255),
        outline=alpha(COBALT, 255),
        width=12,
    )
    outline = vessel(cx, cy - 130, cy + 130, [(0, 34), (0.12, 30), (0.5, 100), (0.85, 80), (1, 56)])
    draw.polygon(outline, fill=alpha(COBALT, 255))
    draw.line([(cx - 90, cy + 10), (cx + 90, cy + 10)], fill=alpha(CREAM, 255), width=8)
    draw.polygon(petal(cx, cy + 60, 50, 30, -math.pi / 2), fill=alpha(CREAM, 255))
    map_pin(draw, W * 0.14, H * 0.72, LACQUER)
    map_pin(draw, W * 0.86, H * 0.34, COBALT)
    # A compass rose.
    cx, cy = W * 0.44, H * 0.2
    draw.ellipse((cx - 110, cy - 110, cx + 110, cy + 110), outline=alpha(BROWN, 200), width=6)
    for n in range(4):
        draw.polygon(
            petal(cx, cy, 150, 50, n * math.pi / 2 - math.pi / 2),
            fill=alpha(BROWN if n else LACQUER, 255),
        )
    draw.ellipse((cx - 16, cy - 16, cx + 16, cy + 16), fill=alpha(GOLD, 255))


# --- Motifs for the product and producer pages ---------------------------------------


def glazed(image, outline, glaze, paint=None, edge=INDIGO):
    """A glazed piece drawn in its own small box (a full-size layer per piece is slow).

    ``paint(draw, w, h)`` decorates it in box coordinates; a shaded right flank and a
    highlight on the left then make the glaze read as round.
    """
    xs, ys = [p[0] for p in outline], [p[1] for p in outline]
    x0, y0 = int(min(xs)) - 2, int(min(ys)) - 2
    w, h = int(max(xs)) - x0 + 4, int(max(ys)) - y0 + 4
    body = Image.new("RGB", (w, h), glaze)
    draw = pen(body)
    if paint is not None:
        paint(draw, w, h)
    for i in range(20):
        x = w * (0.55 + 0.45 * i / 20)
        draw.rectangle((x, 0, x + w * 0.45 / 20 + 1, h), fill=(60, 64, 84, 3 * i))
    draw.ellipse((w * 0.14, h * 0.16, w * 0.26, h * 0.6), fill=(255, 255, 255, 70))
    mask = Image.new("L", (w, h), 0)
    pen(mask).polygon([(x - x0, y - y0) for x, y in outline], fill=255)
    image.paste(body, (x0, y0), mask)
    pen(image).line(outline + [outline[0]], fill=alpha(mix(glaze, edge, 0.5), 150), width=3)


def spiral(cx, cy, r, turns=1.5, steps=36, flip=1):
    return [
        (
            cx + flip * r * (1 - k / steps) * math.cos(k / steps * turns * math.tau),
            cy + r * 0.7 * (1 - k / steps) * math.sin(k / steps * turns * math.tau),
        )
        for k in range(steps + 1)
    ]


def cloud(draw, cx, cy, r, fill, width):
    """A scrolling cloud, as painted on blue-and-white ware: two curls and a tail."""
    draw.line(spiral(cx - r, cy, r), fill=fill, width=width, joint="curve")
    draw.line(spiral(cx + r, cy, r, flip=-1), fill=fill, width=width, joint="curve")
    draw.line([(cx - r * 2, cy + r * 0.7), (cx + r * 2.6, cy + r * 0.7)], fill=fill, width=width)


def blue_paint(kind, rng, ink=COBALT):
    """A ``paint`` function for :func:`glazed`: bands and one of a few cobalt designs."""
    phase = rng.random() * 6

    def paint(draw, w, h):
        blue = alpha(ink, 235)
        light = alpha(ink, 110)
        line = max(3, int(min(w, h) / 40))
        for f in (0.07, 0.11, 0.89, 0.93):
            draw.line([(0, h * f), (w, h * f)], fill=blue, width=line)
        if kind == "waves":
            for k in range(3):
                wave_line(
                    draw, 0, w, h * (0.55 + 0.09 * k), h * 0.03, w * 0.35, blue, line, phase + k
                )
            draw.ellipse((w * 0.38, h * 0.24, w * 0.62, h * 0.42), outline=blue, width=line)
        elif kind == "flower":
            cx, cy, r = w * 0.5, h * 0.5, min(w, h) * 0.2
            for n in range(10):
                draw.polygon(petal(cx, cy, r, r * 0.45, n * math.tau / 10 + phase), fill=blue)
            draw.ellipse(
                (cx - r * 0.3, cy - r * 0.3, cx + r * 0.3, cy + r * 0.3), fill=alpha(CREAM, 255)
            )
            for side in (-1, 1):
                for n in range(3):
                    draw.polygon(
                        petal(
                            cx + side * r * 1.5,
                            cy + (n - 1) * r * 0.7,
                            r * 0.6,
                            r * 0.25,
                            side * 0.5,
                        ),
                        fill=light,
                    )
        elif kind == "clouds":
            for k in range(3):
                cloud(
                    draw,
                    w * (0.28 + 0.36 * (k % 2)),
                    h * (0.3 + 0.18 * k),
                    min(w, h) * 0.06,
                    blue,
                    line,
                )
        elif kind == "lattice":
            step = max(12, int(w / 7))
            for k in range(-h, w + h, step):
                draw.line([(k, h * 0.16), (k + h * 0.68, h * 0.84)], fill=light, width=line)
                draw.line([(k, h * 0.84), (k + h * 0.68, h * 0.16)], fill=light, width=line)

    return paint


def incised(rng):
    """A ``paint`` function for celadon: a darker pool of glaze in carved petals and rings."""
    dark = alpha(CELADON_DARK, 120)

    def paint(draw, w, h):
        for f in (0.12, 0.86):
            draw.line([(0, h * f), (w, h * f)], fill=dark, width=4)
        step = w / 6
        for k in range(7):
            draw.polygon(
                petal(k * step, h * 0.82, h * 0.32, step * 0.8, -math.pi / 2), outline=dark, width=4
            )
        wave_line(draw, 0, w, h * 0.3, h * 0.03, w * 0.4, dark, 4, rng.random() * 6)

    return paint


def side_bowl(image, cx, base, r, depth, glaze, paint):
    """A bowl from the side: a half-ellipse body on a small foot, its rim as an ellipse."""
    top = base - depth
    outline = [
        (cx + r * math.cos(a), top + depth * 0.85 * math.sin(a))
        for a in [math.pi * k / 30 for k in range(31)]
    ]
    pen(image).rectangle(
        (cx - r * 0.32, base - depth * 0.2, cx + r * 0.32, base),
        fill=alpha(mix(glaze, INK, 0.1), 255),
    )
    glazed(image, outline, glaze, paint)
    draw = pen(image)
    draw.ellipse(
        (cx - r, top - r * 0.16, cx + r, top + r * 0.16),
        fill=alpha(mix(glaze, INK, 0.08), 255),
        outline=alpha(mix(glaze, INK, 0.3), 200),
        width=3,
    )


def shelf_piece(image, x, shelf_y, kind, size, rng):
    """One finished piece standing on a showroom shelf; returns how wide it stands."""
    if kind == "vase":
        outline = vessel(
            x,
            shelf_y - size * 2.1,
            shelf_y,
            [
                (0, size * 0.2),
                (0.14, size * 0.16),
                (0.3, size * 0.3),
                (0.62, size * 0.55),
                (0.86, size * 0.48),
                (1, size * 0.3),
            ],
        )
        glazed(image, outline, CREAM, blue_paint(rng.choice(("waves", "flower", "clouds")), rng))
        return size * 1.1
    if kind == "celadon":
        outline = vessel(
            x,
            shelf_y - size * 1.8,
            shelf_y,
            [
                (0, size * 0.22),
                (0.08, size * 0.2),
                (0.25, size * 0.58),
                (0.7, size * 0.44),
                (1, size * 0.32),
            ],
        )
        glazed(image, outline, mix(CELADON, CREAM, rng.random() * 0.3), incised(rng))
        return size * 1.16
    if kind == "jar":
        top = shelf_y - size * 1.2
        outline = vessel(
            x,
            top,
            shelf_y,
            [(0, size * 0.42), (0.25, size * 0.68), (0.65, size * 0.66), (1, size * 0.44)],
        )
        glazed(image, outline, CREAM, blue_paint(rng.choice(("lattice", "flower")), rng))
        lid = [
            (x + size * 0.46 * math.cos(a), top + 4 - size * 0.22 * math.sin(a))
            for a in [math.pi * k / 20 for k in range(21)]
        ]
        glazed(image, lid, CREAM, blue_paint("waves", rng))
        pen(image).ellipse(
            (x - 16, top - size * 0.22 - 22, x + 16, top - size * 0.22 + 6), fill=alpha(COBALT, 255)
        )
        return size * 1.4
    if kind == "plate":
        r = size * 0.8
        cy = shelf_y - r - 14
        draw = pen(image)
        draw.line([(x - r * 0.5, shelf_y), (x, cy)], fill=alpha(BROWN_DARK, 255), width=8)
        draw.line([(x + r * 0.5, shelf_y), (x, cy)], fill=alpha(BROWN_DARK, 255), width=8)
        draw.ellipse(
            (x - r, cy - r, x + r, cy + r),
            fill=alpha(CREAM, 255),
            outline=alpha(mix(CREAM, INDIGO, 0.4), 200),
            width=3,
        )
        draw.ellipse(
            (x - r * 0.93, cy - r * 0.93, x + r * 0.93, cy + r * 0.93),
            outline=alpha(COBALT, 230),
            width=6,
        )
        draw.ellipse(
            (x - r * 0.6, cy - r * 0.6, x + r * 0.6, cy + r * 0.6),
            outline=alpha(COBALT, 230),
            width=5,
        )
        for n in range(12):
            a = n * math.tau / 12
            draw.ellipse(
                (
                    x + r * 0.77 * math.cos(a) - 9,
                    cy + r * 0.77 * math.sin(a) - 9,
                    x + r * 0.77 * math.cos(a) + 9,
                    cy + r * 0.77 * math.sin(a) + 9,
                ),
                fill=alpha(COBALT, 200),
            )
        for n in range(8):
            draw.polygon(
                petal(x, cy, r * 0.5, r * 0.2, n * math.pi / 4 + 0.2), fill=alpha(COBALT, 220)
            )
        draw.ellipse(
            (x - r * 0.9, cy - r * 0.9, x - r * 0.2, cy - r * 0.2), fill=(255, 255, 255, 40)
        )
        return r * 2.1
    # A stack of bowls, blue-and-white or celadon.
    glaze = rng.choice((CREAM, CELADON))
    for k in range(3):
        paint = blue_paint("waves", rng) if glaze == CREAM else incised(rng)
        side_bowl(image, x, shelf_y - k * size * 0.34, size * 0.7, size * 0.55, glaze, paint)
    return size * 1.5


def shipping_label(draw, box, rng):
    x0, y0, x1, y1 = box
    draw.rectangle(box, fill=alpha(CREAM, 255), outline=alpha(mix(CREAM, INK, 0.3), 255), width=3)
    draw.rectangle((x0, y0, x1, y0 + (y1 - y0) * 0.16), fill=alpha(LACQUER, 255))
    for k in range(3):
        y = y0 + (y1 - y0) * (0.3 + 0.11 * k)
        draw.line(
            [(x0 + 20, y), (x0 + (x1 - x0) * (0.85 - 0.2 * (k % 2)), y)],
            fill=alpha(INK, 170),
            width=6,
        )
    x = x0 + 20
    while x < x1 - 24:
        bar = rng.choice((4, 6, 10))
        draw.rectangle((x, y0 + (y1 - y0) * 0.66, x + bar, y1 - 16), fill=alpha(INK, 230))
        x += bar + rng.choice((4, 6, 8))


def export_carton(image, x0, y0, w, h, depth, rng):
    """A strapped, film-wrapped export carton with a shipping label and handling marks."""
    kraft = (204, 160, 106)
    dx, dy = depth, -depth * 0.7
    soft_shadow(image, (x0 - 20, y0 + h - 40, x0 + w + dx + 30, y0 + h + 40), 120, 22)
    draw = pen(image)
    draw.rectangle((x0, y0, x0 + w, y0 + h), fill=alpha(kraft, 255))
    side = [(x0 + w, y0), (x0 + w + dx, y0 + dy), (x0 + w + dx, y0 + h + dy), (x0 + w, y0 + h)]
    draw.polygon(side, fill=alpha(mix(kraft, BROWN, 0.4), 255))
    top = [(x0, y0), (x0 + w, y0), (x0 + w + dx, y0 + dy), (x0 + dx, y0 + dy)]
    draw.polygon(top, fill=alpha(mix(kraft, CREAM, 0.3), 255))
    tape = alpha(mix(kraft, GOLD_LIGHT, 0.55), 255)
    mid = x0 + w / 2
    draw.polygon(
        [(mid - 26, y0), (mid + 26, y0), (mid + 26 + dx, y0 + dy), (mid - 26 + dx, y0 + dy)],
        fill=tape,
    )
    draw.rectangle((mid - 26, y0, mid + 26, y0 + h * 0.22), fill=tape)
    draw.line(
        [(mid + dx / 2 - 10, y0 + dy / 2), (mid + dx / 2 + 10, y0 + dy / 2)],
        fill=alpha(kraft, 200),
        width=3,
    )
    # Two blue plastic straps over the top and down the front.
    for f in (0.2, 0.8):
        sx = x0 + w * f
        draw.rectangle((sx - 10, y0, sx + 10, y0 + h), fill=alpha(COBALT, 255))
        draw.polygon(
            [(sx - 10, y0), (sx + 10, y0), (sx + 10 + dx, y0 + dy), (sx - 10 + dx, y0 + dy)],
            fill=alpha(mix(COBALT, CREAM, 0.2), 255),
        )
        draw.rectangle((sx - 16, y0 + h * 0.55, sx + 16, y0 + h * 0.6), fill=alpha(INDIGO, 255))
    # Handling marks: a fragile glass and "this way up" arrows.
    gx, gy = x0 + w * 0.36, y0 + h * 0.2
    ink = alpha(INK, 210)
    draw.chord((gx - 34, gy - 40, gx + 34, gy + 40), 0, 180, fill=ink)
    draw.line([(gx - 34, gy), (gx + 34, gy)], fill=ink, width=6)
    draw.line([(gx - 34, gy), (gx - 30, gy - 30)], fill=ink, width=6)
    draw.line([(gx + 34, gy), (gx + 30, gy - 30)], fill=ink, width=6)
    draw.line([(gx, gy + 38), (gx, gy + 90)], fill=ink, width=8)
    draw.line([(gx - 28, gy + 92), (gx + 28, gy + 92)], fill=ink, width=8)
    for k in range(2):
        ax = x0 + w * 0.56 + k * 56
        draw.line([(ax, gy + 92), (ax, gy - 10)], fill=ink, width=9)
        draw.polygon([(ax - 22, gy + 10), (ax, gy - 30), (ax + 22, gy + 10)], fill=ink)
    # The maker's stamp: a vase in a circle.
    sx, sy = x0 + w * 0.34, y0 + h * 0.72
    draw.ellipse((sx - 70, sy - 70, sx + 70, sy + 70), outline=alpha(COBALT, 200), width=6)
    draw.polygon(
        vessel(sx, sy - 50, sy + 48, [(0, 12), (0.15, 10), (0.55, 36), (1, 20)]),
        fill=alpha(COBALT, 200),
    )
    shipping_label(draw, (x0 + w * 0.5, y0 + h * 0.5, x0 + w * 0.92, y0 + h * 0.9), rng)
    # Stretch film: faint diagonal sheen over the whole carton.
    for k in range(6):
        x = x0 + k * w / 5
        draw.line([(x, y0 + h), (x + w * 0.35, y0)], fill=(255, 255, 255, 34), width=26)
    draw.line(
        [(x0 + w + 10, y0 + h * 0.8), (x0 + w + dx - 10, y0 + h * 0.2)],
        fill=(255, 255, 255, 50),
        width=20,
    )


def draw_quang_vinh_workshop(image, rng):
    image.paste(gradient((240, 230, 210), (224, 206, 176)))
    draw = pen(image)
    # The showroom wall: a cabinet of long shelves under a hanging wooden sign.
    cabinet = (W * 0.03, H * 0.12, W * 0.97, H * 0.7)
    draw.rectangle(cabinet, fill=alpha(mix(PAPER, OCHRE, 0.28), 255))
    for x in range(int(W * 0.04), int(W * 0.96), 200):
        draw.line([(x, cabinet[1]), (x, cabinet[3])], fill=alpha(OCHRE_DARK, 30), width=4)
    sign = (W * 0.38, H * 0.015, W * 0.62, H * 0.1)
    for x in (sign[0] + 60, sign[2] - 60):
        draw.line([(x, 0), (x, sign[1])], fill=alpha(INK, 200), width=5)
    draw.rounded_rectangle(
        sign, radius=18, fill=alpha(BROWN_DARK, 255), outline=alpha(GOLD, 255), width=8
    )
    scx, scy = (sign[0] + sign[2]) / 2, (sign[1] + sign[3]) / 2
    draw.ellipse((scx - 60, scy - 60, scx + 60, scy + 60), fill=alpha(CREAM, 255))
    draw.polygon(
        vessel(scx, scy - 46, scy + 44, [(0, 10), (0.15, 9), (0.55, 32), (1, 18)]),
        fill=alpha(COBALT, 255),
    )
    for side in (-1, 1):
        for k in range(3):
            x0 = scx + 100 if side > 0 else scx - 340
            wave_line(draw, x0, x0 + 240, scy - 24 + k * 24, 7, 80, alpha(GOLD, 255), 5, phase=k)
    shelves = (H * 0.3, H * 0.48, H * 0.66)
    for y in shelves:
        draw.rectangle((cabinet[0], y, cabinet[2], y + 26), fill=alpha(BROWN, 255))
        draw.rectangle((cabinet[0], y, cabinet[2], y + 7), fill=alpha(OCHRE, 255))
    for x in (cabinet[0], W * 0.34, W * 0.66, cabinet[2] - 40):
        draw.rectangle((x, cabinet[1], x + 40, cabinet[3]), fill=alpha(BROWN_DARK, 255))
    draw.rectangle(
        (cabinet[0], cabinet[1], cabinet[2], cabinet[1] + 40), fill=alpha(BROWN_DARK, 255)
    )
    kinds = ("vase", "vase", "celadon", "jar", "plate", "bowls", "celadon")
    for row, y in enumerate(shelves):
        for bay in range(3):
            left = (cabinet[0] + 40, W * 0.34 + 40, W * 0.66 + 40)[bay]
            right = (W * 0.34, W * 0.66, cabinet[2] - 40)[bay]
            x = left + 30
            while True:
                kind = (
                    kinds[rng.randrange(len(kinds))]
                    if row
                    else rng.choice(("vase", "celadon", "jar"))
                )
                size = rng.uniform(84, 112) if row < 2 else rng.uniform(66, 84)
                half = size * 0.75
                if x + half * 2 > right - 20:
                    break
                used = shelf_piece(image, x + half, y, kind, size, rng)
                x += max(used, half * 2) + rng.uniform(24, 50)
    # The counter, with a carton strapped for export and pieces waiting to be wrapped.
    top = H * 0.72
    soft_shadow(image, (0, top - 30, W, top + 40), 90, 24)
    draw = pen(image)
    draw.rectangle((0, top, W, H), fill=alpha(BROWN, 255))
    draw.rectangle((0, top - 30, W, top + 10), fill=alpha(OCHRE, 255))
    draw.rectangle((0, top + 10, W, top + 24), fill=alpha(OCHRE_DARK, 255))
    for x in range(40, W, 400):
        draw.rectangle((x, top + 70, x + 340, H - 40), outline=alpha(BROWN_DARK, 255), width=10)
        draw.rectangle((x + 10, top + 80, x + 330, top + 96), fill=alpha(OCHRE_DARK, 120))
    export_carton(image, W * 0.5, H * 0.42, W * 0.28, H * 0.3 - 30, 150, rng)
    counter = top - 30
    outline = vessel(
        W * 0.14,
        H * 0.38,
        counter,
        [(0, 60), (0.1, 52), (0.28, 110), (0.6, 200), (0.85, 180), (1, 120)],
    )
    soft_shadow(image, (W * 0.14 - 220, counter - 20, W * 0.14 + 220, counter + 30), 100, 16)
    glazed(image, outline, CREAM, blue_paint("flower", rng))
    for k in range(4):
        side_bowl(image, W * 0.31, counter - k * 36, 150, 110, CELADON, incised(rng))
    # Packing: a roll of bubble wrap lying on the counter.
    x0, x1, r = W * 0.83, W * 0.97, 90
    soft_shadow(image, (x0, counter - 30, x1 + 20, counter + 20), 100, 12)
    draw = pen(image)
    wrap = (226, 232, 236)
    draw.rectangle((x0, counter - 2 * r, x1, counter), fill=alpha(wrap, 255))
    for row, y in enumerate(range(int(counter - 2 * r + 16), int(counter - 8), 28)):
        for x in range(int(x0 + 14 + (row % 2) * 14), int(x1 - 10), 28):
            draw.ellipse((x - 9, y - 9, x + 9, y + 9), outline=(150, 160, 176, 120), width=3)
            draw.ellipse((x - 5, y - 6, x - 1, y - 2), fill=(255, 255, 255, 160))
    draw.rectangle((x0, counter - r * 1.3, x1, counter - r * 1.1), fill=(255, 255, 255, 60))
    draw.ellipse(
        (x0 - r * 0.4, counter - 2 * r, x0 + r * 0.4, counter),
        fill=alpha(mix(wrap, INDIGO, 0.12), 255),
    )
    draw.line(
        spiral(x0, counter - r, r * 0.36, turns=2.5, steps=60), fill=(150, 160, 176, 200), width=3
    )
    draw.ellipse((x0 - 12, counter - r - 16, x0 + 12, counter - r + 16), fill=alpha(OCHRE, 255))


def painted_lotus(draw, cx, cy, size, ink, light):
    """A lotus painted in cobalt: a flower and a bud on curving stems beside a round leaf."""
    stroke = max(3, int(size / 16))
    root = (cx, cy + size * 1.0)
    draw.line(
        smooth([root, (cx - size * 0.08, cy + size * 0.5), (cx, cy)], 8), fill=ink, width=stroke
    )
    bud = (cx + size * 0.62, cy + size * 0.05)
    draw.line(smooth([root, (cx + size * 0.4, cy + size * 0.5), bud], 8), fill=ink, width=stroke)
    leaf = (cx - size * 0.62, cy + size * 0.5)
    draw.line([root, leaf], fill=ink, width=stroke)
    lx, ly = leaf
    draw.ellipse(
        (lx - size * 0.42, ly - size * 0.24, lx + size * 0.42, ly + size * 0.24),
        fill=light,
        outline=ink,
        width=stroke,
    )
    for n in range(8):
        a = math.pi + n * math.pi / 7
        draw.line(
            [(lx, ly), (lx + size * 0.4 * math.cos(a), ly + size * 0.22 * math.sin(a))],
            fill=ink,
            width=max(2, stroke // 2),
        )
    draw.polygon(petal(bud[0], bud[1], size * 0.36, size * 0.22, -math.pi / 2 + 0.25), fill=ink)
    for count, spread, length, fill in ((5, 1.6, 0.6, light), (3, 0.65, 0.55, ink)):
        for i in range(count):
            angle = -math.pi / 2 + (i - (count - 1) / 2) / (count - 1) * spread
            draw.polygon(
                petal(cx, cy, size * length, size * 0.3, angle),
                fill=fill,
                outline=ink,
                width=stroke,
            )


def lotus_rosette(draw, cx, cy, r, ink, light):
    """A lotus seen from above: two rings of petals round a seed head."""
    for ring, (count, length, fill) in enumerate(((8, 1.0, light), (8, 0.7, ink))):
        for n in range(count):
            a = n * math.tau / count + ring * math.pi / count
            draw.polygon(petal(cx, cy, r * length, r * 0.42, a), fill=fill, outline=ink, width=3)
    draw.ellipse(
        (cx - r * 0.24, cy - r * 0.24, cx + r * 0.24, cy + r * 0.24),
        fill=alpha(CREAM, 255),
        outline=ink,
        width=4,
    )
    for n in range(6):
        a = n * math.tau / 6
        x, y = cx + r * 0.13 * math.cos(a), cy + r * 0.13 * math.sin(a)
        draw.ellipse((x - 4, y - 4, x + 4, y + 4), fill=ink)


def disc(cx, cy, k):
    return (cx - k, cy - k, cx + k, cy + k)


def lotus_plate(image, cx, cy, r, glaze=CREAM, ink=COBALT, lobes=0):
    """A plate seen from above: a rim of lotus petals round a painted lotus in the well."""
    soft_shadow(
        image,
        (cx - r * 0.95 + 20, cy - r * 0.9 + 34, cx + r * 0.95 + 20, cy + r * 0.95 + 34),
        100,
        18,
    )
    draw = pen(image)
    blue, light = alpha(ink, 230), alpha(ink, 70)
    if lobes:
        rim = [
            (
                cx + r * (0.94 + 0.06 * abs(math.cos(lobes * a / 2))) * math.cos(a),
                cy + r * (0.94 + 0.06 * abs(math.cos(lobes * a / 2))) * math.sin(a),
            )
            for a in [k * math.tau / 160 for k in range(160)]
        ]
        draw.polygon(rim, fill=alpha(glaze, 255), outline=alpha(mix(glaze, INK, 0.3), 255), width=4)
    else:
        draw.ellipse(
            disc(cx, cy, r),
            fill=alpha(glaze, 255),
            outline=alpha(mix(glaze, INK, 0.3), 255),
            width=4,
        )
        draw.ellipse(disc(cx, cy, r * 0.94), outline=blue, width=max(4, int(r / 60)))
    count = 12 if r > 300 else 10
    for n in range(count):
        a = n * math.tau / count
        base = (cx + r * 0.64 * math.cos(a), cy + r * 0.64 * math.sin(a))
        draw.polygon(petal(*base, r * 0.27, r * 0.2, a), fill=light, outline=blue, width=4)
        draw.polygon(petal(*base, r * 0.17, r * 0.08, a), fill=blue)
    draw.ellipse(
        disc(cx, cy, r * 0.6), fill=alpha(mix(glaze, INK, 0.03), 255), outline=blue, width=5
    )
    draw.arc(disc(cx, cy, r * 0.58), 200, 340, fill=(70, 70, 90, 16), width=int(r * 0.04))
    painted_lotus(draw, cx, cy - r * 0.2, r * 0.42, blue, light)
    draw.arc(disc(cx, cy, r * 0.88), 205, 245, fill=(255, 255, 255, 150), width=10)


def lotus_bowl_top(image, cx, cy, r, glaze=CREAM, ink=COBALT):
    """A bowl seen from above: the inside wall shaded, a lotus band and one at the bottom."""
    soft_shadow(image, (cx - r + 26, cy - r + 40, cx + r + 26, cy + r + 40), 110, 20)
    draw = pen(image)
    blue, light = alpha(ink, 230), alpha(ink, 70)
    draw.ellipse(
        disc(cx, cy, r),
        fill=alpha(mix(glaze, INK, 0.12), 255),
        outline=alpha(mix(glaze, INK, 0.35), 255),
        width=4,
    )
    # The inside wall: lighter towards the bottom and towards the lit side.
    for k in range(14):
        t = k / 13
        rr = r * (0.95 - 0.6 * t)
        off = -r * 0.05 * t
        draw.ellipse(
            disc(cx + off, cy + off, rr), fill=alpha(mix(mix(glaze, INK, 0.1), glaze, t), 255)
        )
    draw.ellipse(disc(cx, cy, r * 0.97), outline=blue, width=6)
    for n in range(16):
        a = n * math.tau / 16
        draw.polygon(
            petal(
                cx + r * 0.88 * math.cos(a),
                cy + r * 0.88 * math.sin(a),
                r * 0.18,
                r * 0.12,
                a + math.pi,
            ),
            fill=light,
            outline=blue,
            width=3,
        )
    draw.ellipse(disc(cx - r * 0.05, cy - r * 0.05, r * 0.36), outline=blue, width=5)
    lotus_rosette(draw, cx - r * 0.05, cy - r * 0.05, r * 0.28, blue, light)
    draw.arc(disc(cx, cy, r * 0.92), 200, 250, fill=(255, 255, 255, 150), width=9)


def soup_spoon(draw, cx, cy, length, angle):
    cos, sin = math.cos(angle), math.sin(angle)

    def at(x, y):
        return (cx + x * cos - y * sin, cy + x * sin + y * cos)

    handle = [at(0, -16), at(length * 0.6, -22), at(length * 0.62, 22), at(0, 16)]
    bowl_part = [
        at(length * 0.55 + length * 0.22 * (1 - math.cos(a)), length * 0.17 * math.sin(a))
        for a in [math.tau * k / 40 for k in range(40)]
    ]
    draw.polygon(
        bowl_part, fill=alpha(CREAM, 255), outline=alpha(mix(CREAM, INK, 0.35), 255), width=3
    )
    draw.polygon(handle, fill=alpha(CREAM, 255), outline=alpha(mix(CREAM, INK, 0.35), 255), width=3)
    inner = [
        at(length * 0.6 + length * 0.17 * (1 - math.cos(a)), length * 0.12 * math.sin(a))
        for a in [math.tau * k / 40 for k in range(40)]
    ]
    draw.polygon(inner, fill=alpha(mix(CREAM, INK, 0.06), 255))
    draw.polygon(petal(*at(length * 0.05, 0), length * 0.3, 22, angle), fill=alpha(COBALT, 200))


def draw_lotus_dinnerware(image, rng):
    # A wooden table from above, a linen runner across it, and the set laid out.
    image.paste(gradient((150, 98, 58), (126, 80, 46)))
    draw = pen(image)
    for y in range(0, H, 200):
        draw.line([(0, y), (W, y)], fill=alpha(BROWN_DARK, 150), width=6)
        for k in range(1, 12):
            wave_line(
                draw,
                0,
                W,
                y + k * 16,
                rng.uniform(2, 8),
                rng.uniform(400, 900),
                alpha(BROWN_DARK, 50),
                3,
                phase=rng.random() * 6,
            )
    runner = (0, H * 0.2, W, H * 0.84)
    draw.rectangle(runner, fill=alpha((236, 228, 210), 255))
    for y in (runner[1] + 40, runner[3] - 52):
        draw.rectangle((0, y, W, y + 12), fill=alpha(INDIGO, 220))
    for y in range(int(runner[1]), int(runner[3]), 10):
        draw.line([(0, y), (W, y)], fill=alpha(PAPER, 120), width=2)
    lotus_plate(image, W * 0.3, H * 0.5, 560)
    lotus_plate(image, W * 0.64, H * 0.34, 300, lobes=12)
    lotus_bowl_top(image, W * 0.62, H * 0.74, 260)
    lotus_bowl_top(image, W * 0.84, H * 0.56, 220, CELADON, CELADON_DARK)
    lotus_plate(image, W * 0.88, H * 0.2, 170, lobes=8)
    lotus_bowl_top(image, W * 0.08, H * 0.14, 150)
    draw = pen(image)
    # Chopsticks on a small rest, and a soup spoon.
    draw.rounded_rectangle(
        (W * 0.71 - 50, H * 0.9 - 40, W * 0.71 + 50, H * 0.9 + 40),
        radius=20,
        fill=alpha(COBALT, 255),
    )
    for k in range(2):
        y = H * 0.9 + k * 30 - 16
        draw.polygon(
            [
                (W * 0.5, y - 7 + k * 8),
                (W * 0.98, y - 14 + k * 10),
                (W * 0.98, y + 4 + k * 10),
                (W * 0.5, y + 7 + k * 8),
            ],
            fill=alpha(BROWN_DARK, 255),
        )
    soup_spoon(draw, W * 0.76, H * 0.8, 420, -0.3)
    # A cut lotus bud and a petal, laid by the plates.
    draw.polygon(
        petal(W * 0.08, H * 0.92, 260, 150, -0.25),
        fill=alpha(PINK, 255),
        outline=alpha(mix(PINK, LACQUER, 0.3), 255),
        width=3,
    )
    draw.polygon(petal(W * 0.1, H * 0.92, 200, 80, -0.2), fill=alpha(PINK_LIGHT, 200))
    draw.line([(W * 0.08, H * 0.92), (0, H * 0.95)], fill=alpha(LEAF_DARK, 255), width=14)
    draw.polygon(
        petal(W * 0.45, H * 0.86, 150, 90, 0.6),
        fill=alpha(PINK_LIGHT, 255),
        outline=alpha(PINK, 255),
        width=3,
    )


def tea_cup(image, cx, base, r, rng, tea=True):
    """A small handleless blue-and-white cup, its rim seen from a little above."""
    h = r * 1.2
    soft_shadow(image, (cx - r * 0.9, base - 14, cx + r * 0.9, base + 22), 110, 10)
    outline = vessel(cx, base - h, base, [(0, r), (0.45, r * 0.9), (0.85, r * 0.66), (1, r * 0.56)])
    glazed(image, outline, CREAM, blue_paint(rng.choice(("clouds", "lattice")), rng))
    draw = pen(image)
    top = base - h
    draw.ellipse(
        (cx - r, top - r * 0.3, cx + r, top + r * 0.3),
        fill=alpha(CREAM, 255),
        outline=alpha(mix(CREAM, INDIGO, 0.4), 200),
        width=3,
    )
    draw.ellipse(
        (cx - r * 0.9, top - r * 0.25, cx + r * 0.9, top + r * 0.25),
        outline=alpha(COBALT, 220),
        width=4,
    )
    if tea:
        draw.ellipse(
            (cx - r * 0.78, top - r * 0.17, cx + r * 0.78, top + r * 0.23),
            fill=alpha((184, 138, 52), 255),
        )
        draw.ellipse(
            (cx - r * 0.5, top - r * 0.1, cx - r * 0.1, top + r * 0.02), fill=(255, 240, 200, 90)
        )


def blue_teapot(image, cx, base, rx, h, rng):
    soft_shadow(image, (cx - rx * 1.3, base - 30, cx + rx * 1.5, base + 40), 120, 20)
    draw = pen(image)
    edge = alpha(mix(CREAM, INDIGO, 0.5), 180)
    # The spout and the side handle go behind the body.
    spout = smooth(
        [
            (cx + rx * 0.7, base - h * 0.22),
            (cx + rx * 1.2, base - h * 0.42),
            (cx + rx * 1.5, base - h * 0.98),
        ],
        10,
    )
    spout += smooth(
        [
            (cx + rx * 1.42, base - h * 1.03),
            (cx + rx * 1.08, base - h * 0.66),
            (cx + rx * 0.7, base - h * 0.6),
        ],
        10,
    )
    draw.polygon(spout, fill=alpha(CREAM, 255), outline=edge, width=3)
    draw.line(
        [(cx + rx * 1.38, base - h * 0.86), (cx + rx * 1.5, base - h * 0.9)],
        fill=alpha(COBALT, 230),
        width=10,
    )
    handle = (cx - rx * 1.42, base - h * 0.86, cx - rx * 0.5, base - h * 0.2)
    draw.arc(handle, 90, 270, fill=alpha(mix(CREAM, INDIGO, 0.35), 255), width=54)
    draw.arc(handle, 90, 270, fill=alpha(CREAM, 255), width=44)
    draw.arc(
        (handle[0] + 22, handle[1] + 22, handle[2] - 22, handle[3] - 22),
        100,
        260,
        fill=alpha(COBALT, 220),
        width=8,
    )
    outline = vessel(
        cx,
        base - h,
        base,
        [
            (0, rx * 0.52),
            (0.1, rx * 0.74),
            (0.42, rx),
            (0.75, rx * 0.95),
            (0.92, rx * 0.76),
            (1, rx * 0.56),
        ],
    )

    def paint(draw, w, h2):
        blue, light = alpha(COBALT, 235), alpha(COBALT, 110)
        for f in (0.05, 0.09, 0.9, 0.94):
            draw.line([(0, h2 * f), (w, h2 * f)], fill=blue, width=6)
        for k in range(10):
            x = w * k / 9
            draw.chord(
                (x - w * 0.06, h2 * 0.04, x + w * 0.06, h2 * 0.22),
                0,
                180,
                fill=light,
                outline=blue,
                width=4,
            )
        for x, y, s in ((0.18, 0.32, 0.04), (0.54, 0.3, 0.035)):
            cloud(draw, w * x, h2 * y, w * s, blue, 6)
        # Mountains over water and a sailing boat, as painted on a teapot's belly.
        peaks = [(0.08, 0.7), (0.2, 0.46), (0.3, 0.58), (0.42, 0.38), (0.56, 0.7)]
        ridge = smooth([(w * x, h2 * y) for x, y in peaks], 8)
        draw.polygon(ridge, fill=light, outline=blue, width=5)
        for x, y in peaks[1::2]:
            for k in range(3):
                draw.arc(
                    (
                        w * (x - 0.02 + 0.03 * k),
                        h2 * (y + 0.04),
                        w * (x + 0.08 + 0.03 * k),
                        h2 * 0.72,
                    ),
                    200,
                    260,
                    fill=blue,
                    width=4,
                )
        draw.ellipse((w * 0.7, h2 * 0.26, w * 0.8, h2 * 0.38), outline=blue, width=5)
        draw.polygon(
            [
                (w * 0.62, h2 * 0.66),
                (w * 0.8, h2 * 0.66),
                (w * 0.77, h2 * 0.7),
                (w * 0.65, h2 * 0.7),
            ],
            fill=blue,
        )
        draw.polygon(
            [(w * 0.71, h2 * 0.64), (w * 0.71, h2 * 0.46), (w * 0.78, h2 * 0.62)],
            fill=light,
            outline=blue,
            width=4,
        )
        for k in range(3):
            wave_line(
                draw, 0, w, h2 * (0.74 + 0.05 * k), h2 * 0.015, w * 0.18, blue, 5, phase=k * 1.4
            )

    glazed(image, outline, CREAM, paint)
    draw = pen(image)
    top = base - h
    draw.ellipse(
        (cx - rx * 0.56, top - 22, cx + rx * 0.56, top + 22),
        fill=alpha(mix(CREAM, INDIGO, 0.15), 255),
        outline=edge,
        width=3,
    )
    lid = [
        (cx + rx * 0.48 * math.cos(a), top - 8 - rx * 0.26 * math.sin(a))
        for a in [math.pi * k / 24 for k in range(25)]
    ]
    glazed(image, lid, CREAM, blue_paint("lattice", rng))
    draw = pen(image)
    knob = top - 8 - rx * 0.26
    draw.ellipse(
        (cx - 30, knob - 44, cx + 30, knob + 8), fill=alpha(COBALT, 255), outline=edge, width=3
    )
    draw.ellipse((cx - 14, knob - 34, cx + 2, knob - 18), fill=(255, 255, 255, 90))


def draw_tea_set(image, rng):
    # A bamboo blind behind a low wooden table; the set stands on a wooden tray.
    image.paste(gradient((230, 210, 164), (208, 178, 126)))
    draw = pen(image)
    for y in range(0, int(H * 0.5), 22):
        tone = mix((214, 184, 126), (236, 214, 164), rng.random())
        draw.rectangle((0, y + 3, W, y + 19), fill=alpha(tone, 255))
        draw.line([(0, y + 6), (W, y + 6)], fill=(255, 250, 230, 60), width=2)
    for x in (W * 0.16, W * 0.5, W * 0.84):
        draw.line([(x, 0), (x, H * 0.5)], fill=alpha(BROWN, 200), width=8)
        for y in range(0, int(H * 0.5), 44):
            draw.line([(x - 10, y), (x + 10, y + 14)], fill=alpha(BROWN_DARK, 200), width=5)
    glow = Image.new("RGBA", (W // 4, H // 4), (255, 248, 220, 0))
    pen(glow).ellipse((W * 0.06, -H * 0.06, W * 0.2, H * 0.1), fill=(255, 248, 220, 90))
    over(image, glow.filter(ImageFilter.GaussianBlur(20)).resize((W, H)))
    draw = pen(image)
    table_top = H * 0.5
    draw.rectangle((0, table_top, W, H), fill=alpha((92, 52, 30), 255))
    for y in range(int(table_top) + 14, H, 24):
        wave_line(
            draw,
            0,
            W,
            y,
            rng.uniform(2, 6),
            rng.uniform(500, 1000),
            alpha(BROWN_DARK, 80),
            3,
            phase=rng.random() * 6,
        )
    draw.rectangle((0, table_top, W, table_top + 10), fill=alpha(OCHRE_DARK, 255))
    # The tray in perspective: a raised rim, its front edge catching the light.
    back, front = H * 0.56, H * 0.92
    tray_top = [(W * 0.16, back), (W * 0.84, back), (W * 0.92, front), (W * 0.08, front)]
    soft_shadow(image, (W * 0.08, front - 40, W * 0.92, front + 70), 130, 26)
    draw = pen(image)
    wood = (150, 92, 52)
    draw.polygon(
        [(W * 0.08, front), (W * 0.92, front), (W * 0.92, front + 44), (W * 0.08, front + 44)],
        fill=alpha(mix(wood, INK, 0.35), 255),
    )
    draw.polygon(tray_top, fill=alpha(mix(wood, OCHRE, 0.4), 255))
    inner = [
        (W * 0.185, back + 22),
        (W * 0.815, back + 22),
        (W * 0.885, front - 30),
        (W * 0.115, front - 30),
    ]
    draw.polygon(inner, fill=alpha(wood, 255))
    for k in range(1, 9):
        t = k / 9
        y = back + 22 + (front - back - 52) * t
        x0 = W * 0.185 - (W * 0.07) * t
        draw.line(
            [(x0 + 10, y), (W - x0 - 10, y)], fill=alpha(mix(wood, BROWN_DARK, 0.4), 90), width=3
        )
    draw.line([(W * 0.08, front), (W * 0.92, front)], fill=alpha(GOLD_LIGHT, 160), width=6)
    # Teapot at the back, five cups round it, two more in front.
    blue_teapot(image, W * 0.32, H * 0.8, 340, 430, rng)
    for x, base, r in (
        (0.57, 0.7, 92),
        (0.69, 0.7, 92),
        (0.81, 0.7, 92),
        (0.53, 0.86, 104),
        (0.67, 0.86, 104),
        (0.81, 0.86, 104),
    ):
        tea_cup(image, W * x, H * base, r, rng, tea=(x, base) != (0.81, 0.7))
    steam = Image.new("RGBA", (1000, 900), (255, 255, 255, 0))
    steam_draw = pen(steam)
    for k, (sx, sy, strength) in enumerate(((120, 680, 150), (416, 790, 100), (800, 790, 100))):
        points = [(sx + 26 * math.sin(t / 5 + k), sy - t * 14) for t in range(34)]
        steam_draw.line(points, fill=(255, 255, 255, strength), width=14, joint="curve")
    over(image, steam.filter(ImageFilter.GaussianBlur(10)), dest=(int(W * 0.44), int(H * 0.24)))


def raised_leaf(image, cx, cy, rx, ry, colour, stem_to):
    """A lotus leaf held up on its stem, its cupped underside showing below the rim."""
    draw = pen(image)
    draw.line(
        [(cx, cy), (cx + rx * 0.1, stem_to)],
        fill=alpha(mix(LEAF_DARK, BAMBOO, 0.3), 255),
        width=max(8, int(rx / 22)),
    )
    underside = smooth([(cx - rx, cy), (cx - rx * 0.55, cy + ry * 1.2), (cx, cy + ry * 2.0)], 8)
    underside += [(2 * cx - x, y) for x, y in reversed(underside)]
    draw.polygon(underside, fill=alpha(mix(colour, CELADON, 0.45), 255))
    for k in (-0.6, -0.2, 0.2, 0.6):
        draw.line(
            [(cx + rx * k, cy + ry * 0.3), (cx, cy + ry * 1.9)],
            fill=alpha(mix(colour, CREAM, 0.4), 120),
            width=3,
        )
    lotus_leaf(image, cx, cy, rx, ry, colour)


def tied_bud(draw, cx, cy, length, angle):
    """A lotus flower closed over a filling of tea and tied shut at the tip."""
    cos, sin = math.cos(angle), math.sin(angle)
    draw.polygon(
        petal(cx, cy, length, length * 0.55, angle),
        fill=alpha(PINK, 255),
        outline=alpha(mix(PINK, LACQUER, 0.35), 255),
        width=3,
    )
    draw.polygon(
        petal(
            cx + cos * length * 0.08,
            cy + sin * length * 0.08,
            length * 0.88,
            length * 0.3,
            angle + 0.06,
        ),
        fill=alpha(PINK_LIGHT, 220),
    )
    draw.polygon(
        petal(cx, cy, length * 0.34, length * 0.46, angle), fill=alpha(mix(LEAF, BAMBOO, 0.3), 255)
    )
    tx, ty = cx + cos * length * 0.78, cy + sin * length * 0.78
    nx, ny = -sin * length * 0.12, cos * length * 0.12
    draw.line([(tx - nx, ty - ny), (tx + nx, ty + ny)], fill=alpha(CREAM, 255), width=8)
    draw.line(
        [(tx + nx, ty + ny), (tx + nx * 1.8 + cos * 30, ty + ny * 1.8 + sin * 30)],
        fill=alpha(CREAM, 255),
        width=5,
    )
    draw.line(
        [(cx, cy), (cx - cos * length * 0.35, cy - sin * length * 0.35)],
        fill=alpha(LEAF_DARK, 255),
        width=14,
    )


def leaf_parcel(draw, cx, cy, w, h):
    """Tea wrapped in a dried lotus leaf and tied with a bamboo string."""
    draw.rounded_rectangle(
        (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2),
        radius=h * 0.3,
        fill=alpha(mix(LEAF, OCHRE, 0.25), 255),
        outline=alpha(LEAF_DARK, 255),
        width=4,
    )
    draw.polygon(
        [(cx - w / 2 + 20, cy - h / 2 + 6), (cx, cy - h * 0.05), (cx + w / 2 - 20, cy - h / 2 + 6)],
        fill=alpha(mix(LEAF, CELADON, 0.35), 255),
    )
    for k in range(5):
        x = cx - w * 0.4 + k * w * 0.2
        draw.line(
            [(x, cy + h * 0.45), (cx, cy - h * 0.05)],
            fill=alpha(mix(LEAF, CREAM, 0.35), 120),
            width=3,
        )
    draw.line([(cx - w / 2, cy), (cx + w / 2, cy)], fill=alpha(GOLD_LIGHT, 255), width=9)
    draw.line([(cx, cy - h / 2), (cx, cy + h / 2)], fill=alpha(GOLD_LIGHT, 255), width=9)
    draw.ellipse((cx - 16, cy - 16, cx + 16, cy + 16), fill=alpha(GOLD, 255))


def tea_packet(image, x0, base, w, h, paper, band):
    """A paper packet of tea, folded at the top, with a lotus on its label."""
    draw = pen(image)
    depth = w * 0.3
    draw.rectangle((x0, base - h, x0 + w, base), fill=alpha(paper, 255))
    draw.polygon(
        [
            (x0 + w, base - h),
            (x0 + w + depth, base - h - depth * 0.5),
            (x0 + w + depth, base - depth * 0.5),
            (x0 + w, base),
        ],
        fill=alpha(mix(paper, INK, 0.3), 255),
    )
    draw.polygon(
        [
            (x0, base - h),
            (x0 + w, base - h),
            (x0 + w + depth, base - h - depth * 0.5),
            (x0 + depth, base - h - depth * 0.5),
        ],
        fill=alpha(mix(paper, CREAM, 0.3), 255),
    )
    draw.line(
        [(x0 + depth / 2, base - h - depth * 0.25), (x0 + w + depth / 2, base - h - depth * 0.25)],
        fill=alpha(mix(paper, INK, 0.2), 255),
        width=4,
    )
    draw.rectangle((x0, base - h * 0.72, x0 + w, base - h * 0.28), fill=alpha(band, 255))
    draw.ellipse(
        (x0 + w / 2 - w * 0.3, base - h * 0.7, x0 + w / 2 + w * 0.3, base - h * 0.3),
        fill=alpha(CREAM, 255),
    )
    lotus_flower(image, x0 + w / 2, base - h * 0.4, w * 0.24)


def tea_tin(image, cx, base, r, h, colour):
    soft_shadow(image, (cx - r, base - 16, cx + r * 1.2, base + 24), 110, 12)
    draw = pen(image)
    draw.rectangle((cx - r, base - h, cx + r, base), fill=alpha(colour, 255))
    draw.ellipse((cx - r, base - r * 0.3, cx + r, base + r * 0.3), fill=alpha(colour, 255))
    draw.rectangle((cx + r * 0.3, base - h, cx + r, base), fill=(20, 10, 10, 50))
    draw.rectangle((cx - r * 0.7, base - h, cx - r * 0.5, base), fill=(255, 255, 255, 40))
    for y in (base - h + r * 0.25, base - h * 0.14):
        draw.rectangle((cx - r, y, cx + r, y + 16), fill=alpha(GOLD, 255))
    draw.ellipse(
        (cx - r, base - h - r * 0.3, cx + r, base - h + r * 0.3),
        fill=alpha(mix(colour, GOLD_LIGHT, 0.5), 255),
        outline=alpha(GOLD, 255),
        width=6,
    )
    draw.ellipse(
        (cx - r * 0.5, base - h * 0.62 - r * 0.5, cx + r * 0.5, base - h * 0.62 + r * 0.5),
        fill=alpha(CREAM, 255),
        outline=alpha(GOLD, 255),
        width=5,
    )
    lotus_flower(image, cx, base - h * 0.55, r * 0.42)


def draw_lotus_tea_packs(image, rng):
    # West Lake behind the stall: lotus leaves held up on their stems, a few flowers.
    image.paste(gradient((240, 232, 210), (206, 222, 196)))
    draw = pen(image)
    draw.rectangle((0, H * 0.34, W, H), fill=alpha(mix(CELADON, CELADON_DARK, 0.4), 255))
    for y in range(int(H * 0.36), int(H * 0.6), 24):
        wave_line(draw, 0, W, y, 5, 400, alpha(CELADON, 140), 3, phase=y)
    for _ in range(12):
        x, y = rng.uniform(0, W), rng.uniform(H * 0.36, H * 0.46)
        lotus_leaf(
            image, x, y, rng.uniform(80, 130), rng.uniform(18, 28), mix(LEAF, CELADON_DARK, 0.5)
        )
    leaves = [
        (rng.uniform(-100, W + 100), rng.uniform(H * 0.14, H * 0.42), rng.uniform(170, 260))
        for _ in range(11)
    ]
    for x, y, rx in sorted(leaves, key=lambda leaf: leaf[1]):
        raised_leaf(
            image,
            x,
            y,
            rx,
            rx * rng.uniform(0.2, 0.32),
            LEAF if rng.random() < 0.5 else LEAF_DARK,
            H * 0.6,
        )
    for x, y, size in (
        (W * 0.2, H * 0.2, 120),
        (W * 0.62, H * 0.12, 100),
        (W * 0.9, H * 0.24, 110),
    ):
        pen(image).line([(x, y), (x + 6, H * 0.6)], fill=alpha(LEAF_DARK, 255), width=10)
        lotus_flower(image, x, y, size)
    draw = pen(image)
    # The stall's awning along the top.
    for k, x in enumerate(range(0, W, 160)):
        fill = LACQUER if k % 2 == 0 else CREAM
        draw.rectangle((x, 0, x + 160, H * 0.05), fill=alpha(fill, 255))
        draw.pieslice((x, H * 0.05 - 60, x + 160, H * 0.05 + 60), 0, 180, fill=alpha(fill, 255))
    # The table: a bamboo mat on top, a red cloth hanging in front.
    table = H * 0.6
    draw.rectangle((0, table, W, H * 0.92), fill=alpha(mix(GOLD_LIGHT, OCHRE, 0.35), 255))
    for y in range(int(table), int(H * 0.92), 18):
        draw.line([(0, y), (W, y)], fill=alpha(OCHRE_DARK, 70), width=3)
    draw.rectangle((0, H * 0.92, W, H), fill=alpha(LACQUER, 255))
    draw.rectangle((0, H * 0.92, W, H * 0.935), fill=alpha(GOLD, 255))
    for x in range(0, W, 120):
        draw.line([(x, H * 0.94), (x + 20, H)], fill=alpha(LACQUER_DARK, 60), width=6)
    # Flowers filled with tea, on a lotus leaf.
    lotus_leaf(image, W * 0.17, H * 0.72, 430, 110, LEAF)
    draw = pen(image)
    for x, y, length, angle in (
        (0.09, 0.74, 260, -0.35),
        (0.19, 0.7, 280, -0.2),
        (0.25, 0.78, 250, -0.5),
    ):
        tied_bud(draw, W * x, H * y, length, angle)
    # Tea parcels in dried lotus leaves.
    for x, y in ((0.39, 0.74), (0.49, 0.74), (0.44, 0.665)):
        soft_shadow(image, (W * x - 120, H * y + 20, W * x + 120, H * y + 90), 90, 14)
        leaf_parcel(pen(image), W * x, H * y, 230, 150)
    # Paper packets and tins.
    for k, (paper, band) in enumerate(
        ((CREAM, LACQUER), ((214, 180, 128), LEAF_DARK), (CREAM, LACQUER))
    ):
        x0 = W * (0.57 + 0.075 * k)
        soft_shadow(image, (x0 - 20, H * 0.75 - 20, x0 + 220, H * 0.75 + 30), 90, 12)
        tea_packet(image, x0, H * 0.75, 160, 260, paper, band)
    tea_tin(image, W * 0.83, H * 0.77, 110, 300, LEAF_DARK)
    tea_tin(image, W * 0.93, H * 0.74, 100, 260, LACQUER)
    # A flat basket of loose tea and a heap of the lotus stamens it is scented with.
    soft_shadow(image, (W * 0.72, H * 0.86, W * 0.94, H * 0.92), 110, 16)
    lacquer_box(image, W * 0.73, H * 0.8, W * 0.17, H * 0.1, H * 0.03, LACQUER, rng)
    cx, cy = W * 0.44, H * 0.84
    soft_shadow(image, (cx - 300, cy - 40, cx + 300, cy + 90), 110, 18)
    draw = pen(image)
    draw.ellipse(
        (cx - 300, cy - 90, cx + 300, cy + 90),
        fill=alpha(OCHRE, 255),
        outline=alpha(OCHRE_DARK, 255),
        width=16,
    )
    draw.ellipse(
        (cx - 260, cy - 70, cx + 260, cy + 70), fill=alpha(mix(OCHRE, GOLD_LIGHT, 0.3), 255)
    )
    for _ in range(220):
        a, d = rng.uniform(0, math.tau), rng.uniform(0, 1) ** 0.5
        x, y = cx - 70 + 170 * d * math.cos(a), cy + 50 * d * math.sin(a)
        draw.polygon(
            petal(x - 8, y, 18, 7, rng.uniform(0, math.pi)),
            fill=alpha(mix((62, 60, 30), (110, 92, 44), rng.random()), 255),
        )
    for _ in range(120):
        a, d = rng.uniform(0, math.tau), rng.uniform(0, 1) ** 0.5
        x, y = cx + 160 + 80 * d * math.cos(a), cy + 30 * d * math.sin(a)
        draw.line(
            [(x, y), (x + rng.uniform(-8, 8), y - 12)],
            fill=alpha(mix(GOLD, GOLD_LIGHT, rng.random()), 255),
            width=5,
        )


def woven_tray(image, cx, cy, r, tone, rng):
    """A flat round tray (a mẹt) leaning face-on: a twill weave inside a bound rim."""
    size = int(r * 2) + 4
    cells = Image.new("RGB", (size * 2, size * 2), mix(tone, INK, 0.45))
    draw = pen(cells)
    strip = max(16, int(r / 8))
    for row, y in enumerate(range(0, size * 2, strip)):
        for col, x in enumerate(range(0, size * 2, strip)):
            across = (row + col // 2) % 2 == 0
            colour = mix(tone, GOLD_LIGHT, 0.15 + rng.random() * 0.35)
            if across:
                draw.rectangle((x, y + 3, x + strip, y + strip - 3), fill=alpha(colour, 255))
            else:
                draw.rectangle(
                    (x + 3, y, x + strip - 3, y + strip),
                    fill=alpha(mix(colour, OCHRE_DARK, 0.25), 255),
                )
    cells = cells.rotate(45, resample=Image.Resampling.BILINEAR).crop(
        (size // 2, size // 2, size // 2 + size, size // 2 + size)
    )
    mask = Image.new("L", (size, size), 0)
    pen(mask).ellipse((2, 2, size - 2, size - 2), fill=255)
    x0, y0 = int(cx - r) - 2, int(cy - r) - 2
    soft_shadow(image, (cx - r + 30, cy - r + 40, cx + r + 30, cy + r + 40), 90, 18)
    image.paste(cells, (x0, y0), mask)
    draw = pen(image)
    draw.ellipse(
        (cx - r * 0.92, cy - r * 0.92, cx + r * 0.92, cy + r * 0.92),
        outline=(40, 20, 10, 50),
        width=int(r * 0.06),
    )
    draw.ellipse(
        (cx - r, cy - r, cx + r, cy + r),
        outline=alpha(mix(tone, BROWN, 0.4), 255),
        width=int(r * 0.09),
    )
    for n in range(int(r / 9)):
        a = n * math.tau / int(r / 9)
        x, y = cx + r * 0.955 * math.cos(a), cy + r * 0.955 * math.sin(a)
        draw.line([(x - 8, y - 8), (x + 8, y + 8)], fill=alpha(GOLD_LIGHT, 200), width=5)
    draw.arc(
        (cx - r * 0.8, cy - r * 0.8, cx + r * 0.8, cy + r * 0.8),
        200,
        260,
        fill=(255, 250, 230, 60),
        width=14,
    )


def rattan_basket(image, cx, base, top_r, bottom_r, height, tone, rng, inside=True):
    """A round basket from the side: woven rows, a lashed rim and a dark inside.

    With ``inside=False`` only the front of the rim is drawn, so a basket nested in this
    one (drawn first) still shows above it.
    """
    top = base - height
    outline = [(cx - top_r, top), (cx + top_r, top)]
    outline += [
        (
            cx + bottom_r * math.cos(a) + (top_r - bottom_r) * math.cos(a) * 0.08,
            base - height * 0.1 + height * 0.1 * math.sin(a),
        )
        for a in [math.pi * k / 20 for k in range(21)]
    ]
    xs, ys = [p[0] for p in outline], [p[1] for p in outline]
    x0, y0 = int(min(xs)) - 2, int(min(ys)) - 2
    w, h = int(max(xs)) - x0 + 4, int(max(ys)) - y0 + 4
    body = Image.new("RGB", (w, h), mix(tone, INK, 0.45))
    draw = pen(body)
    row_h, cell = 26, 44
    for row, y in enumerate(range(0, h, row_h)):
        for x in range(-cell + (row % 2) * cell // 2, w, cell):
            colour = mix(tone, GOLD_LIGHT, 0.1 + rng.random() * 0.35)
            draw.rounded_rectangle(
                (x + 2, y + 3, x + cell - 2, y + row_h - 3), radius=10, fill=alpha(colour, 255)
            )
    for i in range(16):
        x = w * (0.6 + 0.4 * i / 16)
        draw.rectangle((x, 0, x + w * 0.4 / 16 + 1, h), fill=(40, 20, 10, 5 * i))
    mask = Image.new("L", (w, h), 0)
    pen(mask).polygon([(x - x0, y - y0) for x, y in outline], fill=255)
    image.paste(body, (x0, y0), mask)
    draw = pen(image)
    rim = (cx - top_r, top - top_r * 0.2, cx + top_r, top + top_r * 0.2)
    if inside:
        draw.ellipse(rim, fill=alpha(mix(tone, INK, 0.6), 255))
        draw.ellipse(rim, outline=alpha(mix(tone, BROWN, 0.35), 255), width=20)
    else:
        draw.arc(rim, 0, 180, fill=alpha(mix(tone, BROWN, 0.35), 255), width=20)
    for n in range(18):
        a = n * math.tau / 18
        x, y = cx + top_r * math.cos(a), top + top_r * 0.2 * math.sin(a)
        if math.sin(a) > (-0.3 if inside else 0.1):
            draw.line([(x - 6, y - 10), (x + 6, y + 10)], fill=alpha(GOLD_LIGHT, 220), width=5)


def hamper(image, x0, base, w, h, tone, rng):
    """A square lidded hamper: woven front, darker side, the lid a little wider."""
    depth = w * 0.28
    soft_shadow(image, (x0 - 10, base - 30, x0 + w + depth + 20, base + 30), 100, 16)
    weave(image, (x0, base - h, x0 + w, base), 30, (tone, GOLD_LIGHT), rng)
    draw = pen(image)
    draw.polygon(
        [
            (x0 + w, base - h),
            (x0 + w + depth, base - h - depth * 0.6),
            (x0 + w + depth, base - depth * 0.6),
            (x0 + w, base),
        ],
        fill=alpha(mix(tone, INK, 0.35), 255),
    )
    for k in range(1, 6):
        y = base - h + k * h / 6
        draw.line(
            [(x0 + w, y), (x0 + w + depth, y - depth * 0.6)],
            fill=alpha(mix(tone, GOLD_LIGHT, 0.2), 120),
            width=4,
        )
    lid = base - h
    draw.polygon(
        [
            (x0 - 14, lid),
            (x0 + w + 14, lid),
            (x0 + w + depth + 14, lid - depth * 0.6),
            (x0 + depth - 14, lid - depth * 0.6),
        ],
        fill=alpha(mix(tone, GOLD_LIGHT, 0.35), 255),
    )
    draw.rectangle((x0 - 14, lid, x0 + w + 14, lid + 30), fill=alpha(mix(tone, BROWN, 0.3), 255))
    draw.ellipse(
        (x0 + w / 2 - 26, lid + 40, x0 + w / 2 + 26, lid + 80),
        outline=alpha(BROWN_DARK, 255),
        width=8,
    )


def strip_bundle(draw, x, base, top, lean, count, colours, rng):
    """Long split strips of bamboo or rattan standing in a bundle, tied twice."""
    for k in range(count):
        offset = (k - count / 2) * 12
        spread = (k - count / 2) * rng.uniform(1, 4)
        colour = mix(*colours, rng.random())
        draw.line(
            [(x + offset, base), (x + offset + lean + spread, top + rng.uniform(-40, 40))],
            fill=alpha(colour, 255),
            width=9,
        )
        draw.line(
            [(x + offset - 3, base), (x + offset + lean + spread - 3, top + 40)],
            fill=(255, 255, 255, 40),
            width=2,
        )
    for t in (0.25, 0.62):
        cy = base + (top - base) * t
        cx = x + lean * t
        draw.ellipse(
            (cx - count * 7, cy - 14, cx + count * 7, cy + 14), outline=alpha(LACQUER, 255), width=9
        )


def draw_rattan_workshop(image, rng):
    # The workshop wall of split bamboo, a roof beam, and the packed-earth floor.
    image.paste(gradient((206, 180, 134), (178, 146, 100)))
    draw = pen(image)
    for x in range(0, W, 56):
        tone = mix((196, 168, 118), (222, 196, 146), rng.random())
        draw.rectangle((x + 3, 0, x + 53, H * 0.72), fill=alpha(tone, 255))
        for y in range(int(rng.uniform(0, 220)), int(H * 0.72), 260):
            draw.rectangle((x + 3, y, x + 53, y + 10), fill=alpha(mix(tone, OCHRE_DARK, 0.4), 255))
    draw.rectangle((0, H * 0.06, W, H * 0.11), fill=alpha(BROWN_DARK, 255))
    draw.rectangle((0, H * 0.72, W, H), fill=alpha(mix(OCHRE_DARK, BROWN, 0.5), 255))
    for _ in range(80):
        x, y = rng.uniform(0, W), rng.uniform(H * 0.74, H)
        draw.ellipse((x - 14, y - 4, x + 14, y + 4), fill=alpha(BROWN_DARK, 60))
    # Baskets hung from the beam.
    for x, r in ((W * 0.42, 110), (W * 0.52, 90), (W * 0.62, 120)):
        pen(image).line([(x, H * 0.11), (x, H * 0.15)], fill=alpha(INK, 220), width=6)
        rattan_basket(
            image, x, H * 0.15 + r * 1.1, r, r * 0.7, r * 1.1, mix(OCHRE, BAMBOO, 0.2), rng
        )
    # Bundles of split bamboo and rattan strips leaning on the wall.
    draw = pen(image)
    strip_bundle(draw, W * 0.06, H * 0.9, H * 0.08, 90, 14, ((150, 176, 92), (214, 206, 140)), rng)
    strip_bundle(draw, W * 0.14, H * 0.88, H * 0.16, 140, 12, (GOLD_LIGHT, OCHRE), rng)
    strip_bundle(
        draw, W * 0.93, H * 0.9, H * 0.12, -110, 13, ((214, 206, 140), (180, 196, 110)), rng
    )
    # Flat trays leaning against the wall, finished and bound.
    for x, y, r, tone in (
        (W * 0.32, H * 0.5, 260, OCHRE),
        (W * 0.47, H * 0.54, 230, mix(OCHRE, GOLD_LIGHT, 0.3)),
        (W * 0.74, H * 0.48, 280, mix(OCHRE, BROWN, 0.15)),
    ):
        woven_tray(image, x, y, r, tone, rng)
    # Coils of rattan hung on a peg.
    draw = pen(image)
    px, py = W * 0.86, H * 0.2
    draw.rectangle((px - 12, py - 20, px + 30, py + 10), fill=alpha(BROWN_DARK, 255))
    for k in range(8):
        box = (px - 110 + k * 7, py, px + 110 - k * 7, py + 340 - k * 9)
        draw.ellipse(box, outline=alpha(mix(GOLD_LIGHT, OCHRE, k / 8), 255), width=12)
        draw.ellipse(box, outline=alpha(OCHRE_DARK, 110), width=2)
    # On the floor: nested stacks of baskets and a pair of hampers.
    for cx, count, top_r, height, tone in (
        (W * 0.26, 4, 210, 240, OCHRE),
        (W * 0.46, 3, 180, 210, mix(OCHRE, GOLD_LIGHT, 0.4)),
    ):
        soft_shadow(
            image, (cx - top_r * 1.1, H * 0.9 - 30, cx + top_r * 1.2, H * 0.9 + 40), 120, 20
        )
        for k in reversed(range(count)):
            rattan_basket(
                image,
                cx,
                H * 0.9 - k * 64,
                top_r,
                top_r * 0.66,
                height,
                tone,
                rng,
                inside=k == count - 1,
            )
    hamper(image, W * 0.6, H * 0.92, 300, 230, mix(OCHRE, BROWN, 0.2), rng)
    hamper(image, W * 0.63, H * 0.92 - 230 - 30, 250, 190, OCHRE, rng)
    # The knife that splits the bamboo, left on the floor.
    draw = pen(image)
    draw.polygon(
        [(W * 0.5, H * 0.955), (W * 0.6, H * 0.94), (W * 0.6, H * 0.965), (W * 0.51, H * 0.972)],
        fill=alpha((170, 176, 180), 255),
    )
    draw.rounded_rectangle(
        (W * 0.6, H * 0.935, W * 0.67, H * 0.968), radius=10, fill=alpha(BROWN_DARK, 255)
    )


# Motif name → (what the picture shows, for its title; drawing function).
MOTIFS = {
    "ceramics": ("blue-and-white ceramics", draw_ceramics),
    "kiln": ("a brick kiln at dusk", draw_kiln),
    "silk": ("flowing silk", draw_silk),
    "loom": ("a silk loom", draw_loom),
    "lacquer": ("lacquer with gold leaf and eggshell", draw_lacquer),
    "lotus": ("lotus flowers on West Lake", draw_lotus),
    "lotus-tea": ("lotus tea service", draw_lotus_tea),
    "bamboo": ("bamboo and a woven basket", draw_bamboo),
    "mother-of-pearl": ("mother-of-pearl plum blossom", draw_mother_of_pearl),
    "wood-carving": ("carved wooden panel", draw_wood_carving),
    "river": ("a boat on the Red River", draw_river),
    "market": ("a pottery market", draw_market),
    "shards": ("old potsherds on the Red River bank", draw_shards),
    "wheel": ("clay thrown on a potter's wheel", draw_wheel),
    "rattan": ("a half-woven rattan basket", draw_rattan),
    "lacquer-boxes": ("lacquer boxes packed for export", draw_lacquer_boxes),
    "ocop": ("craft products with OCOP star ratings", draw_ocop),
    "shells": ("raw shells and inlay tools", draw_shells),
    "west-lake-dawn": ("dawn over West Lake", draw_west_lake_dawn),
    "day-route": ("a road map between two craft villages", draw_day_route),
    "quang-vinh-workshop": ("an export ceramics showroom", draw_quang_vinh_workshop),
    "lotus-dinnerware": ("lotus-pattern ceramic dinnerware", draw_lotus_dinnerware),
    "tea-set": ("a blue-and-white tea set on a tray", draw_tea_set),
    "lotus-tea-packs": ("lotus tea wrapped for sale", draw_lotus_tea_packs),
    "rattan-workshop": ("a bamboo and rattan workshop", draw_rattan_workshop),
}


def render(motif):
    """The finished 1600×1000 RGB picture for ``motif``, labelled as an illustration."""
    rng = random.Random(f"demo-{motif}")  # noqa: S311 - decoration, not security
    image = Image.new("RGB", (W, H), PAPER)
    MOTIFS[motif][1](image, rng)
    grain(image, rng)
    final = image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
    label(final)
    return final.convert("RGB")


def label(image):
    draw = pen(image)
    font = ImageFont.truetype(FONT, 18)
    text = "Illustration"
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    x, y = WIDTH - (right - left) - 28, HEIGHT - (bottom - top) - 24
    draw.rounded_rectangle(
        (x - 10, y - 6, x + right - left + 10, y + bottom - top + 10),
        radius=8,
        fill=(20, 16, 14, 120),
    )
    draw.text((x, y - top + 2), text, font=font, fill=(255, 250, 240, 220))


# What each picture shows, in Vietnamese: the title editors see in the image library.
TITLES = {
    "ceramics": "gốm hoa lam",
    "kiln": "lò gốm lúc hoàng hôn",
    "silk": "những dải lụa",
    "loom": "khung dệt lụa",
    "lacquer": "sơn mài dát vàng, khảm vỏ trứng",
    "lotus": "hoa sen trên Hồ Tây",
    "lotus-tea": "bộ ấm chén trà sen",
    "bamboo": "tre và giỏ đan",
    "mother-of-pearl": "hoa mai khảm trai",
    "wood-carving": "tấm gỗ chạm khắc",
    "river": "con thuyền trên sông Hồng",
    "market": "chợ gốm",
    "shards": "mảnh gốm cổ bên bãi sông",
    "wheel": "bàn xoay gốm",
    "rattan": "giỏ mây đang đan dở",
    "lacquer-boxes": "hộp sơn mài đóng thùng xuất khẩu",
    "ocop": "kệ sản phẩm gắn sao OCOP",
    "shells": "vỏ trai thô và dụng cụ khảm",
    "west-lake-dawn": "bình minh trên Hồ Tây",
    "day-route": "bản đồ con đường nối hai làng nghề",
    "quang-vinh-workshop": "phòng trưng bày gốm xuất khẩu",
    "lotus-dinnerware": "bộ đồ ăn gốm hoạ tiết hoa sen",
    "tea-set": "bộ ấm chén gốm men lam",
    "lotus-tea-packs": "trà sen đóng gói",
    "rattan-workshop": "xưởng mây tre đan",
}
# The English names of earlier demos, renamed in place so a second load_demo draws nothing twice.
LEGACY_COLLECTION_NAME = "Demo illustrations"


def legacy_title(motif):
    return f"Illustration: {MOTIFS[motif][0]}"


def demo_collection():
    existing = Collection.objects.filter(name__in=(COLLECTION_NAME, LEGACY_COLLECTION_NAME)).first()
    if existing is None:
        return Collection.get_first_root_node().add_child(name=COLLECTION_NAME)
    if existing.name != COLLECTION_NAME:
        existing.name = COLLECTION_NAME
        existing.save(update_fields=["name"])
    return existing


def ensure_images(log):
    """One Wagtail image per motif, drawn the first time only (found again by title)."""
    collection = demo_collection()
    images = {}
    for motif in MOTIFS:
        title = f"Minh hoạ: {TITLES[motif]}"
        image = WagtailImage.objects.filter(title__in=(title, legacy_title(motif))).first()
        if image is not None and image.title != title:
            image.title = title
            image.save(update_fields=["title"])
        if image is None:
            buffer = BytesIO()
            render(motif).save(buffer, "JPEG", quality=88, optimize=True, progressive=True)
            image = WagtailImage(title=title, collection=collection)
            image.file = ImageFile(buffer, name=f"illustration-{motif}.jpg")
            image.save()
            log(f"drew {title}")
        images[motif] = image
    return images
