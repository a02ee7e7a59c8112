"""Guide cards print their drawing only where its words can be read.

A card's second page has room for a drawing about 62 mm high; squeezed into it, most
guides' drawings printed their labels 2.4-5.6 pt high, unreadable once photocopied. A
drawing goes on the card at the width that prints its small words 7 pt high, or not at all
(the guide and the A4 handbook print it larger).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from support.projects import REPO
from swadaya.checks import load_checked
from swadaya.outputs.drawings import SMALLEST_PRINT_PT
from swadaya.outputs.printing.documents import Printer
from swadaya.project import Project

CARDS = REPO / "build" / "unduh" / "kartu"


@pytest.fixture(scope="module")
def printer() -> Printer:
    project = Project(REPO)
    return Printer(project, load_checked(project.content, cache=project.cache))


def test_a_drawing_that_fits_is_as_wide_as_its_words_need(printer: Printer) -> None:
    html = printer.card("TTG-07")
    [img] = re.findall(r"<img\b[^>]*>", html)
    assert "ttg-07-langkah.svg" in img
    width = float(re.search(r"width: ([\d.]+)mm", img).group(1))  # type: ignore[union-attr]
    # 14 units of 800 at 7 pt: 800 × 7 / 14 pt = 400 pt = 141 mm
    assert width == pytest.approx(800 * SMALLEST_PRINT_PT / 14 * 25.4 / 72, abs=0.1)


def test_a_drawing_that_would_be_unreadable_is_left_to_the_guide(printer: Printer) -> None:
    html = printer.card("TTG-15")  # 800 × 700 units, words 13: 133 mm high at 7 pt
    assert "<img" not in html
    # where the drawing is: the guide, and the printed handbook that holds it
    assert "Langkah lengkap dengan gambar" in html
    assert "dan di buku <em>Panduan Teknologi Tepat Guna</em>" in html


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_printed_cards_keep_two_pages_and_readable_labels(real_site: Path) -> None:
    """In the PDFs ``make site`` wrote: every card two pages; TTG-07's drawing labels
    printed at least 7 pt (the height of a word's box is about its font size)."""
    for card in sorted(CARDS.glob("ttg-*.pdf")):
        info = subprocess.run(["pdfinfo", str(card)], capture_output=True, text=True).stdout
        assert "Pages:           2" in info, card.name
    boxes = subprocess.run(["pdftotext", "-bbox", "-f", "2", "-l", "2",
                            str(CARDS / "ttg-07.pdf"), "-"],
                           capture_output=True, text=True, check=True).stdout
    heights = [float(y2) - float(y1) for y1, y2, word in re.findall(
        r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</word>',
        boxes) if word in ("Tandai", "Tanyakan", "Putar", "Pasang")]
    assert heights and min(heights) >= SMALLEST_PRINT_PT
