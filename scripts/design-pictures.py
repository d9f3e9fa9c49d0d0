#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Draws the pictures of docs/design.md from the design's own sources, with ImageMagick:
the two palettes (resources/style/palettes.json) with each text colour on each surface and its
contrast ratio, the type scale in Noto Sans, and the icon set (resources/icons, in both themes).
Run: scripts/design-pictures.py  (writes docs/design/*.png)."""
import json
import os
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "docs", "design")
FONT = "Noto-Sans-Regular"
BOLD = "Noto-Sans-Bold"


def luminance(hex_colour):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def run(args):
    subprocess.run(args, check=True)


def palette_picture(name, p):
    """Each background role as a band; on it every text role in its own colour with its ratio."""
    inks = ["text", "muted", "accent", "partner", "danger"]
    backs = ["surface", "raised", "sunken"]
    width, band = 1000, 150
    height = band * len(backs) + 190
    args = ["convert", "-size", f"{width}x{height}", f"xc:{p['surface']}", "-font", BOLD, "-pointsize", "26",
            "-fill", p["text"], "-annotate", "+24+44", f"The {name} palette"]
    for i, back in enumerate(backs):
        y = 70 + i * band
        args += ["-fill", p[back], "-stroke", p["border"], "-draw", f"roundrectangle 20,{y} {width - 20},{y + band - 16} 10,10",
                 "-stroke", "none", "-font", FONT, "-pointsize", "15", "-fill", p["muted"],
                 "-annotate", f"+36+{y + 26}", f"{back} {p[back]}"]
        for j, ink in enumerate(inks):
            x = 36 + j * 190
            ratio = contrast(p[ink], p[back])
            args += ["-font", BOLD, "-pointsize", "22", "-fill", p[ink], "-annotate", f"+{x}+{y + 70}", ink,
                     "-font", FONT, "-pointsize", "15", "-annotate", f"+{x}+{y + 100}", f"{ratio:.1f}:1  {p[ink]}"]
    y = 70 + len(backs) * band + 4
    # The filled roles: text on accent, on the soft accent, on danger; and the focus ring.
    for j, (back, ink, label) in enumerate([("accent", "onAccent", "Primary action"),
                                            ("accentSoft", "onAccentSoft", "Partner's words"),
                                            ("danger", "onDanger", "Danger fill")]):
        x = 20 + j * 250
        ratio = contrast(p[ink], p[back])
        args += ["-fill", p[back], "-draw", f"roundrectangle {x},{y} {x + 230},{y + 70} 8,8", "-fill", p[ink],
                 "-font", BOLD, "-pointsize", "18", "-annotate", f"+{x + 16}+{y + 30}", label,
                 "-font", FONT, "-pointsize", "14", "-annotate", f"+{x + 16}+{y + 54}", f"{ratio:.1f}:1"]
    x = 20 + 3 * 250
    args += ["-fill", p["raised"], "-stroke", p["focus"], "-strokewidth", "3",
             "-draw", f"roundrectangle {x},{y} {x + 200},{y + 70} 8,8", "-stroke", "none", "-strokewidth", "1",
             "-fill", p["text"], "-font", BOLD, "-pointsize", "18", "-annotate", f"+{x + 16}+{y + 30}", "Focus ring",
             "-font", FONT, "-pointsize", "14",
             "-annotate", f"+{x + 16}+{y + 54}", f"{contrast(p['focus'], p['surface']):.1f}:1 on surface"]
    run(args + [os.path.join(OUT, f"palette-{name}.png")])


def type_picture(p):
    body = 11.0  # points at 100 %; the app derives every size from the text-size setting
    rows = [("Title", 1.75, BOLD), ("Heading", 1.3, BOLD), ("Body", 1.0, FONT), ("Caption", 0.9, FONT)]
    args = ["convert", "-size", "1000x420", f"xc:{p['surface']}", "-density", "96"]
    y = 20
    for name, scale, font in rows:
        size = body * scale
        y += int(size * 1.9) + 24
        args += ["-font", font, "-pointsize", f"{size:.1f}", "-fill", p["text"] if name != "Caption" else p["muted"],
                 "-annotate", f"+24+{y}", f"{name}: Rebuilding trust, one small promise at a time",
                 "-font", FONT, "-pointsize", "10", "-fill", p["muted"],
                 "-annotate", f"+24+{y + 20}", f"{scale:g} x body ({size:.1f} pt at 100 %%, {2 * size:.1f} pt at 200 %%)"]
    run(args + [os.path.join(OUT, "type-scale.png")])


def icons_picture(palettes):
    icons = sorted(f[:-4] for f in os.listdir(os.path.join(ROOT, "resources", "icons"))
                   if f.endswith(".svg") and not f.startswith("org."))
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for theme in ("light", "dark"):
            p = palettes[theme]
            tiles = []
            for name in icons:
                with open(os.path.join(ROOT, "resources", "icons", name + ".svg")) as f:
                    svg = f.read().replace("currentColor", p["text"])
                src = os.path.join(tmp, f"{theme}-{name}.svg")
                png = os.path.join(tmp, f"{theme}-{name}.png")
                with open(src, "w") as f:
                    f.write(svg)
                run(["rsvg-convert", "--width", "40", "--height", "40", "--output", png, src])
                tile = os.path.join(tmp, f"{theme}-{name}-tile.png")
                run(["convert", "-size", "120x84", f"xc:{p['surface']}", png, "-gravity", "north", "-geometry", "+0+8",
                     "-composite", "-font", FONT, "-pointsize", "11", "-fill", p["muted"], "-gravity", "south",
                     "-annotate", "+0+6", name, tile])
                tiles.append(tile)
            row = os.path.join(tmp, f"{theme}.png")
            run(["montage", *tiles, "-tile", "9x", "-geometry", "+0+0", "-background", p["surface"], row])
            rows.append(row)
        run(["convert", *rows, "-append", os.path.join(OUT, "icons.png")])


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(ROOT, "resources", "style", "palettes.json")) as f:
        palettes = json.load(f)
    for name in ("light", "dark"):
        palette_picture(name, palettes[name])
    type_picture(palettes["light"])
    icons_picture(palettes)
    print("wrote", ", ".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
