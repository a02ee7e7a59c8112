"""The site in a real browser: Debian's Chromium driven by Playwright.

Never ``playwright install``: it downloads a browser. These tests skip where
/usr/bin/chromium is missing, unless SWADAYA_REQUIRE_BROWSER=1 (set by CI).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from support.site import is_local, open_page, search

SHOTS = Path(os.environ.get("SWADAYA_SCREENSHOTS", "test-results"))

pytestmark = pytest.mark.browser


def test_home_page_is_indonesian(browser: Any, base_url: str) -> None:
    page, requests = open_page(browser, base_url + "index.html")
    assert page.locator("html").get_attribute("lang") == "id"
    body = page.locator("body").inner_text()
    for way_in in ("Saya kader", "Saya fasilitator", "Saya warga"):
        assert way_in in body
    assert page.locator("input.md-search__input").get_attribute("placeholder") == "Cari"
    assert [r for r in requests if not is_local(r)] == []
    page.close()


def test_search_finds_the_module(browser: Any, base_url: str) -> None:
    page, requests = open_page(browser, base_url + "index.html")
    results = search(page, "takakura", found=True)
    assert "Memilih Teknologi Tepat Guna" in results or "TTG-01" in results
    assert [r for r in requests if not is_local(r)] == []
    page.close()


def test_module_page_on_a_phone(browser: Any, base_url: str) -> None:
    url = base_url + "modules/pengorganisasian/org-01-membentuk-kelompok.html"
    page, requests = open_page(browser, url, 360, 740)
    card = page.locator(".sw-kartu")
    assert card.is_visible()
    box = card.bounding_box()
    assert box is not None and box["width"] <= 360
    # nothing wider than the screen: no sideways scrolling on a phone
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"org-01-phone-{urlparse(base_url).scheme}.png"))
    assert [r for r in requests if not is_local(r)] == []
    page.close()


_DRAWING = """b => {
    const img = b.querySelector("img"), hint = b.previousElementSibling;
    return {scrolls: b.scrollWidth > b.clientWidth, tab: b.tabIndex, role: b.getAttribute("role"),
            label: b.getAttribute("aria-label"), drawn: img.getBoundingClientRect().width,
            hint: hint && hint.classList.contains("sw-geser-petunjuk") ? hint.textContent : null};
}"""


def test_drawings_keep_their_words_readable_on_a_phone(browser: Any, base_url: str) -> None:
    """A guide's drawing (800 units wide, labels 14 units) on a phone: drawn 686 px wide,
    so its labels are 12 px, in a box that scrolls sideways (focusable, named, a visible
    hint above it) while the page does not; on a laptop it fits and is a plain image."""
    url = base_url + "modules/teknologi-tepat-guna/ttg-07-lubang-resapan-biopori.html"
    box = '.sw-gambar:has(img[src$="ttg-07-langkah.svg"])'
    page, _ = open_page(browser, url, 360, 740)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    phone = page.locator(box).evaluate(_DRAWING)
    assert phone["scrolls"] and phone["drawn"] >= 686  # 14 × 686 / 800 = 12 px
    assert (phone["tab"], phone["role"]) == (0, "region") and "geser" in phone["label"]
    assert "Geser gambar ke samping" in phone["hint"]
    page.locator(box).scroll_into_view_if_needed()
    assert page.locator(f".sw-geser-petunjuk:has(+ {box})").is_visible()  # above it
    page.locator(box).focus()
    page.keyboard.press("ArrowRight")  # a keyboard scrolls it too
    page.wait_for_function(f"document.querySelector('{box}').scrollLeft > 0")
    page.locator(box).screenshot(path=str(_shots() / "ttg-07-drawing-phone.png"))
    page.set_viewport_size({"width": 1280, "height": 900})  # the phone turned into a laptop
    page.wait_for_function(f"!document.querySelector('{box}').hasAttribute('tabindex')")
    laptop = page.locator(box).evaluate(_DRAWING)
    assert not laptop["scrolls"] and laptop["hint"] is None and laptop["role"] is None
    page.close()


def _shots() -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS


def test_programme_map_on_a_phone(browser: Any, base_url: str) -> None:
    page, _ = open_page(browser, base_url + "peta-program.html", 360, 740)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    first_cell = page.locator(".sw-peta__sel:not(.sw-peta__sel--kosong)").first
    assert first_cell.is_visible()
    page.close()


def test_reader_follows_the_path_from_home(browser: Any, base_url: str) -> None:
    page, requests = open_page(browser, base_url + "index.html", 360, 740)
    page.locator("article a[href='jalur/kader.html']").first.click()
    page.wait_for_url("**/jalur/kader.html")  # the new page, not the old one's load state
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    first = page.locator("svg.sw-jalur a").first
    target = str(first.get_attribute("href"))  # the path's first module, whichever it is
    assert target.startswith("../modules/")
    first.click()
    page.wait_for_url("**" + target.removeprefix(".."))
    assert [r for r in requests if not is_local(r)] == []
    page.close()


def test_glossary_tooltip_shows_on_hover(browser: Any, base_url: str) -> None:
    url = base_url + "modules/penghidupan-berkelanjutan/phb-01-menabung-bersama.html"
    page, _ = open_page(browser, url)
    abbr = page.locator("article abbr").first
    definition = abbr.evaluate("e => e.getAttribute('title') || e.dataset.title || ''")
    abbr.hover()
    tooltip = page.locator(".md-tooltip2--active")
    tooltip.wait_for(timeout=5000)
    assert tooltip.inner_text().strip()[:40] == definition.strip()[:40]
    page.close()


def test_module_page_prints_clean(browser: Any, real_site: Path) -> None:
    url = (real_site / "modules/pengorganisasian/org-01-membentuk-kelompok.html").as_uri()
    page, _ = open_page(browser, url)
    page.emulate_media(media="print")
    for hidden in (".md-header", ".md-sidebar--primary", ".md-search", ".md-footer"):
        assert not page.locator(hidden).first.is_visible(), hidden
    assert page.locator("article h1").is_visible()
    assert page.locator(".sw-kartu").is_visible()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    page.close()


def test_guides_sort_by_cost(browser: Any, base_url: str) -> None:
    page, requests = open_page(browser, base_url + "panduan/index.html")
    header = page.locator(".sw-urut table th", has_text="Biaya semua")
    cells = ".sw-urut table tbody tr td:nth-child(3)"
    header.click()
    first = page.locator(cells).evaluate_all("els => els.map(e => e.dataset.sort)")
    header.click()
    second = page.locator(cells).evaluate_all("els => els.map(e => e.dataset.sort)")
    assert len(first) >= 8
    assert {tuple(first), tuple(second)} == {tuple(sorted(first)),
                                              tuple(sorted(first, reverse=True))}
    assert [r for r in requests if not is_local(r)] == []
    page.close()
