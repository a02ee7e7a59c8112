"""Search benchmark: quality on the judged query set, index size and time to first result.

1. The real content built twice, with our Indonesian search and with Material's stock search
   (``swadaya: search: false``); the query set (tests/support/search_data/queries.yml) runs
   through each site's own search worker in Chromium. Prints recall at 5 and mean rank side by side.
2. Index size (bytes and gzip) for both, on the real content and on 500 synthetic modules.
3. Time to first result from file:// at 500 modules: open the home page from disk, press "/"
   and type a word as a person does; the clock runs from the key press to the first result.

Run: ``make bench-search`` (or ``.venv/bin/python bench/bench_search.py [MODULES]``).
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).parent))

from bench_scale import make_corpus, vocabulary  # noqa: E402

from support.browser import SearchRun, chromium, ranked_pages  # noqa: E402
from support.quality import Scores, load_queries, score  # noqa: E402
from swadaya.checks import load_checked as load_catalog  # noqa: E402

QUERIES = ROOT / "tests/support/search_data/queries.yml"
HELDOUT = ROOT / "tests/support/search_data/heldout.yml"
TYPED = "kompos"


def stock_config(config: Path) -> Path:
    """A copy of mkdocs.yml with our search turned off (Material's stock search)."""
    text = config.read_text("utf-8")
    stock = text.replace("\n  - swadaya\n", "\n  - swadaya:\n      search: false\n")
    if stock == text:
        raise SystemExit(f"{config}: no '  - swadaya' plugin line to switch off")
    out = config.with_name("stock-search.yml")
    out.write_text(stock, "utf-8")
    return out


def build(project: Path, config: Path, dest: Path) -> None:
    """mkdocs build of one configuration (no PDFs: they do not change search)."""
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config),
                             "-d", str(dest)], cwd=project, capture_output=True, text=True,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, check=False)
    if result.returncode != 0:
        raise SystemExit(f"build failed ({config.name}):\n{result.stderr[-2000:]}")


def index_size(site: Path) -> tuple[int, int]:
    """Bytes of search_index.json, plain and gzip-compressed (what a server would send)."""
    data = (site / "search/search_index.json").read_bytes()
    return len(data), len(gzip.compress(data, 6))


def first_result_seconds(browser: Any, site: Path, word: str) -> float:
    """From pressing "/" on a file:// page to the first search result on screen."""
    page = browser.new_page()
    try:
        page.goto((site / "index.html").as_uri())
        page.wait_for_load_state("load")
        started = time.perf_counter()
        page.keyboard.press("/")
        page.locator("input.md-search__input").press_sequentially(word, delay=30)
        page.locator(".md-search-result__item").first.wait_for(timeout=60000)
        return time.perf_counter() - started
    finally:
        page.close()


def quality(browser: Any, sites: dict[str, Path], query_file: Path
            ) -> dict[str, tuple[Scores, SearchRun]]:
    """Score each site's search on a query set."""
    queries = load_queries(query_file)
    catalog = load_catalog(ROOT / "content")
    urls = {m: p.removesuffix(".md") + ".html" for m, p in catalog.module_paths.items()}
    out = {}
    for name, site in sites.items():
        run = ranked_pages(browser, site, [q.text for q in queries])
        out[name] = (score(queries, run.pages, urls), run)
    return out


def print_quality(title: str, results: dict[str, tuple[Scores, SearchRun]]) -> None:
    ours, stock = results["ours"][0], results["stock"][0]
    print(title)
    print(f"  {'':28}{'ours':>10}{'stock':>10}")
    print(f"  {'recall at 5':28}{ours.recall:>10.3f}{stock.recall:>10.3f}   target ≥ 0.9")
    print(f"  {'mean rank of first hit':28}{ours.mean_rank:>10.2f}{stock.mean_rank:>10.2f}")
    for kind in ours.by_kind:
        print(f"  {'  recall, ' + kind:28}{ours.by_kind[kind]:>10.3f}"
              f"{stock.by_kind.get(kind, 0):>10.3f}")
    if ours.misses:
        print("  short of full recall (ours): " + "; ".join(
            f"{q} → missing {', '.join(p.rsplit('/', 1)[-1] for p in m)}"
            for q, m in ours.misses))


def main() -> int:
    modules = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as tmp, chromium() as browser:
        work = Path(tmp)
        real = {"ours": work / "real-ours", "stock": work / "real-stock"}
        build(ROOT, ROOT / "mkdocs.yml", real["ours"])
        stock_yml = stock_config(ROOT / "mkdocs.yml")
        try:
            build(ROOT, stock_yml, real["stock"])
        finally:
            stock_yml.unlink()
        for query_file, label in ((QUERIES, "tuning set"), (HELDOUT, "held-out set")):
            results = quality(browser, real, query_file)
            count = len(load_queries(query_file))
            print_quality(f"Search quality on the real content, {label} "
                          f"({count} judged queries)", results)
        ours_run, stock_run = results["ours"][1], results["stock"][1]
        print(f"  worker ready (ms): ours {ours_run.ready_ms:.0f} (first part; whole index "
              f"{ours_run.complete_ms:.0f}), stock {stock_run.ready_ms:.0f}")
        for name, site in real.items():
            raw, packed = index_size(site)
            print(f"  index, {name}: {raw / 1024:.0f} KB ({packed / 1024:.0f} KB gzip)")
        a, b = index_size(real["ours"]), index_size(real["stock"])
        print(f"  index ratio ours/stock: {a[0] / b[0]:.2f} (gzip {a[1] / b[1]:.2f}); "
              "target ≤ 1.5")

        project = make_corpus(work / "corpus", modules, vocabulary())
        scaled = {"ours": project / "site-ours", "stock": project / "site-stock"}
        build(project, project / "mkdocs.yml", scaled["ours"])
        build(project, stock_config(project / "mkdocs.yml"), scaled["stock"])
        print(f"\nAt {modules} synthetic modules, from file://")
        for name, site in scaled.items():
            raw, packed = index_size(site)
            first_result_seconds(browser, site, TYPED)  # warm the disk cache
            times = sorted(first_result_seconds(browser, site, TYPED) for _ in range(3))
            run = ranked_pages(browser, site, [TYPED])
            print(f"  {name}: index {raw / 1024 / 1024:.2f} MB ({packed / 1024:.0f} KB gzip); "
                  f"first result {times[1]:.2f} s (median of 3; target ≤ 3 s); worker ready "
                  f"{run.ready_ms / 1000:.2f} s, whole index {run.complete_ms / 1000:.2f} s "
                  "(served)")
        a, b = index_size(scaled["ours"]), index_size(scaled["stock"])
        print(f"  index ratio ours/stock: {a[0] / b[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
