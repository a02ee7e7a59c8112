"""Handbooks (``content/buku/*.yml``): which modules, which edition, which paper.

Checked like modules (B001–B003); rendered by :mod:`swadaya.printing`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import yamlsafe
from .datafile import load_folder, read_data
from .diagnostics import Diagnostic, make

if TYPE_CHECKING:
    from .catalog import Catalog

HANDBOOK_DIR = "buku"
EDITIONS = ("kader", "fasilitator")
PAPERS = ("A4", "A5")
#: Selection key → (module field or "path", vocabulary)
SELECT_KEYS = {"area": ("area", "areas"), "level": ("level", "levels"),
               "stage": ("stages", "stages"), "type": ("type", "types"),
               "audience": ("audience", "audiences"), "path": ("path", "")}
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

    @property
    def pdf_name(self) -> str:
        """File name of the PDF."""
        return f"{self.key}.pdf"


def select_modules(catalog: Catalog, select: dict[str, str]) -> list[str]:
    """Module ids matching every key of ``select``; a path keeps the path's order."""
    if "path" in select:
        path = next(p for p in catalog.paths if p.key == select["path"])
        order = path.module_ids()
    else:
        order = list(catalog.modules)
    chosen = []
    for module_id in order:
        module = catalog.modules[module_id]
        ok = True
        for key, value in select.items():
            name = SELECT_KEYS[key][0]
            if name == "path":
                continue
            have = getattr(module, name)
            ok = ok and (value in have if isinstance(have, list) else have == value)
        if ok:
            chosen.append(module_id)
    return chosen


def load_handbooks(catalog: Catalog, shown: Callable[[str], str]
                   ) -> tuple[list[Handbook], list[Diagnostic]]:
    """Read and check every ``buku/*.yml`` against the catalog."""
    def load_one(file: Path, rel: str, where: str) -> tuple[Handbook | None, list[Diagnostic]]:
        read = read_data(file, where)
        if read.doc is None:
            return None, read.diagnostics
        book, problems = _check(file.stem, rel, where, read.doc, catalog)
        return book, read.diagnostics + problems

    return load_folder(catalog.root, HANDBOOK_DIR, shown, load_one)


def _check(key: str, rel: str, where: str, doc: yamlsafe.YamlDoc, catalog: Catalog
           ) -> tuple[Handbook | None, list[Diagnostic]]:
    data: Any = doc.data
    if not isinstance(data, dict):
        return None, [make(where, 1, 1, "B001", "a handbook file holds 'field: value' lines")]
    found = [make(where, *doc.key_where((k,)), "B001", f"unknown field '{k}'")
             for k in sorted(set(data) - _KEYS)]
    for name in ("title", "edition", "paper"):
        if not isinstance(data.get(name), str):
            found.append(make(where, *doc.where((name,)), "B001",
                              f"'{name}' is missing or not text"))
    if data.get("edition") not in EDITIONS and isinstance(data.get("edition"), str):
        found.append(make(where, *doc.where(("edition",)), "B001",
                          f"edition must be one of {', '.join(EDITIONS)}"))
    if data.get("paper") not in PAPERS and isinstance(data.get("paper"), str):
        found.append(make(where, *doc.where(("paper",)), "B001",
                          f"paper must be one of {', '.join(PAPERS)}"))
    if ("modules" in data) == ("select" in data):
        found.append(make(where, 1, 1, "B001", "give either 'modules' (a list of ids) or "
                                                "'select' (e.g. {level: dasar}), not both"))
        return None, found
    modules: list[str] = []
    if "modules" in data:
        if not isinstance(data["modules"], list):
            found.append(make(where, *doc.where(("modules",)), "B001",
                              "'modules' must be a list of ids"))
        else:
            for i, module_id in enumerate(data["modules"]):
                if module_id not in catalog.modules:
                    found.append(make(where, *doc.where(("modules", i)), "B002",
                                      f"module '{module_id}' does not exist"))
                elif module_id in modules:
                    found.append(make(where, *doc.where(("modules", i)), "B002",
                                      f"module {module_id} is listed twice"))
                else:
                    modules.append(str(module_id))
    else:
        select = data["select"]
        if not isinstance(select, dict) or not select:
            found.append(make(where, *doc.where(("select",)), "B001",
                              f"'select' needs keys among {', '.join(SELECT_KEYS)}"))
        else:
            bad = False
            for k, v in select.items():
                vocabulary = SELECT_KEYS.get(k, ("", None))[1]
                known = ([p.key for p in catalog.paths] if k == "path"
                         else list(catalog.taxonomy.terms(vocabulary)) if vocabulary else None)
                if known is None or v not in known:
                    bad = True
                    found.append(make(where, *doc.where(("select", k)), "B001",
                                      f"select {k}: '{v}' is not one of "
                                      f"{', '.join(known or SELECT_KEYS)}"))
            if not bad:
                modules = select_modules(catalog, select)
                if not modules:
                    found.append(make(where, *doc.where(("select",)), "B003",
                                      "this selection matches no module"))
    if found:
        return None, found
    return Handbook(key, rel, data["title"], str(data.get("subtitle", "")), data["edition"],
                    data["paper"], modules), found
