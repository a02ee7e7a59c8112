"""Generated site pages and module page parts, from the catalog (no MkDocs here).

The MkDocs plugin hands these to MkDocs as generated files. Most are Markdown, with links as
relative ``.md`` paths that MkDocs resolves like an author's links. The parts every module
page carries (header card, "next modules") and the long lists of modules are HTML with final
URLs: Python-Markdown was most of what the plugin added to a build.
"""

from __future__ import annotations

import functools
import posixpath
import re
from pathlib import Path

from swadaya.diagnostics import CODES
from swadaya.model.calc import KINDS
from swadaya.model.catalog import Catalog
from swadaya.model.glossary import GlossaryEntry
from swadaya.model.module import ModuleMeta
from swadaya.model.module_fields import NESTED
from swadaya.model.prices import Costing, cost
from swadaya.model.routes import (
    DOWNLOADS_PAGE,
    DOWNLOADS_URL,
    GLOSSARY_PAGE,
    GUIDES_PAGE,
    INDEX_HOME,
    INDEXES,
    MAP_PAGE,
    MONITORING_PAGE,
    MONTHLY_FORM_PDF,
    OFFLINE_PAGE,
    PRICES_PAGE,
    READABILITY_PAGE,
    REFERENCE_PAGE,
    ROLLUP_FORM_PDF,
    attendance_pdf,
    card_pdf,
    index_path,
    plan_pdf,
    workshop_materials_pdf,
    workshop_page,
    workshop_pdf,
)
from swadaya.outputs.decorate import Decorator
from swadaya.outputs.render import md_escape, page_url, relative
from swadaya.outputs.site.downloads import Downloads
from swadaya.outputs.site.figures import path_svg
from swadaya.outputs.site.readability_page import readability_page
from swadaya.outputs.site.reference import field_rows
from swadaya.outputs.site.tooltips import Tooltips
from swadaya.text import clock, date_id, quantity_text, rupiah

#: The printable monitoring forms: where, what they are called, what they are for.
MONITORING_FORMS = [
    (MONTHLY_FORM_PDF, "Lembar catatan bulanan kelompok",
     "A4 mendatar, satu halaman untuk setahun: satu baris per bulan (bulan 0 sampai 12), "
     "kolom untuk setiap indikator, dan baris jumlah setahun."),
    (ROLLUP_FORM_PDF, "Rekap kader",
     "A4 mendatar: satu baris per kelompok yang didampingi kader, kolom yang sama, jumlah "
     "merah setiap kelompok, dan baris jumlah semua kelompok (dihitung dari angka asal)."),
]
_MODULE_ID = re.compile(r"\b[A-Z]{3}-\d{2,3}\b")
#: How an indicator should move, in words.
DIRECTIONS = {"naik": "makin tinggi makin baik", "turun": "makin rendah makin baik",
              "tetap": "jaga di bawah batas"}


class SitePages:
    """Renders the site's generated pages and module page parts for one catalog."""

    def __init__(self, catalog: Catalog, templates: Path, directory_urls: bool = False,
                 downloads: Downloads | None = None) -> None:
        self.catalog = catalog
        self.decorator = Decorator(catalog, templates, directory_urls)
        self.tax = catalog.taxonomy
        self.directory_urls = directory_urls
        self.tooltips = Tooltips(catalog.glossary)
        self.downloads = downloads or Downloads({}, {})
        #: A hosted copy with the installable offline site: pages tell readers about saving.
        self.webapp = False

    @property
    def search_hints(self) -> bool:
        """Mark page parts that search should skip (off for a stock-search comparison)."""
        return self.decorator.search_hints

    @search_hints.setter
    def search_hints(self, value: bool) -> None:
        self.decorator.search_hints = value

    def _render(self, name: str, here: str, **context: object) -> str:
        return self.decorator.render(name, here, **context)

    def _render_html(self, name: str, here: str, **context: object) -> str:
        """An HTML part of a page: links are final URLs (the site generator resolves only
        Markdown links)."""
        return self.decorator.render(name, here, **self.decorator.urls(here), **context)

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
        out[INDEX_HOME] = self._render_html("index_home.md.j2", INDEX_HOME, indexes=INDEXES,
                                            modules=list(self.catalog.modules.values()))
        out[MAP_PAGE] = self.programme_map()
        out[GUIDES_PAGE] = self.guides_index()
        if self.catalog.materials:
            out[PRICES_PAGE] = self.price_list()
        if self.catalog.indicators:
            out[MONITORING_PAGE] = self._render(
                "monitoring.md.j2", MONITORING_PAGE, forms=MONITORING_FORMS,
                directions=DIRECTIONS, downloads=self.downloads, url=DOWNLOADS_URL,
                linked=functools.partial(self._linked, here=MONITORING_PAGE))
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
                materials_pdf=self.downloads.entry(workshop_materials_pdf(workshop.key)),
                attendance_pdf=self.downloads.entry(attendance_pdf(workshop.key)),
                url=DOWNLOADS_URL)
        for path in self.catalog.learning_paths:
            svg = path_svg(path, self.catalog, functools.partial(self._module_url,
                                                                 here=path.page))
            out[path.page] = self._render("learning_path.md.j2", path.page, path=path, svg=svg)
        out[REFERENCE_PAGE] = self._render(
            "author_reference.md.j2", REFERENCE_PAGE, fields=field_rows(ModuleMeta),
            nested=[(name, field_rows(model)) for name, model in NESTED.items()],
            calc_kinds={k: m.model_fields for k, m in KINDS.items()},
            codes=CODES.values())
        out[READABILITY_PAGE] = self.readability()
        return dict(sorted(out.items()))

    def _linked(self, markdown: str, here: str) -> str:
        """Module ids in generated text made links to their modules."""
        def link(match: re.Match[str]) -> str:
            path = self.catalog.module_paths.get(match.group(0))
            return f"[{match.group(0)}]({relative(path, here)})" if path else match.group(0)

        return _MODULE_ID.sub(link, markdown)

    def readability(self) -> str:
        """Every module's plain-language figures against its audience's target grade."""
        return readability_page(self.catalog, self._render_html)

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
        return html if here == GLOSSARY_PAGE else self.tooltips.apply(html,
                                                                       self.decorator.held)

    def programme_map(self) -> str:
        """Stages × areas: which modules serve each cell, as an HTML/CSS figure."""
        cells = {(s, a): [m for m in self.catalog.modules.values()
                          if s in m.stages and m.area == a]
                 for s in self.tax.terms("stages") for a in self.tax.terms("areas")}
        return self._render_html(
            "programme_map.md.j2", MAP_PAGE, cells=cells,
            cells_in=lambda s: any(v for (st, _), v in cells.items() if st == s))

    def module_header(self, module: ModuleMeta, here: str) -> str:
        """The title and header card put at the top of a module page."""
        prerequisites = [self.catalog.modules[p] for p in module.prerequisites
                         if p in self.catalog.modules]
        plan = self.downloads.entry(plan_pdf(module.id))
        card = self._render_html("module_card.html.j2", here, m=module,
                                 prerequisites=prerequisites, plan=plan,
                                 downloads=DOWNLOADS_URL)
        return f"# {md_escape(module.title)}\n\n{card}\n" + self.guide_top(module, here)

    def module_footer(self, module: ModuleMeta, here: str) -> str:
        """Maintenance schedule of a guide, then "next modules" (those that need this one)."""
        bottom = (self._render("guide_bottom.md.j2", here, m=module)
                  if module.type == "panduan" and module.maintenance else "")
        dependents = self.catalog.dependents(module.id)
        if not dependents:
            return bottom
        return bottom + "\n\n" + self.decorator.hold(self._render_html(
            "module_next.html.j2", here, m=module, dependents=dependents)) + "\n"

    def costing(self, module: ModuleMeta) -> Costing:
        """A guide's costs at the materials list's prices."""
        return cost(module, self.catalog.materials)

    def regional_costings(self, module: ModuleMeta) -> list[Costing]:
        """A guide's costs in each region whose list changes one of its prices."""
        found = []
        for prices in self.catalog.price_lists:
            costing = cost(module, self.catalog.materials, prices)
            if any(line.regional for line in costing.materials + costing.labour
                   + costing.transport):
                found.append(costing)
        return found

    def guide_top(self, module: ModuleMeta, here: str) -> str:
        """Facts; costed materials, labour and transport (default and regional); tools and
        safety of a guide."""
        if module.type != "panduan" or not module.bill_of_materials:
            return ""
        return self._render("guide_top.md.j2", here, m=module, costing=self.costing(module),
                            regional=self.regional_costings(module), rupiah=rupiah,
                            qty=quantity_text, date_id=date_id, url=DOWNLOADS_URL,
                            prices_page=PRICES_PAGE,
                            card=self.downloads.entry(card_pdf(module.id)))

    def guides_index(self) -> str:
        """The sortable index of guides with cost, difficulty and build time."""
        guides = [(m, self.costing(m)) for m in self.catalog.modules.values()
                  if m.type == "panduan" and m.bill_of_materials]
        ranks = {k: i for i, k in enumerate(self.tax.terms("difficulties"))}
        return self._render(
            "guides_index.md.j2", GUIDES_PAGE, guides=guides, rupiah=rupiah,
            url_of=functools.partial(self._module_url, here=GUIDES_PAGE),
            difficulty_rank=lambda d: ranks.get(d, 9),
            prices_page=PRICES_PAGE if self.catalog.materials else "",
            vendor=posixpath.relpath("vendor", posixpath.dirname(GUIDES_PAGE)))

    def price_list(self) -> str:
        """"Daftar harga bahan": every material, wage and transport rate, its price per
        region, its date and the guides that use it."""
        materials = self.catalog.materials
        assert materials is not None
        used_by: dict[str, list[str]] = {}
        for m in self.catalog.modules.values():
            ids = ([b.material for b in m.bill_of_materials] + [w.wage for w in m.labour]
                   + [t.vehicle for t in m.transport])
            for ident in dict.fromkeys(ids):
                used_by.setdefault(ident, []).append(m.id)
        parts = [("bahan", "Bahan", "Harga per satuan bahan."),
                 ("upah", "Upah harian", "Upah per hari orang kerja (HOK): satu orang bekerja "
                                         "sekitar 8 jam."),
                 ("angkutan", "Ongkos angkut", "Ongkos sekali jalan (rit) dari toko di "
                                               "kecamatan ke desa.")]
        return self._render(
            "price_list.md.j2", PRICES_PAGE, parts=parts, regions=self.catalog.price_lists,
            items=lambda kind: sorted(materials.of_kind(kind).values(),
                                      key=lambda i: i.name.casefold()),
            used_by=used_by, rupiah=rupiah, date_id=date_id, guides_page=GUIDES_PAGE)
