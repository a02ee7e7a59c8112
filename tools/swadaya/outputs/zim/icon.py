"""The 48×48 illustration Kiwix shows for the ZIM: Swadaya's icon (``outputs/icon.py``)."""

from __future__ import annotations

from swadaya.outputs import icon

SIZE = 48


def icon_png() -> bytes:
    """The 48×48 RGBA PNG."""
    return icon.icon_png(SIZE)
