"""Guides against the price lists: material ids, units, a guide's own prices, stale dates.

The materials list and the regional lists were read (and their own problems reported) by
the model; these are the checks across files, and the ones that need today's date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from swadaya.diagnostics import Diagnostic, make
from swadaya.model.catalog import Catalog, ContentPage
from swadaya.model.hints import did_you_mean, suggestion
from swadaya.model.materials import MATERIALS_FILE, Material, MaterialList
from swadaya.text import rupiah

#: Prices older than this are a warning (M004); ``--price-age`` changes it.
PRICE_AGE_DAYS = 365

#: Kind of a listed entry → its name in messages.
_WORDS = {"bahan": "material", "upah": "wage", "angkutan": "transport rate"}
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
                                    f"guide {module.id} names materials, but there is no "
                                    f"materials list (content/{MATERIALS_FILE})"))
            continue
        catalog.report.extend(_references(page, materials, catalog.taxonomy.terms("units")))
    if materials is not None:
        catalog.report.extend(_stale_list(materials, today, price_age_days))
    for prices in catalog.price_lists:
        age = (today - prices.as_of).days
        if age > price_age_days:
            catalog.report.add(make(prices.shown, *prices.as_of_at, "M004",
                                    f"prices of {prices.region} were checked {age} days ago "
                                    f"({prices.as_of.isoformat()}); older than "
                                    f"{price_age_days} days"))


def _references(page: ContentPage, materials: MaterialList, catalog_units: Iterable[str]
                ) -> list[Diagnostic]:
    """Unknown ids (M008), units (M009), own prices (M010) and repeats (M005) of one guide."""
    module = page.module
    assert module is not None
    found: list[Diagnostic] = []
    units = set(catalog_units)
    for field, (key, kind) in _REFERENCES.items():
        known, word = materials.of_kind(kind), _WORDS[kind]
        seen: dict[str, int] = {}
        for i, line in enumerate(getattr(module, field)):
            ident = getattr(line, key)
            at = page.at((field, i, key))
            if ident not in known:
                found.append(_unknown(page.shown, at, ident, word, known, materials))
                continue
            if field == "bill_of_materials":
                if ident in seen:
                    found.append(make(page.shown, *at, "M005", f"material '{ident}' is listed "
                                                           f"twice (also item {seen[ident] + 1})"))
                seen.setdefault(ident, i)
                found += _bill_line(page, i, known[ident], units)
    return found


def _unknown(shown: str, at: tuple[int, int], ident: str, word: str,
             known: Mapping[str, Material], materials: MaterialList) -> Diagnostic:
    elsewhere = materials.items.get(ident)
    if elsewhere is not None:  # a wage named as a material, or the other way round
        return make(shown, *at, "M008", f"'{ident}' is a {_WORDS[elsewhere.kind]} in "
                                        f"{materials.shown}, not a {word}")
    guess = did_you_mean(ident, known)
    return make(shown, *at, "M008", f"unknown {word} '{ident}'" + suggestion(guess),
                f"use an id from {materials.shown}, or add the {word} there")


def _bill_line(page: ContentPage, i: int, listed: Material, units: set[str]
               ) -> list[Diagnostic]:
    module = page.module
    assert module is not None
    line = module.bill_of_materials[i]
    found = []
    # an unknown unit is S003 already; a known one that differs is the mismatch
    if line.unit in units and line.unit != listed.unit:
        found.append(make(page.shown, *page.at(("bill_of_materials", i, "unit")), "M009",
                          f"unit '{line.unit}' of '{listed.id}' does not match the materials "
                          f"list, which prices it per '{listed.unit}'",
                          f"write the quantity in '{listed.unit}', or list the other form as "
                          "a material of its own"))
    if line.unit_cost is not None and not line.price_reason.strip():
        found.append(make(page.shown, *page.at(("bill_of_materials", i, "unit_cost")), "M010",
                          f"the guide sets its own price for '{listed.id}' "
                          f"({rupiah(line.unit_cost)}; the list says {rupiah(listed.unit_cost)}) "
                          "without a 'price_reason'"))
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
        what = f"'{items[0].id}'" if len(items) == 1 else f"{len(items)} entries"
        found.append(make(materials.shown, *at, "M004",
                          f"prices of {what} were checked {(today - date).days} days ago "
                          f"({date.isoformat()}); older than {age_limit} days"))
    return found
