"""``swadaya cost GUIDE [--prices NAME]``: a guide's costs in the terminal, in three parts:
materials, labour and transport, then their totals."""

from __future__ import annotations

import sys
from pathlib import Path

from swadaya.checks import load_checked
from swadaya.model.catalog import Catalog
from swadaya.model.materials import PRICE_DIR
from swadaya.model.prices import (
    GUIDE,
    REGION,
    CostLine,
    PriceList,
    cost,
    load_price_list,
)
from swadaya.project import Project
from swadaya.text import quantity_text, rupiah


def _price_list(project: Project, catalog: Catalog, name: str) -> PriceList | None:
    # a list from content/harga/ was already checked with the catalog
    found = next((p for p in catalog.price_lists if p.key == name), None)
    if found is not None:
        return found
    path = Path(name)
    if not path.suffix:
        path = project.content / PRICE_DIR / f"{name}.yml"
    price_list, problems = load_price_list(path, str(path), catalog.materials)
    for d in problems:
        print(d.format(), file=sys.stderr)
    if any(d.level.value == "error" for d in problems):
        return None
    return price_list


def _table(title: str, lines: list[CostLine], unit_of: dict[str, str], total: int) -> None:
    """One part as aligned columns, with its sum."""
    rows = [(title, "Jumlah", "Harga satuan", "Total")]
    for line in lines:
        mark = " *" if line.origin == REGION else (" †" if line.origin == GUIDE else "")
        label = line.label if line.label == line.name else f"{line.label} ({line.name})"
        rows.append((label, f"{quantity_text(line.quantity)} {unit_of.get(line.unit, line.unit)}",
                     rupiah(line.unit_cost) + mark, rupiah(line.total)))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for i, row in enumerate(rows):
        print(f"{row[0].ljust(widths[0])}  {row[1].ljust(widths[1])}  "
              f"{row[2].rjust(widths[2])}  {row[3].rjust(widths[3])}")
        if i == 0:
            print("  ".join("-" * w for w in widths))
    print(f"{('Jumlah ' + title.lower()).ljust(sum(widths[:3]) + 4)}  "
          f"{rupiah(total).rjust(widths[3])}")


def run_cost(project: Project, guide: str, prices: str | None) -> int:
    """Print the costs; exit 2 on an unknown guide or a bad price list."""
    catalog = load_checked(project.content, cache=project.cache)
    module = catalog.modules.get(guide.upper())
    if module is None or not module.bill_of_materials:
        guides = ", ".join(m.id for m in catalog.modules.values() if m.bill_of_materials)
        print(f"swadaya cost: '{guide}' is not a guide with a bill of materials "
              f"(guides: {guides})", file=sys.stderr)
        return 2
    price_list = _price_list(project, catalog, prices) if prices else None
    if prices and price_list is None:
        return 2
    costing = cost(module, catalog.materials, price_list)
    units = {k: t.label for k, t in catalog.taxonomy.terms("units").items()}
    units.update({"hok": "HOK", "rit": "rit"})
    print(f"{module.id} · {module.title}")
    where = f", harga {costing.region}" if costing.region else ""
    as_of = costing.prices_as_of.isoformat() if costing.prices_as_of else "?"
    print(f"Harga per {as_of}{where}\n")
    _table("Bahan", costing.materials, units, costing.materials_total)
    for title, lines, total in (("Tenaga kerja", costing.labour, costing.labour_total),
                                ("Angkutan", costing.transport, costing.transport_total)):
        if lines:
            print()
            _table(title, lines, units, total)
    print()
    for label, value in (("Bahan", costing.materials_total),
                         ("Tenaga kerja", costing.labour_total),
                         ("Angkutan", costing.transport_total)):
        print(f"{label.ljust(14)}{rupiah(value).rjust(16)}")
    print(f"{'Semua'.ljust(14)}{rupiah(costing.total).rjust(16)}")
    notes = []
    if any(line.origin == REGION for line in costing.materials + costing.labour
           + costing.transport):
        notes.append("* harga wilayah")
    if any(line.origin == GUIDE for line in costing.materials):
        notes.append("† harga khusus panduan ini")
    if notes:
        print("; ".join(notes))
    return 0
