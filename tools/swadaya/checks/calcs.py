"""Checks on ``hitung`` blocks: their inputs are diagnostics like any other mistake."""

from __future__ import annotations

from swadaya.diagnostics import make
from swadaya.model.calc import check_semantics, find_blocks, parse_block
from swadaya.model.catalog import Catalog


def check_calcs(catalog: Catalog) -> None:
    """Report bad inputs of every worked-example block, at their lines in the file."""
    for page in catalog.pages.values():
        if "hitung" not in page.body:
            continue
        for block in find_blocks(page.body):
            value, problems = parse_block(block, page.body_line)
            for p in problems:
                catalog.report.add(make(page.shown, p.line, p.col, p.code, p.said))
            semantic = check_semantics(value) if value else None
            if semantic:
                catalog.report.add(make(page.shown, page.body_line + block.start, 1, "C001",
                                        semantic))
