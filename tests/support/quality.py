"""Search quality: a judged query set, recall at 5 and mean rank.

The query set (``tests/support/search_data/queries.yml``) gives, for each query, the pages a
reader expects among the first five results: module ids (``PHB-01``) or site paths
(``/glosarium.html``). Results come from the real search worker in a browser
(:mod:`support.browser`); this module only reads the set and scores ranked lists.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

#: Results a reader looks at.
CUTOFF = 5
#: Rank given to an expected page that is not in the results at all (for the mean rank).
MISSING_RANK = 21


@dataclass(frozen=True)
class Query:
    """One judged query."""

    text: str
    kind: str
    expect: tuple[str, ...]
    why: str = ""


@dataclass
class Scores:
    """Recall at 5 and mean rank over a query set, with the queries that fell short."""

    recall: float
    mean_rank: float
    by_kind: dict[str, float] = field(default_factory=dict)
    misses: list[tuple[str, list[str]]] = field(default_factory=list)


def load_queries(path: Path) -> list[Query]:
    """Read a query set; every entry needs ``q``, ``kind`` and a non-empty ``expect``."""
    data = yaml.safe_load(path.read_text("utf-8"))
    queries = []
    for entry in data:
        expect = tuple(str(e) for e in entry["expect"])
        if not expect:
            raise ValueError(f"{path}: query {entry['q']!r} expects nothing")
        queries.append(Query(str(entry["q"]), str(entry["kind"]), expect,
                             str(entry.get("why", ""))))
    return queries


def expected_pages(query: Query, module_urls: Mapping[str, str]) -> list[str]:
    """Site paths (``modules/x/y.html``) of the pages a query expects."""
    return [e.lstrip("/") if e.startswith("/") else module_urls[e] for e in query.expect]


def score(queries: Sequence[Query], results: Sequence[Sequence[str]],
          module_urls: Mapping[str, str]) -> Scores:
    """Score ranked result pages against the query set.

    Recall at 5 of a query: the share of its expected pages among the first five results.
    Rank: where the first expected page appears (1 is best; absent counts as 21).
    """
    recalls: list[float] = []
    ranks: list[int] = []
    kinds: dict[str, list[float]] = {}
    misses: list[tuple[str, list[str]]] = []
    for query, found in zip(queries, results, strict=True):
        wanted = expected_pages(query, module_urls)
        top = list(found[:CUTOFF])
        recall = sum(1 for page in wanted if page in top) / len(wanted)
        positions = [found.index(page) + 1 for page in wanted if page in found]
        recalls.append(recall)
        ranks.append(min(positions) if positions else MISSING_RANK)
        kinds.setdefault(query.kind, []).append(recall)
        if recall < 1:
            misses.append((query.text, [p for p in wanted if p not in top]))
    return Scores(statistics.fmean(recalls), statistics.fmean(ranks),
                  {k: statistics.fmean(v) for k, v in sorted(kinds.items())}, misses)
