"""``swadaya handbook``, ``plan`` and ``pdf``: print outputs as PDF files.

Every command first checks the whole content: a PDF is never made from content with errors.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from operator import methodcaller
from pathlib import Path
from typing import Any, TextIO

from ..catalog import Catalog, load_catalog
from ..diagnostics import make
from ..handbook import Handbook
from ..project import Project
from ..workshop import Workshop

DOWNLOADS = Path("build") / "unduh"


def downloads_dir(project: Project) -> Path:
    """Where PDFs are written (and where the site build picks them up)."""
    return project.root / DOWNLOADS


def _loaded(project: Project, err: TextIO) -> Catalog | None:
    catalog = load_catalog(project.content)
    if catalog.report.failed():
        for d in catalog.report.sorted():
            err.write(d.format() + "\n")
        err.write("swadaya: fix the content errors first; no PDF was written\n")
        return None
    return catalog


def _progress_wanted(stream: TextIO) -> bool:
    # a line per file on a terminal; quiet in CI logs and pipes
    return stream.isatty() and not os.environ.get("CI")


def _say(stream: TextIO, written: object, shown: str) -> None:
    from ..printing.writer import Written

    assert isinstance(written, Written)
    size = f"{written.size / 1024:,.0f} KB".replace(",", ".")
    stream.write(f"  {shown}: {written.pages} halaman, {size}, {written.seconds:.1f} s\n")


#: One PDF to make: how to get its HTML from a printer, where it goes, whom to blame.
Job = tuple[Callable[[Any], str], str, str]


def _render_jobs(project: Project, catalog: Catalog, jobs: list[Job], out: Path,
                 stream: TextIO | None) -> int:
    """Render every job with one printer, skipping PDFs whose input has not changed."""
    from ..printing.documents import Printer
    from ..printing.writer import Manifest, RenderError, digest_of, write_pdf

    printer = Printer(project, catalog)
    manifest = Manifest(out)
    for html_of, rel, blame in jobs:
        html = html_of(printer)
        target = out / rel
        digest = digest_of(html, printer.stylesheet)
        written = manifest.fresh(rel, digest, target)
        if written is None:
            try:
                written = write_pdf(html, target, project.content, printer.allowed)
            except RenderError as exc:
                for url in exc.refused:
                    sys.stderr.write(make(blame, 1, 1, "B004", f"refused to embed {url}")
                                     .format() + "\n")
                return 1
            manifest.record(rel, digest, written)
        if stream:
            _say(stream, written, rel)
    return 0


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


def handbook_jobs(catalog: Catalog, books: list[Handbook]) -> list[Job]:
    """Handbooks into ``buku/``."""
    return [(methodcaller("handbook", b), f"buku/{b.pdf_name}", f"content/{b.source}")
            for b in books]


def plan_jobs(catalog: Catalog, module_ids: list[str], start: int) -> list[Job]:
    """One-page session plans into ``rencana/``."""
    return [(methodcaller("plan", m, start), f"rencana/{m.lower()}.pdf",
             catalog.page_of(m).shown) for m in module_ids]


def workshop_jobs(catalog: Catalog, workshops: list[Workshop]) -> list[Job]:
    """Workshop agendas into ``lokakarya/``."""
    return [(methodcaller("workshop", w), f"lokakarya/{w.key}.pdf", f"content/{w.source}")
            for w in workshops]


def card_jobs(catalog: Catalog, module_ids: list[str]) -> list[Job]:
    """Two-page guide cards into ``kartu/``."""
    return [(methodcaller("card", m), f"kartu/{m.lower()}.pdf", catalog.page_of(m).shown)
            for m in module_ids]


def guides(catalog: Catalog) -> list[str]:
    """Ids of the guides that can have a card (a bill of materials)."""
    return [m.id for m in catalog.modules.values() if m.type == "panduan" and m.bill_of_materials]


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
    return _render_jobs(project, catalog, card_jobs(catalog, wanted),
                        out or downloads_dir(project), sys.stdout)


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
    return _render_jobs(project, catalog, workshop_jobs(catalog, chosen),
                        out or downloads_dir(project), sys.stdout)


def run_handbook(project: Project, names: list[str], all_books: bool, out: Path | None) -> int:
    """CLI: ``swadaya handbook NAME...`` or ``--all``."""
    catalog = _loaded(project, sys.stderr)
    if catalog is None:
        return 1
    if not names and not all_books:
        known = ", ".join(b.key for b in catalog.handbooks)
        sys.stderr.write(f"swadaya handbook: name a handbook or use --all (known: {known})\n")
        return 2
    stream = sys.stdout if _progress_wanted(sys.stdout) else None
    books = _choose(catalog.handbooks, None if all_books else names, "handbook")
    if books is None:
        return 2
    return _render_jobs(project, catalog, handbook_jobs(catalog, books),
                        out or downloads_dir(project), stream)


def run_plan(project: Project, module_id: str, start: str, out: Path | None) -> int:
    """CLI: ``swadaya plan MODULE_ID [--start 08:30]``."""
    from ..workshop import parse_clock

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
    target = out or downloads_dir(project)
    code = _render_jobs(project, catalog, plan_jobs(catalog, [wanted], minutes), target,
                        sys.stdout)
    if code == 0:
        print(f"swadaya plan: wrote {target / 'rencana' / (wanted.lower() + '.pdf')}")
    return code


def run_all(project: Project, out: Path | None) -> int:
    """CLI: ``swadaya pdf --all``: every handbook, session plan, workshop and guide card."""
    catalog = _loaded(project, sys.stderr)
    if catalog is None:
        return 1
    target = out or downloads_dir(project)
    stream = sys.stdout if _progress_wanted(sys.stdout) else None
    jobs = (handbook_jobs(catalog, catalog.handbooks)
            + plan_jobs(catalog, list(catalog.modules), 8 * 60 + 30)
            + workshop_jobs(catalog, catalog.workshops)
            + card_jobs(catalog, guides(catalog)))
    return _render_jobs(project, catalog, jobs, target, stream)
