"""Checks on each module's fields that the schema cannot express: sums, dates, guides."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from swadaya.diagnostics import Diagnostic, make
from swadaya.model.catalog import Catalog
from swadaya.model.module import ModuleMeta
from swadaya.model.taxonomy import Taxonomy
from swadaya.source.yamlsafe import YamlDoc, YamlPath

SUMMARY_MAX = 300
#: Prices older than this are a warning (M004); ``--price-age`` changes it.
PRICE_AGE_DAYS = 365


def check_fields(catalog: Catalog, today: dt.date, price_age_days: int = PRICE_AGE_DAYS
                 ) -> None:
    """Check every module whose front matter fits the schema."""
    for page in catalog.pages.values():
        if page.module is not None and page.doc is not None:
            catalog.report.extend(_semantics(page.module, page.doc, catalog.taxonomy,
                                             page.shown, today, price_age_days))


def _semantics(meta: ModuleMeta, doc: YamlDoc, taxonomy: Taxonomy, shown: str,
               today: dt.date, price_age_days: int) -> list[Diagnostic]:
    found = []

    def at(path: YamlPath) -> tuple[int, int]:
        line, col = doc.where(path)
        return line, col

    if meta.agenda:
        total = sum(item.minutes for item in meta.agenda)
        if total != meta.duration:
            found.append(make(shown, *at(("agenda",)), "R004",
                              f"agenda minutes add up to {total}, but duration is "
                              f"{meta.duration} ({'+'.join(str(i.minutes) for i in meta.agenda)}"
                              f" = {total})"))
    if meta.type == "sesi":
        for name in ("agenda", "competencies"):
            if not getattr(meta, name):
                found.append(make(shown, *at(()), "S001",
                                  f"a 'sesi' module needs '{name}'",
                                  "A training session needs a timed agenda and the "
                                  "competencies a community can observe."))
    prefix = meta.id.split("-")[0]
    area = taxonomy.terms("areas").get(meta.area)
    if area and area.prefix and prefix != area.prefix:
        found.append(make(shown, *at(("id",)), "R005",
                          f"id '{meta.id}' has prefix {prefix}, but area '{meta.area}' uses "
                          f"{area.prefix}"))
    if len(meta.summary) > SUMMARY_MAX:
        found.append(make(shown, *at(("summary",)), "S008",
                          f"summary has {len(meta.summary)} characters (at most {SUMMARY_MAX})"))
    if meta.reviewed > today:
        found.append(make(shown, *at(("reviewed",)), "S010",
                          f"reviewed date {meta.reviewed.isoformat()} is in the future"))
    if meta.type == "panduan":
        found += _guide_semantics(meta, at, shown, today, price_age_days)
    if meta.id in meta.prerequisites:
        found.append(make(shown, *at(("prerequisites", meta.prerequisites.index(meta.id))), "R003",
                          f"module {meta.id} lists itself as a prerequisite"))
    return found


def _guide_semantics(meta: ModuleMeta, at: Callable[[YamlPath], tuple[int, int]], shown: str,
                     today: dt.date,
                     price_age_days: int) -> list[Diagnostic]:
    found = []
    required = (("bill_of_materials", "M003", "a 'panduan' needs a 'bill_of_materials'"),
                ("safety", "M001", "a 'panduan' must say how to stay safe ('safety')"),
                ("maintenance", "M002", "a 'panduan' must say how to maintain what was built "
                                        "('maintenance')"),
                ("prices_as_of", "M003", "a 'panduan' needs 'prices_as_of' (when prices were "
                                         "checked)"),
                ("sources", "M003", "a 'panduan' needs 'sources' for its technical figures"))
    for name, code, message in required:
        if not getattr(meta, name):
            found.append(make(shown, *at(()), code, message))
    seen: dict[str, int] = {}
    for i, item in enumerate(meta.bill_of_materials):
        key = item.item.strip().lower()
        if key in seen:
            found.append(make(shown, *at(("bill_of_materials", i, "item")), "M005",
                              f"material '{item.item}' is listed twice (also item "
                              f"{seen[key] + 1})"))
        seen.setdefault(key, i)
    if meta.prices_as_of and (today - meta.prices_as_of).days > price_age_days:
        age = (today - meta.prices_as_of).days
        found.append(make(shown, *at(("prices_as_of",)), "M004",
                          f"prices were checked {age} days ago ({meta.prices_as_of.isoformat()}); "
                          f"older than {price_age_days} days"))
    return found
