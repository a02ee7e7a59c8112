"""Reading the project's YAML data files (taxonomy, glossary, paths, handbooks, workshops,
price lists): one way to read them, so every file reports problems the same way."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from swadaya.diagnostics import Diagnostic, make
from swadaya.source import yamlsafe
from swadaya.source.cache import FileCache, key_of
from swadaya.source.files import read_text

T = TypeVar("T")


@dataclass
class DataFile:
    """A data file's text and parsed YAML, or the diagnostics that stopped the reading."""

    text: str | None
    doc: yamlsafe.YamlDoc | None
    diagnostics: list[Diagnostic] = field(default_factory=list)


#: The parse cache data files use while :func:`caching` is active (set by the loader).
_CACHE: ContextVar[FileCache | None] = ContextVar("datafile_cache", default=None)


@contextmanager
def caching(cache: FileCache) -> Iterator[None]:
    """Within the block, :func:`read_data` keeps and reuses parses in ``cache``."""
    token = _CACHE.set(cache)
    try:
        yield
    finally:
        _CACHE.reset(token)


def _parse(text: str) -> yamlsafe.YamlDoc:
    cache = _CACHE.get()
    key = key_of("yaml", text) if cache else ""
    found = cache.get_with_text(key) if cache else None
    if found is not None:
        entry, positions = found
        try:
            _, data = entry
            return yamlsafe.YamlDoc(data, packed=positions)
        except (TypeError, ValueError, KeyError, IndexError, AttributeError):
            pass  # not an entry we wrote: parse the text
    # a problem is not kept: its words are rendered in the reader's language, so a file
    # that has one is parsed afresh each run
    doc = yamlsafe.load(text)
    if cache:
        cache.put(key, ["doc", doc.data], doc.pack())
    return doc


def read_data(path: Path, shown: str) -> DataFile:
    """Read ``path`` as UTF-8 and parse it as safe YAML; problems become diagnostics."""
    source = read_text(path, shown)
    found = list(source.diagnostics)
    if source.text is None:
        return DataFile(None, None, found)
    try:
        return DataFile(source.text, _parse(source.text), found)
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
