"""Worked examples: computed tables against hand-computed figures; bad inputs as diagnostics."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from swadaya.checks import load_checked as load_catalog
from swadaya.model.calc import (
    BreakEven,
    Loan,
    Savings,
    break_even,
    find_blocks,
    loan_schedule,
    parse_block,
    savings_plan,
)
from swadaya.outputs.worked_examples import expand_blocks
from swadaya.text import percent, rupiah, rupiah_round


def test_indonesian_number_format() -> None:
    assert rupiah(1_250_000) == "Rp 1.250.000"
    assert rupiah(0) == "Rp 0"
    assert rupiah(-50_000) == "Rp -50.000"
    assert rupiah(999) == "Rp 999"
    assert percent(2.5) == "2,5%"
    assert percent(2) == "2%"
    assert percent(Decimal("11.0")) == "11%"
    assert percent(Decimal(100) / 3, 1) == "33,3%"
    assert rupiah_round(Decimal("10000.5")) == 10001
    assert rupiah_round(Decimal("10000.499")) == 10000


def test_flat_loan_by_hand() -> None:
    # Rp 1.000.000 at 2% a month flat for 10 months: 100.000 principal + 20.000 interest
    rows = loan_schedule(Loan(jenis="pinjaman", pokok=1_000_000, bunga_bulanan=2,
                              lama_bulan=10, metode="tetap"))
    assert [(r.principal, r.interest, r.total) for r in rows] == [(100_000, 20_000, 120_000)] * 10
    assert sum(r.interest for r in rows) == 200_000
    assert rows[-1].remaining == 0


def test_declining_loan_by_hand() -> None:
    # interest on 1.000.000, 900.000, ..., 100.000 at 2%: 2% of 5.500.000 = 110.000
    rows = loan_schedule(Loan(jenis="pinjaman", pokok=1_000_000, bunga_bulanan=2,
                              lama_bulan=10, metode="menurun"))
    assert [r.interest for r in rows] == [20_000 - 2_000 * i for i in range(10)]
    assert sum(r.interest for r in rows) == 110_000
    assert rows[0].total == 120_000 and rows[-1].total == 102_000


def test_rounding_goes_to_the_last_instalment() -> None:
    # 1.000.000 over 3 months: 333.333 + 333.333 + 333.334; 1,5% of the remaining balance:
    # 15.000; 666.667 × 1,5% = 10.000,005 → 10.000; 333.334 × 1,5% = 5.000,01 → 5.000
    rows = loan_schedule(Loan(jenis="pinjaman", pokok=1_000_000, bunga_bulanan=1.5,
                              lama_bulan=3, metode="menurun"))
    assert [r.principal for r in rows] == [333_333, 333_333, 333_334]
    assert [r.interest for r in rows] == [15_000, 10_000, 5_000]
    assert sum(r.principal for r in rows) == 1_000_000


def test_savings_plan_by_hand() -> None:
    rows = savings_plan(Savings(jenis="tabungan", setoran=20_000, anggota=15, lama_bulan=12,
                                saldo_awal=50_000))
    assert rows[0] == (1, 300_000, 350_000, 20_000)
    assert rows[-1] == (12, 300_000, 3_650_000, 240_000)


def test_break_even_by_hand() -> None:
    r = break_even(BreakEven(jenis="titik-impas", biaya_tetap=300_000, harga_jual=5_000,
                             biaya_variabel=3_000, satuan="bungkus"))
    assert (r.margin, r.units, r.revenue, r.margin_percent) == (2_000, 150, 750_000, 40)
    # 100.000 / 3.000 = 33,3 → 34 units (round up: 33 would still lose money)
    r = break_even(BreakEven(jenis="titik-impas", biaya_tetap=100_000, harga_jual=7_000,
                             biaya_variabel=4_000))
    assert (r.units, r.revenue) == (34, 238_000)


def test_block_renders_a_table_in_place() -> None:
    md = ("Awal\n\n```hitung\njenis: pinjaman\npokok: 1000000\nbunga_bulanan: 2\n"
          "lama_bulan: 10\nmetode: tetap\n```\n\nAkhir\n")
    out = expand_blocks(md)
    assert "```" not in out and out.startswith("Awal") and out.rstrip().endswith("Akhir")
    assert "| 1 | Rp 100.000 | Rp 20.000 | Rp 120.000 | Rp 900.000 |" in out
    assert "| **Jumlah** | **Rp 1.000.000** | **Rp 200.000** | **Rp 1.200.000** | |" in out
    assert "Total bunga Rp 200.000, yaitu 20% dari pokok pinjaman." in out


def test_block_inside_an_admonition_keeps_its_indent() -> None:
    md = ("!!! example\n    ```hitung\n    jenis: tabungan\n    setoran: 10000\n"
          "    anggota: 2\n    lama_bulan: 1\n    ```\n")
    out = expand_blocks(md)
    assert "    | 1 | Rp 20.000 | Rp 20.000 | Rp 10.000 |" in out


def test_other_code_blocks_are_left_alone() -> None:
    md = "```yaml\njenis: pinjaman\n```\n"
    assert expand_blocks(md) == md and find_blocks(md) == []


@pytest.mark.parametrize(("inputs", "line", "col", "message"), [
    ("jenis: pinjaman\npokok: '1jt'\nbunga_bulanan: 2\nlama_bulan: 10\nmetode: tetap\n",
     2, 8, "'pokok' must be a number without quotes or dots"),
    ("jenis: pinjaman\npokok: 1000000\nbunga_bulanan: 2\nlama_bulan: 0\nmetode: tetap\n",
     4, 13, "'lama_bulan' must be greater than 0"),
    ("jenis: pinjaman\npokok: 1000000\nbunga_bulanan: 2\nlama_bulan: 10\nmetode: flat\n",
     5, 9, "'metode' must be one of 'tetap' or 'menurun'"),
    ("jenis: pinjam\n", 1, 8, "did you mean 'pinjaman'?"),
    ("jenis: tabungan\nsetoran: 1000\nlama_bulan: 3\nanggot: 4\n", 4, 1,
     "unknown input 'anggot' (did you mean 'anggota'?)"),
])
def test_bad_inputs_have_lines(inputs: str, line: int, col: int, message: str) -> None:
    block = find_blocks(f"Teks\n\n```hitung\n{inputs}```\n")[0]
    value, problems = parse_block(block, body_line=10)
    assert value is None
    # body line 10 is "Teks"; the block's first input is on file line 13
    assert [(p.line - 12, p.col) for p in problems] == [(line, col)]
    assert message in problems[0].said.render("en")


def test_checker_reports_block_problems(project: Path) -> None:
    page = project / "content" / "hitung.md"
    page.write_text("# Hitung\n\n```hitung\njenis: titik-impas\nbiaya_tetap: 1000\n"
                    "harga_jual: 2000\nbiaya_variabel: 2500\n```\n", encoding="utf-8")
    found = [d.format() for d in load_catalog(project / "content",
                                              display_root=project).report.sorted()]
    # in Indonesian, the authors' language and the default
    assert found == ["content/hitung.md:3:1: error [C001] harga_jual harus lebih tinggi dari "
                     "biaya_variabel; kalau tidak, usaha ini tidak pernah balik modal\n"
                     "    petunjuk: " + found[0].split("petunjuk: ")[1]]
