"""The files the site publishes under ``unduh/``: PDFs, EPUBs and the ZIM; sizes and pages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from swadaya.text import size_text

#: What the site publishes: print, e-book, and the whole site for Kiwix.
KINDS = (".pdf", ".epub", ".zim")


@dataclass(frozen=True)
class Entry:
    """One published file."""

    rel: str  # e.g. "buku/kader-dasar.pdf"
    size: int
    pages: int

    @property
    def size_text(self) -> str:
        """'412 KB' or '1,2 MB', the Indonesian way."""
        return size_text(self.size)


@dataclass
class Downloads:
    """Published files by relative path, with their entries."""

    files: dict[str, Path]
    entries: dict[str, Entry]

    @classmethod
    def scan(cls, folder: Path, kinds: tuple[str, ...] = KINDS) -> Downloads:
        """The files of the given kinds under ``folder`` (none when it does not exist)."""
        if not folder.is_dir():
            return cls({}, {})
        try:
            manifest = json.loads((folder / ".manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            manifest = {}
        files, entries = {}, {}
        for file in sorted(folder.rglob("*")):
            if not file.is_file() or file.suffix not in kinds or file.name.startswith("."):
                continue
            rel = file.relative_to(folder).as_posix()
            files[rel] = file
            pages = int(manifest.get(rel, {}).get("pages", 0))
            entries[rel] = Entry(rel, file.stat().st_size, pages)
        return cls(files, entries)

    def entry(self, rel: str) -> Entry | None:
        """The entry of one file, or None when it was not made."""
        return self.entries.get(rel)

    def zim(self) -> Entry | None:
        """The ZIM of the whole site, if one was made (at the top of the folder)."""
        return next((e for rel, e in self.entries.items()
                     if rel.endswith(".zim") and "/" not in rel), None)

    def under(self, folder: str) -> list[Entry]:
        """The entries in one sub-folder (``buku``, ``rencana``, ``lokakarya``)."""
        return [e for rel, e in self.entries.items() if rel.startswith(folder + "/")]
