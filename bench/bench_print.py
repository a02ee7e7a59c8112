"""Benchmark: a 200-page A5 cadre handbook from the real content.

Prints the figures and the ratios the print issue sets as targets:
render time (target ≤ 15 s on 2 cores), PDF size (target < 3 MB), and the share of
our own work (catalog + templates + Markdown) in the total (target < 20 %).
Run: ``make bench`` or ``.venv/bin/python bench/bench_print.py``.
"""

from __future__ import annotations

import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_PAGES = 200


def main() -> int:
    """Render handbooks of growing size until one reaches 200 pages; print the table."""
    started = time.perf_counter()
    from swadaya.checks import load_checked as load_catalog
    from swadaya.model.handbook import Handbook
    from swadaya.outputs.printing.documents import Printer
    from swadaya.project import Project

    project = Project(ROOT)
    catalog = load_catalog(project.content)
    printer = Printer(project, catalog)
    ours_setup = time.perf_counter() - started
    from weasyprint import HTML

    order = (catalog.learning_paths[0].module_ids() if catalog.learning_paths
             else list(catalog.modules))
    count = 18
    with tempfile.TemporaryDirectory() as tmp:
        while True:
            book = Handbook("bench", "buku/bench.yml", "Buku Uji Kecepatan", "", "kader", "A5",
                            order[:count])
            t0 = time.perf_counter()
            html = printer.handbook(book)
            t1 = time.perf_counter()
            document = HTML(string=html, base_url=project.content.as_uri() + "/").render()
            t2 = time.perf_counter()
            pdf = Path(tmp) / "bench.pdf"
            document.write_pdf(pdf)
            t3 = time.perf_counter()
            pages = len(document.pages)
            if pages >= TARGET_PAGES or count >= len(order):
                size = pdf.stat().st_size
                break
            count += 1
    ours = ours_setup + (t1 - t0)
    total = ours + (t3 - t1)
    rows = [
        ("machine", f"{platform.machine()}, {sys.platform}, Python {platform.python_version()}"),
        ("modules in the handbook", str(count)),
        ("pages (A5)", str(pages)),
        ("our work: catalog + templates + Markdown", f"{ours:.2f} s"),
        ("WeasyPrint layout", f"{t2 - t1:.2f} s"),
        ("WeasyPrint PDF writing", f"{t3 - t2:.2f} s"),
        ("total render time", f"{total:.2f} s (target ≤ 15 s: "
                              f"{'met' if total <= 15 else 'MISSED'})"),
        ("PDF size", f"{size / 1024 / 1024:.2f} MB (target < 3 MB: "
                     f"{'met' if size < 3 * 1024 * 1024 else 'MISSED'})"),
        ("our share of the total", f"{100 * ours / total:.1f} % (target < 20 %: "
                                   f"{'met' if ours / total < 0.2 else 'MISSED'})"),
        ("seconds per page", f"{total / pages:.3f}"),
    ]
    width = max(len(k) for k, _ in rows)
    print("Print benchmark: 200-page A5 handbook")
    for key, value in rows:
        print(f"  {key.ljust(width)}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
