"""The rendered PDFs the site publishes: what exists, how big, how many pages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from swadaya.text import size_text


@dataclass(frozen=True)
class Entry:
    """One published PDF."""

    rel: str  # e.g. "buku/kader-dasar.pdf"
    size: int
    pages: int

    @property
    def size_text(self) -> str:
        """'412 KB' or '1,2 MB', the Indonesian way."""
        return size_text(self.size)


@dataclass
class Downloads:
    """PDF files by relative path, with their manifest entries."""

    files: dict[str, Path]
    entries: dict[str, Entry]

    @classmethod
    def scan(cls, folder: Path) -> Downloads:
        """The PDFs under ``folder`` (none when it does not exist)."""
        if not folder.is_dir():
            return cls({}, {})
        try:
            manifest = json.loads((folder / ".manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            manifest = {}
        files, entries = {}, {}
        for pdf in sorted(folder.rglob("*.pdf")):
            rel = pdf.relative_to(folder).as_posix()
            files[rel] = pdf
            pages = int(manifest.get(rel, {}).get("pages", 0))
            entries[rel] = Entry(rel, pdf.stat().st_size, pages)
        return cls(files, entries)

    def entry(self, rel: str) -> Entry | None:
        """The entry of one PDF, or None when it was not rendered."""
        return self.entries.get(rel)

    def under(self, folder: str) -> list[Entry]:
        """The entries in one sub-folder (``buku``, ``rencana``, ``lokakarya``)."""
        return [e for rel, e in self.entries.items() if rel.startswith(folder + "/")]
