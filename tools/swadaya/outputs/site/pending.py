"""A file the site lists while it is still being made: the ZIM, packed beside the site build.

``swadaya build`` packs the ZIM (from a build of its own) while the site itself is built,
each on a core: the site's pages are written with :data:`PENDING_SIZE` where the ZIM's size
goes, and the build then waits for one line on its standard input, written by
``swadaya build`` once the ZIM is packed (``ready``) or has failed (anything else, or the
end of input when that process is gone). Then the ZIM is copied in and its size put in
place of the mark, before the web app lists the site's files.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TextIO

from swadaya.outputs.site.downloads import PENDING_SIZE
from swadaya.text import size_text

#: The environment variable ``swadaya build`` sets on the site build it runs beside the ZIM.
PENDING_ENV = "SWADAYA_ZIM_PENDING"
#: The line that says the ZIM is packed.
READY = "ready"
#: Files of a built site that can hold page text (pages, the search index and its copies).
_TEXT = (".html", ".json", ".js", ".xml", ".txt")


class NotMade(Exception):
    """The file the site waited for was not made."""


def wait_and_fill(site: Path, source: Path, rel: str, signal: TextIO) -> int:
    """Wait for ``ready`` on ``signal``, copy ``source`` (the finished file) to ``rel``
    under ``site``, and put its size in place of :data:`PENDING_SIZE` in every text file
    of ``site``; returns how many files were changed. Raises :class:`NotMade` when the
    signal says otherwise or the file is missing."""
    said = signal.readline().strip()
    if said != READY:
        raise NotMade("the ZIM was not made" + (f" ({said})" if said else ""))
    if not source.is_file():
        raise NotMade(f"{source} is missing")
    target = site / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    size = size_text(source.stat().st_size)
    changed = 0
    for path in site.rglob("*"):
        if path.suffix not in _TEXT or not path.is_file():
            continue
        text = path.read_text("utf-8", errors="surrogateescape")
        if PENDING_SIZE in text:
            path.write_text(text.replace(PENDING_SIZE, size), "utf-8",
                            errors="surrogateescape")
            changed += 1
    return changed
