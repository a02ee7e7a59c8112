"""A long PDF on every core: the document laid out in parts at once, then joined.

WeasyPrint lays a document out on one core. A handbook is a front part (cover, contents,
how to use the book) and chapters that each start a new page (``.modul`` and ``.lampiran``
break before), so its chapters can be laid out apart: each part's pages do not depend on
the others, only their numbers do ("Halaman 12 dari 205", and the contents' page numbers).

So each part of chapters is laid out in its own process. Once a part is paginated (before
its margin boxes, which hold the numbers, are drawn) it says how many pages it has and
waits; when all have said, each is told the number of its first page and the total, draws
its margin boxes with them and writes its PDF. The front part is then laid out with the
contents' page numbers written in, and the parts are joined: pages, links (by name, so a
link into another part lands on the right page), named destinations and bookmarks.

:func:`write_in_parts` with ``parallel=False`` does the same work one part after another
(each part twice: first to count its pages), giving the same bytes: the test of the
parallel path, and nothing else.
"""

from __future__ import annotations

import multiprocessing
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from swadaya.outputs.printing.writer import RenderError, Written, render_to

#: Where a chapter starts: both break before (templates/print/print.css).
_CHAPTER = re.compile(r'\n(?=<section class="(?:modul|lampiran)\b)')
_BODY = re.compile(r"(<body[^>]*>\n?)(.*)(</body>)", re.S)
_HREF = re.compile(r'href="#([^"]+)"')
_ID = re.compile(r'\bid="([^"]+)"')
_CONTENTS_LINK = re.compile(r'(<nav class="daftar-isi">.*?</nav>)', re.S)
#: Contents page numbers written in (the front part cannot count pages of other parts).
_CONTENTS_CSS = ('<style>.daftar-isi a::after { content: leader(".") " " attr(data-halaman); }'
                 '.sw-hantu { position: absolute; width: 0; height: 0; overflow: hidden; }'
                 '</style>')

Numbering = Callable[[int], tuple[int, int]]
#: CPU seconds of the last parallel render, for the benchmark: each part's process, and
#: this process's own share (the front part, joining).
LAST: dict[str, Any] = {}
#: Shorter documents are laid out whole: joining costs more than sharing out saves.
MIN_CHAPTERS = 8


@dataclass(frozen=True)
class Parts:
    """A document cut where chapters start: what comes before the body, the front, the
    chapters, what comes after."""

    head: str
    front: str
    chapters: list[str]
    tail: str


def split(html: str) -> Parts | None:
    """The document's parts, or None when it has no chapters to share out."""
    match = _BODY.search(html)
    if not match:
        return None
    pieces = _CHAPTER.split(match.group(2))
    if len(pieces) < 3:
        return None
    return Parts(html[: match.start(2)], pieces[0], pieces[1:], html[match.end(2):])


def worth_splitting(html: str) -> bool:
    """True when ``html`` has enough chapters to be laid out in parts."""
    parts = split(html)
    return parts is not None and len(parts.chapters) >= MIN_CHAPTERS


def groups(chapters: list[str], count: int) -> list[list[str]]:
    """``chapters`` in ``count`` runs of about the same length, order kept."""
    total = sum(len(c) for c in chapters)
    runs: list[list[str]] = [[]]
    done = 0
    for chapter in chapters:
        if runs[-1] and done >= total * len(runs) / count and len(runs) < count:
            runs.append([])
        runs[-1].append(chapter)
        done += len(chapter)
    return runs


def _document(parts: Parts, body: str) -> str:
    """One part as a document of its own, with a hidden anchor for each link target that
    lies in another part (WeasyPrint drops links to anchors it cannot find; the joined PDF
    resolves them by name)."""
    defined = set(_ID.findall(body))
    ghosts = sorted(set(_HREF.findall(body)) - defined)
    hidden = ('<div class="sw-hantu">' + "".join(f'<span id="{g}"></span>' for g in ghosts)
              + "</div>\n") if ghosts else ""
    head = parts.head.replace("</head>", _CONTENTS_CSS + "</head>", 1)
    return head + hidden + body + parts.tail


def _numbered_front(parts: Parts, pages: dict[str, int]) -> str:
    """The front part with the contents' page numbers written in."""
    def number(match: re.Match[str]) -> str:
        return re.sub(r'<a href="#([^"]+)"',
                      lambda a: f'{a.group(0)} data-halaman="{pages.get(a.group(1), "")}"',
                      match.group(1))

    return _document(parts, _CONTENTS_LINK.sub(number, parts.front))


def _worker(conn: Connection, html: str, target: Path, base: Path, allowed: list[Path],
            identifier: bytes) -> None:
    """Lay out one part, ask for its numbering once paginated, write it (child process)."""
    def numbering(pages: int) -> tuple[int, int]:
        conn.send(("paginated", pages))
        first, total = conn.recv()
        return int(first), int(total)

    def laid_out(pages: int, anchors: dict[str, int]) -> None:
        conn.send(("laid out", pages, anchors))

    try:
        _, _, refused = render_to(html, target, base, allowed, numbering, identifier,
                                  laid_out)
        conn.send(("done", refused, time.process_time()))
    except BaseException as exc:  # reported to the parent, which raises it
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def _receive(link: Connection) -> Any:
    message = link.recv()
    if message[0] == "error":
        raise RenderError(message[1])
    return message


def _render_parallel(documents: list[str], paths: list[Path], base: Path,
                     allowed: list[Path], identifier: bytes, front_pages: Callable[[], int],
                     front_final: Callable[[list[int], list[dict[str, int]]], list[str]]
                     ) -> list[str]:
    """Each part in a process of its own; the front part in this one, meanwhile. Returns
    the URLs refused."""
    context = multiprocessing.get_context("fork")
    links = []
    processes = []
    for html, path in zip(documents, paths, strict=True):
        parent, child = context.Pipe()
        process = context.Process(target=_worker, args=(child, html, path, base, allowed,
                                                        identifier))
        process.start()
        child.close()
        links.append(parent)
        processes.append(process)
    try:
        front = front_pages()  # while the parts are laid out: count the front's pages
        counts = [int(_receive(link)[1]) for link in links]
        first = front + 1
        for link, count in zip(links, counts, strict=True):
            link.send((first, front + sum(counts)))
            first += count
        anchors = [_receive(link)[2] for link in links]
        refused = front_final(counts, anchors)  # while the parts write their PDFs
        LAST["part_cpu"] = []
        for link in links:
            message = _receive(link)
            refused += message[1]
            LAST["part_cpu"].append(message[2])
        return refused
    finally:
        for process in processes:
            process.join(timeout=60)
            if process.is_alive():
                process.kill()


def _fixed(first: int, total: int) -> Numbering:
    """A numbering known beforehand."""
    return lambda _pages: (first, total)


def _render_serial(documents: list[str], paths: list[Path], base: Path,
                   allowed: list[Path], identifier: bytes, front_pages: Callable[[], int],
                   front_final: Callable[[list[int], list[dict[str, int]]], list[str]]
                   ) -> list[str]:
    """The same work one part after another (each laid out twice: first to count its
    pages); the same bytes as :func:`_render_parallel`."""
    counts = [render_to(html, path, base, allowed, _fixed(1, 1), identifier)[0]
              for html, path in zip(documents, paths, strict=True)]
    first = front_pages() + 1
    total = first - 1 + sum(counts)
    anchors, refused = [], []
    for html, path, count in zip(documents, paths, counts, strict=True):
        _, found, bad = render_to(html, path, base, allowed, _fixed(first, total), identifier)
        anchors.append(found)
        refused += bad
        first += count
    return front_final(counts, anchors) + refused


def write_in_parts(html: str, target: Path, base: Path, allowed: list[Path],
                   workers: int, parallel: bool = True) -> Written | None:
    """Write ``html`` to ``target`` laid out in parts on ``workers`` cores; None when the
    document has too few chapters to share out (the caller renders it whole)."""
    import weasyprint  # noqa: F401  (loaded once, before the parts are forked)

    from swadaya.outputs.printing.join import join_pdfs

    parts = split(html)
    if parts is None or workers < 2 or len(parts.chapters) < MIN_CHAPTERS:
        return None
    started = time.perf_counter()
    own = time.process_time()
    runs = groups(parts.chapters, min(len(parts.chapters), workers))
    documents = [_document(parts, "\n".join(run)) for run in runs]
    real = [set(_ID.findall(parts.front))] + [set(_ID.findall("\n".join(run))) for run in runs]
    identifier = target.name.encode("utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".parts-", dir=target.parent) as tmp:
        paths = [Path(tmp) / f"part-{i}.pdf" for i in range(len(documents) + 1)]
        front: dict[str, Any] = {}

        def front_pages() -> int:
            # contents numbers as wide as the real ones: the same pages
            blank = {a: 999 for a in _HREF.findall(parts.front)}
            front["pages"], front["anchors"], _ = render_to(
                _numbered_front(parts, blank), paths[0], base, allowed, lambda _n: (1, 0),
                identifier)
            return int(front["pages"])

        counts_seen: list[int] = []

        def front_final(counts: list[int], anchors: list[dict[str, int]]) -> list[str]:
            counts_seen.extend(counts)
            total = front["pages"] + sum(counts)
            numbers: dict[str, int] = {}
            first = 1
            for count, found, names in zip([front["pages"], *counts],
                                           [front["anchors"], *anchors], real, strict=True):
                # the first of two equal ids wins, as in one document
                numbers.update({a: first + p for a, p in found.items()
                                if a in names and a not in numbers})
                first += count
            pages, _, bad = render_to(_numbered_front(parts, numbers), paths[0], base,
                                      allowed, _fixed(1, total), identifier)
            if pages != front["pages"]:
                raise RenderError(f"the front part changed from {front['pages']} to {pages} "
                                  "pages")
            return bad

        render = _render_parallel if parallel else _render_serial
        refused = render(documents, paths[1:], base, allowed, identifier, front_pages,
                         front_final)
        if refused:
            raise RenderError("refused to embed files from outside the project",
                              sorted(set(refused)))
        total = front["pages"] + sum(counts_seen)
        size = join_pdfs(paths, real, target, identifier)
    LAST["own_cpu"] = time.process_time() - own
    return Written(target, total, size, time.perf_counter() - started)
