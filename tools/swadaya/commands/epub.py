"""``swadaya epub NAME...|--all``: handbooks as EPUB 3, beside their PDFs in ``build/unduh/buku/``.

Like the PDFs, an EPUB is never made from content with errors; a book that cannot be made
leaves no file behind.
"""

from __future__ import annotations

import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from swadaya.checks import load_checked
from swadaya.model.handbook import Handbook
from swadaya.model.routes import handbook_epub
from swadaya.outputs.epub.handbook import EpubError, EpubWriter
from swadaya.outputs.printing.jobs import workers_wanted
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
    books = [b for b in catalog.handbooks if all_books or b.key in names]
    global _BOOKS
    _BOOKS = (writer, books, folder)  # what forked workers inherit (nothing is pickled)
    workers = workers_wanted(len(books))
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        # one book per core: each is independent and the same bytes in any process
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            results = list(pool.map(_write_one, range(len(books))))
    else:
        results = [_write_one(i) for i in range(len(books))]
    for book, (size, problem) in zip(books, results, strict=True):
        if problem:
            print(f"content/{book.source}:1:1: error: {problem}; no EPUB was written",
                  file=sys.stderr)
            return 1
        if not quiet:
            print(f"  {handbook_epub(book.key)}: {size_text(size)}")
    return 0


_BOOKS: tuple[EpubWriter, list[Handbook], Path] | None = None


def _write_one(index: int) -> tuple[int, str]:
    """Write the ``index``-th EPUB of :data:`_BOOKS`; a problem is returned as text."""
    assert _BOOKS is not None
    writer, books, folder = _BOOKS
    book = books[index]
    try:
        return writer.write(book, folder / handbook_epub(book.key)), ""
    except EpubError as exc:
        return 0, str(exc)
