"""The package is laid out as the data flows, and stays so.

source → model → checks → outputs → adapters: each layer imports only the layers before it
(type-only imports included), no module imports itself back through others, only the
MkDocs adapter imports MkDocs, and nothing imports the command line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support.layers import ImportGraph, cycles, import_graph, layer_violations
from support.projects import REPO

PACKAGE = REPO / "tools" / "swadaya"

#: The layers, first to last. A module may import its own layer and the layers before it.
LAYERS = [
    ("foundation", ["swadaya", "swadaya.diagnostics", "swadaya.project", "swadaya.text"]),
    ("source", ["swadaya.source"]),
    ("model", ["swadaya.model"]),
    ("checks", ["swadaya.checks"]),
    ("outputs", ["swadaya.outputs"]),
    ("adapters", ["swadaya.mkdocs_plugin", "swadaya.commands", "swadaya.cli",
                  "swadaya.__main__"]),
]
#: Outputs that must not lean on each other (print once built the site's pages to print).
SIBLING_OUTPUTS = ["swadaya.outputs.site", "swadaya.outputs.printing", "swadaya.outputs.search"]
#: At most this many modules at the top of the package (foundation and entry points).
TOP_LEVEL_LIMIT = 8
#: A longer file must say at its top why it is long.
LINE_LIMIT = 300


@pytest.fixture(scope="module")
def graph() -> ImportGraph:
    return import_graph(PACKAGE, "swadaya")


def test_layers_in_order(graph: ImportGraph) -> None:
    assert layer_violations(graph, LAYERS) == []


def test_no_import_cycles(graph: ImportGraph) -> None:
    assert cycles(graph.internal) == []


def test_only_the_adapter_imports_mkdocs(graph: ImportGraph) -> None:
    users = {m for m, names in graph.external.items() if names & {"mkdocs", "material"}}
    assert users and all(m.startswith("swadaya.mkdocs_plugin.") for m in users), users


def test_nothing_imports_the_command_line(graph: ImportGraph) -> None:
    allowed = ("swadaya.cli", "swadaya.__main__", "swadaya.commands")
    importers = graph.importers_of("swadaya.commands") | graph.importers_of("swadaya.cli")
    assert sorted(m for m in importers if not m.startswith(allowed)) == []


def test_outputs_do_not_lean_on_each_other(graph: ImportGraph) -> None:
    for one in SIBLING_OUTPUTS:
        others = [o for o in SIBLING_OUTPUTS if o != one]
        leaning = {m for m in graph.internal if m.startswith(one)} & set().union(
            *(graph.importers_of(o) for o in others))
        assert sorted(leaning) == [], f"{one} imports another output"


def test_few_modules_at_the_top() -> None:
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= TOP_LEVEL_LIMIT, top


def test_long_files_say_why() -> None:
    long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        lines = path.read_text("utf-8").splitlines()
        if len(lines) > LINE_LIMIT and not any("Why this file is long" in x for x in lines[:30]):
            long.append(f"{path.relative_to(REPO)}: {len(lines)} lines")
    assert long == []


# --- the rules can fail: each one on a small package made to break it ---------------------

def _package(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return root / "pkg"


def test_a_circle_through_a_type_only_import_is_caught(tmp_path: Path) -> None:
    folder = _package(tmp_path, {
        "__init__.py": "",
        "model/__init__.py": "",
        "model/catalog.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                            "    from pkg.checks import run\n",
        "checks.py": "from pkg.model.catalog import Catalog\n",
        "leaf.py": "import os\n",
    })
    found = cycles(import_graph(folder, "pkg").internal)
    assert found == [["pkg.checks", "pkg.model.catalog"]]


def test_a_relative_import_circle_is_caught(tmp_path: Path) -> None:
    folder = _package(tmp_path, {"__init__.py": "", "a.py": "from . import b\n",
                                 "b.py": "def f():\n    from .a import x\n"})
    assert cycles(import_graph(folder, "pkg").internal) == [["pkg.a", "pkg.b"]]


def test_an_upward_import_is_caught(tmp_path: Path) -> None:
    folder = _package(tmp_path, {"__init__.py": "", "model.py": "from pkg.outputs import page\n",
                                 "outputs/__init__.py": "", "outputs/page.py": "import pkg.model\n",
                                 "stray.py": ""})
    layers = [("base", ["pkg"]), ("model", ["pkg.model"]), ("outputs", ["pkg.outputs"])]
    assert layer_violations(import_graph(folder, "pkg"), layers) == [
        "pkg.model (model) imports pkg.outputs.page (outputs)"]
