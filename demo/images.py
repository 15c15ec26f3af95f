"""Calm, abstract illustrations drawn with Pillow: a gradient and soft overlapping shapes, and no words.

Drawing is deterministic: the same key always gives the same picture, so nothing depends on luck or downloads.
"""

import random
import zlib
from io import BytesIO

from PIL import Image, ImageDraw

SIZES = {"wide": (1200, 675), "hero": (1920, 800), "cover": (900, 1200)}

# (top colour, bottom colour, accents): muted tones that sit well behind white text.
PALETTES = [
    ((32, 93, 99), (88, 152, 145), [(234, 224, 200), (244, 162, 97), (168, 218, 220)]),
    ((45, 64, 89), (97, 123, 156), [(238, 206, 158), (200, 214, 229), (214, 140, 120)]),
    ((74, 103, 65), (143, 170, 120), [(242, 232, 207), (222, 184, 135), (188, 214, 190)]),
    ((84, 56, 88), (150, 110, 140), [(245, 215, 200), (233, 180, 120), (200, 190, 220)]),
    ((140, 78, 58), (206, 150, 104), [(250, 238, 220), (120, 150, 140), (240, 200, 150)]),
    ((26, 72, 110), (70, 140, 170), [(250, 226, 180), (160, 210, 200), (230, 150, 140)]),
]


def draw_illustration(key, size="wide"):
    """PNG bytes of a wordless illustration for ``key``: it reads the same in every language, and is decorative."""
    width, height = SIZES[size]
    rng = random.Random(zlib.crc32(key.encode()))
    top, bottom, accents = PALETTES[zlib.crc32(key.encode()) % len(PALETTES)]

    picture = _gradient((width, height), top, bottom)
    shapes = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    _draw_shapes(ImageDraw.Draw(shapes), rng, width, height, accents, dots_at_top=size != "cover")
    picture.alpha_composite(shapes)

    buffer = BytesIO()
    picture.convert("RGB").save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()


def _gradient(size, top, bottom):
    # Resized as one column, then widened: the same pixels as resizing the square, for a tenth of the work.
    mask = Image.linear_gradient("L").resize((1, size[1])).resize(size, Image.Resampling.NEAREST)
    return Image.composite(Image.new("RGBA", size, bottom + (255,)), Image.new("RGBA", size, top + (255,)), mask)


def _draw_shapes(draw, rng, width, height, accents, dots_at_top=True):
    unit = min(width, height)
    for _ in range(rng.randint(3, 5)):
        colour = rng.choice(accents)
        radius = rng.uniform(0.18, 0.45) * unit
        x, y = rng.uniform(0.2, 1.0) * width, rng.uniform(-0.1, 0.9) * height
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour + (rng.randint(45, 90),))
    for _ in range(2):
        colour = rng.choice(accents)
        x, y = rng.uniform(0.1, 0.9) * width, rng.uniform(0.1, 0.7) * height
        for step in range(rng.randint(2, 4)):
            radius = unit * (0.08 + 0.05 * step)
            box = (x - radius, y - radius, x + radius, y + radius)
            draw.ellipse(box, outline=colour + (120,), width=max(2, unit // 200))
    # A field of small dots in a corner, and a soft arc across the picture.
    dot, gap = max(3, unit // 150), max(14, unit // 30)
    dots_colour = rng.choice(accents) + (150,)
    origin_x, origin_y = (0, 0) if dots_at_top else (width - 9 * gap, height - 6 * gap)
    for row in range(5):
        for column in range(8):
            cx, cy = origin_x + gap * (column + 1), origin_y + gap * (row + 1)
            draw.ellipse((cx - dot, cy - dot, cx + dot, cy + dot), fill=dots_colour)
    arc_box = (-0.2 * width, 0.35 * height, 1.2 * width, 1.8 * height)
    draw.arc(arc_box, start=190, end=350, fill=rng.choice(accents) + (110,), width=max(3, unit // 90))
