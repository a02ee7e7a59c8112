"""``swadaya epub NAME...|--all``: handbooks as EPUB 3, beside their PDFs in ``build/unduh/buku/``.

Like the PDFs, an EPUB is never made from content with errors; a book that cannot be made
leaves no file behind.
"""

from __future__ import annotations

import sys
from pathlib import Path

from swadaya.checks import load_checked
from swadaya.model.routes import handbook_epub
from swadaya.outputs.epub.handbook import EpubError, EpubWriter
from swadaya.project import Project
from swadaya.text import size_text


def run_epub(project: Project, names: list[str], all_books: bool, out: Path | None,
             quiet: bool = False) -> int:
    """Write the named handbooks (or all) as EPUB; 0 on success."""
    catalog = load_checked(project.content, cache=project.cache)
    if catalog.report.failed():
        for d in catalog.report.sorted():
            print(d.format(), file=sys.stderr)
        print("swadaya: fix the content errors first; no EPUB was written", file=sys.stderr)
        return 1
    known = [b.key for b in catalog.handbooks]
    if not names and not all_books:
        print(f"swadaya epub: name a handbook or use --all (known: {', '.join(known)})",
              file=sys.stderr)
        return 2
    missing = sorted(set(names) - set(known))
    if missing:
        print(f"swadaya epub: no handbook named {', '.join(missing)} "
              f"(known: {', '.join(known)})", file=sys.stderr)
        return 2
    writer = EpubWriter(project, catalog)
    folder = out or project.downloads
    for book in catalog.handbooks:
        if not all_books and book.key not in names:
            continue
        target = folder / handbook_epub(book.key)
        try:
            size = writer.write(book, target)
        except EpubError as exc:
            print(f"content/{book.source}:1:1: error: {exc}; no EPUB was written",
                  file=sys.stderr)
            return 1
        if not quiet:
            print(f"  {handbook_epub(book.key)}: {size_text(size)}")
    return 0
