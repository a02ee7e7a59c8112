"""WCAG 2.2 AA on every page type, in Debian's Chromium.

axe-core (bundled by axe-playwright-python) judges each page type on a phone (360×740) and a
laptop (1280×800), served on 127.0.0.1 and from file://, with the glossary tooltip and the
search panel open too. Then what axe cannot judge: the learning-path figure and the
programme map reached by keyboard with a visible focus ring, reduced motion, text at 200 %
on a phone, and a name on every figure and checkbox of the whole built site.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import pytest

from support.site import open_page, search, serve

pytestmark = pytest.mark.browser

#: The WCAG 2.2 AA rule sets (axe runs no "best practice" rules with these).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SCREENS = {"phone": (360, 740), "laptop": (1280, 800)}
PAGES = {
    "home": "index.html",
    "module": "modules/pengorganisasian/org-01-membentuk-kelompok.html",
    "guide": "modules/teknologi-tepat-guna/ttg-06-saringan-pasir-lambat.html",
    "guide-index": "panduan/index.html",
    "glossary": "glosarium.html",
    "programme-map": "peta-program.html",
    "learning-path": "jalur/kader.html",
    "index": "indeks/area/pengorganisasian.html",
    "workshop": "lokakarya/pelatihan-kader-dasar.html",
    "author-guide": "penulis/index.html",
    "downloads": "buku/index.html",
}
#: A page with glossary tooltips (the glossary page itself has none: it is the definitions).
TOOLTIP_PAGE = "modules/penghidupan-berkelanjutan/phb-01-menabung-bersama.html"
FOCUS_RING = "rgb(13, 71, 161)"  # --sw-fokus, #0d47a1


@functools.cache
def _axe() -> Any:
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


#: Lays out everything the site's ``content-visibility: auto`` rules skip while off screen.
#: axe reads colours from the elements at a point (``elementsFromPoint``); a skipped section
#: has no boxes yet, so axe compares its text with whatever is there and reports contrast
#: that no reader sees (dequelabs/axe-core#2768, open). The colours are the same either
#: way: the rule only decides when the browser lays a section out.
RENDER_ALL = "*, *::before, *::after { content-visibility: visible !important; }"


def violations(page: Any) -> list[str]:
    """Every WCAG 2.2 A/AA failure axe finds on the page as it is now, one line per element."""
    page.add_style_tag(content=RENDER_ALL)
    result = _axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return [f"{v['id']} {node['target']}: {node['failureSummary']}"
            for v in result.response["violations"] for node in v["nodes"]]


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("name", PAGES)
def test_page_type_meets_wcag_22_aa(browser: Any, base_url: str, name: str,
                                    screen: str) -> None:
    page, _ = open_page(browser, base_url + PAGES[name], *SCREENS[screen])
    assert violations(page) == []
    page.close()


@pytest.mark.parametrize("screen", SCREENS)
def test_glossary_tooltip_open_meets_wcag_22_aa(browser: Any, base_url: str,
                                                screen: str) -> None:
    page, _ = open_page(browser, base_url + TOOLTIP_PAGE, *SCREENS[screen])
    page.locator("article abbr").first.hover()
    page.locator(".md-tooltip2--active").wait_for(timeout=5000)
    assert violations(page) == []
    page.close()


@pytest.mark.parametrize("screen", SCREENS)
def test_search_panel_with_results_meets_wcag_22_aa(browser: Any, base_url: str,
                                                    screen: str) -> None:
    page, _ = open_page(browser, base_url + "index.html", *SCREENS[screen])
    assert "Menabung" in search(page, "menabung", found=True)
    assert page.locator(".md-search").get_attribute("aria-label") == "Pencarian"
    assert violations(page) == []
    page.close()


def _tab_into(page: Any, selector: str, presses: int = 250) -> int:
    """Press Tab until the focus is inside ``selector``; the number of presses, or -1."""
    for count in range(1, presses + 1):
        page.keyboard.press("Tab")
        if page.evaluate("s => !!document.activeElement.closest(s)", selector):
            return count
    return -1


@pytest.mark.parametrize("screen", SCREENS)
def test_learning_path_figure_takes_keyboard_focus(browser: Any, base_url: str,
                                                  screen: str) -> None:
    page, _ = open_page(browser, base_url + "jalur/kader.html", *SCREENS[screen])
    assert _tab_into(page, "svg.sw-jalur") > 0
    stop = page.evaluate_handle("document.activeElement")
    assert stop.evaluate("e => e.getAttribute('aria-label')").startswith("1. ")
    ring = stop.evaluate("e => { const s = getComputedStyle(e.querySelector("
                         "'.sw-jalur__sentuh')); return [s.stroke, s.strokeWidth]; }")
    assert ring == [FOCUS_RING, "3px"]
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/modules/" in page.url
    page.close()


@pytest.mark.parametrize("screen", SCREENS)
def test_programme_map_takes_keyboard_focus(browser: Any, base_url: str, screen: str) -> None:
    page, _ = open_page(browser, base_url + "peta-program.html", *SCREENS[screen])
    assert _tab_into(page, ".sw-peta") > 0
    outline = page.evaluate("() => { const s = getComputedStyle(document.activeElement); return "
                            "[s.outlineStyle, s.outlineColor, parseFloat(s.outlineWidth)]; }")
    assert outline[:2] == ["solid", FOCUS_RING] and outline[2] >= 3
    page.close()


def test_reduced_motion_is_respected(browser: Any, base_url: str) -> None:
    page, _ = open_page(browser, base_url + "index.html", 360, 740)
    durations = "getComputedStyle(document.querySelector('.md-header__topic')).transitionDuration"
    assert page.evaluate(durations) != "0s"  # Material animates the header title...
    page.emulate_media(reduced_motion="reduce")
    assert set(page.evaluate(durations).split(", ")) == {"0s"}  # ...unless asked not to
    page.close()


# Elements in the article whose content is cut off (hidden overflow), or that stick out of
# the screen. Tables and code scroll sideways in their own box, which is allowed.
_LOST = """() => {
  const lost = [];
  const all = '.md-header__topic:first-child .md-ellipsis, .md-content *';
  for (const e of document.querySelectorAll(all)) {
    const s = getComputedStyle(e);
    // boxes that scroll sideways on purpose (tables, code, wide drawings) and drawings
    if (s.display === 'none' || e.closest('.md-typeset__scrollwrap, pre, svg, .sw-gambar'))
      continue;
    const r = e.getBoundingClientRect();
    const cut = /hidden|clip/.test(s.overflowX + s.overflowY) &&
      (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1);
    if (cut || r.right > innerWidth + 1) lost.push(e.tagName + '.' + e.className);
  }
  return lost;
}"""
_SVG_OUT = """() => [...document.querySelectorAll('svg.sw-jalur text')]
  .filter(t => { const b = t.getBBox(), w = t.ownerSVGElement.viewBox.baseVal.width;
                 return b.x < 0 || b.x + b.width > w; })
  .map(t => t.textContent)"""


@pytest.mark.parametrize("name", PAGES)
def test_text_at_200_percent_on_a_phone(browser: Any, real_site: Path, name: str) -> None:
    """The reader's font size doubled (Chromium's setting, as on a phone): nothing is cut
    off and nothing makes the page scroll sideways."""
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.context.new_cdp_session(page).send("Page.setFontSizes",
                                            {"fontSizes": {"standard": 32}})
    with serve(real_site) as url:
        page.goto(url + PAGES[name])
        page.wait_for_load_state("load")
        assert page.evaluate("getComputedStyle(document.querySelector('.md-typeset')).fontSize"
                             ) == "32px"  # 200 % of Material's 16 px
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        assert page.evaluate(_LOST) == []
        assert page.evaluate(_SVG_OUT) == []
    page.close()


def test_every_figure_and_checkbox_in_the_site_has_a_name(real_site: Path) -> None:
    """The whole built site, beyond the sampled pages: images have alt text, drawn figures a
    label, checklist boxes their item's text, the search dialog a name."""
    pages = sorted(real_site.rglob("*.html"))
    assert len(pages) > 80
    for path in pages:
        html = path.read_text(encoding="utf-8")
        where = path.relative_to(real_site)
        for img in re.findall(r"<img\b[^>]*>", html):
            assert re.search(r'\balt="[^"]+"', img), f"{where}: {img}"
        for svg in re.findall(r'<svg\b[^>]*\brole="(?:img|group)"[^>]*>', html):
            assert re.search(r'\baria-label="[^"]+"', svg), f"{where}: {svg}"
        for box in re.findall(r'<input type="checkbox"[^>]*>', html):
            if "md-toggle" in box or "md-option" in box or 'id="__' in box:
                continue  # Material's own toggles, labelled by their <label for=…>
            assert re.search(r'\baria-label="[^"]+"', box), f"{where}: {box}"
        if 'data-md-component="search"' in html:
            assert 'role="dialog" aria-label="Pencarian"' in html, where


def test_axe_finds_poor_contrast_in_a_section_off_screen(browser: Any, base_url: str) -> None:
    """The harness can fail: pale text at the end of a long page, in a section the browser has
    not laid out yet (``content-visibility: auto``), is still reported."""
    page, _ = open_page(browser, base_url + TOOLTIP_PAGE, *SCREENS["phone"])
    page.evaluate("""() => {
      const p = document.createElement("p");
      p.id = "pucat"; p.textContent = "Teks pucat di akhir halaman."; p.style.color = "#c8c8c8";
      document.querySelector(".md-content__inner").append(p);
    }""")
    assert page.evaluate("getComputedStyle(document.getElementById('pucat'))"
                         ".contentVisibility") == "auto"
    found = violations(page)
    assert any(line.startswith("color-contrast") and "#pucat" in line for line in found), found
    page.close()
