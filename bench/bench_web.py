"""Web benchmark: Lighthouse 12.2.3 (mobile preset) on the hosted copy served by our nginx
recipe, bytes a reader downloads, and saving the whole site for reading offline.

1. The real content is built as a hosted copy (``SWADAYA_SITE_URL`` = the local nginx
   address, so canonical links match and the service worker runs: 127.0.0.1 is a secure
   context), with the PDFs, EPUBs and ZIM of ``build/unduh`` (rendered when missing).
2. Debian's nginx serves it with ``server/nginx-swadaya.conf`` (``tests/support/nginx.py``).
3. Lighthouse (npm, installed by this script only, into ``~/.cache/swadaya/``; run with
   ``CHROME_PATH=/usr/bin/chromium``) on five page types, each several times: the median run
   by performance score is reported. Its "simulated" throttling times the work it observes,
   so a busy machine reads slower: the runs are repeated for that reason.
4. Bytes on the wire from nginx's access log (``$bytes_sent``): a first visit to the home
   page (with what the service worker fetches for itself), then a second page.
5. "Simpan": the whole site saved from the home page, bytes and time; the same with every
   download chosen.
6. Page weight the web app adds: every page of the hosted copy against the file:// build.

Run: ``make bench-web`` (or ``.venv/bin/python bench/bench_web.py [--runs N] [--before]``).
Writes its section of BENCHMARKS.md (between the ``bench-web`` markers) and prints it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "tests"))

from support.browser import chromium, serve  # noqa: E402
from support.nginx import Running, free_port, nginx, nginx_missing  # noqa: E402
from support.webapp import environment  # noqa: E402
from swadaya.commands.build import run_build  # noqa: E402
from swadaya.project import Project  # noqa: E402

LIGHTHOUSE = "12.2.3"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "swadaya" / \
    f"lighthouse-{LIGHTHOUSE}"
CHROME = "/usr/bin/chromium"
PAGES = {
    "home": "index.html",
    "module": "modules/penghidupan-berkelanjutan/phb-01-menabung-bersama.html",
    "guide": "modules/teknologi-tepat-guna/ttg-15-pompa-tali.html",
    "guide index": "panduan/index.html",
    "search open": "index.html?q=menabung",
}
SECOND_PAGE = PAGES["module"]
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
           "cumulative-layout-shift", "speed-index")
MARK_START, MARK_END = "<!-- bench-web:start -->", "<!-- bench-web:end -->"
#: Lighthouse's mobile network (simulated "slow 4G"), for the saving time estimate.
SLOW_4G_BITS, SLOW_4G_RTT = 1.6e6, 0.15


def lighthouse() -> Path:
    """The Lighthouse command line, installed from npm into the cache on first use."""
    cli = CACHE / "node_modules" / "lighthouse" / "cli" / "index.js"
    if not cli.is_file():
        CACHE.mkdir(parents=True, exist_ok=True)
        print(f"installing lighthouse@{LIGHTHOUSE} into {CACHE} (npm)", flush=True)
        subprocess.run(["npm", "install", "--prefix", str(CACHE), "--no-audit", "--no-fund",
                        "--save-exact", f"lighthouse@{LIGHTHOUSE}"], check=True)
    return cli


def run_lighthouse(cli: Path, url: str, out: Path) -> dict[str, Any]:
    """One Lighthouse run (mobile preset): category scores, metrics, bytes."""
    subprocess.run(["node", str(cli), url, "--output=json", f"--output-path={out}", "--quiet",
                    f"--only-categories={','.join(CATEGORIES)}",
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
                   env={**os.environ, "CHROME_PATH": CHROME}, check=True)
    report = json.loads(out.read_text("utf-8"))
    audits = report["audits"]
    return {
        "scores": {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES},
        "metrics": {m: audits[m]["numericValue"] for m in METRICS},
        "bytes": audits["total-byte-weight"]["numericValue"],
        "failed": {c: [a["id"] for a in report["categories"][c]["auditRefs"]
                       if a["weight"] and audits[a["id"]]["score"] is not None
                       and audits[a["id"]]["score"] < 1]
                   for c in CATEGORIES[1:]},
    }


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median performance score (each figure from one real run)."""
    ordered = sorted(runs, key=lambda r: r["scores"]["performance"])
    return ordered[len(ordered) // 2]


def lighthouse_table(cli: Path, base: str, runs: int, scratch: Path) -> list[str]:
    rows = ["| page | perf. | access. | best pr. | SEO | FCP | LCP | TBT | CLS | first visit "
            "| perf. of each run |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    failed: dict[str, set[str]] = {}
    for name, path in PAGES.items():
        results = [run_lighthouse(cli, base + path, scratch / f"lh-{i}.json")
                   for i in range(runs)]
        best = median_run(results)
        s, m = best["scores"], best["metrics"]
        for category, ids in best["failed"].items():
            failed.setdefault(category, set()).update(ids)
        rows.append(
            f"| {name} | {s['performance']} | {s['accessibility']} | {s['best-practices']} "
            f"| {s['seo']} | {m['first-contentful-paint'] / 1000:.1f} s "
            f"| {m['largest-contentful-paint'] / 1000:.1f} s "
            f"| {m['total-blocking-time']:.0f} ms | {m['cumulative-layout-shift']:.2f} "
            f"| {best['bytes'] / 1024:.0f} KiB "
            f"| {', '.join(str(r['scores']['performance']) for r in results)} |")
        print(rows[-1], flush=True)
    rows.append("")
    for category, ids in failed.items():
        if ids:
            rows.append(f"- audits below full marks in {category}: {', '.join(sorted(ids))}")
    return rows


def wire_bytes(running: Running, since: int) -> tuple[int, int]:
    """(requests, bytes sent) in nginx's log after the first ``since`` lines."""
    rows = running.sent()[since:]
    return len(rows), sum(total for _, total, _ in rows)


def visits(running: Running) -> list[str]:
    """Bytes of a first visit and a second page, with and without the service worker."""
    lines = []
    with chromium() as browser:
        for workers in ("allow", "block"):
            context = browser.new_context(viewport={"width": 412, "height": 823},
                                          service_workers=workers)
            page = context.new_page()
            start = len(running.sent())
            page.goto(running.base + "index.html")
            page.wait_for_load_state("networkidle")
            if workers == "allow":
                page.evaluate("navigator.serviceWorker.ready.then(() => true)")
                page.locator("#simpan[data-siap]").wait_for()
                time.sleep(1)
            count, first = wire_bytes(running, start)
            start = len(running.sent())
            page.goto(running.base + SECOND_PAGE)
            page.wait_for_load_state("networkidle")
            time.sleep(0.5)
            again, second = wire_bytes(running, start)
            label = "with the service worker (its shell fetched on the first visit)" \
                if workers == "allow" else "service worker blocked (plain browser cache)"
            lines.append(f"| {label} | {first / 1000:.1f} kB ({count} requests) "
                         f"| {second / 1000:.1f} kB ({again} requests) |")
            context.close()
    return ["| first visit to the home page, then a module page | first visit | second page |",
            "|---|---|---|", *lines]


def save(running: Running) -> list[str]:
    """Save the whole site from the home page (then with every download): bytes and time."""
    lines = ["| what is saved | files | on the wire | time here | slow 4G, estimated "
             "| browser storage used |", "|---|---|---|---|---|---|"]
    with chromium() as browser:
        for everything in (False, True):
            context = browser.new_context(viewport={"width": 412, "height": 823})
            page = context.new_page()
            page.goto(running.base + "index.html")
            page.locator("#simpan[data-siap]").wait_for()
            if everything:
                page.locator(".sw-simpan__unduhan summary").click()
                for box in page.locator("input[name=unduhan]").all():
                    box.check()
            start = len(running.sent())
            began = time.perf_counter()
            page.locator(".sw-simpan__tombol").click()
            page.wait_for_function("document.querySelector('.sw-simpan__status')"
                                   ".textContent.startsWith('Tersimpan')", timeout=300_000)
            took = time.perf_counter() - began
            count, sent = wire_bytes(running, start)
            usage = page.evaluate("navigator.storage.estimate().then((e) => e.usage)")
            estimate = sent * 8 / SLOW_4G_BITS + count / 4 * SLOW_4G_RTT  # 4 at a time
            what = "the whole site and every download" if everything else "the whole site"
            lines.append(f"| {what} | {count} | {sent / 1e6:.2f} MB | {took:.1f} s "
                         f"| {estimate:.0f} s | {usage / 1e6:.1f} MB |")
            context.close()
    return lines


def page_weight(hosted: Path, plain: Path) -> list[str]:
    """Bytes per page, hosted copy against the file:// build (same content)."""
    raw, packed, names = [], [], []
    for page in sorted(plain.rglob("*.html")):
        other = hosted / page.relative_to(plain)
        if other.is_file():
            a, b = page.read_bytes(), other.read_bytes()
            raw.append(len(b) - len(a))
            packed.append(len(gzip.compress(b, 9)) - len(gzip.compress(a, 9)))
            names.append(page.relative_to(plain).as_posix())
    home = names.index("index.html")
    plain_home = (plain / "index.html").stat().st_size
    return [
        f"- {len(names)} pages; added per page (manifest and icon links, the 486-byte "
        f"registration script, the header button): median {statistics.median(raw):.0f} B, "
        f"{statistics.median(packed):.0f} B gzipped (max {max(raw)} B, the home page with the "
        "control)",
        f"- home page: {plain_home / 1024:.1f} KB → {(plain_home + raw[home]) / 1024:.1f} KB "
        f"(+{packed[home]} B gzipped); the control's script (assets/simpan.js, "
        f"{(hosted / 'assets/simpan.js').stat().st_size / 1024:.1f} KB) loads on the home page "
        "only",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page")
    parser.add_argument("--before", action="store_true",
                        help="also the file:// build served without compression (Python)")
    parser.add_argument("--no-write", action="store_true", help="do not touch BENCHMARKS.md")
    args = parser.parse_args()
    if nginx_missing():
        raise SystemExit(nginx_missing())
    cli = lighthouse()
    version = subprocess.run(["node", str(cli), "--version"], capture_output=True,
                             text=True, check=True).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp:
        scratch = Path(tmp)
        port = free_port()
        with environment(SWADAYA_SITE_URL=f"http://127.0.0.1:{port}/", SWADAYA_VARIANT=None):
            if run_build(Project(ROOT), scratch / "site", zim=not list(
                    (ROOT / "build/unduh").glob("*.zim"))) != 0:
                raise SystemExit("the hosted build failed")
        with environment(SWADAYA_SITE_URL=None, SWADAYA_VARIANT=None):
            if run_build(Project(ROOT), scratch / "plain", pdf=False, zim=False) != 0:
                raise SystemExit("the file:// build failed")
        listing = json.loads((scratch / "site/simpan.json").read_text("utf-8"))
        out = [f"Date {dt.date.today()}; {platform.machine()}, {os.cpu_count()} cores; "
               f"Lighthouse {version} (mobile preset: simulated slow 4G, 4× CPU slowdown), "
               f"Debian's chromium, nginx with server/nginx-swadaya.conf; median of "
               f"{args.runs} runs. Command: `make bench-web`.", ""]
        with nginx(scratch / "site", scratch / "nginx", port) as running:
            out += ["### Lighthouse, hosted copy (gzip, service worker)", ""]
            out += lighthouse_table(cli, running.base, args.runs, scratch)
            out += ["", "### Bytes on the wire (nginx's log)", "", *visits(running), ""]
            out += ["### Saving for reading offline (\"Simpan\")", "", *save(running), ""]
        site_mb = sum(f[2] for f in listing["situs"]["berkas"]) / 1e6
        out += [f"The button reads \"≈ {site_mb:.1f} MB\": {len(listing['situs']['berkas'])} "
                "files (every page, the search index, figures, styles and scripts) as gzip "
                "sends them; the browser keeps them unpacked. Estimated slow 4G time: bytes at "
                "1.6 Mbit/s plus 150 ms per round of 4 requests.", ""]
        out += ["### Page weight the web app adds", "", *page_weight(scratch / "site",
                                                                     scratch / "plain"), ""]
        if args.before:
            with serve(scratch / "plain") as base:
                out += ["### Before: the file:// build served without compression "
                        "(Python's http.server), no web app", ""]
                out += lighthouse_table(cli, base, args.runs, scratch)
                out.append("")
    text = "\n".join(out)
    print(text)
    if not args.no_write:
        bench = ROOT / "BENCHMARKS.md"
        current = bench.read_text("utf-8")
        section = f"{MARK_START}\n{text}\n{MARK_END}"
        if MARK_START in current:
            head, rest = current.split(MARK_START, 1)
            current = head + section + rest.split(MARK_END, 1)[1]
        else:
            current = current.rstrip("\n") + "\n\n## Web: Lighthouse, bytes, saving offline\n\n" \
                + section + "\n"
        bench.write_text(current, "utf-8")
        print(f"wrote {bench}")


if __name__ == "__main__":
    shutil.which("node") or sys.exit("node is needed for Lighthouse (apt-get install nodejs npm)")
    main()
