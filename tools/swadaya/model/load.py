"""``load_content(root) → Catalog``: the one loader of a content tree.

Each data file's loader takes what it is checked against as explicit inputs (the valid
modules, the learning paths, the taxonomy), so the order below is the data's order.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

from swadaya.diagnostics import Diagnostic, Report, describe, make
from swadaya.model.catalog import Catalog, ContentPage
from swadaya.model.glossary import GLOSSARY_FILE, load_glossary
from swadaya.model.handbook import load_handbooks
from swadaya.model.indicators import load_indicators
from swadaya.model.instrument import load_instruments
from swadaya.model.learning_path import load_learning_paths
from swadaya.model.materials import load_materials
from swadaya.model.module import rebuilt
from swadaya.model.module_fields import read_module_fields
from swadaya.model.prices import load_price_lists
from swadaya.model.taxonomy import Taxonomy, load_taxonomy
from swadaya.model.workshop_file import load_workshops
from swadaya.source import yamlsafe
from swadaya.source.cache import FileCache, key_of
from swadaya.source.datafile import caching
from swadaya.source.files import read_text, walk_content
from swadaya.source.frontmatter import split_front_matter
from swadaya.source.markdown_scan import Scan, scan_markdown

#: Where modules live, relative to the content root.
MODULES_DIR = "modules"
TAXONOMY_FILE = "taxonomy.yml"


def _parse_page(rel: str, shown: str, text: str, taxonomy: Taxonomy,
                report: list[Diagnostic]) -> tuple[ContentPage, bool]:
    """A page from its text; problems go to ``report``. True when it is a valid module."""
    split = split_front_matter(text)
    is_module = PurePosixPath(rel).parts[0] == MODULES_DIR
    page = ContentPage(rel, shown, {}, split.body, split.body_line, scan_markdown(split.body),
                       front_digest=key_of(split.yaml_text or ""))
    if split.unterminated:
        report.append(make(shown, 1, 1, "Y002"))
        # the "body" still holds the front matter: its id is no mention of a module
        page.scan.mentions.clear()
        return page, False
    if split.yaml_text is None:
        if is_module:
            report.append(make(shown, 1, 1, "Y001"))
        return page, False
    try:
        doc = yamlsafe.load(split.yaml_text, split.yaml_line)
    except yamlsafe.YamlProblem as problem:
        report.append(make(shown, problem.line, problem.col, problem.code, problem.said))
        return page, False
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
        report.append(make(shown, split.yaml_line, 1, "Y004", got=describe(doc.data)))
    return page, page.module is not None


def _entry_of(page: ContentPage) -> dict[str, Any]:
    """What a cache keeps of a parsed page: plain data, no path (the key has the text).
    The front matter's positions are kept beside it (see :func:`_load_page`). Only pages
    whose reading found no problem are kept, so an entry holds no diagnostics."""
    doc = page.doc
    return {"scan": page.scan.to_plain(),
            "doc": None if doc is None else [doc.data, doc.first_line],
            "module": None if page.module is None else page.module.model_dump()}


def _page_of(rel: str, shown: str, text: str, entry: dict[str, Any], positions: str
             ) -> ContentPage:
    """The page a cache entry describes (its module as it was validated when stored).

    Raises TypeError, ValueError or KeyError on an entry of the wrong shape.
    """
    split = split_front_matter(text)
    page = ContentPage(rel, shown, {}, split.body, split.body_line,
                       Scan.from_plain(entry["scan"]), front_digest=key_of(split.yaml_text or ""))
    if entry["doc"] is not None:
        data, first_line = entry["doc"]
        page.doc = yamlsafe.YamlDoc(data, first_line=int(first_line), packed=positions)
        if isinstance(data, dict):
            page.meta = data
    if entry["module"] is not None:
        page.module = rebuilt(entry["module"])
    return page


class KeptPages:
    """The pages a resident process keeps from one load to the next, by digest.

    Only pages whose reading found no problem are kept (as in the file cache, a diagnostic
    is always made afresh), and nothing changes a page once loaded, so a kept page is what
    parsing its file again would give. :meth:`turn` after each load drops the pages of
    files that changed or went.
    """

    def __init__(self) -> None:
        self.old: dict[str, ContentPage] = {}
        self.new: dict[str, ContentPage] = {}

    def turn(self) -> None:
        """Start the next load: what this one kept is what the next may use."""
        self.old, self.new = self.new, {}


def _load_page(rel: str, full: Path, shown: str, taxonomy: Taxonomy, report: Report,
               cache: FileCache, salt: str, kept: KeptPages | None) -> ContentPage | None:
    source = read_text(full, shown)
    report.extend(source.diagnostics)
    if source.text is None:
        return None
    key = key_of("page", rel, salt, source.text)
    if kept is not None and key in kept.old:
        cache.keep(key)  # still this page's entry on disk, for the next process
        kept.new[key] = kept.old[key]
        return kept.new[key]
    found_entry = cache.get_with_text(key)
    if found_entry is not None:
        entry, positions = found_entry
        try:
            page = _page_of(rel, shown, source.text, entry, positions)
            page.digest = key
            if kept is not None:
                kept.new[key] = page
            return page
        except (TypeError, ValueError, KeyError, IndexError, AttributeError):
            pass  # not an entry we wrote: parse the file (ValidationError is a ValueError)
    found: list[Diagnostic] = []
    page, _ = _parse_page(rel, shown, source.text, taxonomy, found)
    report.extend(found)
    page.digest = key
    if not found and not page.scan.unsafe:  # diagnostics are made afresh, never stored
        cache.put(key, _entry_of(page), page.doc.pack() if page.doc else "")
        if kept is not None:
            kept.new[key] = page
    return page


def _read_or_empty(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8", "replace")
    except OSError:
        return ""


def _index_modules(catalog: Catalog) -> None:
    found: dict[str, ContentPage] = {}
    for page in catalog.pages.values():
        if page.module and page.module.id not in found:
            found[page.module.id] = page
    order = sorted(found, key=lambda k: catalog.sort_key(found[k].module))  # type: ignore[arg-type]
    catalog.modules = {k: found[k].module for k in order}  # type: ignore[misc]
    catalog.module_paths = {k: found[k].path for k in order}


def load_content(root: Path, display_root: Path | None = None,
                 cache: Path | None = None) -> Catalog:
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

    ``cache`` is a folder (usually the project's ``.swadaya-cache``) where each page's parse
    is kept by a hash of its text: an unchanged page is not parsed again. What is read
    from it is rebuilt and validated like a fresh parse; a damaged or foreign cache is
    ignored. A page whose reading found a problem is not kept (it is read again each run),
    so diagnostics are always made afresh, in the language asked for. Checks across files
    always run on the whole catalog.
    """
    files = FileCache(cache)
    catalog = read_content(root, display_root, files)
    files.save()
    return catalog


def read_content(root: Path, display_root: Path | None, files: FileCache,
                 kept: KeptPages | None = None) -> Catalog:
    """:func:`load_content` with a cache the caller opened and saves (the checks keep their
    per-page findings in it too).

    ``kept``: pages of an earlier load by this process (see :class:`KeptPages`), used as
    they are: what a resident checker (``swadaya check --watch``) holds between runs instead
    of decoding and rebuilding every page again.
    """
    root = Path(root)
    with caching(files):
        return _load(root, _shower(root, display_root or Path.cwd()), files, kept)


def _shower(root: Path, base: Path) -> Callable[[str], str]:
    """Content path → the path diagnostics print (relative to ``base`` when inside it)."""
    full_root = root.absolute()
    try:
        prefix = full_root.relative_to(base.absolute()).as_posix()
    except ValueError:
        prefix = full_root.as_posix()
    # string joins, not Path objects: this runs for every file, thousands per check
    return lambda rel: rel if prefix == "." else f"{prefix}/{rel}"


def _load(root: Path, shown: Callable[[str], str], files: FileCache,
          kept: KeptPages | None) -> Catalog:
    taxonomy, found = load_taxonomy(root / TAXONOMY_FILE, shown(TAXONOMY_FILE))
    catalog = Catalog(root, taxonomy)
    report = catalog.report
    report.extend(found)
    walked: list[Diagnostic] = []
    # a module's parse depends on the taxonomy it was checked against
    salt = key_of(_read_or_empty(root / TAXONOMY_FILE))
    for rel, full in walk_content(root, shown, walked):
        if rel.endswith(".md"):
            page = _load_page(rel, full, shown(rel), taxonomy, report, files, salt, kept)
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
