"""Generated site pages and module page parts, as Markdown, from the catalog (no MkDocs here).

The MkDocs plugin hands these to MkDocs as generated files; links are relative ``.md``
paths so MkDocs resolves them the same way as links an author writes.
"""

from __future__ import annotations

import functools
import posixpath
from pathlib import Path

from swadaya.diagnostics import CODES
from swadaya.model.calc import KINDS
from swadaya.model.catalog import Catalog
from swadaya.model.glossary import GlossaryEntry
from swadaya.model.module import AgendaItem, ModuleMeta, vocabulary_fields
from swadaya.model.prices import cost
from swadaya.model.routes import (
    DOWNLOADS_PAGE,
    DOWNLOADS_URL,
    GLOSSARY_PAGE,
    GUIDES_PAGE,
    INDEX_HOME,
    INDEXES,
    MAP_PAGE,
    OFFLINE_PAGE,
    REFERENCE_PAGE,
    card_pdf,
    index_path,
    plan_pdf,
    workshop_page,
    workshop_pdf,
)
from swadaya.outputs.decorate import Decorator
from swadaya.outputs.render import page_url
from swadaya.outputs.site.downloads import Downloads
from swadaya.outputs.site.figures import path_svg
from swadaya.outputs.site.tooltips import Tooltips
from swadaya.text import clock, date_id, quantity_text, rupiah


class SitePages:
    """Renders the site's generated pages and module page parts for one catalog."""

    def __init__(self, catalog: Catalog, templates: Path, directory_urls: bool = False,
                 downloads: Downloads | None = None) -> None:
        self.catalog = catalog
        self.decorator = Decorator(catalog, templates)
        self.tax = catalog.taxonomy
        self.directory_urls = directory_urls
        self.tooltips = Tooltips(catalog.glossary)
        self.downloads = downloads or Downloads({}, {})
        #: Mark page parts that search should skip (off for a stock-search comparison).
        self.search_hints = False
        #: A hosted copy with the installable offline site: pages tell readers about saving.
        self.webapp = False

    def _render(self, name: str, here: str, **context: object) -> str:
        return self.decorator.render(name, here, **context)

    def pages(self) -> dict[str, str]:
        """Content path → Markdown of every generated page."""
        out: dict[str, str] = {}
        for vocabulary, (_, selector, _) in INDEXES.items():
            for key, term in self.tax.terms(vocabulary).items():
                here = index_path(vocabulary, key)
                modules = self.catalog.select({selector: key})
                out[here] = self._render("index_term.md.j2", here, term=term,
                                         vocabulary=vocabulary, modules=modules,
                                         listing=self.decorator.module_list(modules, here))
        out[INDEX_HOME] = self._render("index_home.md.j2", INDEX_HOME, indexes=INDEXES,
                                       modules=list(self.catalog.modules.values()))
        out[MAP_PAGE] = self.programme_map()
        out[GUIDES_PAGE] = self.guides_index()
        out[DOWNLOADS_PAGE] = self._render("downloads.md.j2", DOWNLOADS_PAGE,
                                           downloads=self.downloads, url=DOWNLOADS_URL)
        out[OFFLINE_PAGE] = self._render("offline_reading.md.j2", OFFLINE_PAGE,
                                         downloads=self.downloads, url=DOWNLOADS_URL,
                                         webapp=self.webapp)
        if self.catalog.glossary:
            out[GLOSSARY_PAGE] = self._render("glossary.md.j2", GLOSSARY_PAGE,
                                              groups=self._glossary_groups())
        for workshop in self.catalog.workshops:
            here = workshop_page(workshop.key)
            out[here] = self._render(
                "workshop.md.j2", here, w=workshop, days=workshop.schedule(self.catalog.modules),
                clock=clock, pdf=self.downloads.entry(workshop_pdf(workshop.key)),
                url=DOWNLOADS_URL)
        for path in self.catalog.learning_paths:
            svg = path_svg(path, self.catalog, functools.partial(self._module_url,
                                                                 here=path.page))
            out[path.page] = self._render("learning_path.md.j2", path.page, path=path, svg=svg)
        out[REFERENCE_PAGE] = self._render(
            "author_reference.md.j2", REFERENCE_PAGE, fields=field_rows(ModuleMeta),
            agenda_fields=field_rows(AgendaItem),
            calc_kinds={k: m.model_fields for k, m in KINDS.items()},
            codes=CODES.values())
        return dict(sorted(out.items()))

    def _module_url(self, module_id: str, here: str) -> str:
        return page_url(self.catalog.module_paths[module_id], here, self.directory_urls)

    def _glossary_groups(self) -> list[tuple[str, list[GlossaryEntry]]]:
        groups: dict[str, list[GlossaryEntry]] = {}
        for term in self.catalog.glossary:
            groups.setdefault(term.term[:1].upper(), []).append(term)
        return list(groups.items())

    def decorate(self, markdown: str, here: str) -> str:
        """What every written page gets before rendering: module lists, worked examples."""
        return self.decorator.decorate(markdown, here)

    def add_tooltips(self, html: str, here: str) -> str:
        """Glossary definitions on the first use of each term in a rendered page."""
        return html if here == GLOSSARY_PAGE else self.tooltips.apply(html)

    def programme_map(self) -> str:
        """Stages × areas: which modules serve each cell, as an HTML/CSS figure."""
        cells = {(s, a): [m for m in self.catalog.modules.values()
                          if s in m.stages and m.area == a]
                 for s in self.tax.terms("stages") for a in self.tax.terms("areas")}
        return self._render("programme_map.md.j2", MAP_PAGE, cells=cells,
                            cells_in=lambda s: any(v for (st, _), v in cells.items() if st == s))

    def module_header(self, module: ModuleMeta, here: str) -> str:
        """The title and header card put at the top of a module page."""
        prerequisites = [self.catalog.modules[p] for p in module.prerequisites
                         if p in self.catalog.modules]
        plan = self.downloads.entry(plan_pdf(module.id))
        return self._render("module_card.md.j2", here, m=module, prerequisites=prerequisites,
                            plan=plan, url=DOWNLOADS_URL,
                            search_hints=self.search_hints) + self.guide_top(module, here)

    def module_footer(self, module: ModuleMeta, here: str) -> str:
        """Maintenance schedule of a guide, then "next modules" (those that need this one)."""
        bottom = (self._render("guide_bottom.md.j2", here, m=module)
                  if module.type == "panduan" and module.maintenance else "")
        return bottom + self._render("module_next.md.j2", here, m=module,
                                     dependents=self.catalog.dependents(module.id))

    def guide_top(self, module: ModuleMeta, here: str) -> str:
        """Facts, costed materials (default and regional), tools and safety of a guide."""
        if module.type != "panduan" or not module.bill_of_materials:
            return ""
        regional = [cost(module, p) for p in self.catalog.price_lists
                    if any(i.item in p.prices for i in module.bill_of_materials)]
        return self._render("guide_top.md.j2", here, m=module, costing=cost(module),
                            regional=regional, rupiah=rupiah, qty=quantity_text,
                            date_id=date_id, url=DOWNLOADS_URL,
                            card=self.downloads.entry(card_pdf(module.id)))

    def guides_index(self) -> str:
        """The sortable index of guides with cost, difficulty and build time."""
        guides = [(m, cost(m)) for m in self.catalog.modules.values()
                  if m.type == "panduan" and m.bill_of_materials]
        ranks = {k: i for i, k in enumerate(self.tax.terms("difficulties"))}
        return self._render(
            "guides_index.md.j2", GUIDES_PAGE, guides=guides, rupiah=rupiah,
            url_of=functools.partial(self._module_url, here=GUIDES_PAGE),
            difficulty_rank=lambda d: ranks.get(d, 9),
            vendor=posixpath.relpath("vendor", posixpath.dirname(GUIDES_PAGE)))


def field_rows(model: type[ModuleMeta] | type[AgendaItem]) -> list[dict[str, object]]:
    """One row per field for the author guide: name, kind, required, vocabulary, meaning."""
    kinds = {str: "teks", int: "bilangan bulat", "date": "tanggal"}
    vocab = vocabulary_fields(model)
    rows = []
    for name, info in model.model_fields.items():
        annotation = info.annotation
        text = str(annotation)
        if "AgendaItem" in text:
            kind = "daftar langkah"
        elif text.startswith("list"):
            kind = "daftar teks"
        elif "date" in text:
            kind = kinds["date"]
        else:
            kind = kinds.get(annotation, text)
        rows.append({"name": name, "kind": kind, "required": info.is_required(),
                     "vocabulary": vocab.get(name, ""), "description": info.description or ""})
    return rows
