"""``swadaya handbook``, ``plan`` and ``pdf``: print outputs as PDF files.

Every command first checks the whole content: a PDF is never made from content with errors.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, TextIO

from ..catalog import Catalog, load_catalog
from ..diagnostics import make
from ..project import Project

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


def _render(printer: Any, manifest: Any, html: str, out: Path, rel: str,
            stream: TextIO | None, blame: str) -> bool:
    """Render one PDF unless the manifest says it is current; False when refused."""
    from ..printing.writer import RenderError, digest_of, write_pdf

    target = out / rel
    digest = digest_of(html, printer.stylesheet)
    written = manifest.fresh(rel, digest, target)
    if written is None:
        try:
            written = write_pdf(html, target, printer.project.content, printer.allowed)
        except RenderError as exc:
            for url in exc.refused:
                sys.stderr.write(make(blame, 1, 1, "B004", f"refused to embed {url}").format()
                                 + "\n")
            return False
        manifest.record(rel, digest, written)
    if stream:
        _say(stream, written, rel)
    return True


def render_handbooks(project: Project, catalog: Catalog, names: list[str] | None,
                     out: Path, stream: TextIO | None) -> int:
    """Render the named handbooks (all when ``names`` is None) into ``out/buku``."""
    from ..printing.documents import Printer
    from ..printing.writer import Manifest

    books = catalog.handbooks if names is None else \
        [b for b in catalog.handbooks if b.key in names]
    missing = sorted(set(names or []) - {b.key for b in books})
    if missing:
        known = ", ".join(b.key for b in catalog.handbooks)
        sys.stderr.write(f"swadaya handbook: no handbook named {', '.join(missing)} "
                         f"(known: {known})\n")
        return 2
    printer = Printer(project, catalog)
    manifest = Manifest(out)
    for book in books:
        if not _render(printer, manifest, printer.handbook(book), out, f"buku/{book.pdf_name}",
                       stream, f"content/{book.source}"):
            return 1
    return 0


def render_plans(project: Project, catalog: Catalog, module_ids: list[str], start: int,
                 out: Path, stream: TextIO | None) -> int:
    """Render session plans (one PDF per module) into ``out/rencana``."""
    from ..printing.documents import Printer
    from ..printing.writer import Manifest

    printer = Printer(project, catalog)
    manifest = Manifest(out)
    for module_id in module_ids:
        if not _render(printer, manifest, printer.plan(module_id, start), out,
                       f"rencana/{module_id.lower()}.pdf", stream,
                       catalog.page_of(module_id).shown):
            return 1
    return 0


def render_workshops(project: Project, catalog: Catalog, names: list[str] | None,
                     out: Path, stream: TextIO | None) -> int:
    """Render workshop agendas into ``out/lokakarya``."""
    from ..printing.documents import Printer
    from ..printing.writer import Manifest

    chosen = [w for w in catalog.workshops if names is None or w.key in names]
    missing = sorted(set(names or []) - {w.key for w in chosen})
    if missing:
        known = ", ".join(w.key for w in catalog.workshops)
        sys.stderr.write(f"swadaya workshop: no workshop named {', '.join(missing)} "
                         f"(known: {known})\n")
        return 2
    printer = Printer(project, catalog)
    manifest = Manifest(out)
    for workshop in chosen:
        if not _render(printer, manifest, printer.workshop(workshop), out,
                       f"lokakarya/{workshop.key}.pdf", stream, f"content/{workshop.source}"):
            return 1
    return 0


def render_cards(project: Project, catalog: Catalog, module_ids: list[str], out: Path,
                 stream: TextIO | None) -> int:
    """Render guide cards into ``out/kartu``."""
    from ..printing.documents import Printer
    from ..printing.writer import Manifest

    printer = Printer(project, catalog)
    manifest = Manifest(out)
    for module_id in module_ids:
        if not _render(printer, manifest, printer.card(module_id), out,
                       f"kartu/{module_id.lower()}.pdf", stream,
                       catalog.page_of(module_id).shown):
            return 1
    return 0


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
    return render_cards(project, catalog, wanted, out or downloads_dir(project), sys.stdout)


def run_workshop(project: Project, names: list[str], out: Path | None) -> int:
    """CLI: ``swadaya workshop NAME...``."""
    catalog = _loaded(project, sys.stderr)
    if catalog is None:
        return 1
    if not names:
        known = ", ".join(w.key for w in catalog.workshops)
        sys.stderr.write(f"swadaya workshop: name a workshop (known: {known})\n")
        return 2
    return render_workshops(project, catalog, names, out or downloads_dir(project), sys.stdout)


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
    return render_handbooks(project, catalog, None if all_books else names,
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
    code = render_plans(project, catalog, [wanted], minutes, target, sys.stdout)
    if code == 0:
        print(f"swadaya plan: wrote {target / 'rencana' / (wanted.lower() + '.pdf')}")
    return code


def run_all(project: Project, out: Path | None) -> int:
    """CLI: ``swadaya pdf --all``: every handbook, session plan and workshop."""
    catalog = _loaded(project, sys.stderr)
    if catalog is None:
        return 1
    target = out or downloads_dir(project)
    stream = sys.stdout if _progress_wanted(sys.stdout) else None
    code = render_handbooks(project, catalog, None, target, stream)
    if code == 0:
        code = render_plans(project, catalog, list(catalog.modules), 8 * 60 + 30, target,
                            stream)
    if code == 0:
        code = render_workshops(project, catalog, None, target, stream)
    if code == 0:
        code = render_cards(project, catalog, guides(catalog), target, stream)
    return code
