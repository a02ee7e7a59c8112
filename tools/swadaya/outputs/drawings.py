"""Drawings whose words can be read, on a phone and on paper.

A drawing (an SVG image in a page) is scaled to the width of the text column: on a phone
(328 CSS px of column at 360 px) a guide's 800-unit-wide drawing with 14-unit labels shows
them 5.7 px high, too small to read. On the site each drawing gets the width at which its
small words are :data:`SMALLEST_TEXT_PX` high; where the column is narrower, the drawing
scrolls sideways inside its own box and the page does not (the site's script makes such a
box focusable and says so, as for wide tables). On paper, :meth:`Drawing.print_width`
gives the width at which they are :data:`SMALLEST_PRINT_PT` high, for a layout to decide
whether the drawing fits.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET  # our own drawings; nothing is fetched or expanded
from collections.abc import Callable, Iterator
from copy import deepcopy as copy_element
from dataclasses import dataclass
from pathlib import Path

#: The height the drawing's small words should have on screen, in CSS px: the size of
#: Material's smallest text (captions, 0.64 rem).
SMALLEST_TEXT_PX = 12
#: The same on paper, in points: small enough for a caption, large enough to survive a
#: photocopy.
SMALLEST_PRINT_PT = 7.0
#: The share of a drawing's letters that may be smaller than that (a mark inside an icon,
#: "Rp" on a money bag, must not double the drawing's width).
SMALL_SHARE = 0.1
_SVG = "{http://www.w3.org/2000/svg}"
_NUMBER = re.compile(r"[-\d.]+")
_SIZE = re.compile(r"^\s*([\d.]+)\s*(px|pt)?\s*$")
_STYLE_SIZE = re.compile(r"font-size\s*:\s*([^;]+)")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_IMG = re.compile(r"<img\b[^>]*>")
_SRC = re.compile(r"""\ssrc\s*=\s*["']([^"']+\.svg)["']""")


@dataclass(frozen=True)
class Drawing:
    """How wide a drawing is drawn (its user units) and the size of its small words in
    them (all but :data:`SMALL_SHARE` of its letters are at least that big)."""

    width: float
    small_text: float
    height: float = 0.0

    @property
    def readable_width(self) -> int:
        """The CSS width at which its small words are :data:`SMALLEST_TEXT_PX` high."""
        return math.ceil(self.width * SMALLEST_TEXT_PX / self.small_text)

    def print_width(self) -> float:
        """The printed width, in mm, at which its small words are :data:`SMALLEST_PRINT_PT`
        high."""
        return self.width * SMALLEST_PRINT_PT * 25.4 / 72 / self.small_text

    def print_height(self) -> float:
        """The printed height, in mm, at :meth:`print_width` (0 when its height is not
        known)."""
        return self.print_width() * self.height / self.width

    def fits(self, width: float, height: float) -> bool:
        """Whether, printed at :meth:`print_width`, it fits a room of ``width`` × ``height``
        mm. One that does not is better left out of a small layout than printed with words
        nobody can read."""
        return self.print_width() <= width and self.print_height() <= height


def _size(value: str | None) -> float | None:
    match = _SIZE.match(value or "")
    if not match or float(match.group(1)) <= 0:
        return None
    return float(match.group(1)) * (4 / 3 if match.group(2) == "pt" else 1)


def _rules(root: ET.Element) -> Iterator[tuple[str | None, str]]:
    """(class, declarations) of each simple rule of a drawing's style sheets: the class a
    ``.name`` or ``text.name`` rule styles, None for a ``text`` rule (every text)."""
    for style in root.iter(f"{_SVG}style"):
        for selectors, body in _RULE.findall(style.text or ""):
            for selector in (s.strip() for s in selectors.split(",")):
                if selector == "text":
                    yield None, body
                elif re.fullmatch(r"(?:text)?\.[\w-]+", selector):
                    yield selector.split(".")[1], body


def _class_sizes(root: ET.Element) -> tuple[float | None, dict[str, float]]:
    """Font sizes a drawing's style sheet gives: to every text (``text``), and by class."""
    every: float | None = None
    by_class: dict[str, float] = {}
    for name, body in _rules(root):
        found = _STYLE_SIZE.search(body)
        size = _size(found.group(1)) if found else None
        if size is None:
            continue
        if name is None:
            every = size
        else:
            by_class[name] = size
    return every, by_class


def _own_size(element: ET.Element, by_class: dict[str, float]) -> float | None:
    style = _STYLE_SIZE.search(element.get("style", ""))
    if style:
        return _size(style.group(1))
    for name in element.get("class", "").split():
        if name in by_class:
            return by_class[name]
    return _size(element.get("font-size"))


def measure(svg: str) -> Drawing | None:
    """The width and the small words' size of an SVG drawing (each text's size as SVG
    gives it: its style, its class in the drawing's style sheet, its attribute, or its
    parent's); None when it cannot be read or has no words."""
    try:
        root = ET.fromstring(svg)
    except (ET.ParseError, ValueError):  # not XML: shown as before
        return None
    box = _NUMBER.findall(root.get("viewBox", ""))
    width = float(box[2]) if len(box) == 4 else _size(root.get("width"))
    height = float(box[3]) if len(box) == 4 else _size(root.get("height"))
    if not width or width <= 0:
        return None
    every, by_class = _class_sizes(root)
    letters: list[tuple[float, int]] = []

    def walk(element: ET.Element, inherited: float) -> None:
        size = _own_size(element, by_class) or (
            every if element.tag == f"{_SVG}text" and every else inherited)
        if element.tag in (f"{_SVG}text", f"{_SVG}tspan"):
            count = len("".join((element.text or "").split()))
            if count:
                letters.append((size, count))
        for child in element:
            if child.tag not in (f"{_SVG}title", f"{_SVG}desc", f"{_SVG}style"):
                walk(child, size)
                if child.tail and element.tag in (f"{_SVG}text", f"{_SVG}tspan"):
                    letters.append((size, len("".join(child.tail.split()))))

    walk(root, 16.0)  # SVG's initial font size: the browser's 16 px
    total = sum(n for _, n in letters)
    if not total:
        return None
    seen = 0
    for size, count in sorted(letters):
        seen += count
        if seen > SMALL_SHARE * total:
            return Drawing(width, size, height or 0.0)
    return None  # not reached: the loop ends past the share


def drawing_named(folder: Path, src: str) -> Drawing | None:
    """The measure of the SVG drawing ``src`` (as written in Markdown, relative to
    ``folder``); None for another kind of image or one that cannot be read."""
    src = src.strip().split(" ")[0] if src.strip() else ""
    if not src.endswith(".svg") or "://" in src:
        return None
    try:
        return measure((folder / src).read_text("utf-8", errors="replace"))
    except OSError:
        return None


def readable_drawings(html: str, drawing_of: Callable[[str], Drawing | None]) -> str:
    """Wrap each SVG image of a page's HTML in a box that gives it its readable width
    (``drawing_of(src)`` measures the image a ``src`` names)."""
    def wrap(match: re.Match[str]) -> str:
        tag = match.group(0)
        src = _SRC.search(tag)
        drawing = drawing_of(src.group(1)) if src else None
        if drawing is None:
            return tag
        return (f'<span class="sw-gambar" style="--sw-lebar: {drawing.readable_width}px">'
                f"{tag}</span>")

    if 'class="sw-gambar"' in html:  # already done (a page decorated twice)
        return html
    return _IMG.sub(wrap, html)


_PAINT_ORDER = re.compile(r"paint-order\s*:\s*(?:stroke|markers\s+stroke)\b")


def _halo_selectors(root: ET.Element) -> tuple[bool, set[str]]:
    """Style-sheet rules that draw texts' outline under their letters: every text, and by
    class."""
    halos = [name for name, body in _rules(root) if _PAINT_ORDER.search(body)]
    return None in halos, {name for name in halos if name is not None}


def _restyled(element: ET.Element, declaration: str) -> ET.Element:
    """A copy of ``element`` and its children with ``declaration`` last in their style (an
    inline style outranks the drawing's style sheet and attributes)."""
    copy = copy_element(element)
    for part in copy.iter():
        style = part.get("style", "").strip().rstrip(";")
        part.set("style", f"{style};{declaration}" if style else declaration)
    return copy


def without_paint_order(svg: str) -> str:
    """The drawing with each text whose outline is drawn under its letters (``paint-order:
    stroke``, a white halo that keeps labels readable over lines) written as two texts, the
    outline first and the letters over it. The same picture in any renderer; WeasyPrint
    does not know ``paint-order`` and drew the halo over the letters, so such labels
    printed blank. A drawing without ``paint-order`` is returned as it is."""
    if "paint-order" not in svg:
        return svg
    try:
        root = ET.fromstring(svg)
    except (ET.ParseError, ValueError):
        return svg
    every, classes = _halo_selectors(root)
    parents = {child: parent for parent in root.iter() for child in parent}

    def halo(element: ET.Element) -> bool:
        here: ET.Element | None = element
        while here is not None:
            if _PAINT_ORDER.search(f"paint-order:{here.get('paint-order', '')}") or \
                    _PAINT_ORDER.search(here.get("style", "")):
                return True
            here = parents.get(here)
        return every or bool(classes & set(element.get("class", "").split()))

    for text in [t for t in root.iter(f"{_SVG}text") if halo(t)]:
        parent = parents[text]
        at = list(parent).index(text)
        parent.insert(at, _restyled(text, "fill:none;paint-order:normal"))
        parent[at + 1] = _restyled(text, "stroke:none;paint-order:normal")
        parent[at + 1].tail = text.tail
        parent[at].tail = ""
    # SVG's namespace unprefixed, as written; registered just before writing, as the EPUB's
    # XHTML writer does for its own (``default_namespace`` refuses SVG's plain attributes)
    ET.register_namespace("", _SVG[1:-1])
    ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
    return ET.tostring(root, encoding="unicode")
