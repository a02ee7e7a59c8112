"""The package's import rules, read from its source with ``ast`` (no import runs).

Every ``import`` counts wherever it is written: at the top, inside a function, or under
``if TYPE_CHECKING:`` (a type-only import is still a dependency a reader must follow, and
the place where circles hide).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ImportGraph:
    """Modules of one package and what each imports: inside the package and outside it."""

    internal: dict[str, set[str]] = field(default_factory=dict)
    external: dict[str, set[str]] = field(default_factory=dict)  # top-level names

    def importers_of(self, prefix: str) -> set[str]:
        """Modules that import ``prefix`` or anything under it."""
        return {m for m, targets in self.internal.items()
                if any(within(t, prefix) for t in targets)}


def within(module: str, prefix: str) -> bool:
    """True when ``module`` is ``prefix`` or inside it."""
    return module == prefix or module.startswith(prefix + ".")


def _module_name(path: Path, root: Path, package: str) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join([package, *parts])


def import_graph(root: Path, package: str) -> ImportGraph:
    """Read every ``.py`` file under ``root`` (the folder of ``package``)."""
    files = {_module_name(p, root, package): p for p in sorted(root.rglob("*.py"))}
    graph = ImportGraph()
    for name, path in files.items():
        is_package = path.name == "__init__.py"
        internal: set[str] = set()
        external: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: resolve against this module's package
                    here = name.split(".") if is_package else name.split(".")[:-1]
                    here = here[: len(here) - (node.level - 1)]
                    base = ".".join([*here, base]) if base else ".".join(here)
                # "from pkg import mod" imports the module pkg.mod when there is one
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in files else base
                           for a in node.names]
            for target in targets:
                if within(target, package):
                    while target not in files and "." in target:
                        target = target.rsplit(".", 1)[0]
                    if target != name:
                        internal.add(target)
                elif target != "__future__":
                    external.add(target.split(".")[0])
        graph.internal[name] = internal
        graph.external[name] = external
    return graph


def cycles(edges: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Every group of modules that import each other in a circle (Tarjan's SCCs of size > 1)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return sorted(found)


def layer_of(module: str, layers: list[tuple[str, list[str]]]) -> int | None:
    """The index of the layer a module belongs to (the most specific prefix wins)."""
    best: tuple[int, int] | None = None
    for number, (_, prefixes) in enumerate(layers):
        for prefix in prefixes:
            if within(module, prefix) and (best is None or len(prefix) > best[1]):
                best = (number, len(prefix))
    return best[0] if best else None


def layer_violations(graph: ImportGraph, layers: list[tuple[str, list[str]]]) -> list[str]:
    """``a imports b`` for every import of a later (lower) layer by an earlier one, and for
    every module that belongs to no layer."""
    problems = []
    for module, targets in sorted(graph.internal.items()):
        mine = layer_of(module, layers)
        if mine is None:
            problems.append(f"{module} is in no layer")
            continue
        for target in sorted(targets):
            theirs = layer_of(target, layers)
            if theirs is not None and theirs > mine:
                problems.append(f"{module} ({layers[mine][0]}) imports {target} "
                                f"({layers[theirs][0]})")
    return problems
