"""Benchmark: save to preview in ``make serve`` at 1,000 synthetic modules.

Starts ``mkdocs serve --dirty`` (what ``make serve`` runs) on a synthetic corpus, waits for
the first build, then saves modules and times each save until the served page shows the new
text: once for edits of a module's body, once for edits of its title (which also changes
its section's menu, the index pages, the map and its neighbours' cards). Prints the medians
with the target (≤ 2 s). Run: ``make bench`` or ``.venv/bin/python bench/bench_serve.py 1000``.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scale import make_corpus, vocabulary

TARGET = 2.0
SAVES = 5


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return None


def wait_for(url: str, text: str, timeout: float) -> float:
    """Seconds until the page at ``url`` contains ``text`` (polled every 20 ms)."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        page = fetch(url)
        if page is not None and text in page:
            return time.perf_counter() - started
        time.sleep(0.02)
    raise SystemExit(f"timed out waiting for {text!r} at {url}")


def save(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def measure(size: int) -> dict[str, list[float]]:
    """Times of body saves and title saves, seconds each."""
    with tempfile.TemporaryDirectory() as tmp:
        project = make_corpus(Path(tmp), size, vocabulary())
        port = free_port()
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
            cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            modules = sorted((project / "content" / "modules").rglob("*.md"))
            base = f"http://127.0.0.1:{port}/"
            first = time.perf_counter()
            wait_for(base + "index.html", "Swadaya", 600)
            print(f"  first build served after {time.perf_counter() - first:.1f} s")
            times: dict[str, list[float]] = {"body": [], "title": []}
            for n in range(SAVES):
                for kind in ("body", "title"):
                    module = modules[(37 * n + (kind == "title") * 11) % len(modules)]
                    url = base + module.relative_to(project / "content").with_suffix(
                        ".html").as_posix()
                    marker = f"Penanda{kind}{n}x"
                    if kind == "body":
                        save(module, "\n## ", f"\n{marker} kalimat baru.\n\n## ")
                    else:
                        save(module, "\ntitle: ", f"\ntitle: {marker} ")
                    started = time.perf_counter()
                    wait_for(url, marker, 120)
                    times[kind].append(time.perf_counter() - started)
                    time.sleep(0.3)
            return times
        finally:
            server.terminate()
            server.wait(timeout=30)


def main() -> int:
    """Measure at the size given (default 1,000) and print medians with the target."""
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    print(f"Save to preview in `make serve` (mkdocs serve --dirty), {size} synthetic modules")
    times = measure(size)
    for kind, label in (("body", "save of a module's text"),
                        ("title", "save of a module's title (menu, indexes, map)")):
        median = statistics.median(times[kind])
        verdict = "met" if median <= TARGET else "MISSED"
        runs = ", ".join(f"{t:.2f}" for t in times[kind])
        print(f"  {label}: median {median:.2f} s (runs {runs}; target ≤ {TARGET:.0f} s: "
              f"{verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
