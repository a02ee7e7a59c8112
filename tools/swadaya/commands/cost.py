"""``swadaya cost GUIDE [--prices FILE]``: a guide's costed bill of materials in the terminal."""

from __future__ import annotations

import sys
from pathlib import Path

from swadaya.checks import load_checked
from swadaya.model.prices import PRICE_DIR, PriceList, cost, load_price_list, material_names
from swadaya.project import Project
from swadaya.text import quantity_text, rupiah


def _price_list(project: Project, name: str, known: set[str]) -> PriceList | None:
    path = Path(name)
    if not path.suffix:
        path = project.content / PRICE_DIR / f"{name}.yml"
    price_list, problems = load_price_list(path, str(path), known)
    for d in problems:
        print(d.format(), file=sys.stderr)
    if any(d.level.value == "error" for d in problems):
        return None
    return price_list


def run_cost(project: Project, guide: str, prices: str | None) -> int:
    """Print the costed bill of materials; exit 2 on an unknown guide or bad price list."""
    catalog = load_checked(project.content, cache=project.cache)
    module = catalog.modules.get(guide.upper())
    if module is None or not module.bill_of_materials:
        guides = ", ".join(m.id for m in catalog.modules.values() if m.bill_of_materials)
        print(f"swadaya cost: '{guide}' is not a guide with a bill of materials "
              f"(guides: {guides})", file=sys.stderr)
        return 2
    price_list = None
    if prices:
        # a list from content/harga/ was already checked with the catalog
        price_list = next((p for p in catalog.price_lists if p.key == prices), None)
        if price_list is None:
            price_list = _price_list(project, prices, material_names(catalog.modules.values()))
        if price_list is None:
            return 2
    costing = cost(module, price_list)
    rows = [("Bahan", "Jumlah", "Harga satuan", "Total")]
    for line in costing.lines:
        mark = " *" if line.regional else ""
        rows.append((line.item, f"{quantity_text(line.quantity)} {line.unit}",
                     rupiah(line.unit_cost) + mark, rupiah(line.total)))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    print(f"{module.id} · {module.title}")
    where = f", harga {costing.region}" if costing.region else ""
    as_of = costing.prices_as_of.isoformat() if costing.prices_as_of else "?"
    print(f"Harga per {as_of}{where}")
    for i, row in enumerate(rows):
        print(f"{row[0].ljust(widths[0])}  {row[1].ljust(widths[1])}  "
              f"{row[2].rjust(widths[2])}  {row[3].rjust(widths[3])}")
        if i == 0:
            print("  ".join("-" * w for w in widths))
    print(f"{'Jumlah'.ljust(sum(widths[:3]) + 4)}  {rupiah(costing.total).rjust(widths[3])}")
    if price_list:
        print("* harga wilayah")
    return 0
