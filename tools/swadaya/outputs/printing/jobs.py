"""The PDF job list: what to print, where each PDF goes, and one loop that renders them.

Every command that makes PDFs (``handbook``, ``plan``, ``card``, ``workshop``, ``pdf --all``
and ``build``) goes through :func:`render_jobs`, so names, skipping of unchanged PDFs and
the refusal diagnostics (B004) are the same everywhere.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
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
from swadaya.outputs.printing.writer import Written
from swadaya.project import Project, cores_wanted
from swadaya.text import size_text

#: The folder of handbooks in the downloads (long PDFs: laid out in parts on every core).
HANDBOOKS = handbook_pdf("x").split("/")[0]
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


def workers_wanted(jobs: int) -> int:
    """How many processes render PDFs: one per core, never more than there are PDFs."""
    return max(1, min(cores_wanted(), jobs))


def _render_one(html: str, target: Path, base: Path, allowed: list[Path]
                ) -> tuple[Written | None, list[str]]:
    """Render one PDF (in a worker process); refused URLs are returned, not raised, so they
    cross the process boundary whole."""
    from swadaya.outputs.printing.writer import RenderError, write_pdf

    try:
        return write_pdf(html, target, base, allowed), []
    except RenderError as exc:
        return None, exc.refused


def _render_long(html: str, target: Path, base: Path, allowed: list[Path], cores: int
                 ) -> tuple[Written | None, list[str]]:
    """A long PDF laid out in parts on ``cores`` cores (whole when it has too few chapters)."""
    from swadaya.outputs.printing.parts import write_in_parts
    from swadaya.outputs.printing.writer import RenderError

    try:
        written = write_in_parts(html, target, base, allowed, cores)
    except RenderError as exc:
        if not exc.refused:
            raise
        return None, exc.refused
    return (written, []) if written else _render_one(html, target, base, allowed)


def _lower_priority() -> None:
    """Pool workers yield to the handbook processes (see :func:`render_jobs`)."""
    os.nice(10)


def render_jobs(project: Project, catalog: Catalog, jobs: list[Job], out: Path,
                progress: TextIO | None, errors: TextIO) -> int:
    """Render every job, skipping PDFs whose input has not changed, on every core.

    The HTML of each PDF is made here (it is quick); the PDFs that must be made are shared
    out to one process per core, largest first. Each PDF is the same bytes whichever
    process makes it. Returns 0, or 1 after writing a B004 diagnostic to ``errors`` for a
    PDF that would have embedded a file from outside the project (nothing is written for
    it).
    """
    # imported here: WeasyPrint takes a second to import and only PDF commands need it;
    # imported before the workers are forked, so they share it
    from swadaya.outputs.printing.documents import Printer
    from swadaya.outputs.printing.writer import Manifest, digest_of

    printer = Printer(project, catalog)
    manifest = Manifest(out)
    results: dict[str, Written] = {}
    cores = cores_wanted()
    parallel = cores > 1 and "fork" in multiprocessing.get_all_start_methods()

    def todo(wanted: list[Job]) -> list[tuple[Job, str, str]]:
        """The jobs whose PDF must be made, with their HTML and input hash."""
        made = []
        for job in wanted:
            html = job.html_of(printer)
            digest = digest_of(html, printer.stylesheet)
            fresh = manifest.fresh(job.rel, digest, out / job.rel)
            if fresh is None:
                made.append((job, html, digest))
            else:
                results[job.rel] = fresh
        return made

    # The short PDFs go to a pool first, at a lower priority; then the handbooks' HTML is
    # made and each handbook laid out in parts on every core (a short one whole, in this
    # process): the pool takes up what the handbooks leave idle (their HTML being made, a
    # front part, a join) and has the cores to itself once they are done.
    # (a fork from this process while the pool's threads run is safe here: the part
    # processes touch nothing of the pool's, and no thread of it holds WeasyPrint's state)
    is_book = {j.rel: parallel and j.rel.startswith(f"{HANDBOOKS}/") for j in jobs}
    short = sorted(todo([j for j in jobs if not is_book[j.rel]]), key=lambda t: -len(t[1]))
    long: list[tuple[Job, str, str]] = []
    done: dict[str, tuple[Written | None, list[str]]] = {}

    def lay_out_books() -> None:
        long.extend(todo([j for j in jobs if is_book[j.rel]]))
        for job, html, _ in long:
            done[job.rel] = _render_long(html, out / job.rel, project.content,
                                         printer.allowed, cores)

    workers = workers_wanted(len(short))
    if parallel and workers > 1:
        import weasyprint  # noqa: F401  (loaded once, shared by the forked workers)

        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                 initializer=_lower_priority) as pool:
            futures = {job.rel: pool.submit(_render_one, html, out / job.rel, project.content,
                                            printer.allowed) for job, html, _ in short}
            lay_out_books()
            done.update({rel: future.result() for rel, future in futures.items()})
    else:
        lay_out_books()
        done.update({job.rel: _render_one(html, out / job.rel, project.content,
                                          printer.allowed) for job, html, _ in short})
    refused: dict[str, list[str]] = {}
    for job, _, digest in short + long:
        written, urls = done[job.rel]
        if written is None:
            refused[job.rel] = urls
            continue
        manifest.record(job.rel, digest, written)
        results[job.rel] = written
    for job in jobs:
        if job.rel in refused:
            for url in refused[job.rel]:
                errors.write(make(job.blame, 1, 1, "B004", url=url).format() + "\n")
            return 1
        written = results[job.rel]
        if progress:
            progress.write(f"  {job.rel}: {written.pages} halaman, {size_text(written.size)}, "
                           f"{written.seconds:.1f} s\n")
    return 0
