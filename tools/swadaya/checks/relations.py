"""Checks across modules: unique ids, prerequisites that exist, no prerequisite cycles."""

from __future__ import annotations

from swadaya.diagnostics import make, suggestion
from swadaya.model.catalog import Catalog, ContentPage
from swadaya.model.hints import did_you_mean


def _module_pages(catalog: Catalog) -> list[ContentPage]:
    return [p for p in catalog.pages.values() if p.module]


def check_relations(catalog: Catalog) -> None:
    """Report duplicate ids, missing prerequisites and prerequisite cycles."""
    report = catalog.report
    first: dict[str, ContentPage] = {}
    for page in _module_pages(catalog):
        assert page.module
        mid = page.module.id
        if mid in first:
            line, col = page.at(("id",))
            report.add(make(page.shown, line, col, "S006", id=mid, other=first[mid].shown))
        else:
            first[mid] = page
    for page in _module_pages(catalog):
        assert page.module
        for i, prerequisite in enumerate(page.module.prerequisites):
            if prerequisite in catalog.modules or prerequisite == page.module.id:
                continue
            # never suggest the module's own id: that would be a self-prerequisite (R003)
            known = [k for k in catalog.modules if k != page.module.id]
            line, col = page.at(("prerequisites", i))
            report.add(make(page.shown, line, col, "R001", id=prerequisite,
                            guess=suggestion(did_you_mean(prerequisite, known))))
    for cycle in find_cycles({mid: m.prerequisites for mid, m in catalog.modules.items()}):
        page = catalog.page_of(cycle[0])
        index = page.module.prerequisites.index(cycle[1]) if page.module else 0
        line, col = page.at(("prerequisites", index))
        report.add(make(page.shown, line, col, "R002", cycle=" → ".join([*cycle, cycle[0]])))


def find_cycles(graph: dict[str, list[str]]) -> list[list[str]]:
    """Every elementary prerequisite cycle once, each rotated to start at its smallest id.

    Self-loops are left to their own check (R003). Iterative DFS, so a long chain of
    modules cannot exhaust Python's recursion limit.
    """
    found: set[tuple[str, ...]] = set()
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    for start in sorted(graph):
        if state.get(start):
            continue
        path: list[str] = []
        stack: list[tuple[str, int]] = [(start, 0)]
        while stack:
            node, i = stack.pop()
            if i == 0:
                state[node] = 1
                path.append(node)
            edges = [e for e in graph.get(node, []) if e in graph and e != node]
            if i < len(edges):
                stack.append((node, i + 1))
                nxt = edges[i]
                if state.get(nxt) == 1:
                    cycle = path[path.index(nxt):]
                    pivot = cycle.index(min(cycle))
                    found.add(tuple(cycle[pivot:] + cycle[:pivot]))
                elif not state.get(nxt):
                    stack.append((nxt, 0))
            else:
                state[node] = 2
                path.pop()
    return [list(c) for c in sorted(found)]
