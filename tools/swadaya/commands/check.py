"""``swadaya check``: check all content, print every problem, exit 1 on errors."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TextIO

from swadaya.checks import load_checked
from swadaya.checks.costs import PRICE_AGE_DAYS
from swadaya.diagnostics import (
    Diagnostic,
    Lang,
    Level,
    Number,
    common,
    counted,
    effective_level,
    language,
    to_json,
)
from swadaya.project import Project


def _selected(diagnostic: Diagnostic, paths: list[Path]) -> bool:
    if not paths:
        return True
    where = Path(diagnostic.path).absolute()
    return any(where == p or where.is_relative_to(p) for p in paths)


def run_check(project: Project, paths: list[Path], strict: bool, fmt: str,
              out: TextIO | None = None, err: TextIO | None = None,
              price_age_days: int = PRICE_AGE_DAYS, lang: Lang | None = None) -> int:
    """Check the whole content (cross-references need all of it); report on ``paths``, in
    ``lang`` (default: ``$SWADAYA_LANG``, else Indonesian)."""
    # the streams of the moment, not of import time (tests swap sys.stdout)
    out, err = out or sys.stdout, err or sys.stderr
    lang = lang or language()
    started = time.perf_counter()
    catalog = load_checked(project.content, price_age_days=price_age_days,
                           cache=project.cache)
    wanted = [p.absolute() for p in paths]
    shown = [d for d in catalog.report.sorted() if _selected(d, wanted)]
    errors = sum(1 for d in shown if effective_level(d, strict) is Level.ERROR)
    warnings = len(shown) - errors
    elapsed = time.perf_counter() - started
    if fmt == "json":
        out.write(to_json(shown, strict, lang) + "\n")
    else:
        for d in shown:
            out.write(d.format(effective_level(d, strict), lang) + "\n")
    summary = common("summary", pages=counted(len(catalog.pages), "page", "pages"),
                     modules=counted(len(catalog.modules), "module", "modules"),
                     errors=counted(errors, "error", "errors"),
                     warnings=counted(warnings, "warning", "warnings"),
                     seconds=Number(elapsed, 2))
    (err if fmt == "json" else out).write(summary.render(lang) + "\n")
    return 1 if errors else 0
