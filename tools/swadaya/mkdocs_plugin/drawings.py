"""Finding the drawing an image of a page names, for :mod:`swadaya.outputs.site.drawings`."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from pathlib import Path

from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from swadaya.outputs.drawings import Drawing, measure


class DrawingSizes:
    """Each drawing measured once per version of its file (``serve`` keeps the instance)."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, int, int], Drawing | None] = {}

    def for_page(self, page: Page, files: Files) -> Callable[[str], Drawing | None]:
        """The measure of the SVG a ``src`` in ``page``'s HTML names (relative to the page's
        address, as MkDocs wrote it), or None for one outside the site's files."""
        url = page.url
        base = url if url.endswith("/") or not url else posixpath.dirname(url)

        def drawing_of(src: str) -> Drawing | None:
            if "://" in src or src.startswith(("/", "data:")):
                return None
            file = files.get_file_from_path(posixpath.normpath(posixpath.join(base, src)))
            if file is None or not file.abs_src_path:
                return None
            path = Path(file.abs_src_path)
            try:
                stat = path.stat()
                key = (str(path), stat.st_mtime_ns, stat.st_size)
                if key not in self._known:
                    self._known[key] = measure(path.read_text("utf-8", errors="replace"))
            except OSError:
                return None
            return self._known[key]

        return drawing_of
