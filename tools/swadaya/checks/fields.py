"""Checks on each module's fields that the schema cannot express: sums, dates, a guide's
parts. Prices and materials are :mod:`swadaya.checks.costs`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from swadaya.diagnostics import Diagnostic, make
from swadaya.model.catalog import Catalog
from swadaya.model.module import ModuleMeta
from swadaya.model.taxonomy import Taxonomy
from swadaya.source.yamlsafe import YamlDoc, YamlPath

SUMMARY_MAX = 300


def check_fields(catalog: Catalog, today: dt.date) -> None:
    """Check every module whose front matter fits the schema."""
    for page in catalog.pages.values():
        if page.module is not None and page.doc is not None:
            catalog.report.extend(_semantics(page.module, page.doc, catalog.taxonomy,
                                             page.shown, today))


def _semantics(meta: ModuleMeta, doc: YamlDoc, taxonomy: Taxonomy, shown: str,
               today: dt.date) -> list[Diagnostic]:
    found = []

    def at(path: YamlPath) -> tuple[int, int]:
        line, col = doc.where(path)
        return line, col

    if meta.agenda:
        total = sum(item.minutes for item in meta.agenda)
        if total != meta.duration:
            found.append(make(shown, *at(("agenda",)), "R004", total=total,
                              duration=meta.duration,
                              sum="+".join(str(i.minutes) for i in meta.agenda)))
    if meta.type == "sesi":
        for name in ("agenda", "competencies"):
            if not getattr(meta, name):
                found.append(make(shown, *at(()), "S001", "session", hint="session_hint",
                                  name=name))
    prefix = meta.id.split("-")[0]
    area = taxonomy.terms("areas").get(meta.area)
    if area and area.prefix and prefix != area.prefix:
        found.append(make(shown, *at(("id",)), "R005", id=meta.id, prefix=prefix,
                          area=meta.area, expected=area.prefix))
    if len(meta.summary) > SUMMARY_MAX:
        found.append(make(shown, *at(("summary",)), "S008", length=len(meta.summary),
                          limit=SUMMARY_MAX))
    if meta.reviewed > today:
        found.append(make(shown, *at(("reviewed",)), "S010", date=meta.reviewed.isoformat()))
    if meta.type == "panduan":
        found += _guide_semantics(meta, at, shown)
    if meta.id in meta.prerequisites:
        found.append(make(shown, *at(("prerequisites", meta.prerequisites.index(meta.id))), "R003",
                          id=meta.id))
    return found


def _guide_semantics(meta: ModuleMeta, at: Callable[[YamlPath], tuple[int, int]], shown: str
                     ) -> list[Diagnostic]:
    found = []
    required = (("bill_of_materials", "M003", "materials"), ("safety", "M001", ""),
                ("maintenance", "M002", ""), ("sources", "M003", "sources"))
    for name, code, key in required:
        if not getattr(meta, name):
            found.append(make(shown, *at(()), code, key))
    return found
