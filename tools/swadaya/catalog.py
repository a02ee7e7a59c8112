"""The catalog: every page and module of ``content/``, loaded once, checked once.

The CLI, the MkDocs plugin and every output read this one model; nothing else parses
front matter.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from . import yamlsafe
from .checks.bodies import check_bodies
from .checks.calcs import check_calcs
from .checks.fields import PRICE_AGE_DAYS, check_module_fields, describe
from .checks.relations import check_relations
from .diagnostics import Report, make
from .glossary import GLOSSARY_FILE, Term, load_glossary
from .handbook import Handbook, load_handbooks
from .markdown_scan import Scan, scan_markdown
from .model import ModuleMeta
from .path import LearningPath, load_paths
from .prices import PriceList, load_price_lists
from .source import read_text, split_front_matter
from .taxonomy import Taxonomy, load_taxonomy
from .workshop import Workshop, load_workshops

#: Where modules live, relative to the content root.
MODULES_DIR = "modules"
TAXONOMY_FILE = "taxonomy.yml"


@dataclass
class Page:
    """One Markdown page of the content tree."""

    path: str  # posix path relative to the content root, e.g. "modules/x/org-01.md"
    shown: str  # the path printed in diagnostics
    meta: dict[str, Any]
    body: str
    body_line: int
    scan: Scan
    doc: yamlsafe.YamlDoc | None = None
    module: ModuleMeta | None = None

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
    pages: dict[str, Page] = field(default_factory=dict)
    assets: set[str] = field(default_factory=set)
    report: Report = field(default_factory=Report)
    #: Valid modules by id, in curriculum order; filled once loading is done.
    modules: dict[str, ModuleMeta] = field(default_factory=dict)
    #: Module id → content path of its page.
    module_paths: dict[str, str] = field(default_factory=dict)
    _dependents: dict[str, list[ModuleMeta]] | None = field(default=None, repr=False)
    #: Glossary terms, sorted.
    glossary: list[Term] = field(default_factory=list)
    #: Learning paths (content/jalur/*.yml).
    paths: list[LearningPath] = field(default_factory=list)
    #: Handbooks (content/buku/*.yml).
    handbooks: list[Handbook] = field(default_factory=list)
    #: Workshops (content/lokakarya/*.yml).
    workshops: list[Workshop] = field(default_factory=list)
    #: Regional price lists (content/harga/*.yml).
    price_lists: list[PriceList] = field(default_factory=list)

    def sort_key(self, module: ModuleMeta) -> tuple[int, int, str]:
        """Order modules by the taxonomy's area order, then by number."""
        areas = list(self.taxonomy.terms("areas"))
        area = areas.index(module.area) if module.area in areas else len(areas)
        number = module.id.split("-")[-1]
        return (area, int(number) if number.isdigit() else 0, module.id)

    def page_of(self, module_id: str) -> Page:
        """The page of a module."""
        return self.pages[self.module_paths[module_id]]

    def select(self, **filters: str) -> list[ModuleMeta]:
        """Modules whose field holds the term, e.g. ``select(area="penyadaran")``."""
        chosen = []
        for module in self.modules.values():
            ok = True
            for name, term in filters.items():
                value = getattr(module, name)
                ok = ok and (term in value if isinstance(value, list) else value == term)
            if ok:
                chosen.append(module)
        return chosen

    def dependents(self, module_id: str) -> list[ModuleMeta]:
        """Modules that list ``module_id`` as a prerequisite ("next modules")."""
        if self._dependents is None:  # built once: asked for on every module page
            self._dependents = {}
            for module in self.modules.values():
                for prerequisite in module.prerequisites:
                    self._dependents.setdefault(prerequisite, []).append(module)
        return self._dependents.get(module_id, [])


def _walk(root: Path, report: Report, shown: Callable[[str], str]
          ) -> Iterable[tuple[str, Path]]:
    real_root = root.resolve()
    for directory, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            full = Path(directory) / name
            rel = full.relative_to(root).as_posix()
            if full.is_symlink():
                target = full.resolve()
                if not target.is_relative_to(real_root):
                    report.add(make(shown(rel), 1, 1, "F005",
                                    f"symlink points outside the content folder ({target})"))
                    continue
            yield rel, full
        for name in list(dirs):
            full = Path(directory) / name
            if full.is_symlink() and not full.resolve().is_relative_to(real_root):
                report.add(make(shown(full.relative_to(root).as_posix()), 1, 1, "F005",
                                "symlinked folder points outside the content folder"))
                dirs.remove(name)


def _load_page(rel: str, full: Path, shown: str, catalog: Catalog,
               today: dt.date, price_age_days: int) -> Page | None:
    report = catalog.report
    source = read_text(full, shown)
    report.extend(source.diagnostics)
    if source.text is None:
        return None
    split = split_front_matter(source.text)
    is_module = PurePosixPath(rel).parts[0] == MODULES_DIR
    page = Page(rel, shown, {}, split.body, split.body_line, scan_markdown(split.body))
    if split.unterminated:
        report.add(make(shown, 1, 1, "Y002", "front matter starts with '---' but is never "
                                              "closed"))
        return page
    if split.yaml_text is None:
        if is_module:
            report.add(make(shown, 1, 1, "Y001", "module has no front matter"))
        return page
    try:
        doc = yamlsafe.load(split.yaml_text, split.yaml_line)
    except yamlsafe.YamlProblem as problem:
        report.add(make(shown, problem.line, problem.col, problem.code, problem.message))
        return page
    page.doc = doc
    if is_module:
        module, found = check_module_fields(doc.data, doc, catalog.taxonomy, shown, today,
                                            price_age_days)
        report.extend(found)
        page.module = module
        if isinstance(doc.data, dict):
            page.meta = doc.data
    elif isinstance(doc.data, dict):
        page.meta = doc.data
    elif doc.data is not None:
        report.add(make(shown, split.yaml_line, 1, "Y004",
                        f"front matter must be 'field: value' lines, got {describe(doc.data)}"))
    return page


def _index_modules(catalog: Catalog) -> None:
    found: dict[str, Page] = {}
    for page in catalog.pages.values():
        if page.module and page.module.id not in found:
            found[page.module.id] = page
    order = sorted(found, key=lambda k: catalog.sort_key(found[k].module))  # type: ignore[arg-type]
    catalog.modules = {k: found[k].module for k in order}  # type: ignore[misc]
    catalog.module_paths = {k: found[k].path for k in order}


def load_catalog(root: Path, display_root: Path | None = None,
                 today: dt.date | None = None,
                 price_age_days: int = PRICE_AGE_DAYS) -> Catalog:
    """Load and check every file under ``root`` (the content folder).

    Diagnostics name paths relative to ``display_root`` (default: the current directory
    when ``root`` is inside it), so editors can jump to them.
    """
    root = Path(root)
    base = display_root or Path.cwd()

    def shown(rel: str) -> str:
        full = (root / rel).absolute()
        try:
            return full.relative_to(base.absolute()).as_posix()
        except ValueError:
            return full.as_posix()

    taxonomy, found = load_taxonomy(root / TAXONOMY_FILE, shown(TAXONOMY_FILE))
    catalog = Catalog(root, taxonomy)
    catalog.report.extend(found)
    today = today or dt.date.today()
    for rel, full in _walk(root, catalog.report, shown):
        if rel.endswith(".md"):
            page = _load_page(rel, full, shown(rel), catalog, today, price_age_days)
            if page:
                catalog.pages[rel] = page
        else:
            catalog.assets.add(rel)
    _index_modules(catalog)
    catalog.glossary, found = load_glossary(root / GLOSSARY_FILE, shown(GLOSSARY_FILE))
    catalog.report.extend(found)
    catalog.paths, found = load_paths(catalog, shown)
    catalog.report.extend(found)
    catalog.handbooks, found = load_handbooks(catalog, shown)
    catalog.report.extend(found)
    catalog.workshops, found = load_workshops(catalog, shown)
    catalog.report.extend(found)
    catalog.price_lists, found = load_price_lists(catalog, shown)
    catalog.report.extend(found)
    check_relations(catalog)
    check_bodies(catalog)
    check_calcs(catalog)
    return catalog
