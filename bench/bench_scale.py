"""Benchmark at scale: synthetic corpora of 100, 500 and 1,000 valid modules.

For each size: `swadaya check` time, site build time with our plugin and a plain Material
build of the same Markdown in the same run (the ratio is the figure), peak memory, median
and 95th-percentile module page size, total site size and search index size. Targets from
the scale issue are printed beside the figures. Deterministic: the same seed gives the same
corpus. Run: ``make bench`` (or ``.venv/bin/python bench/bench_scale.py 100 500 1000``).
"""

from __future__ import annotations

import os
import queue
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SIZES = (100, 500, 1000)
AREAS = {"penyadaran": "PNY", "pengorganisasian": "ORG", "kaderisasi": "KDR",
         "teknologi-tepat-guna": "TTG", "penghidupan-berkelanjutan": "PHB"}
STAGES = ["pra-persiapan", "persiapan", "sosialisasi", "kajian-partisipatif", "identifikasi",
          "pembentukan-kelompok", "perintisan", "penguatan", "pemandirian", "pembentukan-kader",
          "pelepasan"]
COMPONENTS = ["pembiayaan-usaha-mikro", "kapasitas-sdm", "kelembagaan-komunitas", "modal-swadaya",
              "jaringan-sinergi", "informasi-ttg"]
METHODS = ["pembukaan", "curah-pendapat", "diskusi-kelompok", "praktik", "refleksi"]


def vocabulary() -> list[str]:
    """Real Indonesian words from our own modules, so text looks like the content."""
    words: set[str] = set()
    for path in (ROOT / "content" / "modules").rglob("*.md"):
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", path.read_text("utf-8")))
    return sorted(words)


def sentence(rng: random.Random, words: list[str], n: int) -> str:
    text = " ".join(rng.choice(words) for _ in range(n))
    return text[0].upper() + text[1:] + "."


def module_text(rng: random.Random, words: list[str], module_id: str, area: str,
                prerequisites: list[tuple[str, str]]) -> str:
    duration = rng.choice([60, 90, 120, 150])
    steps = [10, duration - 30, 20]
    title = " ".join(rng.choice(words) for _ in range(4)).title()
    front = [
        "---", f"id: {module_id}", f"title: {title}", "type: sesi", f"area: {area}",
        f"stages: [{rng.choice(STAGES)}]", f"components: [{rng.choice(COMPONENTS)}]",
        "audience: [kader, fasilitator]", f"level: {rng.choice(['dasar', 'menengah', 'lanjut'])}",
        f"duration: {duration}", f"summary: {sentence(rng, words, 18)}",
        "objectives:", *[f"  - {sentence(rng, words, 9)}" for _ in range(3)],
        f"prerequisites: [{', '.join(p for p, _ in prerequisites)}]",
        "materials: [kertas plano, spidol, selotip]", "agenda:",
        *[f"  - {{step: Langkah {i + 1}, minutes: {m}, method: {rng.choice(METHODS)}}}"
          for i, m in enumerate(steps)],
        "competencies:", f"  - Kader dapat {sentence(rng, words, 8).lower()}",
        "reviewed: 2026-11-01", "---", ""]
    # random words read as a hard text (and "dr." or "ir." may glue two sentences); the
    # benchmark measures speed, not language, so the plain-language warnings are silenced
    # the way an author would (the figures are still computed)
    body = ["<!-- swadaya:abaikan-halaman K001,K002 teks acak untuk tolok ukur -->", "",
            sentence(rng, words, 25), ""]
    for section in ("Mengapa sesi ini penting", "Langkah-langkah sesi", "Kegiatan peserta",
                    "Pertanyaan refleksi"):
        body += [f"## {section}", ""]
        for _ in range(rng.randint(2, 4)):
            body += [" ".join(sentence(rng, words, rng.randint(8, 20)) for _ in range(5)), ""]
    if prerequisites:
        body += ["Lihat juga " + ", ".join(f"[{p}](../{path})" for p, path in prerequisites)
                 + ".", ""]
    body += ["!!! fasilitator \"Catatan fasilitator\"", "    " + sentence(rng, words, 20), ""]
    return "\n".join(front + body)


def make_corpus(folder: Path, size: int, words: list[str], seed: int = 7) -> Path:
    """A project with ``size`` valid modules (the real taxonomy, glossary and templates)."""
    rng = random.Random(seed)
    content = folder / "content"
    (content / "modules").mkdir(parents=True)
    for name in ("taxonomy.yml", "glosarium.yml"):
        shutil.copy(ROOT / "content" / name, content / name)
    shutil.copytree(ROOT / "content" / "assets", content / "assets")
    shutil.copytree(ROOT / "content" / "vendor", content / "vendor")
    shutil.copytree(ROOT / "templates", folder / "templates")
    (content / "index.md").write_text("# Swadaya\n\nBeranda uji.\n", encoding="utf-8")
    made: dict[str, list[tuple[str, str]]] = {a: [] for a in AREAS}
    for n in range(size):
        area = list(AREAS)[n % len(AREAS)]
        number = len(made[area]) + 1
        module_id = f"{AREAS[area]}-{number:03d}"
        earlier = made[area][-20:]
        prerequisites = rng.sample(earlier, k=min(len(earlier), rng.randint(0, 2)))
        path = f"{area}/{module_id.lower()}.md"
        (content / "modules" / area).mkdir(exist_ok=True)
        (content / "modules" / path).write_text(
            module_text(rng, words, module_id, area, prerequisites), encoding="utf-8")
        made[area].append((module_id, path))
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:")[0]
    (folder / "mkdocs.yml").write_text(
        config + "\nnav:\n  - Beranda: index.md\n  - Modul: swadaya:modules\n"
        "  - Indeks: swadaya:indexes\n", encoding="utf-8")
    plain = config.replace("  - swadaya\n", "  - swadaya:\n      enabled: false\n")
    (folder / "plain.yml").write_text(plain, encoding="utf-8")
    return folder


def same_pages(project: Path, catalog: Any) -> list[str]:
    """The build command of plain Material over the same pages as ours: the content with our
    generated pages (indexes, map, glossary…) written out as the Markdown the plugin hands
    MkDocs, lists inline. The plugin's overhead against it is its machinery alone, without
    the pages it adds (28 of 129 pages at 100 modules)."""
    from swadaya.outputs.site.pages import SitePages

    same = project / "content-same"
    shutil.copytree(project / "content", same)
    for rel, markdown in SitePages(catalog, project / "templates").pages().items():
        (same / rel).parent.mkdir(parents=True, exist_ok=True)
        (same / rel).write_text(markdown, encoding="utf-8")
    config = (project / "plain.yml").read_text(encoding="utf-8")
    (project / "same.yml").write_text(
        config.replace("\ndocs_dir: content\n", "\ndocs_dir: content-same\n"), "utf-8")
    return [sys.executable, "-m", "mkdocs", "build", "-q", "-f", "same.yml", "-d", "same"]


CPU: dict[tuple[str, ...], float] = {}


def timed(command: list[str], cwd: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (KB) of a command, via /usr/bin/time; its CPU seconds (user
    + system) are kept in :data:`CPU` (the machine is shared: CPU is the steadier figure)."""
    started = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", *command], cwd=cwd,
                            capture_output=True, text=True,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, check=False)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stderr[-2000:]}")
    user, system, peak = result.stderr.strip().splitlines()[-1].split()
    CPU.setdefault(tuple(command), 0.0)
    CPU[tuple(command)] = float(user) + float(system)
    return seconds, int(peak)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


#: Repeats of each timing; the machine is shared, so medians are reported.
REPEATS = int(os.environ.get("BENCH_REPEATS", "3"))


def watch_latency(project: Path, module: Path, edits: int = 7) -> list[float]:
    """Seconds from saving ``module`` to ``swadaya check --watch`` printing its report, for
    each of ``edits`` saves (the resident checker; one-off commands are timed above)."""
    lines: queue.Queue[str] = queue.Queue()
    watcher = subprocess.Popen([sys.executable, "-m", "swadaya", "check", "--strict",
                                "--watch"], cwd=project, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True,
                               env={**os.environ, "SWADAYA_LANG": "id"})
    assert watcher.stdout is not None
    reader = threading.Thread(target=lambda: [lines.put(x) for x in watcher.stdout or []],
                              daemon=True)
    reader.start()

    def summary(timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            line = lines.get(timeout=max(0.01, deadline - time.monotonic()))
            if line.startswith("swadaya check:") and "detik)" in line:
                return

    times = []
    try:
        summary(120)  # the first check
        for n in range(edits):
            time.sleep(0.5)
            text = module.read_text("utf-8")
            started = time.perf_counter()
            module.write_text(text.replace("\n## ", f"\nSuntingan jaga {n}.\n\n## ", 1),
                              encoding="utf-8")
            summary(30)
            times.append(time.perf_counter() - started)
    finally:
        watcher.terminate()
        watcher.wait(timeout=30)
    return times


def median_of(runs: list[tuple[float, int]]) -> tuple[float, int]:
    return statistics.median(r[0] for r in runs), int(statistics.median(r[1] for r in runs))


def measure(size: int, words: list[str]) -> dict[str, float]:
    """Every figure for one corpus size (timings: medians of REPEATS runs, ours and plain
    interleaved so both meet the same load)."""
    python = sys.executable
    check = [python, "-m", "swadaya", "check", "--strict"]
    with tempfile.TemporaryDirectory() as tmp:
        project = make_corpus(Path(tmp), size, words)
        cache = project / ".swadaya-cache"
        cold, warm, unchanged = [], [], []
        module = sorted((project / "content" / "modules").rglob("*.md"))[size // 2]
        for n in range(REPEATS):
            shutil.rmtree(cache, ignore_errors=True)
            cold.append(timed(check, project))
            text = module.read_text("utf-8")
            module.write_text(text.replace("\n## ", f"\nSuntingan {n}.\n\n## ", 1),
                              encoding="utf-8")
            warm.append(timed(check, project))  # one module edited since the last check
            unchanged.append(timed(check, project))  # nothing changed since the last check
        resident = watch_latency(project, module)
        sys.path.insert(0, str(ROOT / "tools"))
        from swadaya.checks import load_checked as load_catalog

        started = time.perf_counter()
        catalog = load_catalog(project / "content")
        check_inner = time.perf_counter() - started
        build_same = same_pages(project, catalog)
        ours, plain, same = [], [], []
        ours_cpu, plain_cpu, same_cpu = [], [], []
        build = [python, "-m", "mkdocs", "build", "-q", "-d", "site"]
        build_plain = [python, "-m", "mkdocs", "build", "-q", "-f", "plain.yml", "-d", "plain"]
        for _ in range(REPEATS):
            shutil.rmtree(cache, ignore_errors=True)  # a build from a fresh clone
            ours.append(timed(build, project))
            ours_cpu.append(CPU[tuple(build)])
            plain.append(timed(build_plain, project))
            plain_cpu.append(CPU[tuple(build_plain)])
            same.append(timed(build_same, project))
            same_cpu.append(CPU[tuple(build_same)])
        ours_s, ours_kb = median_of(ours)
        plain_s, plain_kb = median_of(plain)
        pages = sorted(p.stat().st_size for p in (project / "site/modules").rglob("*.html"))
        plain_pages = sorted(p.stat().st_size
                             for p in (project / "plain/modules").rglob("*.html"))
        generated = len(list((project / "site").rglob("*.html"))) - len(
            list((project / "plain").rglob("*.html")))
        return {
            "check_wall": median_of(cold)[0], "check_warm": median_of(warm)[0],
            "check_unchanged": median_of(unchanged)[0],
            "check_watch": statistics.median(resident), "check_watch_max": max(resident),
            "check_inner": check_inner,
            "build_ours": ours_s, "build_plain": plain_s, "build_same": median_of(same)[0],
            "cpu_ours": statistics.median(ours_cpu), "cpu_plain": statistics.median(plain_cpu),
            "cpu_same": statistics.median(same_cpu), "rss_same": median_of(same)[1] / 1024,
            "load": os.getloadavg()[0],
            "rss_ours": ours_kb / 1024, "rss_plain": plain_kb / 1024,
            "page_median": statistics.median(pages) / 1024,
            "page_p95": pages[int(0.95 * (len(pages) - 1))] / 1024,
            "plain_median": statistics.median(plain_pages) / 1024,
            "site_mb": folder_size(project / "site") / 1024 / 1024,
            "index_mb": (project / "site/search/search_index.json").stat().st_size / 1024 / 1024,
            "extra_pages": generated,
        }


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def main() -> int:
    """Measure every size and print the table, then each target on a line of its own."""
    sizes = [int(a) for a in sys.argv[1:]] or list(SIZES)
    words = vocabulary()
    results = {n: measure(n, words) for n in sizes}
    rows = [
        ("swadaya check, whole command, no cache (s)", "check_wall", "{:.2f}"),
        ("swadaya check after editing one module (s)", "check_warm", "{:.2f}"),
        ("swadaya check, nothing changed since the last (s)", "check_unchanged", "{:.2f}"),
        ("  save to report, swadaya check --watch (s)", "check_watch", "{:.2f}"),
        ("  the same, slowest of 7 saves (s)", "check_watch_max", "{:.2f}"),
        ("  loading + checking in-process, no cache (s)", "check_inner", "{:.2f}"),
        ("site build with our plugin (s)", "build_ours", "{:.1f}"),
        ("plain Material build, same Markdown (s)", "build_plain", "{:.1f}"),
        ("  CPU of our build (s)", "cpu_ours", "{:.1f}"),
        ("  CPU of the plain build (s)", "cpu_plain", "{:.1f}"),
        ("plain Material, same pages (s)", "build_same", "{:.1f}"),
        ("  CPU of that build (s)", "cpu_same", "{:.1f}"),
        ("  load average after the builds", "load", "{:.1f}"),
        ("  pages our plugin adds (indexes, map…)", "extra_pages", "{:.0f}"),
        ("peak memory, our build (MB)", "rss_ours", "{:.0f}"),
        ("peak memory, plain build (MB)", "rss_plain", "{:.0f}"),
        ("peak memory, plain, same pages (MB)", "rss_same", "{:.0f}"),
        ("median module page (KB)", "page_median", "{:.1f}"),
        ("95th percentile module page (KB)", "page_p95", "{:.1f}"),
        ("median module page, plain (KB)", "plain_median", "{:.1f}"),
        ("total site size (MB)", "site_mb", "{:.1f}"),
        ("search index (MB)", "index_mb", "{:.2f}"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"Scale benchmark (synthetic modules, seed 7; medians of {REPEATS} runs)")
    print("  " + "figure".ljust(width) + "".join(f"{n:>10}" for n in sizes))
    for label, key, fmt in rows:
        cells = "".join(f"{fmt.format(results[n][key]):>10}" for n in sizes)
        print(f"  {label.ljust(width)}{cells}")
    print("Targets")
    big = max(sizes)
    r = results[big]
    print(f"  check of {big} modules, whole command: {r['check_wall']:.2f} s "
          f"(target ≤ 0.5 s): {verdict(r['check_wall'] <= 0.5)}")
    print(f"    the same with the cache of an earlier check, nothing changed: "
          f"{r['check_unchanged']:.2f} s (shown, not judged: the target is read as a first check)")
    print(f"  check of {big} modules after editing one: {r['check_warm']:.2f} s "
          f"(target ≤ 0.25 s): {verdict(r['check_warm'] <= 0.25)}")
    print(f"  the same with the resident checker (swadaya check --watch), from saving to "
          f"the report: {r['check_watch']:.2f} s, slowest {r['check_watch_max']:.2f} s "
          f"(target ≤ 0.25 s): {verdict(r['check_watch'] <= 0.25)}")
    for n in sizes:
        r = results[n]
        overhead = 100 * (r["build_ours"] / r["build_plain"] - 1)
        cpu = 100 * (r["cpu_ours"] / r["cpu_plain"] - 1)
        print(f"  plugin overhead at {n}: {overhead:+.0f} % wall, {cpu:+.0f} % CPU "
              f"(target ≤ +10 %): {verdict(max(overhead, cpu) <= 10)}")
        same_wall = 100 * (r["build_ours"] / r["build_same"] - 1)
        same_cpu = 100 * (r["cpu_ours"] / r["cpu_same"] - 1)
        print(f"    the same against plain Material building the same pages: "
              f"{same_wall:+.0f} % wall, {same_cpu:+.0f} % CPU (the {r['extra_pages']:.0f} "
              f"pages we add written out as Markdown; no target, it shows the machinery)")
    for n in sizes:
        r = results[n]
        ratio = r["rss_ours"] / r["rss_plain"]
        print(f"  peak memory at {n}: {ratio:.2f} × plain (target ≤ 1.3 ×): "
              f"{verdict(ratio <= 1.3)}")
    r = results[big]
    print(f"  median module page at {big}: {r['page_median']:.1f} KB (target ≤ 60 KB): "
          f"{verdict(r['page_median'] <= 60)}")
    if len(sizes) > 1:
        a, b = sizes[0], sizes[-1]
        growth = results[b]["site_mb"] / results[a]["site_mb"]
        print(f"  site size ×{growth:.1f} for ×{b / a:.0f} modules (target: linear, "
              f"×{b / a:.0f} or less): {verdict(growth <= 1.1 * b / a)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
