"""Checks on page bodies: links and anchors, images and alt text, unsafe HTML, markers."""

from __future__ import annotations

import posixpath
from urllib.parse import unquote

from swadaya.checks.suppress import BLOCK, PAGE, parse
from swadaya.diagnostics import Phrase, common, make, say, suggestion
from swadaya.model.catalog import Catalog, ContentPage
from swadaya.model.hints import did_you_mean
from swadaya.model.markers import MARKERS, split_args
from swadaya.model.routes import generated_paths
from swadaya.model.selection import SELECTORS, parse_criteria
from swadaya.model.taxonomy import Taxonomy
from swadaya.source.markdown_scan import SCHEME

_SAFE_SCHEMES = ("http:", "https:", "mailto:", "tel:", "data:image/")


#: Every marker an author may write, ``<!-- swadaya:NAME ... -->``: the ones that ask for
#: generated content (:data:`swadaya.model.markers.MARKERS`) and the two that silence a
#: warning (:mod:`swadaya.checks.suppress`).
KNOWN_MARKERS = (*MARKERS, BLOCK, PAGE)


def marker_problem(name: str, args: str, catalog: Catalog) -> tuple[str, Phrase] | None:
    """What is wrong with a ``<!-- swadaya:NAME ARGS -->`` marker, as (code, message), or
    None when it is good."""
    if name not in KNOWN_MARKERS:
        return "T002", say("T002", "name", name=name,
                           known=", ".join(f"swadaya:{m}" for m in KNOWN_MARKERS))
    if name in (BLOCK, PAGE):
        problem = parse(name, args)[1]
        return ("T002", problem) if problem else None
    if name == "modules":
        problem = _modules_problem(args, catalog.taxonomy)
        return ("T002", problem) if problem else None
    parsed = split_args(args)
    if parsed is None:
        return "T002", say("T002", "args", args=args)
    unknown = sorted(set(parsed.options) - {"view"})
    if unknown:
        return "T002", say("T002", "option", option=unknown[0])
    views = MARKERS[name]
    if parsed.view(name) not in views:
        return "T002", say("T002", "view", view=parsed.view(name), views=", ".join(views))
    if name == "indicators":
        known = catalog.indicators.indicators if catalog.indicators else {}
        if not known:
            return "I002", say("I002", "none")
        for word in parsed.words:
            if word not in known:
                return "I002", say("I002", id=word, guess=suggestion(did_you_mean(word, known)))
        return None
    if len(parsed.words) != 1:
        return "N002", say("N002", "one")
    if parsed.words[0] not in catalog.instruments:
        return "N002", say("N002", name=parsed.words[0],
                           guess=suggestion(did_you_mean(parsed.words[0], catalog.instruments)))
    return None


def _modules_problem(args: str, taxonomy: Taxonomy) -> Phrase | None:
    parsed = parse_criteria(args)
    if parsed is None or not parsed:
        return say("T002", "pairs", args=args)
    for key, value in parsed.items():
        if key not in SELECTORS:
            return say("T002", "key", key=key, keys=", ".join(SELECTORS))
        vocabulary = SELECTORS[key].vocabulary
        if value not in taxonomy.terms(vocabulary):
            return say("T002", "value", value=value, kind=common(vocabulary),
                       guess=suggestion(taxonomy.suggest(vocabulary, value)))
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
            catalog.report.add(make(page.shown, *at, "L006", id=mid,
                                    guess=suggestion(did_you_mean(mid, catalog.modules))))
        elif mention.url is None:
            if mid != own:
                target = posixpath.relpath(catalog.module_paths[mid],
                                           posixpath.dirname(page.path) or ".")
                catalog.report.add(make(page.shown, *at, "L007", hint="link", id=mid,
                                        target=target))
        else:
            resolved = _resolve(page.path, mention.url)
            linked = catalog.pages.get(resolved) if resolved else None
            if linked is not None and linked.module is not None and linked.module.id != mid:
                catalog.report.add(make(page.shown, *at, "L008", id=mid,
                                        target=linked.module.id))


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
                        finding.said))
    for marker in page.scan.markers:
        problem = marker_problem(marker.name, marker.args, catalog)
        if problem:
            report.add(make(page.shown, offset + marker.line, marker.col, *problem))
    for link in page.scan.links:
        line, col = offset + link.line, link.col
        url = link.url.strip()
        if link.image and not link.alt:
            report.add(make(page.shown, line, col, "L004", url=url))
        if not url or url.lower().startswith(_SAFE_SCHEMES) or url.startswith("//"):
            continue
        if SCHEME.match(url):
            if not url.lower().startswith("javascript:"):  # javascript: is H002
                report.add(make(page.shown, line, col, "L005", "scheme", url=url))
            continue
        target, _, anchor = url.partition("#")
        target = unquote(target.split("?")[0])
        if target.startswith("/"):
            report.add(make(page.shown, line, col, "L001", "absolute", url=url))
            continue
        if not target:  # same-page anchor
            if anchor and anchor not in page.scan.anchors:
                report.add(make(page.shown, line, col, "L002", "here", anchor=anchor))
            continue
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page.path), target))
        if resolved.startswith("../") or resolved == "..":
            report.add(make(page.shown, line, col, "L005", "outside", url=url))
            continue
        if resolved in catalog.pages:
            if anchor and anchor not in catalog.pages[resolved].scan.anchors:
                report.add(make(page.shown, line, col, "L002", "there", target=target,
                                anchor=anchor))
            continue
        if resolved in generated or resolved in catalog.assets:
            continue
        if link.image:
            report.add(make(page.shown, line, col, "L003", target=target, resolved=resolved))
        else:
            report.add(make(page.shown, line, col, "L001", "missing", target=target,
                            resolved=resolved))
