"""Technical guides: costing by hand (materials, labour, transport), the materials list,
regional prices, diagnostics with their lines, the cost command, cards."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support.projects import REPO, make_project
from swadaya.checks import load_checked as load_catalog
from swadaya.model.prices import cost
from swadaya.outputs.site.pages import SitePages as PageMaker

MATERIALS = """\
as_of: 2026-11-01
materials:
  drum-plastik: {name: Drum plastik, unit: buah, unit_cost: 250000, source: pengepul}
  pasir-halus: {name: Pasir halus, unit: karung, unit_cost: 35000, source: toko bangunan}
  pipa-pvc: {name: Pipa PVC, unit: batang, unit_cost: 45001, source: toko bangunan}
  ember: {name: Ember, unit: buah, unit_cost: 30000, source: pasar, as_of: 2026-10-01}
wages:
  tukang: {name: Tukang, unit_cost: 130000, source: perkiraan}
  pekerja: {name: Pekerja, unit_cost: 100000, source: perkiraan}
transport:
  pikap: {name: Pikap, unit_cost: 200000, source: perkiraan}
"""

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
  - {material: drum-plastik, quantity: 1, unit: buah, note: bekas bahan makanan}
  - {material: pasir-halus, quantity: 2.5, unit: karung}
  - {material: pipa-pvc, quantity: 0.5, unit: batang, substitute: bambu}
labour:
  - {work: Memasang drum, wage: tukang, person_days: 1.5}
  - {work: Mencuci pasir, wage: pekerja, person_days: 2}
transport:
  - {what: Drum dan pasir ke desa, vehicle: pikap, trips: 1}
tools: [gergaji]
build_time: 240
difficulty: mudah
people: 2
capacity: 40 liter per hari
lifetime: 5 tahun
safety: [Pakai sarung tangan saat memotong drum.]
maintenance:
  - {task: Kikis pasir atas, interval: setiap bulan}
sources: [CAWST 2012]
---

## Langkah membuat

1. Potong drum.
2. Isi pasir.
"""
# By hand.
# Materials: 1 × 250.000 + 2,5 × 35.000 (87.500) + 0,5 × 45.001 (22.500,5 → 22.501) = 360.001
# Labour: 1,5 × 130.000 (195.000) + 2 × 100.000 (200.000) = 395.000
# Transport: 1 × 200.000 = 200.000
# All: 360.001 + 395.000 + 200.000 = 955.001
MATERIALS_TOTAL, LABOUR_TOTAL, TRANSPORT_TOTAL, TOTAL = 360_001, 395_000, 200_000, 955_001
# NTT: drum 300.000, tukang 150.000, pikap 350.000
# Materials 300.000 + 87.500 + 22.501 = 410.001; labour 225.000 + 200.000 = 425.000;
# transport 350.000; all 410.001 + 425.000 + 350.000 = 1.185.001
NTT = "region: Nusa Tenggara Timur\nas_of: 2026-10-15\nprices:\n  drum-plastik: 300000\n" \
      "  tukang: 150000\n  pikap: 350000\n"


@pytest.fixture
def guide_project(tmp_path: Path) -> Path:
    root = make_project(tmp_path)
    (root / "content/modules/teknologi-tepat-guna").mkdir(parents=True)
    (root / "content/modules/teknologi-tepat-guna/ttg-09-saringan.md").write_text(
        GUIDE, encoding="utf-8")
    (root / "content/harga").mkdir()
    (root / "content/harga/bahan.yml").write_text(MATERIALS, encoding="utf-8")
    return root


def diagnostics(root: Path, today: dt.date = dt.date(2026, 11, 27)) -> list[str]:
    catalog = load_catalog(root / "content", display_root=root, today=today)
    return [f"{d.path.rsplit('/', 1)[-1]}:{d.line}:{d.col} {d.code} {d.message('en')}"
            for d in catalog.report.sorted()]


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


GUIDE_FILE = "content/modules/teknologi-tepat-guna/ttg-09-saringan.md"


def test_totals_by_hand_with_labour_and_transport(guide_project: Path) -> None:
    assert diagnostics(guide_project) == []
    catalog = load_catalog(guide_project / "content")
    costing = cost(catalog.modules["TTG-09"], catalog.materials)
    assert [line.total for line in costing.materials] == [250_000, 87_500, 22_501]
    assert [line.total for line in costing.labour] == [195_000, 200_000]
    assert [line.total for line in costing.transport] == [200_000]
    assert (costing.materials_total, costing.labour_total, costing.transport_total,
            costing.total) == (MATERIALS_TOTAL, LABOUR_TOTAL, TRANSPORT_TOTAL, TOTAL)
    # the guide's price date is its oldest price: the list's
    assert costing.prices_as_of == dt.date(2026, 11, 1)
    page = PageMaker(catalog, guide_project / "templates").module_header(
        catalog.modules["TTG-09"], "x.md")
    assert "| Pasir halus | 2,5 karung | Rp 35.000 | Rp 87.500 |" in page
    assert "| Drum plastik — *bekas bahan makanan* | 1 buah |" in page
    assert "| **Jumlah bahan** | | | **Rp 360.001** | | |" in page
    assert "| Memasang drum | Tukang | 1,5 | Rp 130.000 | Rp 195.000 |" in page
    assert "| **Jumlah tenaga kerja** | | | | **Rp 395.000** |" in page
    assert "| Drum dan pasir ke desa | Pikap | 1 | Rp 200.000 | Rp 200.000 |" in page
    assert "| **Semua** | **Rp 955.001** |" in page
    assert "| Harga per | 1 November 2026 |" in page


def test_regional_prices_override_by_id(guide_project: Path) -> None:
    (guide_project / "content/harga/ntt.yml").write_text(NTT, encoding="utf-8")
    catalog = load_catalog(guide_project / "content")
    assert catalog.report.sorted() == []
    guide = catalog.modules["TTG-09"]
    regional = cost(guide, catalog.materials, catalog.price_lists[0])
    assert (regional.materials_total, regional.labour_total, regional.transport_total,
            regional.total) == (410_001, 425_000, 350_000, 1_185_001)
    assert regional.materials[0].regional and not regional.materials[1].regional
    assert regional.prices_as_of == dt.date(2026, 10, 15)
    page = PageMaker(catalog, guide_project / "templates").module_header(guide, "x.md")
    assert "| Perkiraan biaya | Harga umum | Nusa Tenggara Timur |" in page
    assert "| **Semua** | **Rp 955.001** | **Rp 1.185.001** |" in page
    assert "| Harga per | 1 November 2026 | 15 Oktober 2026 |" in page


def test_own_price_with_reason_wins_everywhere(guide_project: Path) -> None:
    edit(guide_project, GUIDE_FILE, "note: bekas bahan makanan}",
         "unit_cost: 320000, price_reason: drum tutup klem baru}")
    (guide_project / "content/harga/ntt.yml").write_text(NTT, encoding="utf-8")
    assert diagnostics(guide_project) == []
    catalog = load_catalog(guide_project / "content")
    guide = catalog.modules["TTG-09"]
    for prices in (None, catalog.price_lists[0]):
        line = cost(guide, catalog.materials, prices).materials[0]
        assert (line.unit_cost, line.origin, line.reason) == (320_000, "panduan",
                                                               "drum tutup klem baru")
    page = PageMaker(catalog, guide_project / "templates").module_header(guide, "x.md")
    assert "Rp 320.000 †" in page and "† Harga khusus panduan ini untuk Drum plastik: " \
                                      "drum tutup klem baru" in page


def test_price_page_lists_every_material_region_date_and_guide(guide_project: Path) -> None:
    (guide_project / "content/harga/ntt.yml").write_text(NTT, encoding="utf-8")
    catalog = load_catalog(guide_project / "content")
    pages = PageMaker(catalog, guide_project / "templates").pages()
    page = pages["panduan/harga.md"]
    assert page.startswith("# Daftar harga bahan")
    link = "[TTG-09](../modules/teknologi-tepat-guna/ttg-09-saringan.md)"
    assert f"| Drum plastik | buah | Rp 250.000 | Rp 300.000 | 1 November 2026 | {link} |" in page
    assert "| Ember | buah | Rp 30.000 | — | 1 Oktober 2026 | — |" in page
    assert f"| Tukang | Rp 130.000 | Rp 150.000 | 1 November 2026 | {link} |" in page
    assert "Nusa Tenggara Timur per 15 Oktober 2026" in page
    assert "Biaya semua" in pages["panduan/index.md"] and "Rp 955.001" in pages[
        "panduan/index.md"]


def test_cost_command_prints_three_parts(guide_project: Path) -> None:
    (guide_project / "content/harga/ntt.yml").write_text(NTT, encoding="utf-8")
    run = [sys.executable, "-m", "swadaya", "cost", "ttg-09"]
    plain = subprocess.run(run, cwd=guide_project, capture_output=True, text=True, check=True)
    lines = plain.stdout.splitlines()
    assert "Jumlah bahan" in plain.stdout and "Rp 360.001" in plain.stdout
    assert any(x.startswith("Jumlah tenaga kerja") and x.endswith("Rp 395.000") for x in lines)
    assert any(x.startswith("Jumlah angkutan") and x.endswith("Rp 200.000") for x in lines)
    assert lines[-1].split() == ["Semua", "Rp", "955.001"]
    assert "2,5 karung" in plain.stdout and "1,5 HOK" in plain.stdout
    regional = subprocess.run([*run, "--prices", "ntt"], cwd=guide_project,
                              capture_output=True, text=True, check=True)
    assert "Rp 1.185.001" in regional.stdout and "Rp 300.000 *" in regional.stdout
    assert "Rp 150.000 *" in regional.stdout and "* harga wilayah" in regional.stdout
    missing = subprocess.run([sys.executable, "-m", "swadaya", "cost", "PNY-01"],
                             cwd=guide_project, capture_output=True, text=True, check=False)
    assert missing.returncode == 2 and "TTG-09" in missing.stderr


@pytest.mark.parametrize(("change", "expected"), [
    (("safety: [Pakai sarung tangan saat memotong drum.]\n", ""),
     "ttg-09-saringan.md:2:1 M001 a 'panduan' must say how to stay safe ('safety')"),
    (("maintenance:\n  - {task: Kikis pasir atas, interval: setiap bulan}\n", ""),
     "ttg-09-saringan.md:2:1 M002 a 'panduan' must say how to maintain what was built "
     "('maintenance')"),
    (("unit: karung}", "unit: karungan}"),
     "ttg-09-saringan.md:16:50 S003 bill of materials unit 'karungan' is not a known unit "
     "(did you mean 'karung'?)"),
    (("quantity: 1,", "quantity: 0,"),
     "ttg-09-saringan.md:15:40 S007 'bill_of_materials[1].quantity' must be greater than 0, "
     "got number 0"),
    # an unknown id, with its line and a did-you-mean
    (("material: pasir-halus", "material: pasir-halos"),
     "ttg-09-saringan.md:16:16 M008 unknown material 'pasir-halos' (did you mean "
     "'pasir-halus'?)"),
    (("wage: tukang", "wage: tukan"),
     "ttg-09-saringan.md:19:33 M008 unknown wage 'tukan' (did you mean 'tukang'?)"),
    (("wage: tukang", "wage: pikap"),
     "ttg-09-saringan.md:19:33 M008 'pikap' is a transport rate in content/harga/bahan.yml, "
     "not a wage"),
    (("unit: batang", "unit: meter"),
     "ttg-09-saringan.md:17:47 M009 unit 'meter' of 'pipa-pvc' does not match the materials "
     "list, which prices it per 'batang'"),
    # a price conflict: the guide's own price against the list's, without a reason
    (("unit: karung}", "unit: karung, unit_cost: 40000}"),
     "ttg-09-saringan.md:16:69 M010 the guide sets its own price for 'pasir-halus' "
     "(Rp 40.000; the list says Rp 35.000) without a 'price_reason'"),
    (("material: pipa-pvc", "material: pasir-halus"),
     "ttg-09-saringan.md:17:16 M005 material 'pasir-halus' is listed twice (also item 2)"),
])
def test_guide_diagnostics(guide_project: Path, change: tuple[str, str], expected: str) -> None:
    edit(guide_project, GUIDE_FILE, *change)
    found = diagnostics(guide_project)
    assert expected in found
    if " S003 " in expected:  # an unknown unit is not also a unit mismatch
        assert not any(" M009 " in x for x in found)


def test_materials_list_problems(guide_project: Path) -> None:
    edit(guide_project, "content/harga/bahan.yml", "unit: karung,", "unit: karungan,")
    edit(guide_project, "content/harga/bahan.yml", "wages:\n",
         "  drum: {name: drum plastik, unit: buah, unit_cost: 275000, source: pasar}\n"
         "  Bata: {name: Bata, unit: buah, unit_cost: 1000, colour: merah}\nwages:\n")
    found = diagnostics(guide_project)
    assert found[:4] == [
        "bahan.yml:4:42 M006 unit 'karungan' of 'pasir-halus' is not a known unit (did you mean "
        "'karung'?)",
        # the same material twice, at two prices: caught with both lines
        "bahan.yml:7:3 M011 'drum plastik' is listed twice: 'drum-plastik' (line 3, "
        "Rp 250.000) and 'drum' (Rp 275.000)",
        "bahan.yml:8:3 M006 id 'Bata' must be lowercase letters, digits and dashes, e.g. "
        "semen-portland-50kg",
        # pasir-halus was refused, so the guide's line names an unknown material
        "ttg-09-saringan.md:16:16 M008 unknown material 'pasir-halus'",
    ]


def test_regional_list_problems(guide_project: Path) -> None:
    (guide_project / "content/harga/x.yml").write_text(
        "region: X\nas_of: 2026-10-01\nprices:\n  drum-plastik: -5\n  drum-plastic: 900\n",
        encoding="utf-8")
    assert diagnostics(guide_project) == [
        "x.yml:4:17 M006 price of 'drum-plastik' must be a whole number of rupiah greater "
        "than 0",
        "x.yml:5:3 M007 'drum-plastic' is not an id of the materials list (did you mean "
        "'drum-plastik'?)",
    ]


def test_stale_prices(guide_project: Path) -> None:
    (guide_project / "content/harga/ntt.yml").write_text(NTT, encoding="utf-8")
    assert diagnostics(guide_project, today=dt.date(2027, 11, 15)) == [
        "bahan.yml:1:8 M004 prices of 6 entries were checked 379 days ago (2026-11-01); "
        "older than 365 days",
        "bahan.yml:6:76 M004 prices of 'ember' were checked 410 days ago (2026-10-01); older "
        "than 365 days",
        "ntt.yml:2:8 M004 prices of Nusa Tenggara Timur were checked 396 days ago "
        "(2026-10-15); older than 365 days",
    ]


def test_guide_without_materials_list(guide_project: Path) -> None:
    (guide_project / "content/harga/bahan.yml").unlink()
    assert diagnostics(guide_project) == [
        "ttg-09-saringan.md:15:3 M008 guide TTG-09 names materials, but there is no materials "
        "list (content/harga/bahan.yml)"]


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
    assert "Rp 360.001" in first and "Rp 395.000" in first and "Rp 955.001" in first
    assert "gergaji" in first and "Memasang drum" in first
    assert "Potong drum." in second and "Pakai sarung tangan" in second
    assert "Kikis pasir atas" in second
    # the steps are two lists side by side: numbered on from the first list to the second
    plain = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(pdf), "-"],
                           capture_output=True, text=True).stdout
    numbers = sorted(int(n) for n in re.findall(r"^(\d+)\. ", plain, re.M))
    assert len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1))


def test_card_steps_are_cut_into_two_lists_of_about_the_same_height() -> None:
    from swadaya.outputs.printing.documents import halves

    assert halves([]) == 0 and halves([("Satu", "")]) == 1
    assert halves([("Satu", ""), ("Dua", "")]) == 1
    long, short = ("Langkah", "x" * 400), ("Langkah", "")
    assert halves([long, short, short, short, short]) == 1  # one long step fills a column
    assert halves([short, short, short, long]) == 3
    even = [("Langkah", "y" * 50)] * 7
    assert halves(even) == 4  # the odd one in the first list, as columns would


@pytest.mark.parametrize(("text", "word", "found"), [
    ("arisan", "arisan", True),
    ("ikut arisan.", "arisan", True),
    ("(arisan)", "arisan", True),
    ("arisanku", "arisan", False),
    ("pra-arisan", "arisan", False),       # a hyphen joins words
    ("arisan/koperasi", "arisan", False),  # so does a slash
    ("_arisan", "arisan", False),
    ("é arisan é", "arisan", True),
    ("éarisan", "arisan", False),          # any letter, not only ASCII
    ("arisan2 dan arisan", "arisan", True),  # a later whole occurrence counts
    ("kader pemandu", "kader", True),
    ("", "arisan", False),
])
def test_a_glossary_term_is_found_as_a_whole_word(text: str, word: str, found: bool) -> None:
    import re

    from swadaya.outputs.handbook_parts import has_word

    assert has_word(text, word) is found
    # the regex it replaced says the same
    assert bool(re.search(r"(?<![\w/-])" + re.escape(word) + r"(?![\w/-])", text)) is found
