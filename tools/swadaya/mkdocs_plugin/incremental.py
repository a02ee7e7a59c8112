"""Rebuilding only what a save changed, for ``mkdocs serve --dirty`` (``make serve``).

MkDocs' own ``--dirty`` rebuilds a page when its file is newer than its output: it misses
everything a page shows of other files (a module's "next modules", the index pages, the
menu) and drops the pages it skips from the search index. Here each page gets a
fingerprint of everything its HTML is made from, and is rebuilt when that changed:

- what every page shares (``site``): mkdocs.yml, the templates and theme overrides, the
  data files (taxonomy, glossary, paths, handbooks, workshops, prices), the downloads, and
  our own code;
- its own source (a written page's file, or a generated page's Markdown);
- for a module: the sources of its prerequisites and of the modules that need it (its
  header card and "next modules" show them); for a page with a ``modules`` marker (a list of
  modules): every module's front matter;
- which of the pages it links to exist (MkDocs resolves those links);
- the menu as Material draws it on that page with ``navigation.prune``: every top-level
  entry, the entries of each section the page is in, and its previous and next pages.

Skipped pages keep the titles their last render gave them (the menu of a rebuilt page
shows them), their search entries are carried over, and the outputs of deleted pages are
removed, so a rebuilt page equals a clean build's. Nothing here is used by
``mkdocs build``. Two helpers of a serve session sit at the end: compiled templates shared
by every rebuild, and MkDocs' notice about dirty builds silenced.
"""

from __future__ import annotations

import hashlib
import logging
import os
import posixpath
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from jinja2 import Environment
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.theme import Theme

from swadaya.model.catalog import Catalog
from swadaya.outputs.render import BYTECODE
from swadaya.source.cache import key_of, tool_fingerprint
from swadaya.source.markdown_scan import SCHEME

log = logging.getLogger("mkdocs.plugins.swadaya")


def site_digest(paths: Iterable[Path], docs: Path, extra: str) -> str:
    """A hash of every file under ``paths`` (files or folders; the Markdown pages under
    ``docs`` are left to their own fingerprints) and of ``extra`` (settings), plus our
    code."""
    h = hashlib.sha256(tool_fingerprint().encode() + extra.encode())
    for top in paths:
        files = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file())
        for path in files:
            if path.suffix == ".md" and path.is_relative_to(docs):
                continue
            h.update(str(path).encode() + b"\0")
            try:
                stat = path.stat()
                # images and PDFs by size and time; text files by their bytes
                if path.suffix in {".yml", ".yaml", ".j2", ".html", ".css", ".js", ".json"}:
                    h.update(path.read_bytes())
                else:
                    h.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
            except OSError:
                h.update(b"missing")
    return h.hexdigest()


def _first_url(section: Section) -> str:
    """The URL Material links a pruned (collapsed) section to: its first page's."""
    item: Any = section
    while getattr(item, "children", None):
        item = item.children[0]
    return str(getattr(item, "url", ""))


class _Answer:
    """A fixed answer to ``File.is_modified()``."""

    def __init__(self, value: bool) -> None:
        self.value = value

    def __call__(self) -> bool:
        return self.value


class Incremental:
    """State kept across the rebuilds of one ``mkdocs serve --dirty`` session."""

    def __init__(self) -> None:
        self.fingerprints: dict[str, str] = {}  # src_uri → fingerprint of its last build
        self.titles: dict[str, str | None] = {}  # src_uri → title its last render gave
        self.search: dict[str, list[dict[str, Any]]] = {}  # page URL → its search entries
        self.outputs: dict[str, str] = {}  # src_uri → output file
        self._pending: dict[str, str] = {}
        self.rebuilt: set[str] = set()

    # -- deciding ----------------------------------------------------------------------

    def _digest(self, file: File, catalog: Catalog, generated: dict[str, str]) -> str:
        if file.src_uri in generated:
            return key_of("generated", generated[file.src_uri])
        page = catalog.pages.get(file.src_uri)
        if page is not None and page.digest:
            return page.digest
        try:  # a page the catalog does not hold: its file
            return key_of("file", Path(str(file.abs_src_path)).read_text("utf-8"))
        except (OSError, UnicodeDecodeError, TypeError):
            return "unreadable"

    def _title(self, page: Any, digests: dict[str, str]) -> str:
        """A page's menu label as the menu shows it; for a page titled by its own first
        heading, its source stands for the title."""
        if isinstance(page, Page):
            configured = page.__dict__.get("title")
            return str(configured) if configured is not None else \
                "src:" + digests.get(page.file.src_uri, "")
        return str(getattr(page, "title", ""))

    def _nav(self, page: Page, nav: Navigation, digests: dict[str, str],
             memo: dict[tuple[int, int], str]) -> str:
        """What Material's pruned menu draws on ``page``, as a digest. A section is drawn
        open on the pages inside it and closed (a link to its first page) elsewhere, the
        same on every page outside it, and alike on every page whose open child is the same:
        ``memo`` keeps each drawing once per build."""
        ancestors = set()
        parent = page.parent
        while parent is not None:
            ancestors.add(id(parent))
            parent = parent.parent

        def item(entry: Any) -> str:
            if isinstance(entry, Section):
                opened = id(entry) in ancestors
                # an open section is drawn alike on every page whose open child is the same
                inner = next((id(c) for c in entry.children if id(c) in ancestors), 0)
                key = (id(entry), inner if opened else -1)
                found = memo.get(key)
                if found is None:
                    found = memo[key] = (
                        key_of("open", entry.title, *(item(c) for c in entry.children))
                        if opened else key_of("closed", entry.title, _first_url(entry),
                                              str(len(entry.children))))
                return found
            if isinstance(entry, Link):
                return f"link:{entry.title}:{entry.url}"
            return f"page:{self._title(entry, digests)}:{entry.url}"

        around = [f"{p.url}:{self._title(p, digests)}" if p else "-"
                  for p in (page.previous_page, page.next_page)]
        return key_of(page.url, *around, *(item(e) for e in nav.items))

    def _links(self, src: str, catalog: Catalog, known: set[str]) -> list[str]:
        """The pages this page links to that exist now (MkDocs resolves links to them)."""
        page = catalog.pages.get(src)
        if page is None:
            return []
        found = set()
        for link in page.scan.links:
            url = unquote(link.url.split("#")[0])
            if not url or SCHEME.match(url) or url.startswith("/"):
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(src), url))
            found.add(f"{target}:{target in known}")
        return sorted(found)

    def _deps(self, src: str, catalog: Catalog, fronts: str) -> list[str]:
        """Digests of what a written page shows of other modules: their front matter."""
        page = catalog.pages.get(src)
        if page is None:
            return []
        deps: list[str] = []
        module = page.module
        if module is not None:
            related = [m for m in module.prerequisites if m in catalog.module_paths]
            related += [m.id for m in catalog.dependents(module.id)]
            deps += [f"{m}:{catalog.page_of(m).front_digest}" for m in related]
        # a list of modules shows every module's front matter; other markers (indicators,
        # an instrument: data files, in the site digest) and `swadaya:abaikan` show none
        if any(m.name == "modules" for m in page.scan.markers):
            deps.append("all:" + fronts)
        return deps

    def mark(self, files: Files, nav: Navigation, catalog: Catalog,
             generated: dict[str, str], site: str) -> None:
        """Decide which pages this build renders; the others keep their last output."""
        pages = files.documentation_pages()
        digests = {f.src_uri: self._digest(f, catalog, generated) for f in pages}
        known = set(digests)
        fronts = key_of(*(catalog.page_of(m).front_digest for m in catalog.module_paths))
        memo: dict[tuple[int, int], str] = {}
        self._pending = {}
        self.rebuilt = set()
        for file in pages:
            page = file.page
            parts = [site, digests[file.src_uri],
                     *self._deps(file.src_uri, catalog, fronts),
                     *self._links(file.src_uri, catalog, known)]
            if page is not None:
                parts.append(self._nav(page, nav, digests, memo))
            fingerprint = key_of(*parts)
            self._pending[file.src_uri] = fingerprint
            changed = (self.fingerprints.get(file.src_uri) != fingerprint
                       or not os.path.isfile(file.abs_dest_path))
            # MkDocs asks each file whether to render it (``--dirty``); this answers for it
            file.is_modified = _Answer(changed)  # type: ignore[method-assign]
            if changed:
                self.rebuilt.add(file.src_uri)
        # after every fingerprint: a restored title would read as one from mkdocs.yml
        for file in pages:
            if (file.src_uri not in self.rebuilt and file.page is not None
                    and "title" not in file.page.__dict__):
                file.page.title = self.titles.get(file.src_uri)

    # -- after the build -----------------------------------------------------------------

    def merge_search(self, docs: list[dict[str, Any]], files: Files) -> list[dict[str, Any]]:
        """The search entries of a clean build: the rebuilt pages' new entries, the others'
        kept from their last build, in the order the pages are built."""
        fresh: dict[str, list[dict[str, Any]]] = {}
        for doc in docs:
            fresh.setdefault(str(doc.get("location", "")).partition("#")[0], []).append(doc)
        merged: list[dict[str, Any]] = []
        search: dict[str, list[dict[str, Any]]] = {}
        for file in files.documentation_pages():
            entries = (fresh.get(file.url, []) if file.src_uri in self.rebuilt
                       else self.search.get(file.url, []))
            search[file.url] = entries
            merged += entries
        self.search = search
        return merged

    def finish(self, files: Files) -> None:
        """Remember this build (it succeeded) and remove the outputs of deleted pages."""
        current = {f.src_uri: f.abs_dest_path for f in files.documentation_pages()}
        for src, output in self.outputs.items():
            if src not in current and output not in current.values():
                Path(output).unlink(missing_ok=True)
        for file in files.documentation_pages():
            if file.src_uri in self.rebuilt and file.page is not None:
                self.titles[file.src_uri] = file.page.title
        self.outputs = current
        self.fingerprints = dict(self._pending)
        log.info(f"swadaya: rebuilt {len(self.rebuilt)} of {len(current)} pages")


def keep_compiled_templates() -> None:
    """In this ``serve`` process, every environment a theme makes (each rebuild makes new
    ones, and Material's search makes its own) shares our compiled templates."""
    make = Theme.get_env
    if getattr(make, "swadaya", False):
        return

    def get_env(theme: Theme) -> Environment:
        env = make(theme)
        env.bytecode_cache = BYTECODE
        return env

    get_env.swadaya = True  # type: ignore[attr-defined]
    Theme.get_env = get_env  # type: ignore[method-assign,assignment]


class DirtyNotice(logging.Filter):
    """Drops MkDocs' warning that a dirty build makes the menu and links inaccurate: under
    ``make serve`` the plugin rebuilds every page whose menu or links changed."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "A 'dirty' build is being performed" not in record.getMessage()
