"""Handbooks (``content/buku/*.yml``): which modules, which edition, which paper.

Checked like modules (B001–B003); rendered by :mod:`swadaya.printing`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from swadaya.diagnostics import Diagnostic, make
from swadaya.model.learning_path import LearningPath
from swadaya.model.module import ModuleMeta
from swadaya.model.selection import SELECTORS, select
from swadaya.model.taxonomy import Taxonomy
from swadaya.source import yamlsafe
from swadaya.source.datafile import load_folder, read_data

HANDBOOK_DIR = "buku"
EDITIONS = ("kader", "fasilitator")
PAPERS = ("A4", "A5")
#: Besides the selector keys, a handbook may select a learning path (in the path's order).
PATH_KEY = "path"
_KEYS = {"title", "subtitle", "edition", "paper", "modules", "select"}


@dataclass
class Handbook:
    """A handbook definition with its modules resolved, in order."""

    key: str
    source: str
    title: str
    subtitle: str
    edition: str
    paper: str
    modules: list[str] = field(default_factory=list)



@dataclass(frozen=True)
class _Known:
    """What a handbook file is checked against: valid modules, paths, vocabularies."""

    modules: Mapping[str, ModuleMeta]
    paths: list[LearningPath]
    taxonomy: Taxonomy

    def select(self, criteria: Mapping[str, str]) -> list[str]:
        """Module ids matching every criterion; a path keeps the path's order."""
        if PATH_KEY in criteria:
            path = next(p for p in self.paths if p.key == criteria[PATH_KEY])
            order = [self.modules[m] for m in path.module_ids()]
        else:
            order = list(self.modules.values())
        rest = {k: v for k, v in criteria.items() if k != PATH_KEY}
        return [m.id for m in select(order, rest)]


def load_handbooks(root: Path, shown: Callable[[str], str], modules: Mapping[str, ModuleMeta],
                   paths: list[LearningPath], taxonomy: Taxonomy
                   ) -> tuple[list[Handbook], list[Diagnostic]]:
    """Read every ``buku/*.yml`` under the content ``root``; check it against the valid
    ``modules``, the learning ``paths`` and the ``taxonomy``."""
    known = _Known(modules, paths, taxonomy)

    def load_one(file: Path, rel: str, where: str) -> tuple[Handbook | None, list[Diagnostic]]:
        read = read_data(file, where)
        if read.doc is None:
            return None, read.diagnostics
        book, problems = _check(file.stem, rel, where, read.doc, known)
        return book, read.diagnostics + problems

    return load_folder(root, HANDBOOK_DIR, shown, load_one)


def _check(key: str, rel: str, where: str, doc: yamlsafe.YamlDoc, known: _Known
           ) -> tuple[Handbook | None, list[Diagnostic]]:
    data: Any = doc.data
    if not isinstance(data, dict):
        return None, [make(where, 1, 1, "B001", "shape")]
    found = [make(where, *doc.key_where((k,)), "B001", "unknown", key=k)
             for k in sorted(set(data) - _KEYS)]
    for name in ("title", "edition", "paper"):
        if not isinstance(data.get(name), str):
            found.append(make(where, *doc.where((name,)), "B001", "text", name=name))
    if data.get("edition") not in EDITIONS and isinstance(data.get("edition"), str):
        found.append(make(where, *doc.where(("edition",)), "B001", "edition",
                          choices=", ".join(EDITIONS)))
    if data.get("paper") not in PAPERS and isinstance(data.get("paper"), str):
        found.append(make(where, *doc.where(("paper",)), "B001", "paper",
                          choices=", ".join(PAPERS)))
    if ("modules" in data) == ("select" in data):
        found.append(make(where, 1, 1, "B001", "either"))
        return None, found
    modules: list[str] = []
    if "modules" in data:
        if not isinstance(data["modules"], list):
            found.append(make(where, *doc.where(("modules",)), "B001", "modules"))
        else:
            for i, module_id in enumerate(data["modules"]):
                if module_id not in known.modules:
                    found.append(make(where, *doc.where(("modules", i)), "B002", "missing",
                                      id=module_id))
                elif module_id in modules:
                    found.append(make(where, *doc.where(("modules", i)), "B002", "twice",
                                      id=module_id))
                else:
                    modules.append(str(module_id))
    else:
        select = data["select"]
        keys = [*SELECTORS, PATH_KEY]
        if not isinstance(select, dict) or not select:
            found.append(make(where, *doc.where(("select",)), "B001", "select",
                              keys=", ".join(keys)))
        else:
            bad = False
            for k, v in select.items():
                terms = ([p.key for p in known.paths] if k == PATH_KEY
                         else list(known.taxonomy.terms(SELECTORS[k].vocabulary))
                         if k in SELECTORS else None)
                if terms is None or v not in terms:
                    bad = True
                    found.append(make(where, *doc.where(("select", k)), "B001", "choice",
                                      key=k, value=v, choices=", ".join(terms or keys)))
            if not bad:
                modules = known.select(select)
                if not modules:
                    found.append(make(where, *doc.where(("select",)), "B003"))
    if found:
        return None, found
    return Handbook(key, rel, data["title"], str(data.get("subtitle", "")), data["edition"],
                    data["paper"], modules), found
