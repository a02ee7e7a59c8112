"""The materials list (``content/harga/bahan.yml``): every material, wage and transport rate
once, with its unit, unit cost, price date and source.

Guides name materials by id; regional lists (:mod:`swadaya.model.prices`) override unit
costs by id. So the same material costs the same in every guide of one region::

    as_of: 2026-11-01              # price date of every entry that gives none of its own
    materials:
      semen-portland-50kg: {name: Semen portland 50 kg, unit: sak, unit_cost: 75000,
                            source: toko bangunan}
    wages:                         # per person-day (HOK)
      tukang: {name: Tukang, unit_cost: 130000, source: ...}
    transport:                     # per trip (rit)
      pikap: {name: Sewa pikap dengan sopir, unit_cost: 200000, source: ...}

Ids are unique across the three parts, so a regional list can override any of them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from swadaya.diagnostics import Diagnostic, make, suggestion
from swadaya.model.hints import did_you_mean
from swadaya.model.module import MATERIAL_ID
from swadaya.model.taxonomy import VocabularyTerm
from swadaya.source.datafile import read_data
from swadaya.source.yamlsafe import YamlDoc
from swadaya.text import rupiah

PRICE_DIR = "harga"
MATERIALS_FILE = f"{PRICE_DIR}/bahan.yml"

#: The parts of the list: key in the file → (kind, fixed unit or None when each entry names it).
PARTS: dict[str, tuple[str, str | None]] = {
    "materials": ("bahan", None),
    "wages": ("upah", "hok"),
    "transport": ("angkutan", "rit"),
}
_ENTRY_KEYS = {"name", "unit", "unit_cost", "as_of", "source"}
_ID = re.compile(MATERIAL_ID)


@dataclass(frozen=True)
class Material:
    """One priced thing: a material, a daily wage or a transport trip."""

    id: str
    name: str
    unit: str
    unit_cost: int
    as_of: dt.date
    source: str
    kind: str  # "bahan", "upah" or "angkutan"
    at: tuple[int, int]  # where its id is written
    as_of_at: tuple[int, int]  # where its price date is written (its own or the file's)


@dataclass
class MaterialList:
    """The materials list of a content tree."""

    shown: str
    as_of: dt.date
    items: dict[str, Material] = field(default_factory=dict)

    def of_kind(self, kind: str) -> dict[str, Material]:
        """The entries of one kind (``bahan``, ``upah``, ``angkutan``), in file order."""
        return {k: m for k, m in self.items.items() if m.kind == kind}


def load_materials(root: Path, shown: Callable[[str], str],
                   units: Mapping[str, VocabularyTerm]
                   ) -> tuple[MaterialList | None, list[Diagnostic]]:
    """Read ``harga/bahan.yml`` under the content ``root`` (None when there is none)."""
    path = root / MATERIALS_FILE
    if not path.exists():
        return None, []
    where = shown(MATERIALS_FILE)
    read = read_data(path, where)
    found, doc = read.diagnostics, read.doc
    if doc is None:
        return None, found
    data: Any = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("as_of"), dt.date) \
            or not isinstance(data.get("materials"), dict):
        return None, [*found, make(where, 1, 1, "M006", "list_shape")]
    for key in data:
        if key != "as_of" and key not in PARTS:
            found.append(make(where, *doc.key_where((key,)), "M006", "part", key=key,
                              guess=suggestion(did_you_mean(key, ["as_of", *PARTS]))))
    listing = MaterialList(where, data["as_of"])
    names: dict[str, str] = {}
    for part, (kind, fixed_unit) in PARTS.items():
        entries = data.get(part, {})
        if not isinstance(entries, dict):
            found.append(make(where, *doc.where((part,)), "M006", "part_shape", part=part))
            continue
        for key, raw in entries.items():
            item, problems = _entry(doc, where, part, str(key), raw, kind, fixed_unit, units,
                                    listing)
            found += problems
            if item is None:
                continue
            if item.id in listing.items:
                found.append(make(where, *item.at, "M006", "twice", id=item.id,
                                  kind=listing.items[item.id].kind))
                continue
            same = names.get(item.name.casefold())
            if same is not None:
                first = listing.items[same]
                found.append(make(where, *item.at, "M011", name=item.name, first=same,
                                  line=first.at[0], first_cost=rupiah(first.unit_cost),
                                  id=item.id, cost=rupiah(item.unit_cost)))
                continue
            names[item.name.casefold()] = item.id
            listing.items[item.id] = item
    return listing, found


def _entry(doc: YamlDoc, shown: str, part: str, key: str, raw: Any, kind: str,
           fixed_unit: str | None, units: Mapping[str, VocabularyTerm],
           listing: MaterialList) -> tuple[Material | None, list[Diagnostic]]:
    at = doc.key_where((part, key))
    found: list[Diagnostic] = []
    if not _ID.match(key):
        return None, [make(shown, *at, "M006", "id", key=key)]
    if not isinstance(raw, dict):
        return None, [make(shown, *at, "M006", "entry", key=key)]
    allowed = _ENTRY_KEYS - ({"unit"} if fixed_unit else set())
    for name in raw:
        if name not in allowed:
            found.append(make(shown, *doc.key_where((part, key, name)), "M006", "entry_unknown",
                              name=name, key=key,
                              guess=suggestion(did_you_mean(str(name), allowed))))
    name, source = raw.get("name"), raw.get("source", "")
    cost: Any = raw.get("unit_cost")
    if not isinstance(name, str) or not name.strip():
        found.append(make(shown, *at, "M006", "name", key=key))
    if isinstance(cost, bool) or not isinstance(cost, int) or cost <= 0:
        found.append(make(shown, *doc.where((part, key, "unit_cost")), "M006", "cost", key=key))
    if not isinstance(source, str):
        found.append(make(shown, *doc.where((part, key, "source")), "M006", "source", key=key))
    unit = fixed_unit or raw.get("unit")
    if not isinstance(unit, str) or unit not in units:
        guess = did_you_mean(str(unit), units)
        found.append(make(shown, *doc.where((part, key, "unit")), "M006", "unit",
                          hint="unit_hint", unit=unit, key=key, guess=suggestion(guess)))
    as_of = raw.get("as_of", listing.as_of)
    if not isinstance(as_of, dt.date):
        found.append(make(shown, *doc.where((part, key, "as_of")), "M006", "date", key=key))
    if found:
        return None, found
    as_of_at = doc.where((part, key, "as_of")) if "as_of" in raw else doc.where(("as_of",))
    return Material(key, str(name).strip(), str(unit), int(cost), as_of, str(source),
                    kind, at, as_of_at), []
