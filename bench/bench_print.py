"""Benchmark: a 200-page A5 cadre handbook from the real content.

Renders handbooks of growing size until one reaches 200 pages, then times that handbook
laid out whole on one core (how every PDF was made before) and laid out in parts on every
core (how ``swadaya pdf`` and ``make site`` make handbooks now), medians of a few runs taken
in turn. Prints the figures with their targets: the parts render ≤ 60 % of the one-core
time, render time ≤ 15 s, PDF size < 3 MB, our own work (catalog + templates + Markdown)
< 20 % of the one-core render. Run: ``make bench`` or ``.venv/bin/python bench/bench_print.py``.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_PAGES = 200
REPEATS = int(os.environ.get("BENCH_REPEATS", "3"))


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def main() -> int:
    """Find the 200-page handbook, time it both ways, print the table."""
    started = time.perf_counter()
    from swadaya.checks import load_checked as load_catalog
    from swadaya.model.handbook import Handbook
    from swadaya.outputs.printing.documents import Printer
    from swadaya.outputs.printing.parts import LAST, write_in_parts
    from swadaya.outputs.printing.writer import write_pdf
    from swadaya.project import Project, cores_wanted

    project = Project(ROOT)
    catalog = load_catalog(project.content)
    printer = Printer(project, catalog)
    ours_setup = time.perf_counter() - started
    from weasyprint import HTML

    order = (catalog.learning_paths[0].module_ids() if catalog.learning_paths
             else list(catalog.modules))
    count = 14
    base = project.content.as_uri() + "/"
    while True:
        book = Handbook("bench", "buku/bench.yml", "Buku Uji Kecepatan", "", "kader", "A5",
                        order[:count])
        t0 = time.perf_counter()
        html = printer.handbook(book)
        t1 = time.perf_counter()
        pages = len(HTML(string=html, base_url=base).render().pages)
        if pages >= TARGET_PAGES or count >= len(order):
            break
        count += 1
    ours = ours_setup + (t1 - t0)
    cores = cores_wanted()
    whole: list[float] = []
    parts: list[float] = []
    whole_cpu: list[float] = []
    critical: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(REPEATS):
            cpu = time.process_time()
            a = write_pdf(html, Path(tmp) / f"whole{n}" / "bench.pdf", project.content,
                          printer.allowed)
            whole_cpu.append(time.process_time() - cpu)
            whole.append(a.seconds)
            b = write_in_parts(html, Path(tmp) / f"parts{n}" / "bench.pdf", project.content,
                               printer.allowed, max(cores, 2))
            assert b is not None and b.pages == a.pages
            parts.append(b.seconds)
            # the longest part's process plus this process's own work (the front part, the
            # join): what the wall time is when each part has a core to itself
            critical.append(max(LAST["part_cpu"]) + LAST["own_cpu"])
        size_whole, size_parts = a.path.stat().st_size, b.path.stat().st_size
    one, every = statistics.median(whole), statistics.median(parts)
    total_one = ours + one
    ratio = every / one
    cpu_ratio = statistics.median(critical) / statistics.median(whole_cpu)
    rows = [
        ("machine", f"{platform.machine()}, {os.cpu_count()} cores, {sys.platform}, "
                    f"Python {platform.python_version()}"),
        ("modules in the handbook", str(count)),
        ("pages (A5)", str(pages)),
        ("our work: catalog + templates + Markdown", f"{ours:.2f} s"),
        ("one core, laid out whole (as before)", f"{one:.2f} s (runs "
         + ", ".join(f"{t:.2f}" for t in whole) + ")"),
        (f"every core ({max(cores, 2)}), laid out in parts", f"{every:.2f} s (runs "
         + ", ".join(f"{t:.2f}" for t in parts) + ")"),
        ("parts / one core, wall", f"{100 * ratio:.0f} % (target ≤ 60 %): "
                                   f"{verdict(ratio <= 0.6)}"),
        ("  CPU: one core / longest part + own work", f"{statistics.median(whole_cpu):.2f} s / "
         f"{statistics.median(critical):.2f} s = {100 * cpu_ratio:.0f} % (what the wall ratio "
         "is when no other process uses the cores)"),
        ("  load average while measuring", f"{os.getloadavg()[0]:.1f} (on {os.cpu_count()} "
                                           "cores)"),
        ("total render time, every core", f"{ours + every:.2f} s (target ≤ 15 s: "
                                          f"{verdict(ours + every <= 15)})"),
        ("PDF size, parts", f"{size_parts / 1024 / 1024:.2f} MB (whole "
                            f"{size_whole / 1024 / 1024:.2f} MB; target < 3 MB: "
                            f"{verdict(size_parts < 3 * 1024 * 1024)})"),
        ("our share of the one-core total", f"{100 * ours / total_one:.1f} % (target < 20 %: "
                                            f"{verdict(ours / total_one < 0.2)})"),
        ("seconds per page, every core", f"{(ours + every) / pages:.3f}"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"Print benchmark: 200-page A5 handbook (medians of {REPEATS} runs)")
    for key, value in rows:
        print(f"  {key.ljust(width)}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
