"""Checks on page bodies: links and anchors, images and alt text, unsafe HTML, markers."""

from __future__ import annotations

import posixpath
import re
from typing import TYPE_CHECKING
from urllib.parse import unquote

from ..diagnostics import make
from ..markers import marker_problem
from ..sitemap import generated_paths

if TYPE_CHECKING:
    from ..catalog import Catalog, Page

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_SAFE_SCHEMES = ("http:", "https:", "mailto:", "tel:", "data:image/")


def check_bodies(catalog: Catalog) -> None:
    """Check every page body of the catalog."""
    generated = set(generated_paths(catalog))
    for page in catalog.pages.values():
        _check_page(catalog, page, generated)


def _check_page(catalog: Catalog, page: Page, generated: set[str]) -> None:
    report = catalog.report
    offset = page.body_line - 1
    for finding in page.scan.unsafe:
        report.add(make(page.shown, offset + finding.line, finding.col, finding.code,
                        finding.message))
    for marker in page.scan.markers:
        problem = marker_problem(marker.name, marker.args, catalog.taxonomy)
        if problem:
            report.add(make(page.shown, offset + marker.line, marker.col, "T002", problem))
    for link in page.scan.links:
        line, col = offset + link.line, link.col
        url = link.url.strip()
        if link.image and not link.alt:
            report.add(make(page.shown, line, col, "L004", f"image '{url}' has no alt text"))
        if not url or url.lower().startswith(_SAFE_SCHEMES) or url.startswith("//"):
            continue
        if _SCHEME.match(url):
            if not url.lower().startswith("javascript:"):  # javascript: is H002
                report.add(make(page.shown, line, col, "L005",
                                f"link to '{url}' uses a scheme the site cannot follow"))
            continue
        target, _, anchor = url.partition("#")
        target = unquote(target.split("?")[0])
        if target.startswith("/"):
            report.add(make(page.shown, line, col, "L001",
                            f"absolute link '{url}': write the path relative to this page"))
            continue
        if not target:  # same-page anchor
            if anchor and anchor not in page.scan.anchors:
                report.add(make(page.shown, line, col, "L002",
                                f"no heading with anchor '#{anchor}' on this page"))
            continue
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page.path), target))
        if resolved.startswith("../") or resolved == "..":
            report.add(make(page.shown, line, col, "L005",
                            f"'{url}' points outside the content folder"))
            continue
        if resolved in catalog.pages:
            if anchor and anchor not in catalog.pages[resolved].scan.anchors:
                report.add(make(page.shown, line, col, "L002",
                                f"'{target}' has no heading with anchor '#{anchor}'"))
            continue
        if resolved in generated or resolved in catalog.assets:
            continue
        code = "L003" if link.image else "L001"
        what = "image" if link.image else "link target"
        report.add(make(page.shown, line, col, code,
                        f"{what} '{target}' does not exist (looked for {resolved} in the "
                        "content folder)"))
