"""Swadaya's icon, drawn here in code as a PNG at any size: for the ZIM and the web app.

Three people side by side (a group) in white on the site's dark green. The shapes are laid
out on a 48-unit square. Every pixel near an edge is sampled 4×4 and averaged, so edges
are smooth; pixels well inside or outside every shape (found with signed distances, in
square tiles first) take one colour, which keeps a 512-pixel icon fast in pure Python. The
bytes are the same on every machine (no font, no image library).

``purpose="any"`` is a rounded square with transparent corners (the ZIM's and the browser
tab's); ``"maskable"`` fills the whole square with green and shrinks the people into the
central safe circle, because Android cuts maskable icons to a circle or a squircle.
"""

from __future__ import annotations

import math
import struct
import zlib
from collections.abc import Callable
from typing import Literal

#: The side of the design square, in units; shapes below are given in these units.
UNITS = 48.0
_SCALE = 4  # samples per pixel side near edges
_CORNER = 9.0
_GREEN = (27, 94, 32)
_WHITE = (255, 255, 255)
#: (centre x, head centre y, head radius, shoulder radius) of each person, in units.
_PEOPLE = ((13.0, 19.0, 4.6, 8.0), (24.0, 15.0, 5.4, 9.5), (35.0, 19.0, 4.6, 8.0))
#: Where every body ends: the lowest shoulders' flat bottom, in units.
_BASE = max(hy + hr + 2.0 + sr for _, hy, hr, sr in _PEOPLE)
#: Maskable: the people shrink to this share and are centred, so that the whole group
#: (its corners 22.5 units from its centre) stays inside the safe circle (40 % of the side).
_MASKABLE_SHRINK = 0.8
_GROUP_CENTRE = (24.0, 21.6)  # middle of the group's bounding box, in units

Purpose = Literal["any", "maskable"]
_Distance = Callable[[float, float], float]


def _square_distance(x: float, y: float) -> float:
    """Signed distance to the rounded square (negative inside), in units."""
    cx = min(max(x, _CORNER), UNITS - _CORNER)
    cy = min(max(y, _CORNER), UNITS - _CORNER)
    return math.hypot(x - cx, y - cy) - _CORNER


def _people_distance(x: float, y: float) -> float:
    """Signed distance to the union of heads and shoulders (negative inside), in units."""
    best = math.inf
    for px, hy, hr, sr in _PEOPLE:
        head = math.hypot(x - px, y - hy) - hr
        shoulders_y = hy + hr + 2.0 + sr
        # a half disc below the head: the shoulders, cut off flat at the bottom...
        shoulders = max(math.hypot(x - px, y - shoulders_y) - sr, y - shoulders_y)
        # ...and the body below them down to the group's base line (no notch between)
        body = max(abs(x - px) - sr, shoulders_y - y, y - _BASE)
        best = min(best, head, shoulders, body)
    return best


def _shapes(purpose: Purpose) -> tuple[_Distance, _Distance]:
    """(background, people) distance functions in units of the icon's own square."""
    if purpose == "any":
        return _square_distance, _people_distance
    gx, gy = _GROUP_CENTRE
    k = _MASKABLE_SHRINK

    def people(x: float, y: float) -> float:
        return _people_distance((x - UNITS / 2) / k + gx, (y - UNITS / 2) / k + gy) * k

    return (lambda x, y: -math.inf), people


def _colour(share: float, alpha: float) -> tuple[int, int, int, int]:
    """RGBA of a pixel: ``share`` of its visible part is white, ``alpha`` of it is visible."""
    if not alpha:
        return (0, 0, 0, 0)
    r, g, b = (round(c + (w - c) * share) for c, w in zip(_GREEN, _WHITE, strict=True))
    return (r, g, b, round(255 * alpha))


def _pixel(col: int, row: int, unit: float, background: _Distance, people: _Distance,
           ) -> tuple[int, int, int, int]:
    """One pixel, sampled 4×4 the way the first 48-pixel icon was."""
    inside_count = people_count = 0
    for sy in range(_SCALE):
        for sx in range(_SCALE):
            x = (col + (sx + 0.5) / _SCALE) * unit
            y = (row + (sy + 0.5) / _SCALE) * unit
            inside = background(x, y) <= 0
            inside_count += inside
            people_count += inside and people(x, y) <= 0
    n = _SCALE * _SCALE
    return _colour(people_count / inside_count if inside_count else 0.0, inside_count / n)


def _uniform(x: float, y: float, reach: float, background: _Distance, people: _Distance,
             ) -> tuple[int, int, int, int] | None:
    """The one colour of every sample within ``reach`` units of (x, y), or None near an
    edge. Distances change no faster than the point moves, so a shape whose edge is
    farther than ``reach`` covers all of the area or none of it."""
    b, p = background(x, y), people(x, y)
    if abs(b) <= reach or abs(p) <= reach:
        return None
    inside = b < 0
    return _colour(1.0 if inside and p < 0 else 0.0, 1.0 if inside else 0.0)


def icon_png(size: int = 48, purpose: Purpose = "any") -> bytes:
    """The icon as a ``size``×``size`` RGBA PNG."""
    background, people = _shapes(purpose)
    unit = UNITS / size  # units per pixel
    pixels = [[(0, 0, 0, 0)] * size for _ in range(size)]
    tile = 16
    for top in range(0, size, tile):
        for left in range(0, size, tile):
            rows = range(top, min(top + tile, size))
            cols = range(left, min(left + tile, size))
            mid_x = (left + len(cols) / 2) * unit
            mid_y = (top + len(rows) / 2) * unit
            whole = _uniform(mid_x, mid_y, math.hypot(len(cols), len(rows)) / 2 * unit + 1e-9,
                             background, people)
            for row in rows:
                for col in cols:
                    colour = whole or _uniform((col + 0.5) * unit, (row + 0.5) * unit,
                                               unit * math.sqrt(0.5) + 1e-9, background,
                                               people)
                    pixels[row][col] = colour or _pixel(col, row, unit, background, people)
    return _png(size, pixels)


def _png(size: int, pixels: list[list[tuple[int, int, int, int]]]) -> bytes:
    """Encode RGBA rows as a PNG (filter 0 on every row)."""
    raw = b"".join(b"\x00" + bytes(v for px in line for v in px) for line in pixels)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
