"""The 48×48 illustration Kiwix shows for the ZIM: drawn here, in code, as a PNG.

Three people side by side (a group) in white on the site's dark green, with rounded
corners. Drawn at four times the size and averaged down, so edges are smooth; the bytes
are the same on every machine (no font, no image library).
"""

from __future__ import annotations

import struct
import zlib

SIZE = 48
_SCALE = 4
_GREEN = (27, 94, 32)
_WHITE = (255, 255, 255)
#: (centre x, head centre y, head radius, shoulder radius) of each person, in icon pixels.
_PEOPLE = ((13.0, 19.0, 4.6, 8.0), (24.0, 15.0, 5.4, 9.5), (35.0, 19.0, 4.6, 8.0))


def _coverage(x: float, y: float) -> tuple[bool, bool]:
    """(inside the rounded square, inside a person) for a point in icon pixels."""
    r = 9.0
    cx = min(max(x, r), SIZE - r)
    cy = min(max(y, r), SIZE - r)
    inside = (x - cx) ** 2 + (y - cy) ** 2 <= r * r
    person = False
    for px, hy, hr, sr in _PEOPLE:
        if (x - px) ** 2 + (y - hy) ** 2 <= hr * hr:
            person = True
        shoulders_y = hy + hr + 2.0 + sr
        # a half disc below the head: the shoulders, cut off at the bottom edge
        if y <= shoulders_y and y >= shoulders_y - sr and \
                (x - px) ** 2 + (y - shoulders_y) ** 2 <= sr * sr:
            person = True
    return inside, person


def icon_png() -> bytes:
    """The 48×48 RGBA PNG."""
    rows = []
    n = _SCALE * _SCALE
    for row in range(SIZE):
        line = bytearray([0])  # filter type 0 for the row
        for col in range(SIZE):
            alpha = people = 0
            for sy in range(_SCALE):
                for sx in range(_SCALE):
                    x = col + (sx + 0.5) / _SCALE
                    y = row + (sy + 0.5) / _SCALE
                    inside, person = _coverage(x, y)
                    alpha += inside
                    people += inside and person
            if alpha:
                share = people / alpha
                rgb = [round(g + (w - g) * share) for g, w in zip(_GREEN, _WHITE, strict=True)]
            else:
                rgb = [0, 0, 0]
            line += bytes([*rgb, round(255 * alpha / n)])
        rows.append(bytes(line))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))
