"""Building the real site once for a test session, and serving it on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from support.browser import serve
from support.projects import REPO
from swadaya.commands.build import run_build
from swadaya.project import Project

__all__ = ["build_real_site", "is_local", "open_page", "search", "serve"]


def build_real_site(dest: Path) -> Path:
    """Build the repository's content into ``dest`` (atomically) and return it."""
    code = run_build(Project(REPO), dest)
    assert code == 0, "the real content must build with --strict"
    return dest




def is_local(url: str) -> bool:
    """A request that stays on this machine (the page's own files or 127.0.0.1)."""
    parsed = urlparse(url)
    return parsed.scheme in ("file", "data", "blob", "about") or \
        parsed.hostname in ("127.0.0.1", "localhost")


def open_page(browser: Any, url: str, width: int = 1280, height: int = 900
              ) -> tuple[Any, list[str]]:
    """Open ``url`` and record every request the page makes."""
    page = browser.new_page(viewport={"width": width, "height": height})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url)
    page.wait_for_load_state("load")
    return page, requests


def search(page: Any, query: str, delay: int = 50, timeout: int = 15000,
           found: bool = False) -> str:
    """Type a query as a person does (Material ignores ``fill``) and return the result list's
    text once it says how many were found, or that none were. With ``found``, wait for
    results: a word half typed may show "Tidak ada" on the way."""
    page.keyboard.press("/")
    page.locator("input.md-search__input").press_sequentially(query, delay=delay)
    meta = page.locator(".md-search-result__meta")
    done = meta.filter(has_text="ditemukan")
    (done if found else done.or_(meta.filter(has_text="Tidak ada"))).wait_for(timeout=timeout)
    if found:
        # Material writes the count first and the results a moment later, and replaces the
        # list while the last letters are typed: read the text in the same moment as the
        # results are seen (a wait, then a separate read, once caught the list emptied)
        return str(page.wait_for_function(_RESULTS_TEXT, timeout=timeout).json_value())
    return str(page.locator(".md-search-result").inner_text())


#: The result panel's text once it holds a count and at least one result with text.
_RESULTS_TEXT = """() => {
  const panel = document.querySelector('.md-search-result');
  const meta = panel && panel.querySelector('.md-search-result__meta');
  const item = panel && panel.querySelector('.md-search-result__item');
  if (!meta || !/ditemukan/.test(meta.textContent) || !item || !item.innerText.trim())
    return null;
  return panel.innerText;
}"""
