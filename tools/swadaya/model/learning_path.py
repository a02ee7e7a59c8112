"""Learning paths (``content/jalur/*.yml``): modules in order, by level, checked once."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from swadaya.diagnostics import Diagnostic, make
from swadaya.model.module import ModuleMeta
from swadaya.model.taxonomy import VocabularyTerm
from swadaya.source.datafile import load_folder, read_data

PATH_DIR = "jalur"


@dataclass
class PathLevel:
    """One level of a path and its modules, in order."""

    level: str
    title: str
    modules: list[str] = field(default_factory=list)


@dataclass
class LearningPath:
    """A path a learner follows, level by level."""

    key: str  # file stem, e.g. "kader"
    source: str  # content path of the YAML file
    title: str
    description: str
    levels: list[PathLevel] = field(default_factory=list)

    @property
    def page(self) -> str:
        """Content path of the generated page."""
        return f"{PATH_DIR}/{self.key}.md"

    def module_ids(self) -> list[str]:
        """All modules of the path, in order."""
        return [m for s in self.levels for m in s.modules]


def load_learning_paths(root: Path, shown: Callable[[str], str],
                        modules: Mapping[str, ModuleMeta], levels: Mapping[str, VocabularyTerm]
                        ) -> tuple[list[LearningPath], list[Diagnostic]]:
    """Read every ``jalur/*.yml`` under the content ``root``; check it against the valid
    ``modules`` and the taxonomy's ``levels``."""
    return load_folder(root, PATH_DIR, shown,
                       lambda file, rel, where: _load_one(file, rel, where, modules, levels))


def _load_one(file: Path, rel: str, shown: str, modules: Mapping[str, ModuleMeta],
              levels: Mapping[str, VocabularyTerm]
              ) -> tuple[LearningPath | None, list[Diagnostic]]:
    read = read_data(file, shown)
    found, doc = read.diagnostics, read.doc
    if doc is None:
        return None, found
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("title"), str) \
            or not isinstance(data.get("levels"), list):
        return None, [*found, make(shown, 1, 1, "P001", "shape")]
    for key in sorted(set(data) - {"title", "description", "levels"}):
        found.append(make(shown, *doc.key_where((key,)), "P001", "unknown", key=key))
    path = LearningPath(file.stem, rel, data["title"], str(data.get("description", "")))
    placed: dict[str, int] = {}
    for i, raw in enumerate(data["levels"]):
        where = doc.where(("levels", i))
        if not isinstance(raw, dict) or raw.get("level") not in levels \
                or not isinstance(raw.get("modules"), list):
            found.append(make(shown, *where, "P001", "level", levels=", ".join(levels)))
            continue
        stage = PathLevel(raw["level"], str(raw.get("title", levels[raw["level"]].label)))
        for j, module_id in enumerate(raw["modules"]):
            at = doc.where(("levels", i, "modules", j))
            if module_id not in modules:
                found.append(make(shown, *at, "P002", id=module_id))
                continue
            if module_id in placed:
                found.append(make(shown, *at, "P004", id=module_id))
                continue
            module = modules[module_id]
            for prerequisite in module.prerequisites:
                if prerequisite not in placed:
                    found.append(make(shown, *at, "P003", id=module_id,
                                      prerequisite=prerequisite))
            if module.level != stage.level:
                found.append(make(shown, *at, "P005", id=module_id, level=module.level,
                                  placed=stage.level))
            placed[module_id] = len(placed)
            stage.modules.append(module_id)
        path.levels.append(stage)
    return path, found
