"""The PDF job list: what to print, where each PDF goes, and one loop that renders them.

Every command that makes PDFs (``handbook``, ``plan``, ``card``, ``workshop``, ``pdf --all``
and ``build``) goes through :func:`render_jobs`, so names, skipping of unchanged PDFs and
the refusal diagnostics (B004) are the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from operator import methodcaller
from pathlib import Path
from typing import TextIO

from swadaya.diagnostics import make
from swadaya.model.catalog import Catalog
from swadaya.model.handbook import Handbook
from swadaya.model.indicators import INDICATOR_FILE
from swadaya.model.routes import (
    MONTHLY_FORM_PDF,
    ROLLUP_FORM_PDF,
    attendance_pdf,
    card_pdf,
    handbook_pdf,
    plan_pdf,
    record_book_pdf,
    workshop_materials_pdf,
    workshop_pdf,
)
from swadaya.model.workshop import Workshop
from swadaya.project import Project
from swadaya.text import size_text

#: The clock time session plans start at in ``pdf --all``.
PLAN_START = 8 * 60 + 30


@dataclass(frozen=True)
class Job:
    """One PDF to make: how to get its HTML from a printer, where it goes, whom to blame."""

    html_of: Callable[[object], str]
    rel: str  # relative to the downloads folder
    blame: str  # the file named in a diagnostic when the PDF is refused


def handbook_jobs(books: list[Handbook]) -> list[Job]:
    """Handbooks into ``buku/``."""
    return [Job(methodcaller("handbook", b), handbook_pdf(b.key), f"content/{b.source}")
            for b in books]


def plan_jobs(catalog: Catalog, module_ids: list[str], start: int) -> list[Job]:
    """One-page session plans into ``rencana/``."""
    return [Job(methodcaller("plan", m, start), plan_pdf(m), catalog.page_of(m).shown)
            for m in module_ids]


def workshop_jobs(workshops: list[Workshop]) -> list[Job]:
    """Workshop agendas, materials for the whole workshop and attendance sheets into
    ``lokakarya/``."""
    jobs = []
    for w in workshops:
        blame = f"content/{w.source}"
        jobs += [Job(methodcaller("workshop", w), workshop_pdf(w.key), blame),
                 Job(methodcaller("workshop_materials", w), workshop_materials_pdf(w.key), blame),
                 Job(methodcaller("attendance", w), attendance_pdf(w.key), blame)]
    return jobs


def card_jobs(catalog: Catalog, module_ids: list[str]) -> list[Job]:
    """Two-page guide cards into ``kartu/``."""
    return [Job(methodcaller("card", m), card_pdf(m), catalog.page_of(m).shown)
            for m in module_ids]


def form_jobs(catalog: Catalog) -> list[Job]:
    """The monitoring forms into ``pemantauan/``, when indicators are defined."""
    if not catalog.indicators:
        return []
    blame = f"content/{INDICATOR_FILE}"
    return [Job(methodcaller("monthly_form"), MONTHLY_FORM_PDF, blame),
            Job(methodcaller("rollup_form"), ROLLUP_FORM_PDF, blame)]


def record_book_jobs(catalog: Catalog) -> list[Job]:
    """A record book of competencies per learning path into ``buku/``."""
    return [Job(methodcaller("record_book", p.key), record_book_pdf(p.key), f"content/{p.source}")
            for p in catalog.learning_paths]


def guides(catalog: Catalog) -> list[str]:
    """Ids of the guides that can have a card (a bill of materials)."""
    return [m.id for m in catalog.modules.values() if m.type == "panduan" and m.bill_of_materials]


def all_jobs(catalog: Catalog) -> list[Job]:
    """Every handbook, session plan, workshop (agenda, materials, attendance), guide card,
    monitoring form and record book."""
    return (handbook_jobs(catalog.handbooks)
            + plan_jobs(catalog, list(catalog.modules), PLAN_START)
            + workshop_jobs(catalog.workshops)
            + card_jobs(catalog, guides(catalog))
            + form_jobs(catalog)
            + record_book_jobs(catalog))


def render_jobs(project: Project, catalog: Catalog, jobs: list[Job], out: Path,
                progress: TextIO | None, errors: TextIO) -> int:
    """Render every job with one printer, skipping PDFs whose input has not changed.

    Returns 0, or 1 after writing a B004 diagnostic to ``errors`` for a PDF that would
    have embedded a file from outside the project (nothing is written for it).
    """
    # imported here: WeasyPrint takes a second to import and only PDF commands need it
    from swadaya.outputs.printing.documents import Printer
    from swadaya.outputs.printing.writer import Manifest, RenderError, digest_of, write_pdf

    printer = Printer(project, catalog)
    manifest = Manifest(out)
    for job in jobs:
        html = job.html_of(printer)
        target = out / job.rel
        digest = digest_of(html, printer.stylesheet)
        written = manifest.fresh(job.rel, digest, target)
        if written is None:
            try:
                written = write_pdf(html, target, project.content, printer.allowed)
            except RenderError as exc:
                for url in exc.refused:
                    errors.write(make(job.blame, 1, 1, "B004", url=url).format() + "\n")
                return 1
            manifest.record(job.rel, digest, written)
        if progress:
            progress.write(f"  {job.rel}: {written.pages} halaman, {size_text(written.size)}, "
                           f"{written.seconds:.1f} s\n")
    return 0
