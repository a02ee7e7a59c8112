"""Silencing a warning where the author has a reason: ``swadaya:abaikan`` markers.

``<!-- swadaya:abaikan K001 alasannya -->`` silences the codes named (a warning code, or
several joined by commas) in the paragraph or list item that follows the marker, or that
holds it; ``<!-- swadaya:abaikan-halaman K002 alasannya -->`` silences them in the whole
file. The reason is required: it stays in the file for the next author to read. Errors
cannot be silenced. Like Sphinx's ``suppress_warnings``, this is one filter applied after
every check, not a branch in each check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from swadaya.diagnostics import CODES, Level, Phrase, Report, say
from swadaya.model.catalog import Catalog, ContentPage

#: Silence the codes in the next paragraph or list item.
BLOCK = "abaikan"
#: Silence the codes in the whole file.
PAGE = "abaikan-halaman"
_CODES = re.compile(r"^[A-Z]\d{3}(?:,[A-Z]\d{3})*$")


@dataclass(frozen=True)
class Silence:
    """Codes silenced from one file line to another (both included)."""

    codes: frozenset[str]
    first: int
    last: int


def parse(name: str, args: str) -> tuple[frozenset[str], Phrase | None]:
    """The codes of an ``abaikan`` marker's arguments, and what is wrong with it, if
    anything."""
    head, _, reason = args.strip().partition(" ")
    if not _CODES.match(head):
        return frozenset(), say("T002", "ignore_code", name=name)
    codes = frozenset(head.split(","))
    for code in sorted(codes):
        if code not in CODES:
            return codes, say("T002", "ignore_unknown", code=code)
        if CODES[code].level is Level.ERROR:
            return codes, say("T002", "ignore_error", code=code)
    if not reason.strip():
        return codes, say("T002", "ignore_reason", code=head)
    return codes, None


_ITEM_START = re.compile(r"\s*(?:[-*+]|\d{1,3}[.)])\s")


def _block(lines: list[str], marker: int) -> tuple[int, int]:
    """First and last line (0-based) of the paragraph or list item the marker speaks of:
    the one that holds it, or, for a marker alone on its line, the next one."""
    anchor = marker
    if not re.sub(r"<!--.*?-->", "", lines[marker]).strip():
        anchor += 1
        while anchor < len(lines) and not lines[anchor].strip():
            anchor += 1
        if anchor == len(lines):
            return marker, marker
    first = anchor
    while first > 0 and lines[first - 1].strip() and not _ITEM_START.match(lines[first]):
        first -= 1
    last = anchor
    while last + 1 < len(lines) and lines[last + 1].strip() \
            and not _ITEM_START.match(lines[last + 1]):
        last += 1
    return min(first, marker), last


def silences(page: ContentPage) -> list[Silence]:
    """The valid ``abaikan`` markers of a page, as file line ranges."""
    lines = page.body.split("\n")
    found = []
    offset = page.body_line - 1
    for marker in page.scan.markers:
        if marker.name not in (BLOCK, PAGE):
            continue
        codes, problem = parse(marker.name, marker.args)
        if problem is not None:
            continue
        if marker.name == PAGE:
            found.append(Silence(codes, 1, offset + len(lines)))
        else:
            first, last = _block(lines, marker.line - 1)
            found.append(Silence(codes, offset + first + 1, offset + last + 1))
    return found


def apply_silences(catalog: Catalog) -> None:
    """Drop every warning an ``abaikan`` marker covers from the catalog's report."""
    ranges = {p.shown: s for p in catalog.pages.values() if (s := silences(p))}
    if not ranges:
        return
    report: Report = catalog.report
    report.items = [d for d in report.items
                    if d.level is Level.ERROR or not any(
                        d.code in s.codes and s.first <= d.line <= s.last
                        for s in ranges.get(d.path, ()))]
