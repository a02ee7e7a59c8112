"""HTML to PDF with WeasyPrint: safe fetching, atomic writes, the same bytes every time."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from swadaya.outputs.atomic import write_text
from swadaya.outputs.printing.fetcher import SafeFetcher, handed_over
from swadaya.outputs.printing.speedups import cache_page_references


@dataclass(frozen=True)
class Written:
    """A PDF that was written: where, how many pages, how big, how long it took."""

    path: Path
    pages: int
    size: int
    seconds: float


class RenderError(Exception):
    """A PDF could not be made; nothing was written."""

    def __init__(self, message: str, refused: list[str] | None = None) -> None:
        super().__init__(message)
        self.refused = refused or []


class Manifest:
    """What was rendered, from which input: lets a rebuild skip unchanged PDFs.

    The key is a hash of the HTML (which names every module's text), the files it embeds,
    the print stylesheet and the WeasyPrint version; the site reads page counts and sizes
    from it.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / ".manifest.json"
        try:
            self.entries: dict[str, dict[str, Any]] = json.loads(
                self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.entries = {}

    def fresh(self, rel: str, digest: str, target: Path) -> Written | None:
        """The earlier result when ``target`` exists and was made from the same input."""
        entry = self.entries.get(rel)
        if entry and entry.get("digest") == digest and target.is_file():
            return Written(target, int(entry["pages"]), target.stat().st_size, 0.0)
        return None

    def record(self, rel: str, digest: str, written: Written) -> None:
        """Remember a render and save the manifest atomically."""
        self.entries[rel] = {"digest": digest, "pages": written.pages, "size": written.size}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_text(self.path, json.dumps(self.entries, indent=1, sort_keys=True))


#: Tagged PDF for screen readers and reflow (PDF/UA-1): a structure tree, ``/MarkInfo``,
#: the language from ``<html lang>``, the title shown instead of the file name, and each
#: image's alt text on its Figure. Part of the input hash, so untagged PDFs are redone.
PDF_VARIANT = "pdf/ua-1"


#: A file the HTML of a PDF embeds (drawings, photos): named by its full file: URI.
_EMBEDDED = re.compile(r"""file://[^"'\s<>()]+""")


def digest_of(html: str, stylesheet: Path) -> str:
    """The input hash of one PDF: its HTML, stylesheet, WeasyPrint's version, and what it
    embeds as WeasyPrint is given it (a redrawn drawing makes a new PDF)."""
    from weasyprint import __version__

    h = hashlib.sha256(html.encode("utf-8"))
    h.update(stylesheet.read_bytes())
    h.update(__version__.encode())
    h.update(PDF_VARIANT.encode())
    for uri in sorted(set(_EMBEDDED.findall(html))):
        path = Path(unquote(urlparse(uri).path))
        h.update(uri.encode("utf-8") + b"\0")
        if path.is_file():
            h.update(hashlib.sha256(handed_over(path)).digest())
    return h.hexdigest()


def write_pdf(html: str, target: Path, base_url: Path, allowed: list[Path]) -> Written:
    """Render ``html`` to ``target`` atomically; refuse any resource outside ``allowed``."""
    # imported here: WeasyPrint takes a second to import and only PDF commands need it
    from weasyprint import HTML

    cache_page_references()

    started = time.perf_counter()
    fetcher = SafeFetcher(allowed)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                         dir=target.parent)
    os.close(handle)
    quiet = logging.getLogger("weasyprint")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # refused URLs are reported by us, as diagnostics
    try:
        document = HTML(string=html, base_url=base_url.as_uri() + "/",
                        url_fetcher=fetcher).render()
        # a fixed identifier: WeasyPrint would otherwise derive one that may vary
        document.write_pdf(temporary, pdf_identifier=target.name.encode("utf-8"),
                           pdf_variant=PDF_VARIANT)
        # checked after writing too: attachments (rel="attachment") are fetched then
        if fetcher.refused:
            raise RenderError("refused to embed files from outside the project",
                              fetcher.refused)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a PDF is for sharing
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    finally:
        quiet.setLevel(level)
    return Written(target, len(document.pages), target.stat().st_size,
                   time.perf_counter() - started)


def render_to(html: str, path: Path, base_url: Path, allowed: list[Path],
              numbering: Callable[[int], tuple[int, int]], identifier: bytes,
              laid_out: Callable[[int, dict[str, int]], None] | None = None
              ) -> tuple[int, dict[str, int], list[str]]:
    """Render one part of a longer PDF to ``path``: its page count, the page (0-based) of
    each anchor, and the URLs refused.

    ``numbering(pages)`` is asked once the part is paginated and gives the number of its
    first page and the document's total: its margin boxes ("Halaman 12 dari 205") are drawn
    with them. The content of the pages does not depend on those numbers, so a part can be
    laid out before the parts ahead of it are. ``laid_out(pages, anchors)`` is told before
    the PDF is written.
    """
    from weasyprint import HTML
    from weasyprint import layout as weasy_layout

    cache_page_references()

    draw_margins = weasy_layout.make_margin_boxes
    asked: list[bool] = []

    def numbered(context: Any, page: Any, state: Any) -> Any:
        if not asked:  # the first margin box: pagination is over
            asked.append(True)
            entries = context.page_maker[1:]
            first, total = numbering(len(entries))
            for entry in entries:
                counters = entry[3][1]
                if counters.get("page"):
                    counters["page"] = [*counters["page"][:-1],
                                        counters["page"][-1] + first - 1]
                counters["pages"] = [total]
        return draw_margins(context, page, state)

    fetcher = SafeFetcher(allowed)
    quiet = logging.getLogger("weasyprint")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    weasy_layout.make_margin_boxes = numbered
    try:
        document = HTML(string=html, base_url=base_url.as_uri() + "/",
                        url_fetcher=fetcher).render()
        anchors: dict[str, int] = {}
        for index, page in enumerate(document.pages):
            for name in page.anchors:
                anchors.setdefault(name, index)
        if laid_out:
            laid_out(len(document.pages), anchors)
        document.write_pdf(path, pdf_identifier=identifier)
    finally:
        weasy_layout.make_margin_boxes = draw_margins
        quiet.setLevel(level)
    return len(document.pages), anchors, list(fetcher.refused)
