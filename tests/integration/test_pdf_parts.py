"""A long PDF laid out in parts on every core: the same bytes as the same parts made one
after another, and the same pages, numbers, contents, bookmarks and links as the document
laid out whole."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from support.projects import REPO
from swadaya.checks import load_checked
from swadaya.outputs.printing.documents import Printer
from swadaya.outputs.printing.parts import groups, split, write_in_parts
from swadaya.outputs.printing.writer import write_pdf
from swadaya.project import Project

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("pdftotext") is None,
                                 reason="poppler-utils is not installed")]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    project = Project(REPO)
    catalog = load_checked(project.content)
    printer = Printer(project, catalog)
    book = next(b for b in catalog.handbooks if b.key == "kader-dasar")
    html = printer.handbook(book)
    out = tmp_path_factory.mktemp("parts")
    paths = {kind: out / kind / "kader-dasar.pdf" for kind in ("whole", "parallel", "serial")}
    write_pdf(html, paths["whole"], project.content, printer.allowed)
    assert write_in_parts(html, paths["parallel"], project.content, printer.allowed, 2)
    assert write_in_parts(html, paths["serial"], project.content, printer.allowed, 2,
                          parallel=False)
    return paths


def page_texts(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.split("\f")


def outline(reader: PdfReader, items: list[object] | None = None, depth: int = 0
            ) -> list[tuple[int, str, int | None]]:
    found: list[tuple[int, str, int | None]] = []
    for item in reader.outline if items is None else items:
        if isinstance(item, list):
            found += outline(reader, item, depth + 1)
        else:
            found.append((depth, str(item.title),  # type: ignore[attr-defined]
                          reader.get_destination_page_number(item)))  # type: ignore[arg-type]
    return found


def links(reader: PdfReader) -> list[tuple[int, int | None]]:
    """(page of the link, page it leads to) for every internal link."""
    dests = reader.named_destinations
    found = []
    for index, page in enumerate(reader.pages):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            name = annotation.get("/Dest")
            if isinstance(name, str) and name in dests:
                found.append((index, reader.get_destination_page_number(dests[name])))
    return sorted(found)


def test_parallel_parts_are_the_bytes_of_a_serial_render(made: dict[str, Path]) -> None:
    assert made["parallel"].read_bytes() == made["serial"].read_bytes()


def test_parts_give_the_pages_of_the_whole_document(made: dict[str, Path]) -> None:
    whole, parts = page_texts(made["whole"]), page_texts(made["parallel"])
    assert len(parts) == len(whole) > 20
    # every page: text, running header, "Halaman X dari Y", the contents' numbers
    assert parts == whole
    assert "Halaman 2 dari" in whole[1]


def test_parts_keep_bookmarks_and_links(made: dict[str, Path]) -> None:
    whole, parts = PdfReader(made["whole"]), PdfReader(made["parallel"])
    assert outline(parts) == outline(whole) != []
    assert links(parts) == links(whole) != []
    assert parts.metadata["/Title"] == whole.metadata["/Title"]


def test_splitting_keeps_chapters_whole_and_in_order() -> None:
    html = ('<html><head></head><body>\n<section class="sampul">a</section>\n'
            + "".join(f'<section class="modul">{i}</section>\n' for i in range(5))
            + '<section class="lampiran">z</section>\n</body></html>')
    parts = split(html)
    assert parts is not None and len(parts.chapters) == 6
    runs = groups(parts.chapters, 2)
    assert len(runs) == 2 and [c for run in runs for c in run] == parts.chapters
    assert split("<html><body><p>short</p></body></html>") is None
