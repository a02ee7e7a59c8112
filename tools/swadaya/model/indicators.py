"""Group health indicators (``content/pemantauan/indikator.yml``), defined once.

Each indicator says what is counted, from which record, by whom, how often, the target or
direction, the traffic-light reading and the stages where it is reviewed; its ``columns``
are the columns of the monthly record form and of the cadre's roll-up. The baseline
(ORG-08), the monthly sheet (ORG-09) and the review (ORG-10) all read this one file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from swadaya.diagnostics import Diagnostic, make, suggestion
from swadaya.model.hints import did_you_mean
from swadaya.model.module import ModuleMeta
from swadaya.model.taxonomy import VocabularyTerm
from swadaya.source.datafile import read_data
from swadaya.source.yamlsafe import YamlDoc, YamlPath

INDICATOR_FILE = "pemantauan/indikator.yml"

#: Column kinds: how a column is totalled (see the file's header comment).
COLUMN_KINDS = ("hitungan", "rupiah", "saldo", "persen", "teks")
DIRECTIONS = ("naik", "turun", "tetap")
LIGHTS = ("hijau", "kuning", "merah")
_TEXT = ("name", "question", "count", "records", "recorder", "frequency", "target")
_KEYS = {*_TEXT, "direction", "notes", "lights", "reviewed_at", "columns"}
#: The roles of the modules that use the indicators.
MODULE_ROLES = ("baseline", "monthly", "review")


@dataclass(frozen=True)
class Column:
    """One column of the forms: its label, how it is totalled, its formula (percent)."""

    label: str
    kind: str
    formula: str = ""


@dataclass(frozen=True)
class Indicator:
    """One indicator, as ORG-09 defines it."""

    id: str
    number: int
    name: str
    question: str
    count: str
    records: str
    recorder: str
    frequency: str
    direction: str
    target: str
    lights: dict[str, str]
    reviewed_at: list[str]
    columns: list[Column]
    notes: list[str] = field(default_factory=list)


@dataclass
class IndicatorSet:
    """The indicators of a content tree, in their order, and the modules that use them."""

    title: str
    modules: dict[str, str]
    indicators: dict[str, Indicator] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.indicators)


def load_indicators(root: Path, shown: Callable[[str], str],
                    modules: Mapping[str, ModuleMeta], stages: Mapping[str, VocabularyTerm]
                    ) -> tuple[IndicatorSet | None, list[Diagnostic]]:
    """Read ``pemantauan/indikator.yml`` (None when there is none), checked against the valid
    ``modules`` and the taxonomy's ``stages``."""
    path = root / INDICATOR_FILE
    if not path.exists():
        return None, []
    where = shown(INDICATOR_FILE)
    read = read_data(path, where)
    found, doc = read.diagnostics, read.doc
    if doc is None:
        return None, found
    data: Any = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("title"), str) \
            or not isinstance(data.get("indicators"), dict) or not data["indicators"]:
        return None, [*found, make(where, 1, 1, "I001", "shape")]
    for key in data:
        if key not in ("title", "modules", "indicators"):
            found.append(make(where, *doc.key_where((key,)), "I001", "unknown", key=key))
    roles = data.get("modules", {})
    linked: dict[str, str] = {}
    if not isinstance(roles, dict):
        found.append(make(where, *doc.where(("modules",)), "I001", "modules",
                          roles=", ".join(MODULE_ROLES)))
        roles = {}
    for role, module_id in roles.items():
        at = doc.where(("modules", role))
        if role not in MODULE_ROLES:
            found.append(make(where, *doc.key_where(("modules", role)), "I001", "role",
                              role=role, roles=", ".join(MODULE_ROLES)))
        elif module_id not in modules:
            found.append(make(where, *at, "I001", "module", id=module_id,
                              guess=suggestion(did_you_mean(str(module_id), modules))))
        else:
            linked[role] = str(module_id)
    result = IndicatorSet(data["title"], linked)
    for number, (key, raw) in enumerate(data["indicators"].items(), start=1):
        indicator, problems = _indicator(doc, where, str(key), number, raw, stages)
        found += problems
        if indicator is not None:
            result.indicators[indicator.id] = indicator
    return result, found


def _indicator(doc: YamlDoc, shown: str, key: str, number: int, raw: Any,
               stages: Mapping[str, VocabularyTerm]
               ) -> tuple[Indicator | None, list[Diagnostic]]:
    base: YamlPath = ("indicators", key)
    at = doc.key_where(base)
    if not isinstance(raw, dict):
        return None, [make(shown, *at, "I001", "indicator", key=key)]
    found = [make(shown, *doc.key_where((*base, k)), "I001", "field", name=k, key=key,
                  guess=suggestion(did_you_mean(str(k), _KEYS))) for k in raw if k not in _KEYS]
    for name in _TEXT:
        if not isinstance(raw.get(name), str) or not raw[name].strip():
            found.append(make(shown, *doc.where((*base, name)), "I001", "text", key=key,
                              name=name))
    if raw.get("direction") not in DIRECTIONS:
        found.append(make(shown, *doc.where((*base, "direction")), "I001", "direction", key=key,
                          choices=", ".join(DIRECTIONS)))
    lights: Any = raw.get("lights")
    if not isinstance(lights, dict) or set(lights) != set(LIGHTS) \
            or not all(isinstance(v, str) for v in lights.values()):
        found.append(make(shown, *doc.where((*base, "lights")), "I001", "lights", key=key,
                          lights=", ".join(LIGHTS)))
    reviewed = raw.get("reviewed_at")
    if not isinstance(reviewed, list) or not reviewed:
        found.append(make(shown, *doc.where((*base, "reviewed_at")), "I001", "reviewed_at",
                          key=key))
        reviewed = []
    for i, stage in enumerate(reviewed):
        if stage not in stages:
            found.append(make(shown, *doc.where((*base, "reviewed_at", i)), "I001", "stage",
                              stage=stage, guess=suggestion(did_you_mean(str(stage), stages))))
    notes = raw.get("notes", [])
    if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
        found.append(make(shown, *doc.where((*base, "notes")), "I001", "notes", key=key))
    columns, problems = _columns(doc, shown, key, raw.get("columns"))
    found += problems
    if found:
        return None, found
    return Indicator(key, number, raw["name"], raw["question"], raw["count"], raw["records"],
                     raw["recorder"], raw["frequency"], raw["direction"], raw["target"],
                     dict(lights), list(reviewed), columns, list(notes)), []


def _columns(doc: YamlDoc, shown: str, key: str, raw: Any
             ) -> tuple[list[Column], list[Diagnostic]]:
    base: YamlPath = ("indicators", key, "columns")
    if not isinstance(raw, list) or not raw:
        return [], [make(shown, *doc.where(base), "I001", "columns", key=key)]
    columns, found = [], []
    for i, col in enumerate(raw):
        at = doc.where((*base, i))
        if not isinstance(col, dict) or not isinstance(col.get("label"), str) \
                or col.get("kind") not in COLUMN_KINDS:
            guess = did_you_mean(str(col.get("kind")), COLUMN_KINDS) \
                if isinstance(col, dict) else None
            found.append(make(shown, *at, "I001", "column", n=i + 1, key=key,
                              kinds=", ".join(COLUMN_KINDS), guess=suggestion(guess)))
            continue
        formula = col.get("formula", "")
        if col["kind"] == "persen" and not formula:
            found.append(make(shown, *at, "I001", "formula", n=i + 1, key=key))
            continue
        columns.append(Column(col["label"], col["kind"], str(formula)))
    return columns, found
