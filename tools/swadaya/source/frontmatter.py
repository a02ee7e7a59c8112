"""Text to front matter plus body, with the line numbers diagnostics need."""

from __future__ import annotations

from dataclasses import dataclass


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
