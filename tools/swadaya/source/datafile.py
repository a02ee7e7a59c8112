"""Reading the project's YAML data files (taxonomy, glossary, paths, handbooks, workshops,
price lists): one way to read them, so every file reports problems the same way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from swadaya.diagnostics import Diagnostic, make
from swadaya.source import yamlsafe
from swadaya.source.files import read_text

T = TypeVar("T")


@dataclass
class DataFile:
    """A data file's text and parsed YAML, or the diagnostics that stopped the reading."""

    text: str | None
    doc: yamlsafe.YamlDoc | None
    diagnostics: list[Diagnostic] = field(default_factory=list)


def read_data(path: Path, shown: str) -> DataFile:
    """Read ``path`` as UTF-8 and parse it as safe YAML; problems become diagnostics."""
    source = read_text(path, shown)
    found = list(source.diagnostics)
    if source.text is None:
        return DataFile(None, None, found)
    try:
        return DataFile(source.text, yamlsafe.load(source.text), found)
    except yamlsafe.YamlProblem as p:
        return DataFile(source.text, None,
                        [*found, make(shown, p.line, p.col, p.code, p.said)])


def load_folder(root: Path, folder: str, shown: Callable[[str], str],
                load_one: Callable[[Path, str, str], tuple[T | None, list[Diagnostic]]]
                ) -> tuple[list[T], list[Diagnostic]]:
    """Load every ``folder/*.yml`` with ``load_one(file, content path, shown path)``;
    the items that loaded, and every diagnostic."""
    items: list[T] = []
    found: list[Diagnostic] = []
    for rel, file in data_files(root, folder):
        item, problems = load_one(file, rel, shown(rel))
        found += problems
        if item is not None:
            items.append(item)
    return items, found


def data_files(root: Path, folder: str) -> list[tuple[str, Path]]:
    """``(content path, file)`` of every ``folder/*.yml`` under the content root, sorted."""
    directory = root / folder
    if not directory.is_dir():
        return []
    return [(f"{folder}/{f.name}", f) for f in sorted(directory.glob("*.yml"))]
