"""The files the site publishes under ``unduh/``: PDFs, EPUBs and the ZIM; sizes and pages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from swadaya.text import size_text

#: What the site publishes: print, e-book, and the whole site for Kiwix.
KINDS = (".pdf", ".epub", ".zim")
#: What the ZIM's own copy of the site publishes (it cannot hold itself).
WITHOUT_ZIM = tuple(k for k in KINDS if k != ".zim")
#: What a page shows in place of the size of a file still being made (the ZIM, packed
#: while the site is built): letters only, so Markdown, HTML and JSON keep it as it is,
#: and :mod:`swadaya.outputs.site.pending` puts the size in once the file is there.
PENDING_SIZE = "SWADAYAUKURANMENYUSUL"


@dataclass(frozen=True)
class Entry:
    """One published file."""

    rel: str  # e.g. "buku/kader-dasar.pdf"
    size: int
    pages: int

    @property
    def size_text(self) -> str:
        """'412 KB' or '1,2 MB', the Indonesian way (:data:`PENDING_SIZE` for a file still
        being made)."""
        return PENDING_SIZE if self.size < 0 else size_text(self.size)


@dataclass
class Downloads:
    """Published files by relative path, with their entries."""

    files: dict[str, Path]
    entries: dict[str, Entry]

    @classmethod
    def scan(cls, folder: Path, kinds: tuple[str, ...] = KINDS,
             pending: str | None = None) -> Downloads:
        """The files of the given kinds under ``folder`` (none when it does not exist).

        ``pending``: a file still being made (the ZIM, at the top of the folder), listed
        with an unknown size and no file to copy yet; ZIMs already in the folder are older
        ones, left out.
        """
        if pending:
            kinds = tuple(k for k in kinds if k != ".zim")
        if not folder.is_dir():
            return cls({}, cls._pending(pending))
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
        entries.update(cls._pending(pending))
        return cls(files, entries)

    @staticmethod
    def _pending(rel: str | None) -> dict[str, Entry]:
        return {rel: Entry(rel, -1, 0)} if rel else {}

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
