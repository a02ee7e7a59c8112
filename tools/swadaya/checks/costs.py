"""Guides against the price lists: material ids, units, a guide's own prices, stale dates.

The materials list and the regional lists were read (and their own problems reported) by
the model; these are the checks across files, and the ones that need today's date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from swadaya.diagnostics import Diagnostic, common, make, suggestion
from swadaya.model.catalog import Catalog, ContentPage
from swadaya.model.hints import did_you_mean
from swadaya.model.materials import MATERIALS_FILE, Material, MaterialList
from swadaya.text import rupiah

#: Prices older than this are a warning (M004); ``--price-age`` changes it.
PRICE_AGE_DAYS = 365

#: Kinds of listed entries; each is named in messages by its phrase in
#: :data:`swadaya.diagnostics.PHRASES` (``bahan``: a material, ``upah``: a wage, ...).
#: Guide field → (the key of a line naming an id, the kind that id must be).
_REFERENCES = {"bill_of_materials": ("material", "bahan"), "labour": ("wage", "upah"),
               "transport": ("vehicle", "angkutan")}


def check_costs(catalog: Catalog, today: dt.date, price_age_days: int = PRICE_AGE_DAYS
                ) -> None:
    """Check every guide's bill, labour and transport, and the age of every price."""
    materials = catalog.materials
    for page in catalog.pages.values():
        module = page.module
        if module is None or not (module.bill_of_materials or module.labour
                                  or module.transport):
            continue
        if materials is None:
            catalog.report.add(make(page.shown, *page.at(("bill_of_materials",)), "M008",
                                    "no_list", id=module.id, file=f"content/{MATERIALS_FILE}"))
            continue
        catalog.report.extend(_references(page, materials, catalog.taxonomy.terms("units")))
    if materials is not None:
        catalog.report.extend(_stale_list(materials, today, price_age_days))
    for prices in catalog.price_lists:
        age = (today - prices.as_of).days
        if age > price_age_days:
            catalog.report.add(make(prices.shown, *prices.as_of_at, "M004", "region",
                                    region=prices.region, age=age,
                                    date=prices.as_of.isoformat(), limit=price_age_days))


def _references(page: ContentPage, materials: MaterialList, catalog_units: Iterable[str]
                ) -> list[Diagnostic]:
    """Unknown ids (M008), units (M009), own prices (M010) and repeats (M005) of one guide."""
    module = page.module
    assert module is not None
    found: list[Diagnostic] = []
    units = set(catalog_units)
    for field, (key, kind) in _REFERENCES.items():
        known = materials.of_kind(kind)
        seen: dict[str, int] = {}
        for i, line in enumerate(getattr(module, field)):
            ident = getattr(line, key)
            at = page.at((field, i, key))
            if ident not in known:
                found.append(_unknown(page.shown, at, ident, kind, known, materials))
                continue
            if field == "bill_of_materials":
                if ident in seen:
                    found.append(make(page.shown, *at, "M005", item=ident,
                                      other=seen[ident] + 1))
                seen.setdefault(ident, i)
                found += _bill_line(page, i, known[ident], units)
    return found


def _unknown(shown: str, at: tuple[int, int], ident: str, kind: str,
             known: Mapping[str, Material], materials: MaterialList) -> Diagnostic:
    elsewhere = materials.items.get(ident)
    if elsewhere is not None:  # a wage named as a material, or the other way round
        return make(shown, *at, "M008", "kind", id=ident, kind=common(elsewhere.kind),
                    file=materials.shown, word=common(kind))
    guess = did_you_mean(ident, known)
    return make(shown, *at, "M008", hint="hint", word=common(kind), id=ident,
                guess=suggestion(guess), file=materials.shown)


def _bill_line(page: ContentPage, i: int, listed: Material, units: set[str]
               ) -> list[Diagnostic]:
    module = page.module
    assert module is not None
    line = module.bill_of_materials[i]
    found = []
    # an unknown unit is S003 already; a known one that differs is the mismatch
    if line.unit in units and line.unit != listed.unit:
        found.append(make(page.shown, *page.at(("bill_of_materials", i, "unit")), "M009",
                          hint="hint", unit=line.unit, id=listed.id, listed=listed.unit))
    if line.unit_cost is not None and not line.price_reason.strip():
        found.append(make(page.shown, *page.at(("bill_of_materials", i, "unit_cost")), "M010",
                          id=listed.id, own=rupiah(line.unit_cost),
                          listed=rupiah(listed.unit_cost)))
    return found


def _stale_list(materials: MaterialList, today: dt.date, age_limit: int) -> list[Diagnostic]:
    """One M004 per place a stale date is written (the file's date counts once)."""
    by_place: dict[tuple[int, int], list[Material]] = {}
    for item in materials.items.values():
        if (today - item.as_of).days > age_limit:
            by_place.setdefault(item.as_of_at, []).append(item)
    found = []
    for at, items in by_place.items():
        date = items[0].as_of
        age = (today - date).days
        if len(items) == 1:
            found.append(make(materials.shown, *at, "M004", "item", id=items[0].id, age=age,
                              date=date.isoformat(), limit=age_limit))
        else:
            found.append(make(materials.shown, *at, "M004", "items", count=len(items),
                              age=age, date=date.isoformat(), limit=age_limit))
    return found
