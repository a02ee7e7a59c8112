"""``swadaya check``: check all content, print every problem, exit 1 on errors."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TextIO

from swadaya.checks import load_checked
from swadaya.checks.fields import PRICE_AGE_DAYS
from swadaya.diagnostics import Diagnostic, Level, effective_level, to_json
from swadaya.project import Project


def _selected(diagnostic: Diagnostic, paths: list[Path]) -> bool:
    if not paths:
        return True
    where = Path(diagnostic.path).absolute()
    return any(where == p or where.is_relative_to(p) for p in paths)


def run_check(project: Project, paths: list[Path], strict: bool, fmt: str,
              out: TextIO = sys.stdout, err: TextIO = sys.stderr,
              price_age_days: int = PRICE_AGE_DAYS) -> int:
    """Check the whole content (cross-references need all of it); report on ``paths``."""
    started = time.perf_counter()
    catalog = load_checked(project.content, price_age_days=price_age_days,
                           cache=project.cache)
    wanted = [p.absolute() for p in paths]
    shown = [d for d in catalog.report.sorted() if _selected(d, wanted)]
    errors = sum(1 for d in shown if effective_level(d, strict) is Level.ERROR)
    warnings = len(shown) - errors
    elapsed = time.perf_counter() - started
    if fmt == "json":
        out.write(to_json(shown, strict) + "\n")
    else:
        for d in shown:
            out.write(d.format(effective_level(d, strict)) + "\n")
    summary = (f"swadaya check: {len(catalog.pages)} pages, {len(catalog.modules)} modules, "
               f"{errors} error{'s' * (errors != 1)}, {warnings} warning"
               f"{'s' * (warnings != 1)} ({elapsed:.2f} s)")
    (err if fmt == "json" else out).write(summary + "\n")
    return 1 if errors else 0
