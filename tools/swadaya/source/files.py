"""Reading an author's files: the content tree walked, bytes to text.

Files are only ever read here. Nothing in Swadaya rewrites content, except the
explicit ``swadaya new`` command, which creates new files only.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from swadaya.diagnostics import Diagnostic, make
from swadaya.text import thousands

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
            return SourceText(None, [make(shown, 1, 1, "F004", size=thousands(size),
                                          limit=thousands(MAX_BYTES))])
        raw = path.read_bytes()
    except OSError as exc:
        return SourceText(None, [make(shown, 1, 1, "F006", reason=exc.strerror)])
    found: list[Diagnostic] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
        found.append(make(shown, 1, 1, "F002"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        # a column counts characters, as editors do, not bytes
        col = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        found.append(make(shown, line, col, "F001", byte=f"{raw[exc.start]:02x}"))
        return SourceText(None, found)
    if not text.strip():
        found.append(make(shown, 1, 1, "F003"))
        return SourceText(None, found)
    return SourceText(text.replace("\r\n", "\n").replace("\r", "\n"), found)


def walk_content(root: Path, shown: Callable[[str], str], found: list[Diagnostic]
                 ) -> Iterator[tuple[str, Path]]:
    """``(content path, file)`` of every file under ``root``, sorted, hidden ones skipped.

    A symlink (to a file or a folder) that leads outside ``root`` is not followed; it is
    reported in ``found`` (F005), so content cannot pull in files from elsewhere.
    """
    real_root = root.resolve()
    top = os.fspath(root)
    # plain strings and os.scandir, not Path objects: this runs for thousands of files
    for directory, dirs, files in os.walk(top):
        rel_dir = os.path.relpath(directory, top).replace(os.sep, "/")
        prefix = "" if rel_dir == "." else rel_dir + "/"
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            full = Path(directory, name)
            rel = prefix + name
            if os.path.islink(full):
                target = full.resolve()
                if not target.is_relative_to(real_root):
                    found.append(make(shown(rel), 1, 1, "F005", "file", target=str(target)))
                    continue
            yield rel, full
        for name in list(dirs):
            full = Path(directory, name)
            if os.path.islink(full) and not full.resolve().is_relative_to(real_root):
                found.append(make(shown(prefix + name), 1, 1, "F005", "folder"))
                dirs.remove(name)
