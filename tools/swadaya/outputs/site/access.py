"""Accessibility fixes to the HTML that Markdown extensions and Material write.

Each fix is a small text rewrite of markup whose shape is known (and tested), so the MkDocs
adapter only calls these; nothing here imports MkDocs. Found by axe-core (WCAG 2.2 AA).
"""

from __future__ import annotations

import re
from html import escape, unescape

#: pymdownx.tasklist writes the box in a <label> that holds no text, so a screen reader
#: hears "checkbox" with no name (axe ``label``). The item's own text follows the label.
_TASK = re.compile(
    r'(<label class="task-list-control"><input type="checkbox")([^>]*>)'
    r'(<span class="task-list-indicator"></span></label>)(.*?)(?=</li>|<ul|<ol|</p>|<div)',
    re.S)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")

#: Material's search panel is a dialog with no name (axe ``aria-dialog-name``).
_SEARCH = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_NAME = "Pencarian"


def plain_text(html: str) -> str:
    """The text of an HTML fragment: tags dropped, entities decoded, spaces collapsed."""
    return _SPACE.sub(" ", unescape(_TAG.sub("", html))).strip()


def label_task_lists(html: str) -> str:
    """Give every task-list checkbox its item's text as its name."""

    def name(match: re.Match[str]) -> str:
        text = plain_text(match.group(4))
        if not text or "aria-label" in match.group(2):
            return match.group(0)
        return (f'{match.group(1)} aria-label="{escape(text)}"{match.group(2)}'
                f"{match.group(3)}{match.group(4)}")

    return _TASK.sub(name, html)


def name_search_dialog(html: str) -> str:
    """Name Material's search dialog (the page unchanged when the markup differs)."""
    return html.replace(_SEARCH, _SEARCH[:-1] + f' aria-label="{SEARCH_NAME}">', 1)
