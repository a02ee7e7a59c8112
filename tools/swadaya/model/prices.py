"""Regional price lists (``content/harga/*.yml``) and costing a guide: materials, labour and
transport, each priced from the materials list or a region.

A regional list overrides unit costs of the materials list by id, wages and transport
rates included::

    region: Nusa Tenggara Timur
    as_of: 2026-11-01
    prices:
      semen-portland-50kg: 95000
      tukang: 150000

A guide's own price (``unit_cost`` with ``price_reason`` on a bill line) wins over both:
it is there because the guide's material differs from the listed one.
Line totals are quantity × unit cost rounded to whole rupiah (half up).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from swadaya.diagnostics import Diagnostic, make, suggestion
from swadaya.model.hints import did_you_mean
from swadaya.model.materials import MATERIALS_FILE, PRICE_DIR, MaterialList
from swadaya.model.module import ModuleMeta
from swadaya.source.datafile import load_folder, read_data
from swadaya.text import rupiah_round

#: Where a unit cost came from.
LIST, REGION, GUIDE = "daftar", "wilayah", "panduan"


@dataclass
class PriceList:
    """Unit costs of one region, by id of the materials list."""

    key: str
    region: str
    as_of: dt.date
    prices: dict[str, int] = field(default_factory=dict)
    #: Where the region's date is written (line, col), for the stale-price warning.
    as_of_at: tuple[int, int] = (1, 1)
    shown: str = ""


@dataclass(frozen=True)
class CostLine:
    """One costed line: a material, a kind of work or a transport."""

    id: str  # id in the materials list
    label: str  # what the reader sees first: the material's name, the work, what is carried
    name: str  # the listed name (the material, the wage, the vehicle)
    quantity: float
    unit: str
    unit_cost: int
    total: int
    origin: str  # LIST, REGION or GUIDE
    note: str = ""
    substitute: str = ""
    source: str = ""
    reason: str = ""  # why a guide set its own price

    @property
    def regional(self) -> bool:
        """The unit cost came from a regional price list."""
        return self.origin == REGION


@dataclass(frozen=True)
class Costing:
    """A guide's costs in three parts: materials, labour and transport."""

    materials: list[CostLine]
    labour: list[CostLine]
    transport: list[CostLine]
    prices_as_of: dt.date | None
    region: str = ""

    @property
    def lines(self) -> list[CostLine]:
        """The material lines (what a bill of materials used to be)."""
        return self.materials

    @property
    def materials_total(self) -> int:
        """Materials, in rupiah."""
        return sum(line.total for line in self.materials)

    @property
    def labour_total(self) -> int:
        """Labour, in rupiah."""
        return sum(line.total for line in self.labour)

    @property
    def transport_total(self) -> int:
        """Transport, in rupiah."""
        return sum(line.total for line in self.transport)

    @property
    def total(self) -> int:
        """Materials, labour and transport together."""
        return self.materials_total + self.labour_total + self.transport_total


def cost(module: ModuleMeta, materials: MaterialList | None,
         prices: PriceList | None = None) -> Costing:
    """The guide's costs; ``prices`` overrides the list's unit costs by id. Lines naming an
    id the list does not have are left out (they are M008 errors)."""
    items = materials.items if materials else {}
    regional = prices.prices if prices else {}
    dates: list[dt.date] = []

    def line(key: str, label: str, quantity: float, own: int | None = None, **extra: str
             ) -> CostLine | None:
        listed = items.get(key)
        if listed is None:
            return None
        if own is not None:
            unit_cost, origin = own, GUIDE
            dates.append(module.reviewed)
        elif key in regional and prices is not None:
            unit_cost, origin = regional[key], REGION
            dates.append(prices.as_of)
        else:
            unit_cost, origin = listed.unit_cost, LIST
            dates.append(listed.as_of)
        total = rupiah_round(Decimal(str(quantity)) * unit_cost)
        return CostLine(key, label or listed.name, listed.name, quantity, listed.unit,
                        unit_cost, total, origin, source=listed.source, **extra)

    bill = [line(b.material, "", b.quantity, b.unit_cost, note=b.note,
                 substitute=b.substitute, reason=b.price_reason)
            for b in module.bill_of_materials]
    labour = [line(w.wage, w.work, w.person_days) for w in module.labour]
    transport = [line(t.vehicle, t.what, t.trips) for t in module.transport]
    return Costing([x for x in bill if x], [x for x in labour if x],
                   [x for x in transport if x], min(dates) if dates else None,
                   prices.region if prices else "")


def load_price_list(path: Path, shown: str, materials: MaterialList | None
                    ) -> tuple[PriceList | None, list[Diagnostic]]:
    """Read and check one regional price list against the materials list."""
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
    known = materials.items if materials else {}
    prices: dict[str, int] = {}
    for item, value in data["prices"].items():
        at = doc.where(("prices", item))
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            found.append(make(shown, *at, "M006", "price", item=item))
            continue
        if item not in known:
            found.append(make(shown, *doc.key_where(("prices", item)), "M007", item=item,
                              guess=suggestion(did_you_mean(str(item), known))))
            continue
        prices[str(item)] = value
    return PriceList(path.stem, data["region"], data["as_of"], prices,
                     doc.where(("as_of",)), shown), found


def load_price_lists(root: Path, shown: Callable[[str], str], materials: MaterialList | None
                     ) -> tuple[list[PriceList], list[Diagnostic]]:
    """Every regional ``harga/*.yml`` under the content ``root`` (all but the materials
    list), checked against the materials list."""
    def one(file: Path, rel: str, where: str) -> tuple[PriceList | None, list[Diagnostic]]:
        if rel == MATERIALS_FILE:
            return None, []
        return load_price_list(file, where, materials)

    return load_folder(root, PRICE_DIR, shown, one)
