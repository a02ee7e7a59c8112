"""``swadaya handbook``, ``plan``, ``card``, ``workshop``, ``forms`` and ``pdf --all``: print
outputs.

Every command first checks the whole content: a PDF is never made from content with errors.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, TextIO

from swadaya.checks import load_checked
from swadaya.model.catalog import Catalog
from swadaya.outputs.printing.jobs import (
    Job,
    all_jobs,
    card_jobs,
    form_jobs,
    guides,
    handbook_jobs,
    plan_jobs,
    record_book_jobs,
    render_jobs,
    workshop_jobs,
)
from swadaya.project import Project
from swadaya.text import parse_clock


def _loaded(project: Project, err: TextIO) -> Catalog | None:
    catalog = load_checked(project.content, cache=project.cache)
    if catalog.report.failed():
        for d in catalog.report.sorted():
            err.write(d.format() + "\n")
        err.write("swadaya: fix the content errors first; no PDF was written\n")
        return None
    return catalog


def _progress_wanted(stream: TextIO) -> bool:
    # a line per file on a terminal; quiet in CI logs and pipes
    return stream.isatty() and not os.environ.get("CI")


def _render(project: Project, catalog: Catalog, jobs: list[Job], out: Path | None,
            progress: TextIO | None) -> int:
    return render_jobs(project, catalog, jobs, out or project.downloads, progress, sys.stderr)


def _choose(items: list[Any], names: list[str] | None, what: str) -> list[Any] | None:
    """The items whose key is named (all when ``names`` is None); None after an error line."""
    chosen = [i for i in items if names is None or i.key in names]
    missing = sorted(set(names or []) - {i.key for i in chosen})
    if missing:
        known = ", ".join(i.key for i in items)
        sys.stderr.write(f"swadaya {what}: no {what} named {', '.join(missing)} "
                         f"(known: {known})\n")
        return None
    return chosen


def run_card(project: Project, ids: list[str], out: Path | None) -> int:
    """CLI: ``swadaya card GUIDE...``."""
    catalog = _loaded(project, sys.stderr)
    if catalog is None:
        return 1
    wanted = [i.upper() for i in ids]
    unknown = [i for i in wanted if i not in guides(catalog)]
    if unknown:
        sys.stderr.write(f"swadaya card: not a guide: {', '.join(unknown)} "
                         f"(guides: {', '.join(guides(catalog))})\n")
        return 2
    return _render(project, catalog, card_jobs(catalog, wanted), out, sys.stdout)


def run_workshop(project: Project, names: list[str], out: Path | None) -> int:
    """CLI: ``swadaya workshop NAME...``."""
    catalog = _loaded(project, sys.stderr)
    if catalog is None:
        return 1
    if not names:
        known = ", ".join(w.key for w in catalog.workshops)
        sys.stderr.write(f"swadaya workshop: name a workshop (known: {known})\n")
        return 2
    chosen = _choose(catalog.workshops, names, "workshop")
    if chosen is None:
        return 2
    return _render(project, catalog, workshop_jobs(chosen), out, sys.stdout)


def run_forms(project: Project, out: Path | None) -> int:
    """CLI: ``swadaya forms``: the monitoring forms and the record books of competencies."""
    catalog = _loaded(project, sys.stderr)
    if catalog is None:
        return 1
    jobs = form_jobs(catalog) + record_book_jobs(catalog)
    if not jobs:
        sys.stderr.write("swadaya forms: no indicators (content/pemantauan/indikator.yml) and "
                         "no learning paths (content/jalur/): nothing to print\n")
        return 2
    return _render(project, catalog, jobs, out, sys.stdout)


def run_handbook(project: Project, names: list[str], all_books: bool, out: Path | None) -> int:
    """CLI: ``swadaya handbook NAME...`` or ``--all``."""
    catalog = _loaded(project, sys.stderr)
    if catalog is None:
        return 1
    if not names and not all_books:
        known = ", ".join(b.key for b in catalog.handbooks)
        sys.stderr.write(f"swadaya handbook: name a handbook or use --all (known: {known})\n")
        return 2
    progress = sys.stdout if _progress_wanted(sys.stdout) else None
    books = _choose(catalog.handbooks, None if all_books else names, "handbook")
    if books is None:
        return 2
    return _render(project, catalog, handbook_jobs(books), out, progress)


def run_plan(project: Project, module_id: str, start: str, out: Path | None) -> int:
    """CLI: ``swadaya plan MODULE_ID [--start 08:30]``."""
    catalog = _loaded(project, sys.stderr)
    if catalog is None:
        return 1
    wanted = module_id.upper()
    if wanted not in catalog.modules:
        sys.stderr.write(f"swadaya plan: no module {module_id}\n")
        return 2
    minutes = parse_clock(start)
    if minutes is None:
        sys.stderr.write(f"swadaya plan: --start '{start}' is not a time like 08:30\n")
        return 2
    jobs = plan_jobs(catalog, [wanted], minutes)
    code = _render(project, catalog, jobs, out, sys.stdout)
    if code == 0:
        print(f"swadaya plan: wrote {(out or project.downloads) / jobs[0].rel}")
    return code


def run_all(project: Project, out: Path | None) -> int:
    """CLI: ``swadaya pdf --all``: every handbook, session plan, workshop and guide card."""
    catalog = _loaded(project, sys.stderr)
    if catalog is None:
        return 1
    progress = sys.stdout if _progress_wanted(sys.stdout) else None
    return _render(project, catalog, all_jobs(catalog), out, progress)
