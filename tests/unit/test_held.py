"""Held HTML blocks: placeholders in the Markdown, the HTML back in the finished page, and
glossary tooltips on held lists exactly as if the lists had been in the page all along."""

from __future__ import annotations

import random

import pytest

from support.projects import REPO
from swadaya.checks import load_checked
from swadaya.outputs.held import PLACEHOLDER, HeldBlocks, MissingBlock
from swadaya.outputs.site.tooltips import Tooltips


def test_a_held_block_comes_back_where_its_placeholder_stood() -> None:
    held = HeldBlocks()
    block = '<div class="sw-daftar"><ul><li>PNY-01 · Desa & <em>kita</em></li></ul></div>\n'
    page = f"<h1>Indeks</h1>\n{held.hold(block)}\n<p>akhir</p>"
    assert "sw-daftar" not in page and PLACEHOLDER.search(page)
    assert held.splice(page) == f"<h1>Indeks</h1>\n{block}\n<p>akhir</p>"
    assert held.hold(block) == held.hold(block)  # named by its HTML: same list, same name


def test_a_missing_block_is_an_error_not_a_silent_gap() -> None:
    held = HeldBlocks()
    placeholder = held.hold("<p>x</p>")
    held.keep_only([])
    with pytest.raises(MissingBlock):
        held.splice(f"<p>a</p>{placeholder}")


def test_keep_only_forgets_blocks_no_page_names() -> None:
    held = HeldBlocks()
    kept, dropped = held.hold("<p>kept</p>"), held.hold("<p>dropped</p>")
    held.keep_only([f"# page\n\n{kept}\n"])
    assert held.splice(kept) == "<p>kept</p>"
    with pytest.raises(MissingBlock):
        held.splice(dropped)


def test_tooltips_on_held_blocks_equal_tooltips_on_the_whole_page() -> None:
    """A term's first use may be in a held list or in the text around it; either way the
    spliced page gets the same tooltips as a page that never held anything."""
    glossary = load_checked(REPO / "content").glossary
    tooltips = Tooltips(glossary)
    terms = [*(t.term for t in glossary[:40]), "dan", "kelompok", "warga"]
    rng = random.Random(29)

    def text() -> str:
        return " ".join(rng.choice(terms) for _ in range(rng.randint(1, 8)))

    for _ in range(100):
        held = HeldBlocks()
        parts, whole = [], []
        for _ in range(rng.randint(1, 6)):
            if rng.random() < 0.5:
                block = (f'<div class="sw-daftar"><ul><li><a href="x.html">{text()}</a> '
                         f"{text()}</li><li>{text()}</li></ul></div>")
                parts.append(held.hold(block))
                whole.append(block)
            else:
                paragraph = f"<p>{text()}</p>"
                parts.append(paragraph)
                whole.append(paragraph)
        page = tooltips.apply("\n".join(parts), held)
        assert "<div" not in page  # still held: search reads the short page
        assert held.splice(page) == tooltips.apply("\n".join(whole))
