"""Worked examples (``hitung`` fenced blocks): their inputs, checked, and their arithmetic.

A savings plan, a loan schedule (flat or declining-balance interest) or a break-even
point is written as its inputs; the numbers are computed here and rendered as tables by
:mod:`swadaya.outputs.worked_examples`, so the numbers in a module can never drift from
their formula. Money is whole rupiah, computed with ``Decimal`` and rounded half up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from swadaya.diagnostics import Phrase, say, suggestion
from swadaya.model.hints import did_you_mean
from swadaya.source.markdown_scan import fenced_blocks
from swadaya.source.yamlsafe import YamlProblem, load
from swadaya.text import rupiah_round, thousands

FENCE_INFO = "hitung"


class Input(BaseModel):
    """The inputs of one kind of worked example: numbers unquoted, no unknown keys."""

    model_config = ConfigDict(strict=True, extra="forbid", defer_build=True)


class Loan(Input):
    """A loan repaid in equal principal instalments."""

    jenis: Literal["pinjaman"]
    pokok: int = Field(gt=0, le=10_000_000_000, description="pokok pinjaman (rupiah)")
    bunga_bulanan: float = Field(ge=0, le=100, description="bunga per bulan (persen)")
    lama_bulan: int = Field(gt=0, le=240, description="lama pinjaman (bulan)")
    metode: Literal["tetap", "menurun"]


class Savings(Input):
    """Regular member deposits into a group fund."""

    jenis: Literal["tabungan"]
    setoran: int = Field(gt=0, le=1_000_000_000, description="setoran per anggota per bulan")
    anggota: int = Field(default=1, gt=0, le=10_000)
    lama_bulan: int = Field(gt=0, le=240)
    saldo_awal: int = Field(default=0, ge=0, le=10_000_000_000)


class BreakEven(Input):
    """Fixed costs, price and variable cost per unit of a micro-business."""

    jenis: Literal["titik-impas"]
    biaya_tetap: int = Field(ge=0, le=10_000_000_000, description="biaya tetap per bulan")
    harga_jual: int = Field(gt=0, le=1_000_000_000)
    biaya_variabel: int = Field(ge=0, le=1_000_000_000)
    satuan: str = Field(default="unit", min_length=1, max_length=30)


KINDS: dict[str, type[Input]] = {"pinjaman": Loan, "tabungan": Savings,
                                  "titik-impas": BreakEven}


@dataclass(frozen=True)
class Block:
    """A ``hitung`` block: its lines (0-based, fences included) and its YAML text."""

    start: int  # index of the opening fence line
    end: int  # index of the closing fence line
    indent: str
    text: str


@dataclass(frozen=True)
class Problem:
    """A bad input in a block, at a 1-based line and column of the body: code and message."""

    line: int
    col: int
    code: str
    said: Phrase


def find_blocks(markdown: str) -> list[Block]:
    """Every ``hitung`` fence in ``markdown`` (an unclosed one runs to the end)."""
    lines = markdown.split("\n")
    blocks = []
    for fence in fenced_blocks(lines):
        if fence.info != FENCE_INFO:
            continue
        last = fence.end if fence.closed else fence.end + 1
        body = [x[len(fence.indent):] if x.startswith(fence.indent) else x.lstrip()
                for x in lines[fence.start + 1:last]]
        blocks.append(Block(fence.start, fence.end, fence.indent, "\n".join(body) + "\n"))
    return blocks


def parse_block(block: Block, body_line: int = 1) -> tuple[Input | None, list[Problem]]:
    """Validate a block's inputs; positions are lines of the page (1-based, ``body_line`` first)."""
    first = body_line + block.start + 1
    col0 = len(block.indent)
    try:
        doc = load(block.text, first)
    except YamlProblem as problem:
        return None, [Problem(problem.line, problem.col + col0, problem.code, problem.said)]
    data = doc.data
    if not isinstance(data, dict):
        return None, [Problem(first, col0 + 1, "C001", say("C001", "shape"))]
    kind = data.get("jenis")
    if kind not in KINDS:
        guess = did_you_mean(str(kind), KINDS, cutoff=0.5)
        line, col = doc.where(("jenis",))
        return None, [Problem(line, col + col0, "C001",
                              say("C001", "kind", kind=kind, kinds=", ".join(KINDS),
                                  guess=suggestion(guess)))]
    model = KINDS[kind]
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            path = tuple(err["loc"])
            if err["type"] == "extra_forbidden":
                line, col = doc.key_where(path)
            else:
                line, col = doc.where(path) if path and path[0] in data else (first, 1)
            name = ".".join(str(p) for p in path)
            problems.append(Problem(line, col + col0, "C001", _said(name, err, model)))
        return None, problems


def _said(name: str, err: Any, model: type[Input]) -> Phrase:
    kind = err["type"]
    ctx = err.get("ctx", {})
    if kind == "missing":
        return say("C001", "missing", name=name, inputs=", ".join(model.model_fields))
    if kind == "extra_forbidden":
        return say("C001", "unknown", name=name,
                   guess=suggestion(did_you_mean(name, model.model_fields)))
    if kind in ("int_type", "int_from_float", "float_type"):
        return say("C001", "number", name=name)
    if kind == "greater_than":
        return say("C001", "above", name=name, bound=ctx.get("gt"))
    if kind == "greater_than_equal":
        return say("C001", "at_least", name=name, bound=ctx.get("ge"))
    if kind == "less_than_equal":
        return say("C001", "at_most", name=name, bound=thousands(int(ctx.get("le", 0))))
    if kind == "literal_error":
        return say("C001", "choice", name=name, choices=ctx.get("expected"))
    return say("C001", "other", name=name, detail=err["msg"])


def check_semantics(value: Input) -> Phrase | None:
    """Problems the types cannot express (a price below its cost never breaks even)."""
    if isinstance(value, BreakEven) and value.harga_jual <= value.biaya_variabel:
        return say("C001", "price")
    return None


# ---------------------------------------------------------------- computations

@dataclass(frozen=True)
class Instalment:
    """One month of a loan schedule."""

    month: int
    principal: int
    interest: int
    remaining: int

    @property
    def total(self) -> int:
        """What the borrower pays this month."""
        return self.principal + self.interest


def loan_schedule(loan: Loan) -> list[Instalment]:
    """Equal principal each month (the last absorbs rounding); interest flat or declining."""
    rate = Decimal(str(loan.bunga_bulanan)) / 100
    base = rupiah_round(Decimal(loan.pokok) / loan.lama_bulan)
    remaining = loan.pokok
    rows = []
    for month in range(1, loan.lama_bulan + 1):
        principal = remaining if month == loan.lama_bulan else min(base, remaining)
        on = loan.pokok if loan.metode == "tetap" else remaining
        interest = rupiah_round(Decimal(on) * rate)
        remaining -= principal
        rows.append(Instalment(month, principal, interest, remaining))
    return rows


def savings_plan(plan: Savings) -> list[tuple[int, int, int, int]]:
    """(month, group deposit, group balance, one member's savings) for each month."""
    deposit = plan.setoran * plan.anggota
    return [(m, deposit, plan.saldo_awal + m * deposit, m * plan.setoran)
            for m in range(1, plan.lama_bulan + 1)]


@dataclass(frozen=True)
class BreakEvenResult:
    """Margin and break-even point of a micro-business."""

    margin: int
    units: int
    revenue: int
    margin_percent: Decimal


def break_even(value: BreakEven) -> BreakEvenResult:
    """Units to sell so that margins cover the fixed costs (rounded up to whole units)."""
    margin = value.harga_jual - value.biaya_variabel
    units = math.ceil(Decimal(value.biaya_tetap) / margin) if value.biaya_tetap else 0
    return BreakEvenResult(margin, units, units * value.harga_jual,
                           Decimal(margin * 100) / value.harga_jual)
