"""Costing a guide's bill of materials, with regional price lists (``content/harga/*.yml``).

A price list overrides the guide's default unit costs item by item::

    region: Nusa Tenggara Timur
    as_of: 2026-10-01
    prices:
      Drum plastik biru 200 liter: 300000

Line totals are quantity × unit cost rounded to whole rupiah (half up).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from swadaya.diagnostics import Diagnostic, make
from swadaya.model.module import ModuleMeta
from swadaya.source.datafile import load_folder, read_data
from swadaya.text import rupiah_round

PRICE_DIR = "harga"


@dataclass
class PriceList:
    """Unit costs of one region, by material name."""

    key: str
    region: str
    as_of: dt.date
    prices: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class CostLine:
    """One costed line of a bill of materials."""

    item: str
    quantity: float
    unit: str
    unit_cost: int
    total: int
    regional: bool  # the unit cost came from a regional price list


@dataclass(frozen=True)
class Costing:
    """A costed bill of materials."""

    lines: list[CostLine]
    prices_as_of: dt.date | None
    region: str = ""

    @property
    def total(self) -> int:
        """The grand total in rupiah."""
        return sum(line.total for line in self.lines)


def cost(module: ModuleMeta, prices: PriceList | None = None) -> Costing:
    """The guide's bill of materials with line totals; ``prices`` overrides unit costs."""
    lines = []
    regional_prices = prices.prices if prices else {}
    for item in module.bill_of_materials:
        override = regional_prices.get(item.item)
        unit_cost = override if override is not None else item.unit_cost
        total = rupiah_round(Decimal(str(item.quantity)) * unit_cost)
        lines.append(CostLine(item.item, item.quantity, item.unit, unit_cost, total,
                              override is not None))
    return Costing(lines, prices.as_of if prices else module.prices_as_of,
                   prices.region if prices else "")


def load_price_list(path: Path, shown: str, known_items: set[str]
                    ) -> tuple[PriceList | None, list[Diagnostic]]:
    """Read and check one price list file."""
    read = read_data(path, shown)
    found, doc = read.diagnostics, read.doc
    if doc is None:
        return None, found
    data: Any = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("region"), str) \
            or not isinstance(data.get("as_of"), dt.date) \
            or not isinstance(data.get("prices"), dict):
        return None, [*found, make(shown, 1, 1, "M006", "shape")]
    for key in sorted(set(data) - {"region", "as_of", "prices"}):
        found.append(make(shown, *doc.key_where((key,)), "M006", "unknown", key=key))
    prices: dict[str, int] = {}
    for item, value in data["prices"].items():
        at = doc.where(("prices", item))
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            found.append(make(shown, *at, "M006", "price", item=item))
            continue
        if item not in known_items:
            found.append(make(shown, *doc.key_where(("prices", item)), "M007", item=item))
        prices[str(item)] = value
    return PriceList(path.stem, data["region"], data["as_of"], prices), found


def material_names(modules: Iterable[ModuleMeta]) -> set[str]:
    """Every material named in the guides' bills of materials."""
    return {i.item for m in modules for i in m.bill_of_materials}


def load_price_lists(root: Path, shown: Callable[[str], str], modules: Iterable[ModuleMeta]
                     ) -> tuple[list[PriceList], list[Diagnostic]]:
    """Every ``harga/*.yml`` under the content ``root``, checked against the materials of
    the guides among ``modules``."""
    known = material_names(modules)
    return load_folder(root, PRICE_DIR, shown,
                       lambda file, rel, where: load_price_list(file, where, known))
