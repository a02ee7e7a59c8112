"""Generated figures as inline SVG: readable on a 360-pixel phone and in grayscale print."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from html import escape

from swadaya.model.catalog import Catalog
from swadaya.model.learning_path import LearningPath
from swadaya.text import minutes

WIDTH = 360
X_LINE = 26
X_TEXT = 50
WRAP = 36  # characters of 13 px bold DejaVu Sans (a wide face) that fit beside the line
LINE = 17


def path_svg(path: LearningPath, catalog: Catalog, url: Callable[[str], str]) -> str:
    """The learning path as a vertical line of numbered stops, one band per level.

    ``url`` turns a module id into the link from the page that shows the figure.
    Everything is drawn from data; no script, no external font.
    """
    parts: list[str] = []
    y = 0
    number = 0
    for stage in path.levels:
        total = sum(catalog.modules[m].duration for m in stage.modules)
        label = catalog.taxonomy.label("levels", stage.level)
        parts.append(f'<rect class="sw-jalur__pita" x="0" y="{y}" width="{WIDTH}" height="30" '
                     'rx="4"/>')
        parts.append(f'<text class="sw-jalur__tingkat" x="10" y="{y + 20}">'
                     f'{escape(label)} · {len(stage.modules)} modul · {minutes(total)}</text>')
        y += 42
        for module_id in stage.modules:
            number += 1
            module = catalog.modules[module_id]
            title = textwrap.wrap(f"{module.id} · {module.title}", WRAP)
            after = ", ".join(module.prerequisites)
            detail = minutes(module.duration) + (f" · setelah {after}" if after else "")
            height = LINE * (len(title) + 1) + 14
            rows = "".join(
                f'<tspan x="{X_TEXT}" dy="{0 if i == 0 else LINE}">{escape(t)}</tspan>'
                for i, t in enumerate(title))
            # A screen reader says the stop as it is drawn (number, module, time); the
            # summary stays the tooltip. The whole row is the tap target and shows focus.
            name = f"{number}. {module.id} · {module.title}, {detail}"
            parts.append(
                f'<a href="{escape(url(module_id))}" class="sw-area--{module.area}" '
                f'aria-label="{escape(name)}">'
                f'<title>{escape(module.summary)}</title>'
                f'<rect class="sw-jalur__sentuh" x="2" y="{y + 1}" width="{WIDTH - 4}" '
                f'height="{height - 2}" rx="4"/>'
                f'<line class="sw-jalur__garis" x1="{X_LINE}" y1="{y}" x2="{X_LINE}" '
                f'y2="{y + height}"/>'
                f'<circle class="sw-jalur__titik" cx="{X_LINE}" cy="{y + 11}" r="12"/>'
                f'<text class="sw-jalur__nomor" x="{X_LINE}" y="{y + 16}">{number}</text>'
                f'<text class="sw-jalur__judul" y="{y + 15}">{rows}</text>'
                f'<text class="sw-jalur__rinci" x="{X_TEXT}" y="{y + 15 + LINE * len(title)}">'
                f'{escape(detail)}</text></a>')
            y += height
        y += 8
    # A group, not an image: it holds links a keyboard must reach (axe "nested-interactive").
    label = f"{path.title}: {number} modul dalam {len(path.levels)} tingkat"
    return (f'<svg class="sw-jalur" viewBox="0 0 {WIDTH} {y}" role="group" '
            f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">'
            + "".join(parts) + "</svg>")
