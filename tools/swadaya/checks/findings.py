"""Findings of a page kept as plain data, and many pages read on every core.

A check that reads every page (the plain-language check) keeps what it found on each page in
the parse cache as :class:`Finding` data, no words: the diagnostics are made from them
afresh, in the language asked for. When many pages must be read (a first check, a changed
glossary), :func:`read_all` splits them over forked processes.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from swadaya.diagnostics import Number
from swadaya.project import cores_wanted

R = TypeVar("R")

#: Pages to read before a second process is worth its start (a fork costs ~30 ms; a page
#: ~1.5 ms).
PARALLEL_FROM = 200


@dataclass(frozen=True)
class Finding:
    """One plain-language problem of a page, before it is a diagnostic."""

    line: int
    col: int
    code: str
    key: str = ""
    fields: dict[str, Any] = field(default_factory=dict)

    def stored(self) -> list[Any]:
        """As JSON data for the cache (a :class:`Number` as ``{"number": [value, places]}``)."""
        return [self.line, self.col, self.code, self.key,
                {k: {"number": [v.value, v.places]} if isinstance(v, Number) else v
                 for k, v in self.fields.items()}]

    @classmethod
    def from_stored(cls, data: list[Any]) -> Finding:
        """The finding :meth:`stored` wrote."""
        line, col, code, key, fields = data
        return cls(int(line), int(col), str(code), str(key),
                   {k: Number(*v["number"]) if isinstance(v, dict) else v
                    for k, v in fields.items()})


class Findings(list[Finding]):
    """The findings of one page, in the order found."""

    def add(self, line: int, col: int, code: str, key: str = "", **fields: Any) -> None:
        """Record one finding (the arguments of :func:`swadaya.diagnostics.make`)."""
        self.append(Finding(line, col, code, key, fields))


#: The reader of a page, set before the fork and inherited by the children.
_READ: Callable[[str], Any] | None = None


def read_all(ids: list[str], read: Callable[[str], R]) -> dict[str, R]:
    """``read`` of every id: in this process, or, for many, split over forked processes
    (each returns plain data, pickled back; ``read`` itself is inherited, never sent)."""
    global _READ
    cores = min(cores_wanted(), len(ids) // (PARALLEL_FROM // 2) or 1)
    if cores < 2 or len(ids) < PARALLEL_FROM \
            or "fork" not in multiprocessing.get_all_start_methods():
        return {i: read(i) for i in ids}
    _READ = read
    try:
        with multiprocessing.get_context("fork").Pool(cores) as pool:
            parts = pool.map(_read_chunk, [ids[n::cores] for n in range(cores)])
    finally:
        _READ = None
    return {i: result for part in parts for i, result in part}


def _read_chunk(ids: list[str]) -> list[tuple[str, Any]]:
    assert _READ is not None
    return [(i, _READ(i)) for i in ids]
