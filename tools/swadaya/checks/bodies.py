"""Checks on page bodies: links and anchors, images and alt text, unsafe HTML, markers."""

from __future__ import annotations

import posixpath
from urllib.parse import unquote

from swadaya.diagnostics import make
from swadaya.model.catalog import Catalog, ContentPage
from swadaya.model.hints import did_you_mean, suggestion
from swadaya.model.routes import generated_paths
from swadaya.model.selection import SELECTORS, parse_criteria
from swadaya.model.taxonomy import Taxonomy
from swadaya.source.markdown_scan import SCHEME

_SAFE_SCHEMES = ("http:", "https:", "mailto:", "tel:", "data:image/")


def marker_problem(name: str, args: str, taxonomy: Taxonomy) -> str | None:
    """What is wrong with a ``<!-- swadaya:NAME ARGS -->`` marker, or None when it is good."""
    if name != "modules":
        return f"unknown marker 'swadaya:{name}' (the only marker is 'swadaya:modules')"
    parsed = parse_criteria(args)
    if parsed is None or not parsed:
        return f"marker arguments '{args}' are not KEY=VALUE pairs"
    for key, value in parsed.items():
        if key not in SELECTORS:
            return f"unknown marker key '{key}' (use one of {', '.join(SELECTORS)})"
        vocabulary = SELECTORS[key].vocabulary
        if value not in taxonomy.terms(vocabulary):
            guess = taxonomy.suggest(vocabulary, value)
            return (f"'{value}' is not a known {taxonomy.singular(vocabulary)}"
                    + (f" (did you mean '{guess}'?)" if guess else ""))
    return None


def check_bodies(catalog: Catalog) -> None:
    """Check every page body of the catalog."""
    generated = set(generated_paths(catalog))
    prefixes = {t.prefix for t in catalog.taxonomy.terms("areas").values() if t.prefix}
    for page in catalog.pages.values():
        _check_page(catalog, page, generated)
        _check_mentions(catalog, page, prefixes)


def _check_mentions(catalog: Catalog, page: ContentPage, prefixes: set[str]) -> None:
    """Module ids in the text: each names a module, and is a link to it (L006–L008)."""
    own = page.module.id if page.module else None
    offset = page.body_line - 1
    for mention in page.scan.mentions:
        mid = mention.module_id
        if mid.split("-")[0] not in prefixes:
            continue  # not an area prefix: some other code (a standard, a form number)
        at = (offset + mention.line, mention.col)
        if mid not in catalog.modules:
            catalog.report.add(make(page.shown, *at, "L006", f"'{mid}' is not the id of any "
                                    "module" + suggestion(did_you_mean(mid, catalog.modules))))
        elif mention.url is None:
            if mid != own:
                target = posixpath.relpath(catalog.module_paths[mid],
                                           posixpath.dirname(page.path) or ".")
                catalog.report.add(make(page.shown, *at, "L007",
                                        f"{mid} is mentioned without a link to it",
                                        f"write it as a link: [{mid}]({target})"))
        else:
            resolved = _resolve(page.path, mention.url)
            linked = catalog.pages.get(resolved) if resolved else None
            if linked is not None and linked.module is not None and linked.module.id != mid:
                catalog.report.add(make(page.shown, *at, "L008",
                                        f"the link text says {mid} but the link goes to "
                                        f"{linked.module.id}"))


def _resolve(here: str, url: str) -> str | None:
    """The content path a relative link points at, or None for a URL with a scheme."""
    if SCHEME.match(url) or url.startswith(("/", "#")):
        return None
    target = unquote(url.split("#")[0].split("?")[0])
    return posixpath.normpath(posixpath.join(posixpath.dirname(here), target))


def _check_page(catalog: Catalog, page: ContentPage, generated: set[str]) -> None:
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
        if SCHEME.match(url):
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
