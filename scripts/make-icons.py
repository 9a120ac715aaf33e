#!/usr/bin/env python3
"""Draws Push Check's icon at the usual sizes into assets/icons/ (needs Pillow).

A rounded square in deep blue with a white speech-bubble "push" badge and a green light:
the app's answer at a glance. Run again after changing the design; the PNGs are committed.
"""
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "assets" / "icons"
SIZES = [16, 24, 32, 48, 64, 128, 256, 512]


def draw(size: int) -> Image.Image:
    scale = 4  # draw large, then shrink: smooth edges
    s = size * scale
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((0, 0, s - 1, s - 1), radius=s * 0.22, fill=(27, 64, 140, 255))
    # A white bubble: the notification.
    pad = s * 0.18
    d.rounded_rectangle((pad, pad, s - pad, s * 0.70), radius=s * 0.12, fill=(255, 255, 255, 255))
    d.polygon([(s * 0.30, s * 0.66), (s * 0.30, s * 0.84), (s * 0.48, s * 0.68)], fill=(255, 255, 255, 255))
    # The green light inside it.
    r = s * 0.14
    cx, cy = s * 0.5, s * 0.44
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(34, 160, 80, 255))
    return img.resize((size, size), Image.LANCZOS)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        draw(size).save(OUT / f"pushcheck-{size}.png", optimize=True)
    # Windows .exe icon and macOS bundle icon.
    draw(256).save(OUT / "pushcheck.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    draw(512).save(OUT / "pushcheck.icns")
    print(f"wrote {len(SIZES)} icons, .ico and .icns to {OUT}")
