"""Reading an author's file: bytes to text, and text to front matter plus body.

Files are only ever read here. Nothing in Swadaya rewrites content, except the
explicit ``swadaya new`` command, which creates new files only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Diagnostic, make

#: Larger files are refused: a module this long is a mistake (or an attack on memory).
MAX_BYTES = 1_000_000


@dataclass
class SourceText:
    """A file's text with Unix newlines, or the diagnostics that stopped us reading it."""

    text: str | None
    diagnostics: list[Diagnostic] = field(default_factory=list)


def read_text(path: Path, shown: str) -> SourceText:
    """Read ``path`` as UTF-8; ``shown`` is the path printed in diagnostics."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return SourceText(None, [make(shown, 1, 1, "F004",
                                          f"file is {size:,} bytes; the limit is {MAX_BYTES:,}")])
        raw = path.read_bytes()
    except OSError as exc:
        return SourceText(None, [make(shown, 1, 1, "F006", f"cannot read file: {exc.strerror}")])
    found: list[Diagnostic] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
        found.append(make(shown, 1, 1, "F002", "file starts with a UTF-8 byte-order mark"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        # a column counts characters, as editors do, not bytes
        col = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        found.append(make(shown, line, col, "F001",
                          f"byte 0x{raw[exc.start]:02x} is not valid UTF-8"))
        return SourceText(None, found)
    if not text.strip():
        found.append(make(shown, 1, 1, "F003", "file is empty"))
        return SourceText(None, found)
    return SourceText(text.replace("\r\n", "\n").replace("\r", "\n"), found)


@dataclass(frozen=True)
class Split:
    """Front matter and body of a page, with the line numbers they start on (1-based)."""

    yaml_text: str | None
    yaml_line: int
    body: str
    body_line: int
    unterminated: bool = False


def split_front_matter(text: str) -> Split:
    """Split at a leading ``---`` line and the next ``---`` or ``...`` line.

    Line-based on purpose: ``text.split('---')`` breaks on a horizontal rule in the body
    and loses the line numbers that diagnostics need.
    """
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return Split(None, 1, text, 1)
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return Split("\n".join(lines[1:index]) + "\n", 2,
                         "\n".join(lines[index + 1:]), index + 2)
    return Split(None, 2, text, 1, unterminated=True)
