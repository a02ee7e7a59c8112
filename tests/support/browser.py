"""Run queries through Material's real search worker in Debian's Chromium.

The worker is the one the site ships (with our ``lunr.id`` language file when the index asks
for it); the page posts the index and the typed text exactly as Material's search box does,
so the ranked pages are what a reader sees. Needs Playwright (a dev dependency) and
``/usr/bin/chromium``; never ``playwright install``.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

# Material's worker protocol: SETUP 0 → READY 1, QUERY 2 → RESULT 3. Each result is a list of
# groups, one per page, best first; the page is the part of a location before '#'.
_RUN = """async (queries) => {
  const config = JSON.parse(document.getElementById("__config").textContent);
  const worker = new Worker(config.search);
  const call = (message, answer) => new Promise((resolve) => {
    worker.onmessage = (event) => { if (event.data.type === answer) resolve(event.data); };
    worker.postMessage(message);
  });
  const index = await (await fetch("search/search_index.json")).json();
  const options = {suggest: config.features.includes("search.suggest")};
  // With our language the worker answers "ready" twice: first part indexed, whole site indexed.
  const twice = index.config.lang.includes("id");
  const started = performance.now();
  let ready = 0;
  await new Promise((resolve) => {
    worker.onmessage = (event) => {
      if (event.data.type !== 1) return;
      ready = ready || performance.now() - started;
      if (!twice || event.data.data === "complete") resolve();
    };
    worker.postMessage({type: 0, data: {...index, options}});
  });
  const setup = performance.now() - started;
  const pages = [];
  for (const query of queries) {
    const result = await call({type: 2, data: query}, 3);
    pages.push(result.data.items.map((group) => group[0].location.split("#")[0]));
  }
  worker.terminate();
  return {pages, setup, ready};
}"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on a free port of 127.0.0.1; yields the base URL."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium under Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass(frozen=True)
class SearchRun:
    """Ranked result pages per query (on the whole index) and the worker's timings (ms)."""

    pages: list[list[str]]
    ready_ms: float
    complete_ms: float
    #: Warnings and errors the page and the worker wrote to the console.
    warnings: list[str] = field(default_factory=list)


def ranked_pages(browser: Any, site: Path, queries: Sequence[str]) -> SearchRun:
    """Run queries through the site's own search worker, served on 127.0.0.1."""
    with serve(site) as base:
        page = browser.new_page()
        warnings: list[str] = []
        page.on("console", lambda m: warnings.append(m.text)
                if m.type in ("warning", "error") else None)
        try:
            page.goto(base + "index.html")
            answer = page.evaluate(_RUN, list(queries))
        finally:
            page.close()
    return SearchRun([list(p) for p in answer["pages"]], float(answer["ready"]),
                     float(answer["setup"]), warnings)
