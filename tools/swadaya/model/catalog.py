"""The catalog: every page, module and data file of ``content/``, as types and queries.

Built once by :func:`swadaya.model.load.load_content`; the checks, the CLI, the MkDocs
plugin and every output read this one model. Nothing else parses front matter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from swadaya.diagnostics import Report
from swadaya.model.glossary import GlossaryEntry
from swadaya.model.handbook import Handbook
from swadaya.model.indicators import IndicatorSet
from swadaya.model.instrument import Instrument
from swadaya.model.learning_path import LearningPath
from swadaya.model.materials import MaterialList
from swadaya.model.module import ModuleMeta
from swadaya.model.prices import PriceList
from swadaya.model.readability import Figures
from swadaya.model.selection import select
from swadaya.model.taxonomy import Taxonomy
from swadaya.model.workshop import Workshop
from swadaya.source import yamlsafe
from swadaya.source.markdown_scan import Scan


@dataclass
class ContentPage:
    """One Markdown file of the content tree (a module or a written page)."""

    path: str  # posix path relative to the content root, e.g. "modules/x/org-01.md"
    shown: str  # the path printed in diagnostics
    meta: dict[str, Any]
    body: str
    body_line: int
    scan: Scan
    doc: yamlsafe.YamlDoc | None = None
    module: ModuleMeta | None = None
    #: A hash of the file's text (and what it was checked against): equal digests, equal
    #: page. Lets the site rebuild only pages whose sources changed.
    digest: str = ""
    #: A hash of the front matter's text alone: what other pages show of a module.
    front_digest: str = ""

    def at(self, path: yamlsafe.YamlPath) -> tuple[int, int]:
        """File position of a front-matter value (line, col)."""
        if self.doc is None:
            return (1, 1)
        return self.doc.where(path)


@dataclass
class Catalog:
    """All pages, modules, assets and the taxonomy of one content tree, plus what was wrong."""

    root: Path
    taxonomy: Taxonomy
    pages: dict[str, ContentPage] = field(default_factory=dict)
    assets: set[str] = field(default_factory=set)
    report: Report = field(default_factory=Report)
    #: Valid modules by id, in curriculum order; filled once loading is done.
    modules: dict[str, ModuleMeta] = field(default_factory=dict)
    #: Module id → content path of its page.
    module_paths: dict[str, str] = field(default_factory=dict)
    _dependents: dict[str, list[ModuleMeta]] | None = field(default=None, repr=False)
    #: Glossary entries, sorted.
    glossary: list[GlossaryEntry] = field(default_factory=list)
    #: Learning paths (content/jalur/*.yml).
    learning_paths: list[LearningPath] = field(default_factory=list)
    #: Handbooks (content/buku/*.yml).
    handbooks: list[Handbook] = field(default_factory=list)
    #: Workshops (content/lokakarya/*.yml).
    workshops: list[Workshop] = field(default_factory=list)
    #: The materials list (content/harga/bahan.yml): every material, wage and transport rate.
    materials: MaterialList | None = None
    #: Regional price lists (the other content/harga/*.yml).
    price_lists: list[PriceList] = field(default_factory=list)
    #: Group health indicators (content/pemantauan/indikator.yml).
    indicators: IndicatorSet | None = None
    #: Assessment instruments by key (content/penilaian/*.yml).
    instruments: dict[str, Instrument] = field(default_factory=dict)
    #: Plain-language figures of each module's page by id, left by the readability check
    #: (which reads every sentence anyway) for the report page; empty until it has run.
    figures: dict[str, Figures] = field(default_factory=dict)

    def sort_key(self, module: ModuleMeta) -> tuple[int, int, str]:
        """Order modules by the taxonomy's area order, then by number."""
        areas = list(self.taxonomy.terms("areas"))
        area = areas.index(module.area) if module.area in areas else len(areas)
        number = module.id.split("-")[-1]
        return (area, int(number) if number.isdigit() else 0, module.id)

    def drop_sources(self) -> None:
        """Forget what only the checks and print read: each page's raw front matter, the
        positions of its values, and its text (a module's text only once its plain-language
        figures are in :attr:`figures`). A site build keeps its catalog to the end; at
        1,000 modules these were 16 of its 24 MB (tracemalloc)."""
        figured = {self.module_paths[m] for m in self.figures if m in self.module_paths}
        for path, page in self.pages.items():
            keep_body = page.module is not None and path not in figured
            self.pages[path] = replace(page, meta={}, doc=None,
                                       body=page.body if keep_body else "")

    def page_of(self, module_id: str) -> ContentPage:
        """The page of a module."""
        return self.pages[self.module_paths[module_id]]

    def select(self, criteria: Mapping[str, str]) -> list[ModuleMeta]:
        """Modules that hold every term, in curriculum order, e.g.
        ``select({"area": "penyadaran"})`` (keys: :data:`swadaya.model.selection.SELECTORS`)."""
        return select(self.modules.values(), criteria)

    def dependents(self, module_id: str) -> list[ModuleMeta]:
        """Modules that list ``module_id`` as a prerequisite ("next modules")."""
        if self._dependents is None:  # built once: asked for on every module page
            self._dependents = {}
            for module in self.modules.values():
                for prerequisite in module.prerequisites:
                    self._dependents.setdefault(prerequisite, []).append(module)
        return self._dependents.get(module_id, [])
