"""Module Markdown to HTML for print and e-books, with the site's own Markdown extensions."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from urllib.parse import unquote

import markdown
from markupsafe import Markup, escape

from swadaya.project import Project
from swadaya.source.markdown_scan import SCHEME, in_fenced_code

_ADMONITION = re.compile(r"^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?)\s+fasilitator\b")
_HREF = re.compile(r'(<a\b[^>]*?\s)href="(?P<url>[^"]*)"')
_SRC = re.compile(r'(<img\b[^>]*?\s)src="(?P<url>[^"]*)"')


_BOLD = re.compile(r"\*\*(.+?)\*\*")


def inline_bold(text: str) -> Markup:
    """Data text with ``**bold**`` (an instrument's rules) as escaped HTML with <strong>."""
    return Markup(_BOLD.sub(lambda m: f"<strong>{m.group(1)}</strong>", str(escape(text))))


def drop_facilitator_notes(text: str) -> str:
    """Remove ``!!! fasilitator`` blocks (and their indented body): the cadre edition."""
    lines = text.split("\n")
    code = in_fenced_code(lines)
    out: list[str] = []
    skipping_indent: int | None = None
    for line, in_code in zip(lines, code, strict=True):
        if skipping_indent is not None:
            indent = len(line) - len(line.lstrip())
            if not line.strip() or indent > skipping_indent:
                continue
            skipping_indent = None
        match = None if in_code else _ADMONITION.match(line)
        if match:
            skipping_indent = len(match.group("indent").expandtabs())
            continue
        out.append(line)
    return "\n".join(out)


class Converter:
    """Markdown → HTML, one converter reused (reset) for every page of an output."""

    def __init__(self, project: Project) -> None:
        names, settings = project.markdown_extensions()
        # print has no use for the ¶ permalinks
        settings.setdefault("toc", {})["permalink"] = False
        self.md = markdown.Markdown(extensions=names, extension_configs=settings)

    def convert(self, text: str) -> str:
        """Render one page body."""
        self.md.reset()
        return self.md.convert(text)


def rewrite_links(html: str, here: str, anchor_for: Callable[[str], str | None],
                  image_for: Callable[[str], str]) -> str:
    """Make a page's links work inside one document (a PDF, an EPUB).

    Links to pages become the document's own links when the page is in it (``anchor_for``
    returns e.g. ``#m-ORG-01``), otherwise plain text; an image's source becomes what
    ``image_for`` gives for its content path (a ``file:`` URL for print, a path inside the
    e-book).
    """
    def href(match: re.Match[str]) -> str:
        url = match.group("url")
        if url.startswith("#") or SCHEME.match(url):
            return match.group(0)
        target = posixpath.normpath(posixpath.join(posixpath.dirname(here),
                                                   unquote(url.split("#")[0])))
        anchor = anchor_for(target)
        return f'{match.group(1)}href="{anchor}"' if anchor else match.group(1).rstrip()

    def src(match: re.Match[str]) -> str:
        url = match.group("url")
        if SCHEME.match(url):
            return match.group(0)
        target = posixpath.normpath(posixpath.join(posixpath.dirname(here), unquote(url)))
        return f'{match.group(1)}src="{image_for(target)}"'

    return _SRC.sub(src, _HREF.sub(href, html))
