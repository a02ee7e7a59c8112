"""A WeasyPrint URL fetcher that only reads files inside the project's allowed folders.

Content must not be able to embed ``/etc/passwd`` (as an image, an attachment or a CSS
``url()``) into a PDF, nor make the build reach the network. Every refusal is recorded
and the render then fails with a diagnostic. SVG drawings are handed over with their
``paint-order`` written out (:func:`swadaya.outputs.drawings.without_paint_order`), which
WeasyPrint does not know.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from weasyprint.urls import URLFetcher, URLFetcherResponse

from swadaya.outputs.drawings import without_paint_order


class SafeFetcher(URLFetcher):  # type: ignore[misc]
    """Fetch ``data:`` URLs and ``file:`` URLs under ``allowed`` folders; refuse the rest."""

    def __init__(self, allowed: list[Path]) -> None:
        super().__init__(allowed_protocols=("file", "data"))
        self.allowed = [p.resolve() for p in allowed]
        self.refused: list[str] = []

    def fetch(self, url: str, headers: Any = None) -> Any:
        """Fetch ``url`` if it is local and inside an allowed folder."""
        parsed = urlparse(url)
        if parsed.scheme == "data":
            return super().fetch(url, headers)
        if parsed.scheme == "file":
            path = Path(unquote(parsed.path)).resolve()
            if any(path.is_relative_to(root) for root in self.allowed) and path.is_file():
                if path.suffix == ".svg":
                    return URLFetcherResponse(url, handed_over(path),
                                              {"Content-Type": "image/svg+xml"})
                return super().fetch(url, headers)
        self.refused.append(url)
        raise ValueError(f"refused to fetch {url}: outside the project's content")


def handed_over(path: Path) -> bytes:
    """What WeasyPrint is given for a local file: its bytes, or for an SVG drawing the
    drawing with ``paint-order`` written out."""
    if path.suffix != ".svg":
        return path.read_bytes()
    return without_paint_order(path.read_text("utf-8", errors="replace")).encode("utf-8")
