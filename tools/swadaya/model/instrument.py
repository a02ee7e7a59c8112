"""Assessment instruments (``content/penilaian/*.yml``): the signs a community judges a
cadre by, the scale of colours, the rule that draws a conclusion and who scores.

One definition for choosing a cadre (KDR-01), the community's assessment every three
months (KDR-04), the cadre's self-check and the handbook's assessment sheet.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from swadaya.diagnostics import Diagnostic, make, suggestion
from swadaya.model.hints import did_you_mean
from swadaya.model.module import ModuleMeta
from swadaya.source.datafile import load_folder, read_data
from swadaya.source.yamlsafe import YamlDoc

INSTRUMENT_DIR = "penilaian"
_KEYS = {"title", "signs", "scale", "scale_note", "conclusion", "scorers"}
_SIGN_KEYS = ("name", "choosing", "assessing")
_LEVEL_KEYS = {"label", "meaning", "counts"}


@dataclass(frozen=True)
class Sign:
    """One sign: what people have seen of a candidate, and of a cadre at work."""

    id: str
    number: int
    name: str
    choosing: str
    assessing: str


@dataclass(frozen=True)
class ScaleLevel:
    """One colour of the scale."""

    id: str  # the colour: hijau, kuning, merah, putih
    label: str
    meaning: str
    counts: bool  # counted in the votes (white "I don't know" is not)


@dataclass(frozen=True)
class Scorer:
    """Who gives the colours on one occasion, and the module that runs it."""

    id: str
    module: str
    who: str


@dataclass
class Instrument:
    """One assessment instrument."""

    key: str  # file stem, e.g. "tanda-kader"
    source: str  # content path of the file
    title: str
    signs: list[Sign] = field(default_factory=list)
    scale: list[ScaleLevel] = field(default_factory=list)
    scale_note: str = ""
    conclusion: list[str] = field(default_factory=list)
    scorers: list[Scorer] = field(default_factory=list)


def load_instruments(root: Path, shown: Callable[[str], str],
                     modules: Mapping[str, ModuleMeta]
                     ) -> tuple[dict[str, Instrument], list[Diagnostic]]:
    """Every ``penilaian/*.yml`` under the content ``root``, checked against the valid
    ``modules``."""
    items, found = load_folder(root, INSTRUMENT_DIR, shown,
                               lambda file, rel, where: _load_one(file, rel, where, modules))
    return {i.key: i for i in items}, found


def _load_one(file: Path, rel: str, shown: str, modules: Mapping[str, ModuleMeta]
              ) -> tuple[Instrument | None, list[Diagnostic]]:
    read = read_data(file, shown)
    found, doc = read.diagnostics, read.doc
    if doc is None:
        return None, found
    data: Any = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("title"), str) \
            or not isinstance(data.get("signs"), dict) or not data["signs"] \
            or not isinstance(data.get("scale"), dict) or not data["scale"]:
        return None, [*found, make(shown, 1, 1, "N001", "shape")]
    found += [make(shown, *doc.key_where((k,)), "N001", "unknown", key=k,
                   guess=suggestion(did_you_mean(str(k), _KEYS))) for k in data if k not in _KEYS]
    instrument = Instrument(file.stem, rel, data["title"])
    instrument.signs, problems = _signs(doc, shown, data["signs"])
    found += problems
    instrument.scale, problems = _scale(doc, shown, data["scale"])
    found += problems
    for name in ("scale_note",):
        value = data.get(name, "")
        if not isinstance(value, str):
            found.append(make(shown, *doc.where((name,)), "N001", "text", name=name))
        else:
            setattr(instrument, name, value)
    conclusion = data.get("conclusion", [])
    if not isinstance(conclusion, list) or not all(isinstance(x, str) for x in conclusion):
        found.append(make(shown, *doc.where(("conclusion",)), "N001", "conclusion"))
    else:
        instrument.conclusion = conclusion
    instrument.scorers, problems = _scorers(doc, shown, data.get("scorers", {}), modules)
    found += problems
    return instrument, found


def _signs(doc: YamlDoc, shown: str, raw: dict[str, Any]) -> tuple[list[Sign], list[Diagnostic]]:
    signs, found = [], []
    for number, (key, sign) in enumerate(raw.items(), start=1):
        at = doc.key_where(("signs", key))
        if not isinstance(sign, dict) or not all(isinstance(sign.get(k), str) and sign[k]
                                                 for k in _SIGN_KEYS):
            found.append(make(shown, *at, "N001", "sign", key=key, keys=", ".join(_SIGN_KEYS)))
            continue
        found += [make(shown, *doc.key_where(("signs", key, k)), "N001", "sign_field", name=k,
                       key=key, guess=suggestion(did_you_mean(str(k), _SIGN_KEYS)))
                  for k in sign if k not in _SIGN_KEYS]
        signs.append(Sign(str(key), number, sign["name"], sign["choosing"], sign["assessing"]))
    return signs, found


def _scale(doc: YamlDoc, shown: str, raw: dict[str, Any]
           ) -> tuple[list[ScaleLevel], list[Diagnostic]]:
    levels, found = [], []
    for key, level in raw.items():
        at = doc.key_where(("scale", key))
        if not isinstance(level, dict) or set(level) - _LEVEL_KEYS \
                or not isinstance(level.get("label"), str) \
                or not isinstance(level.get("meaning"), str) \
                or not isinstance(level.get("counts"), bool):
            found.append(make(shown, *at, "N001", "colour", key=key))
            continue
        levels.append(ScaleLevel(str(key), level["label"], level["meaning"], level["counts"]))
    if levels and not any(level.counts for level in levels):
        found.append(make(shown, *doc.key_where(("scale",)), "N001", "vote"))
    return levels, found


def _scorers(doc: YamlDoc, shown: str, raw: Any, modules: Mapping[str, ModuleMeta]
             ) -> tuple[list[Scorer], list[Diagnostic]]:
    if not isinstance(raw, dict):
        return [], [make(shown, *doc.where(("scorers",)), "N001", "scorers")]
    scorers, found = [], []
    for key, scorer in raw.items():
        at = doc.key_where(("scorers", key))
        if not isinstance(scorer, dict) or not isinstance(scorer.get("who"), str) \
                or not isinstance(scorer.get("module"), str):
            found.append(make(shown, *at, "N001", "scorer", key=key))
            continue
        if scorer["module"] not in modules:
            found.append(make(shown, *doc.where(("scorers", key, "module")), "N001", "module",
                              id=scorer["module"],
                              guess=suggestion(did_you_mean(scorer["module"], modules))))
            continue
        scorers.append(Scorer(str(key), scorer["module"], scorer["who"]))
    return scorers, found
