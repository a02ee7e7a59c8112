"""Technical guides: costing by hand, regional prices, diagnostics, the cost command, cards."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support.projects import REPO, make_project
from swadaya.checks import load_checked as load_catalog
from swadaya.model.prices import cost
from swadaya.outputs.site.pages import SitePages as PageMaker

GUIDE = """---
id: TTG-09
title: Saringan Uji
type: panduan
area: teknologi-tepat-guna
stages: [perintisan]
components: [informasi-ttg]
audience: [masyarakat]
level: dasar
duration: 60
summary: Panduan uji.
objectives: [Membuat saringan uji.]
reviewed: 2026-11-01
bill_of_materials:
  - {item: Drum plastik, quantity: 1, unit: buah, unit_cost: 250000}
  - {item: Pasir halus, quantity: 2.5, unit: karung, unit_cost: 35000}
  - {item: Pipa PVC, quantity: 0.5, unit: batang, unit_cost: 45001, substitute: bambu}
tools: [gergaji]
build_time: 240
difficulty: mudah
people: 2
capacity: 40 liter per hari
lifetime: 5 tahun
safety: [Pakai sarung tangan saat memotong drum.]
maintenance:
  - {task: Kikis pasir atas, interval: setiap bulan}
prices_as_of: 2026-11-01
sources: [CAWST 2012]
---

## Langkah membuat

1. Potong drum.
2. Isi pasir.
"""
# by hand: 1 × 250.000 + 2,5 × 35.000 (87.500) + 0,5 × 45.001 (22.500,5 → 22.501) = 360.001
TOTAL = 360_001


@pytest.fixture
def guide_project(tmp_path: Path) -> Path:
    root = make_project(tmp_path)
    (root / "content/modules/teknologi-tepat-guna").mkdir(parents=True)
    (root / "content/modules/teknologi-tepat-guna/ttg-09-saringan.md").write_text(
        GUIDE, encoding="utf-8")
    return root


def diagnostics(root: Path, today: dt.date = dt.date(2026, 11, 27)) -> list[str]:
    catalog = load_catalog(root / "content", display_root=root, today=today)
    return [f"{d.line}:{d.col} {d.code} {d.message('en')}" for d in catalog.report.sorted()]


def test_total_by_hand_and_rupiah_format(guide_project: Path) -> None:
    assert diagnostics(guide_project) == []
    module = load_catalog(guide_project / "content").modules["TTG-09"]
    costing = cost(module)
    assert [line.total for line in costing.lines] == [250_000, 87_500, 22_501]
    assert costing.total == TOTAL
    page = PageMaker(load_catalog(guide_project / "content"),
                     guide_project / "templates").module_header(module, "x.md")
    assert "| Pasir halus | 2,5 karung | Rp 35.000 | Rp 87.500 |" in page
    assert "| **Jumlah** | | | **Rp 360.001** | | |" in page
    assert "Harga perkiraan per 1 November 2026" in page


def test_regional_prices_override_defaults(guide_project: Path) -> None:
    (guide_project / "content/harga").mkdir()
    (guide_project / "content/harga/ntt.yml").write_text(
        "region: Nusa Tenggara Timur\nas_of: 2026-10-01\nprices:\n  Drum plastik: 300000\n",
        encoding="utf-8")
    catalog = load_catalog(guide_project / "content")
    assert catalog.report.sorted() == []
    regional = cost(catalog.modules["TTG-09"], catalog.price_lists[0])
    assert regional.total == TOTAL + 50_000 and regional.lines[0].regional
    assert not regional.lines[1].regional
    page = PageMaker(catalog, guide_project / "templates").module_header(
        catalog.modules["TTG-09"], "x.md")
    assert "| Nusa Tenggara Timur | Rp 410.001 | 1 Oktober 2026 |" in page


def test_cost_command(guide_project: Path) -> None:
    (guide_project / "content/harga").mkdir()
    (guide_project / "content/harga/ntt.yml").write_text(
        "region: NTT\nas_of: 2026-10-01\nprices:\n  Drum plastik: 300000\n", encoding="utf-8")
    run = [sys.executable, "-m", "swadaya", "cost", "ttg-09"]
    plain = subprocess.run(run, cwd=guide_project, capture_output=True, text=True, check=True)
    assert "Rp 360.001" in plain.stdout.splitlines()[-1]
    assert "Pasir halus" in plain.stdout and "2,5 karung" in plain.stdout
    regional = subprocess.run([*run, "--prices", "ntt"], cwd=guide_project,
                              capture_output=True, text=True, check=True)
    assert "Rp 410.001" in regional.stdout and "Rp 300.000 *" in regional.stdout
    missing = subprocess.run([sys.executable, "-m", "swadaya", "cost", "PNY-01"],
                             cwd=guide_project, capture_output=True, text=True, check=False)
    assert missing.returncode == 2 and "TTG-09" in missing.stderr


@pytest.mark.parametrize(("change", "expected"), [
    (("safety: [Pakai sarung tangan saat memotong drum.]\n", ""),
     "2:1 M001 a 'panduan' must say how to stay safe ('safety')"),
    (("maintenance:\n  - {task: Kikis pasir atas, interval: setiap bulan}\n", ""),
     "2:1 M002 a 'panduan' must say how to maintain what was built ('maintenance')"),
    (("unit: karung", "unit: karungan"),
     "16:46 S003 bill of materials unit 'karungan' is not a known unit (did you mean "
     "'karung'?)"),
    (("quantity: 1,", "quantity: 0,"),
     "15:36 S007 'bill_of_materials[1].quantity' must be greater than 0, got number 0"),
    (("unit_cost: 35000", "unit_cost: -35000"),
     "16:65 S007 'bill_of_materials[2].unit_cost' must be greater than 0, got number -35000"),
    (("prices_as_of: 2026-11-01", "prices_as_of: 2024-06-01"),
     "27:15 M004 prices were checked 909 days ago (2024-06-01); older than 365 days"),
    (("item: Pipa PVC", "item: pasir halus"),
     "17:12 M005 material 'pasir halus' is listed twice (also item 2)"),
])
def test_guide_diagnostics(guide_project: Path, change: tuple[str, str], expected: str) -> None:
    path = guide_project / "content/modules/teknologi-tepat-guna/ttg-09-saringan.md"
    text = path.read_text(encoding="utf-8")
    assert change[0] in text
    path.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    assert expected in diagnostics(guide_project)


def test_price_list_problems(guide_project: Path) -> None:
    (guide_project / "content/harga").mkdir()
    (guide_project / "content/harga/x.yml").write_text(
        "region: X\nas_of: 2026-10-01\nprices:\n  Drum plastik: -5\n  Batu bata: 900\n",
        encoding="utf-8")
    assert diagnostics(guide_project) == [
        "4:17 M006 price of 'Drum plastik' must be a whole number of rupiah greater than 0",
        "5:3 M007 no guide uses a material named 'Batu bata'",
    ]


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils missing")
def test_guide_card_is_two_a4_pages(guide_project: Path) -> None:
    shutil.copy(REPO / "mkdocs.yml", guide_project / "mkdocs.yml")
    result = subprocess.run([sys.executable, "-m", "swadaya", "card", "TTG-09"],
                            cwd=guide_project, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    pdf = guide_project / "build/unduh/kartu/ttg-09.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "Pages:           2" in info and "595.276 x 841.89" in info
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True).stdout
    first, second = text.split("\f")[:2]
    assert "Rp 360.001" in first and "gergaji" in first
    assert "Potong drum." in second and "Pakai sarung tangan" in second
    assert "Kikis pasir atas" in second
