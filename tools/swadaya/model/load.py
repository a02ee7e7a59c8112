"""``load_content(root) → Catalog``: the one loader of a content tree.

Each data file's loader takes what it is checked against as explicit inputs (the valid
modules, the learning paths, the taxonomy), so the order below is the data's order.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from swadaya.diagnostics import Diagnostic, Report, describe, make
from swadaya.model.catalog import Catalog, ContentPage
from swadaya.model.glossary import GLOSSARY_FILE, load_glossary
from swadaya.model.handbook import load_handbooks
from swadaya.model.indicators import load_indicators
from swadaya.model.instrument import load_instruments
from swadaya.model.learning_path import load_learning_paths
from swadaya.model.materials import load_materials
from swadaya.model.module_fields import read_module_fields
from swadaya.model.prices import load_price_lists
from swadaya.model.taxonomy import Taxonomy, load_taxonomy
from swadaya.model.workshop_file import load_workshops
from swadaya.source import yamlsafe
from swadaya.source.files import read_text, walk_content
from swadaya.source.frontmatter import split_front_matter
from swadaya.source.markdown_scan import scan_markdown

#: Where modules live, relative to the content root.
MODULES_DIR = "modules"
TAXONOMY_FILE = "taxonomy.yml"


def _load_page(rel: str, full: Path, shown: str, taxonomy: Taxonomy, report: Report
               ) -> ContentPage | None:
    source = read_text(full, shown)
    report.extend(source.diagnostics)
    if source.text is None:
        return None
    split = split_front_matter(source.text)
    is_module = PurePosixPath(rel).parts[0] == MODULES_DIR
    page = ContentPage(rel, shown, {}, split.body, split.body_line, scan_markdown(split.body))
    if split.unterminated:
        report.add(make(shown, 1, 1, "Y002"))
        # the "body" still holds the front matter: its id is no mention of a module
        page.scan.mentions.clear()
        return page
    if split.yaml_text is None:
        if is_module:
            report.add(make(shown, 1, 1, "Y001"))
        return page
    try:
        doc = yamlsafe.load(split.yaml_text, split.yaml_line)
    except yamlsafe.YamlProblem as problem:
        report.add(make(shown, problem.line, problem.col, problem.code, problem.said))
        return page
    page.doc = doc
    if is_module:
        module, found = read_module_fields(doc.data, doc, taxonomy, shown)
        report.extend(found)
        page.module = module
        if isinstance(doc.data, dict):
            page.meta = doc.data
    elif isinstance(doc.data, dict):
        page.meta = doc.data
    elif doc.data is not None:
        report.add(make(shown, split.yaml_line, 1, "Y004", got=describe(doc.data)))
    return page


def _index_modules(catalog: Catalog) -> None:
    found: dict[str, ContentPage] = {}
    for page in catalog.pages.values():
        if page.module and page.module.id not in found:
            found[page.module.id] = page
    order = sorted(found, key=lambda k: catalog.sort_key(found[k].module))  # type: ignore[arg-type]
    catalog.modules = {k: found[k].module for k in order}  # type: ignore[misc]
    catalog.module_paths = {k: found[k].path for k in order}


def load_content(root: Path, display_root: Path | None = None) -> Catalog:
    """Read every file under ``root`` (the content folder) into a catalog.

    Problems found while reading (a file that is not UTF-8, bad YAML, a module whose
    front matter breaks the schema, a data file naming an unknown module) are in
    ``catalog.report``; checks across the whole catalog are :func:`swadaya.checks.run_checks`.
    Diagnostics name paths relative to ``display_root`` (default: the current directory
    when ``root`` is inside it), so editors can jump to them.

    The order is the data's own: pages and modules first, then the glossary, then the
    learning paths (which need the modules), the handbooks (which need the paths), the
    workshops, the materials list and the regional price lists (which need it), the indicators
    and the assessment instruments.
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
    report = catalog.report
    report.extend(found)
    walked: list[Diagnostic] = []
    for rel, full in walk_content(root, shown, walked):
        if rel.endswith(".md"):
            page = _load_page(rel, full, shown(rel), taxonomy, report)
            if page:
                catalog.pages[rel] = page
        else:
            catalog.assets.add(rel)
    report.extend(walked)
    _index_modules(catalog)
    modules = catalog.modules
    catalog.glossary, found = load_glossary(root / GLOSSARY_FILE, shown(GLOSSARY_FILE))
    report.extend(found)
    catalog.learning_paths, found = load_learning_paths(root, shown, modules,
                                                        taxonomy.terms("levels"))
    report.extend(found)
    catalog.handbooks, found = load_handbooks(root, shown, modules, catalog.learning_paths,
                                              taxonomy)
    report.extend(found)
    catalog.workshops, found = load_workshops(root, shown, modules)
    report.extend(found)
    catalog.materials, found = load_materials(root, shown, taxonomy.terms("units"))
    report.extend(found)
    catalog.price_lists, found = load_price_lists(root, shown, catalog.materials)
    report.extend(found)
    catalog.indicators, found = load_indicators(root, shown, modules, taxonomy.terms("stages"))
    report.extend(found)
    catalog.instruments, found = load_instruments(root, shown, modules)
    report.extend(found)
    return catalog
