"""Ranking data for Material's search index: page weights, module summaries, result chips.

Material's search plugin writes ``search/search_index.json`` (config and one document per page
section). :func:`tune_entries` tunes it for Indonesian: the lunr language ``id`` with its
pipeline, our separator, a hidden ``summary`` field on each module's first document (so a module
whose summary matches ranks above a page that only mentions the word), page weights (modules
above generated lists), and area/type/duration as tags, which Material shows under a result.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from swadaya.model.catalog import Catalog
from swadaya.model.routes import INDEX_HOME, MAP_PAGE, READABILITY_PAGE, REFERENCE_PAGE
from swadaya.outputs.search.vocabulary import SEPARATOR
from swadaya.text import minutes

#: Field weights: Material's for title and text, ours for the module summary. Tags are shown in
#: results but not searched (Material would weigh them a million times the text).
FIELDS = {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "summary": {"boost": 500.0}}
#: Material removes from lunr.id's pipelines every function the index does not name here; the
#: index side is one function of ours (trimming, stop words and stemming together).
PIPELINE = ["trimmer", "stopWordFilter", "stemmer"]

#: Page weights by kind; pages not listed weigh 1. Generated index pages (lists of modules by
#: area, stage…) go below every module that matches at all, even when the index's title is
#: the word typed: the modules are what a reader came for, and each result shows its area.
BOOSTS = {"module": 2.0, "index": 0.0001, "reference": 0.2}


@dataclass(frozen=True)
class PageSearch:
    """What the index should know about one page (by its site path, e.g. ``modules/x.html``)."""

    boost: float = 1.0
    summary: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)


def tune_entries(config: dict[str, Any], docs: list[dict[str, Any]],
                 pages: Mapping[str, PageSearch]) -> None:
    """Our language, fields, weights and tags on Material's search index, in place: on its
    config and entries before they are written (no second copy of an index of thousands of
    pages)."""
    config.update(lang=["id"], separator=SEPARATOR, pipeline=list(PIPELINE), fields=FIELDS)
    for doc in docs:
        path, _, anchor = str(doc.get("location", "")).partition("#")
        page = pages.get(path)
        if page is not None:
            if page.boost != 1.0:
                doc["boost"] = page.boost
            if not anchor:
                if page.summary:
                    doc["summary"] = page.summary
                if page.tags:
                    doc["tags"] = list(page.tags)


def index_json(config: Mapping[str, Any], docs: list[dict[str, Any]]) -> str:
    """The index as the file holds it (compact, ASCII).

    ASCII because Python keeps a string with any character beyond U+00FF (a dash in one
    title) at two or four bytes a character: the index string, its chunks, and the copy
    Material's offline plugin reads back for ``search_index.js`` then took twice the memory,
    the peak of a build at 1,000 modules. The escapes cost 0.5 % of the real index's bytes
    (1,394,282 → 1,400,869) and 76 bytes once gzipped."""
    return json.dumps({"config": config, "docs": docs}, separators=(",", ":"))


def page_search(catalog: Catalog, src_path: str) -> PageSearch:
    """How a page (by its content path) weighs in search, with a module's summary and tags."""
    content = catalog.pages.get(src_path)
    module = content.module if content else None
    if module is not None:
        tax = catalog.taxonomy
        tags = (tax.label("areas", module.area), tax.label("types", module.type),
                minutes(module.duration))
        return PageSearch(BOOSTS["module"], " ".join(module.summary.split()), tags)
    if src_path in (REFERENCE_PAGE, READABILITY_PAGE):  # for authors, not readers
        return PageSearch(BOOSTS["reference"])
    if src_path.startswith(INDEX_HOME.rsplit("/", 1)[0] + "/") or src_path == MAP_PAGE:
        return PageSearch(BOOSTS["index"])
    return PageSearch()
