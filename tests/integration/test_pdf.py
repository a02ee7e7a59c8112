"""Print outputs checked as PDFs: pdfinfo, pdftotext, pdffonts (poppler) and pypdf."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from support.projects import REPO, make_project
from swadaya.checks import load_checked as load_catalog
from swadaya.diagnostics import CODES
from swadaya.outputs.printing.documents import Printer
from swadaya.outputs.printing.jobs import Job, render_jobs
from swadaya.outputs.printing.writer import RenderError, write_pdf
from swadaya.project import Project

pytestmark = pytest.mark.skipif(shutil.which("pdfinfo") is None and
                                os.environ.get("SWADAYA_REQUIRE_BROWSER") != "1",
                                reason="poppler-utils is not installed")

NOTE = "RAHASIA-UNTUK-FASILITATOR"
MODULE_2 = """---
id: PNY-02
title: Kalender Musim
type: alat
area: penyadaran
stages: [kajian-partisipatif]
components: [kapasitas-sdm]
audience: [kader, fasilitator]
level: dasar
duration: 30
summary: Alat uji.
objectives: [Menggambar kalender musim.]
prerequisites: [PNY-01]
agenda:
  - {step: Menggambar, minutes: 30, method: pemetaan}
competencies: [Kader dapat memandu kalender musim.]
reviewed: 2026-11-02
---

Pengantar kalender musim, lihat [modul dasar](pny-01-dasar.md).

## Kegunaan alat

!!! fasilitator "Catatan fasilitator"
    RAHASIA-UNTUK-FASILITATOR: beri waktu ibu-ibu bicara.

Teks sesudah catatan tetap ada.

![Kalender musim: dua belas bulan, hujan banyak di bulan Januari](gambar/kalender.svg)

## Lembar kerja

| Bulan | Hujan |
|---|---|
| Jan | banyak |
"""


def tool(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def printed(tmp_path: Path) -> Project:
    root = make_project(tmp_path)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    (root / "content/modules/penyadaran/pny-02-kalender.md").write_text(MODULE_2,
                                                                       encoding="utf-8")
    (root / "content/modules/penyadaran/gambar").mkdir()
    (root / "content/modules/penyadaran/gambar/kalender.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" '
        'height="40" fill="#ddd"/></svg>', encoding="utf-8")
    (root / "content/buku").mkdir()
    (root / "content/buku/kader.yml").write_text(
        "title: Buku Uji\nsubtitle: Dasar\nedition: kader\npaper: A5\n"
        "select: {level: dasar}\n", encoding="utf-8")
    (root / "content/buku/fasil.yml").write_text(
        "title: Buku Fasilitator Uji\nedition: fasilitator\npaper: A4\n"
        "modules: [PNY-01, PNY-02]\n", encoding="utf-8")
    (root / "content/lokakarya").mkdir()
    (root / "content/lokakarya/uji.yml").write_text(
        'title: Lokakarya Uji\nstart: "13:00"\nday_length: 120\n'
        'breaks:\n  - {at: "13:30", minutes: 15, name: Rehat}\ndays:\n  - [PNY-01, PNY-02]\n',
        encoding="utf-8")
    return Project(root)


def render_all(project: Project) -> Path:
    result = subprocess.run([sys.executable, "-m", "swadaya", "pdf", "--all"],
                            cwd=project.root, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # not a terminal: no progress lines
    return project.root / "build" / "unduh"


def test_handbook_editions(printed: Project) -> None:
    out = render_all(printed)
    kader, fasil = out / "buku/kader.pdf", out / "buku/fasil.pdf"
    info = tool("pdfinfo", str(kader))
    assert "Page size:       419.528 x 595.276 pts" in info  # A5
    assert "Title:           Buku Uji — Dasar" in info
    assert "Page size:       595.276 x 841.89 pts" in tool("pdfinfo", str(fasil))  # A4
    text = tool("pdftotext", "-layout", str(kader), "-")
    assert NOTE not in text and "Teks sesudah catatan tetap ada." in text
    assert NOTE in tool("pdftotext", str(fasil), "-")
    # contents with page numbers, running header, page X of Y
    assert any(line.strip().startswith("PNY-02 · Kalender Musim") and
               line.strip().split()[-1].isdigit() for line in text.splitlines())
    pages = int(info.split("Pages:")[1].split()[0])
    assert f"Halaman 2 dari {pages}" in text
    assert "Lembar penilaian kader oleh masyarakat" in text
    flat = " ".join(text.split())
    assert "Kader dapat memandu kalender musim." in flat  # from competencies
    assert "Periksa diri kader" in text and "Menggambar kalender musim." in text
    fonts = tool("pdffonts", str(kader)).splitlines()[2:]
    assert fonts and all(" yes yes " in row for row in fonts)
    reader = PdfReader(kader)
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert "PNY-01 · Modul Dasar" in titles and "PNY-02 · Kalender Musim" in titles
    assert reader.trailer["/Root"]["/Lang"] == "id"


def _structure(element: Any, out: list[Any]) -> list[Any]:
    """Every element of a PDF structure tree, depth first."""
    element = element.get_object()
    out.append(element)
    kids = element.get("/K", [])
    for kid in kids if isinstance(kids, list) else [kids]:
        kid = kid.get_object()
        if isinstance(kid, dict) and kid.get("/Type") == "/StructElem":
            _structure(kid, out)
    return out


def test_pdfs_are_tagged_for_screen_readers(printed: Project) -> None:
    """PDF/UA-1: a structure tree a screen reader can walk, marked content, the language,
    the title shown instead of the file name, bookmarks, and alt text on figures."""
    out = render_all(printed)
    for pdf in ("buku/kader.pdf", "buku/fasil.pdf", "rencana/pny-02.pdf",
                "lokakarya/uji.pdf"):
        reader = PdfReader(out / pdf)
        root = reader.trailer["/Root"]
        assert root["/MarkInfo"]["/Marked"].value is True, pdf
        assert root["/Lang"] == "id", pdf
        assert root["/ViewerPreferences"]["/DisplayDocTitle"].value is True, pdf
        assert reader.metadata.title, pdf
        assert b'pdfuaid:part="1"' in root["/Metadata"].get_object().get_data(), pdf
        assert reader.outline, pdf
        tree = _structure(root["/StructTreeRoot"]["/K"][0], [])
        kinds = {str(e["/S"]) for e in tree}
        assert {"/Document", "/H1", "/P"} <= kinds, (pdf, kinds)
    kader = PdfReader(out / "buku/kader.pdf")
    tree = _structure(kader.trailer["/Root"]["/StructTreeRoot"]["/K"][0], [])
    kinds = {str(e["/S"]) for e in tree}
    assert {"/H2", "/L", "/LI", "/Table", "/TR", "/TD", "/Link"} <= kinds
    figures = [str(e.get("/Alt", "")) for e in tree if e["/S"] == "/Figure"]
    assert "Kalender musim: dua belas bulan, hujan banyak di bulan Januari" in figures
    assert all(figures), "every figure carries its alt text"
    titles = [o.title for o in kader.outline if not isinstance(o, list)]
    assert "PNY-02 · Kalender Musim" in titles


def test_worksheet_starts_its_own_page(printed: Project) -> None:
    out = render_all(printed)
    reader = PdfReader(out / "buku/fasil.pdf")
    starts = [i for i, p in enumerate(reader.pages)
              if p.extract_text().lstrip().startswith("Lembar kerja")]
    assert len(starts) == 1, "the worksheet section begins a page"


def test_session_plan_times(printed: Project) -> None:
    result = subprocess.run([sys.executable, "-m", "swadaya", "plan", "pny-01", "--start",
                             "13:00", "--out", str(printed.root / "o")], cwd=printed.root,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    pdf = printed.root / "o/rencana/pny-01.pdf"
    assert "Pages:           1" in tool("pdfinfo", str(pdf))
    text = tool("pdftotext", "-layout", str(pdf), "-")
    assert "13:00–13:10" in text and "13:10–14:00" in text
    assert "kertas plano" in text and "Persiapan" in text


def test_workshop_agenda(printed: Project) -> None:
    out = render_all(printed)
    text = " ".join(tool("pdftotext", "-layout", str(out / "lokakarya/uji.pdf"), "-").split())
    # PNY-01: 13:00-13:10 opening, 13:10-14:00 mapping; the 13:30 break waits for the step
    assert "13:00–13:10" in text and "13:10–14:00" in text
    assert "14:00–14:15 Rehat" in text and "14:15–14:45" in text


def test_bad_start_time_is_a_message(printed: Project) -> None:
    result = subprocess.run([sys.executable, "-m", "swadaya", "plan", "PNY-01", "--start",
                             "25:99"], cwd=printed.root, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 2 and "not a time like 08:30" in result.stderr
    assert "Traceback" not in result.stderr


def test_same_input_same_bytes(printed: Project, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    catalog = load_catalog(printed.content)
    printer = Printer(printed, catalog)
    html = printer.handbook(catalog.handbooks[0])
    a = write_pdf(html, tmp_path / "a/x.pdf", printed.content, printer.allowed)
    b = write_pdf(html, tmp_path / "b/x.pdf", printed.content, printer.allowed)
    assert a.path.read_bytes() == b.path.read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    dated = Printer(printed, catalog)
    c = write_pdf(dated.handbook(catalog.handbooks[0]), tmp_path / "c/x.pdf", printed.content,
                  dated.allowed)
    assert PdfReader(c.path).metadata["/CreationDate"] == "D:20260101000000Z"


def test_cached_page_references_write_pydyfs_own_bytes(printed: Project, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The speed fix for tagged PDFs (swadaya.outputs.printing.speedups) changes no byte."""
    import pydyf

    from swadaya.outputs.printing.speedups import ORIGINAL, cache_page_references

    catalog = load_catalog(printed.content)
    printer = Printer(printed, catalog)
    html = printer.handbook(catalog.handbooks[0])
    cache_page_references()
    fast = write_pdf(html, tmp_path / "fast/x.pdf", printed.content, printer.allowed)
    assert fast.pages > 3 and ORIGINAL
    monkeypatch.setattr(pydyf.PDF, "page_references", ORIGINAL[0])
    own = write_pdf(html, tmp_path / "own/x.pdf", printed.content, printer.allowed)
    assert fast.path.read_bytes() == own.path.read_bytes()


@pytest.mark.parametrize("trap", [
    '<img src="file:///etc/passwd">',
    '<a rel="attachment" href="file:///etc/hostname">x</a>',
    '<div style="background: url(file:///etc/passwd)">x</div>',
    '<img src="http://example.invalid/x.png">',
    '<img src="../../../../../../etc/passwd">',
])
def test_nothing_outside_the_project_gets_in(printed: Project, tmp_path: Path,
                                             trap: str) -> None:
    printer = Printer(printed, load_catalog(printed.content))
    target = tmp_path / "out" / "x.pdf"
    with pytest.raises(RenderError) as info:
        write_pdf(f"<html><body><p>isi</p>{trap}</body></html>", target, printed.content,
                  printer.allowed)
    assert info.value.refused
    assert not target.exists() and list(target.parent.iterdir()) == []


def test_unchanged_pdfs_are_not_rendered_again(printed: Project) -> None:
    out = render_all(printed)
    before = (out / "buku/kader.pdf").stat().st_mtime_ns
    render_all(printed)
    assert (out / "buku/kader.pdf").stat().st_mtime_ns == before


def test_a_redrawn_drawing_makes_new_pdfs(printed: Project) -> None:
    """A PDF's input is also the files it embeds: a drawing redrawn under the same name
    renders the PDFs that show it again, and only those."""
    out = render_all(printed)
    pdfs = sorted(out.rglob("*.pdf"))
    before = {p.relative_to(out).as_posix(): p.stat().st_mtime_ns for p in pdfs}
    drawing = printed.content / "modules/penyadaran/gambar/kalender.svg"
    drawing.write_text(drawing.read_text("utf-8").replace("#ddd", "#bbb"), "utf-8")
    render_all(printed)
    changed = {p.relative_to(out).as_posix() for p in pdfs
               if p.stat().st_mtime_ns != before[p.relative_to(out).as_posix()]}
    assert changed == {"buku/fasil.pdf", "buku/kader.pdf"}  # the books that hold PNY-02


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils missing")
def test_labels_with_a_halo_print(tmp_path: Path) -> None:
    """A label drawn with a white outline under its letters (``paint-order: stroke``, in the
    drawing's style sheet) prints: WeasyPrint drew the outline over the letters, and such
    labels came out blank."""
    (tmp_path / "label.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40">'
        "<style>text{paint-order:stroke;stroke:#fff;stroke-width:4px}</style>"
        '<text x="4" y="30" font-size="28">Label</text></svg>', encoding="utf-8")
    html = f'<html><body><img style="width: 120mm" src="{(tmp_path / "label.svg").as_uri()}">'
    write_pdf(html + "</body></html>", tmp_path / "label.pdf", tmp_path, [tmp_path])
    subprocess.run(["pdftoppm", "-gray", "-r", "40", "-f", "1", "-l", "1", "-singlefile",
                    str(tmp_path / "label.pdf"), str(tmp_path / "page")], check=True)
    pgm = (tmp_path / "page.pgm").read_bytes()
    dark = sum(1 for byte in pgm[pgm.index(b"255\n") + 4:] if byte < 128)
    assert dark > 50  # the letters' pixels (blank before: none)


def test_a_refused_file_is_reported_as_b004_and_nothing_is_written(printed: Project,
                                                                    tmp_path: Path) -> None:
    catalog = load_catalog(printed.content)
    trap = Job(lambda _printer: '<html><body><img src="file:///etc/hostname"></body></html>',
               "buku/jebakan.pdf", "content/buku/jebakan.yml")
    errors = io.StringIO()
    code = render_jobs(printed, catalog, [trap], tmp_path / "out", None, errors)
    assert code == 1
    assert errors.getvalue() == ("content/buku/jebakan.yml:1:1: error [B004] menolak "
                                 "menyisipkan file:///etc/hostname\n    petunjuk: "
                                 + CODES["B004"].fix.plain("id") + "\n")
    assert not (tmp_path / "out" / "buku" / "jebakan.pdf").exists()


def test_pdfs_made_on_every_core_are_the_bytes_of_a_serial_render(
        printed: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from swadaya.outputs.printing.jobs import all_jobs, workers_wanted

    catalog = load_catalog(printed.content)
    jobs = all_jobs(catalog)
    made: dict[str, dict[str, bytes]] = {}
    for workers in ("1", "2"):
        monkeypatch.setenv("SWADAYA_JOBS", workers)
        assert workers_wanted(len(jobs)) == int(workers)
        out = tmp_path / f"out{workers}"
        assert render_jobs(printed, catalog, jobs, out, None, io.StringIO()) == 0
        made[workers] = {p.relative_to(out).as_posix(): p.read_bytes()
                         for p in sorted(out.rglob("*.pdf"))}
    assert len(made["1"]) == len(jobs) >= 4
    assert made["2"] == made["1"]
