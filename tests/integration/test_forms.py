"""The programme's printable forms from the real content: monitoring forms one page wide in
black and white, the Buku Catatan Kader, a workshop's materials and attendance sheet, and
the handbook's assessment sheet from the one instrument. Looked at through poppler."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from support.projects import REPO, make_project
from swadaya.checks import load_checked
from swadaya.model.catalog import Catalog
from swadaya.outputs.printing.jobs import Job, all_jobs, render_jobs
from swadaya.project import Project

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None and
                                os.environ.get("SWADAYA_REQUIRE_BROWSER") != "1",
                                reason="poppler-utils is not installed")

A4_LANDSCAPE = (841.89, 595.276)
A5 = (419.528, 595.276)


def tool(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Catalog, Path]:
    """The forms, record book, workshop sheets and the A5 cadre handbook, rendered once."""
    project = Project(REPO)
    catalog = load_checked(project.content)
    wanted = ("pemantauan/", "buku/catatan-", "-bahan.pdf", "-daftar-hadir.pdf",
              "buku/kader-dasar.pdf")
    jobs: list[Job] = [j for j in all_jobs(catalog) if any(w in j.rel for w in wanted)]
    out = tmp_path_factory.mktemp("unduh")
    errors = io.StringIO()
    assert render_jobs(project, catalog, jobs, out, None, errors) == 0, errors.getvalue()
    return catalog, out


def pages_and_size(pdf: Path) -> tuple[int, tuple[float, float]]:
    info = tool("pdfinfo", str(pdf))
    pages = int(info.split("Pages:")[1].split()[0])
    width, _, height = info.split("Page size:")[1].split()[:3]
    return pages, (float(width), float(height))


def widest_text(pdf: Path) -> float:
    """The right edge of the rightmost word on any page (points)."""
    bbox = tool("pdftotext", "-bbox", str(pdf), "-")
    return max(float(part.split('"')[1]) for part in bbox.split("xMax=")[1:])


def black_and_white(pdf: Path, tmp: Path) -> bool:
    """Every pixel of every page, rendered at 60 dpi, is a grey (no colour)."""
    tool("pdftoppm", "-r", "60", "-png", str(pdf), str(tmp / "p"))
    for png in sorted(tmp.glob("p*.png")):
        data = Image.open(png).convert("RGB").tobytes()
        if not data[0::3] == data[1::3] == data[2::3]:
            return False
        png.unlink()
    return True


@pytest.mark.parametrize("name", ["lembar-bulanan", "rekap-kader"])
def test_monitoring_forms_are_one_page_wide_in_black_and_white(
        printed: tuple[Catalog, Path], name: str, tmp_path: Path) -> None:
    catalog, out = printed
    pdf = out / f"pemantauan/{name}.pdf"
    assert pages_and_size(pdf) == (1, A4_LANDSCAPE)
    assert widest_text(pdf) < A4_LANDSCAPE[0] - 10  # nothing runs off the right edge
    text = " ".join(tool("pdftotext", "-raw", str(pdf), "-").split())
    assert catalog.indicators is not None
    for indicator in catalog.indicators.indicators.values():
        assert f"{indicator.number}. {indicator.name}" in text
        assert indicator.lights["merah"] in text
    last = "Paraf pengawas" if name == "lembar-bulanan" else "Jml M"
    assert last in text  # the last column is on the page
    assert black_and_white(pdf, tmp_path)


def test_monthly_form_has_a_row_per_month_and_totals(printed: tuple[Catalog, Path]) -> None:
    _, out = printed
    lines = tool("pdftotext", "-layout", str(out / "pemantauan/lembar-bulanan.pdf"),
                 "-").splitlines()
    rows = [line.split()[0] for line in lines if line.split() and line.split()[0].isdigit()
            and len(line.split()) <= 3]
    assert rows[:13] == [str(n) for n in range(13)]
    text = " ".join(lines)
    assert "data dasar" in text and "Jumlah" in text and "bln 12" in text and "hitung" in text


def test_record_book_groups_competencies_by_level(printed: tuple[Catalog, Path],
                                                 tmp_path: Path) -> None:
    catalog, out = printed
    pdf = out / "buku/catatan-kader.pdf"
    pages, size = pages_and_size(pdf)
    assert size == A5 and 20 <= pages <= 60
    text = " ".join(tool("pdftotext", str(pdf), "-").split())
    assert text.startswith("Buku Catatan Kader")
    path = next(p for p in catalog.learning_paths if p.key == "kader")
    headings = [text.index(f"Tingkat {catalog.taxonomy.label('levels', lv.level).lower()}: "
                           f"{lv.title}") for lv in path.levels]
    assert headings == sorted(headings)
    count = 0
    for level in path.levels:
        for module_id in level.modules:
            module = catalog.modules[module_id]
            count += len(module.competencies)
            if module.competencies:
                assert " ".join(module.competencies[0].split()) in text, module_id
    assert f"{count} kemampuan dari" in text
    assert "Diamati oleh" in text and "Paraf" in text
    assert "Hasil penilaian warga: sepuluh tanda kader" in text
    assert black_and_white(pdf, tmp_path)


def test_workshop_materials_and_attendance(printed: tuple[Catalog, Path]) -> None:
    catalog, out = printed
    workshop = catalog.workshops[0]
    attendance = out / f"lokakarya/{workshop.key}-daftar-hadir.pdf"
    pages, _ = pages_and_size(attendance)
    assert pages == len(workshop.days)  # one page per day
    text = tool("pdftotext", "-layout", str(attendance), "-")
    for number, page in enumerate(text.split("\f")[:pages], start=1):
        assert f"Hari {number} dari {len(workshop.days)}" in page
        assert all(column in page for column in ("Nama", " L ", " P ", "Tanda tangan"))
    materials = out / f"lokakarya/{workshop.key}-bahan.pdf"
    flat = " ".join(tool("pdftotext", "-raw", str(materials), "-").split())
    for needed in workshop.materials(catalog.modules):
        assert needed.name in flat
    assert pages_and_size(materials)[0] <= 3


def test_handbook_sheets_come_from_the_instrument(printed: tuple[Catalog, Path]) -> None:
    catalog, out = printed
    instrument = catalog.instruments["tanda-kader"]
    text = " ".join(tool("pdftotext", str(out / "buku/kader-dasar.pdf"), "-").split())
    self_check = text[text.rindex("Sepuluh tanda kader: nilai diri Anda"):]
    sheet = text[text.rindex("Lembar penilaian kader oleh masyarakat Nama kader"):]
    for sign in instrument.signs:
        assert f"{sign.number} {sign.name}" in sheet
        assert sign.assessing in self_check
    assert "Kuning" in sheet and "Jumlah suara" in sheet and "Cara menarik kesimpulan" in sheet
    assert "Ya, hampir selalu Kadang-kadang Belum" not in sheet  # the old three-level scale


def test_forms_command_without_data_says_so(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    result = subprocess.run([sys.executable, "-m", "swadaya", "forms"], cwd=root,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2 and "nothing to print" in result.stderr
    assert "Traceback" not in result.stderr
