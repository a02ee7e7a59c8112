"""Worked examples rendered: each valid ``hitung`` block becomes its computed table.

The inputs and the arithmetic are in :mod:`swadaya.model.calc`; this is only the wording
and the table layout, shared by the site and the printed handbooks.
"""

from __future__ import annotations

from decimal import Decimal

from swadaya.model.calc import (
    BreakEven,
    Input,
    Loan,
    Savings,
    break_even,
    check_semantics,
    find_blocks,
    loan_schedule,
    parse_block,
    savings_plan,
)
from swadaya.text import percent, rupiah, rupiah_round, thousands


def render_block(value: Input) -> str:
    """The Markdown table(s) of a worked example."""
    if isinstance(value, Loan):
        return _render_loan(value)
    if isinstance(value, Savings):
        return _render_savings(value)
    assert isinstance(value, BreakEven)
    return _render_break_even(value)


def _render_loan(loan: Loan) -> str:
    rows = loan_schedule(loan)
    method = ("bunga tetap, dihitung dari pokok awal" if loan.metode == "tetap"
              else "bunga menurun, dihitung dari sisa pinjaman")
    out = [f"**Jadwal angsuran: pinjaman {rupiah(loan.pokok)}, bunga "
           f"{percent(loan.bunga_bulanan)} per bulan ({method}), {loan.lama_bulan} bulan**",
           "", "| Bulan | Angsuran pokok | Bunga | Jumlah angsuran | Sisa pinjaman |",
           "|---:|---:|---:|---:|---:|"]
    out += [f"| {r.month} | {rupiah(r.principal)} | {rupiah(r.interest)} | {rupiah(r.total)} "
            f"| {rupiah(r.remaining)} |" for r in rows]
    interest = sum(r.interest for r in rows)
    out.append(f"| **Jumlah** | **{rupiah(loan.pokok)}** | **{rupiah(interest)}** | "
               f"**{rupiah(loan.pokok + interest)}** | |")
    out += ["", f"Total bunga {rupiah(interest)}, yaitu "
                f"{percent(Decimal(interest * 100) / loan.pokok, 1)} dari pokok pinjaman."]
    return "\n".join(out)


def _render_savings(plan: Savings) -> str:
    rows = savings_plan(plan)
    out = [f"**Rencana tabungan: {plan.anggota} anggota × {rupiah(plan.setoran)} per bulan, "
           f"{plan.lama_bulan} bulan**", ""]
    if plan.saldo_awal:
        out += [f"Saldo awal kelompok {rupiah(plan.saldo_awal)}.", ""]
    out += ["| Bulan | Setoran kelompok | Saldo kelompok | Tabungan satu anggota |",
            "|---:|---:|---:|---:|"]
    out += [f"| {m} | {rupiah(d)} | {rupiah(b)} | {rupiah(own)} |" for m, d, b, own in rows]
    return "\n".join(out)


def _render_break_even(value: BreakEven) -> str:
    result = break_even(value)
    unit = value.satuan
    out = [f"**Titik impas: biaya tetap {rupiah(value.biaya_tetap)} per bulan, harga jual "
           f"{rupiah(value.harga_jual)} per {unit}, biaya variabel "
           f"{rupiah(value.biaya_variabel)} per {unit}**", "",
           "| Ukuran | Nilai |", "|---|---:|",
           f"| Margin per {unit} (harga jual − biaya variabel) | {rupiah(result.margin)} "
           f"({percent(result.margin_percent, 1)} dari harga) |",
           f"| Titik impas (biaya tetap ÷ margin, dibulatkan ke atas) | "
           f"{thousands(result.units)} {unit} per bulan |",
           f"| Penjualan pada titik impas | {rupiah(result.revenue)} per bulan |", ""]
    base = max(result.units, 1)
    out += ["| Terjual per bulan | Laba (rugi) |", "|---:|---:|"]
    for factor in (Decimal("0.5"), Decimal(1), Decimal("1.5"), Decimal(2)):
        units = rupiah_round(base * factor)
        profit = units * result.margin - value.biaya_tetap
        out.append(f"| {thousands(units)} {unit} | {rupiah(profit)} |")
    return "\n".join(out)


def expand_blocks(markdown: str) -> str:
    """Replace each valid ``hitung`` block by its computed table (bad ones stay as code)."""
    lines = markdown.split("\n")
    for block in reversed(find_blocks(markdown)):
        value, problems = parse_block(block)
        if value is None or problems or check_semantics(value):
            continue
        table = [block.indent + x if x else x for x in render_block(value).split("\n")]
        lines[block.start:block.end + 1] = table
    return "\n".join(lines)
