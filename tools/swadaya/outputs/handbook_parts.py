"""What a handbook is made of, whatever it is printed on: module bodies, terms, costs,
competencies and the assessment instrument.

The PDF (:mod:`swadaya.outputs.printing`) and the EPUB (:mod:`swadaya.outputs.epub`) both
show a handbook's modules with the same selection, edition and text; this is that text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from swadaya.model.catalog import Catalog
from swadaya.model.glossary import GlossaryEntry
from swadaya.model.instrument import Instrument
from swadaya.model.module import ModuleMeta
from swadaya.model.prices import Costing, cost
from swadaya.outputs.decorate import Decorator
from swadaya.outputs.markup import Converter, drop_facilitator_notes, rewrite_links
from swadaya.project import Project


class HandbookParts:
    """Renders the parts of handbooks from one catalog."""

    def __init__(self, project: Project, catalog: Catalog) -> None:
        self.project = project
        self.catalog = catalog
        self.decorator = Decorator(catalog, project.templates)
        self.converter = Converter(project)

    def module_html(self, module_id: str, edition: str,
                    anchor_for: Callable[[str], str | None],
                    image_for: Callable[[str], str]) -> str:
        """A module's body as HTML: without facilitator notes in the cadre edition, with
        module lists and worked examples, links and images made to work in the document."""
        page = self.catalog.page_of(module_id)
        body = page.body
        if edition == "kader":
            body = drop_facilitator_notes(body)
        body = self.decorator.decorate(body, page.path)
        return rewrite_links(self.converter.convert(body), page.path, anchor_for, image_for)

    def module_for(self, target: str, in_document: set[str]) -> str | None:
        """The id of the module at content path ``target``, when it is in the document."""
        for mid in in_document:
            if self.catalog.module_paths[mid] == target:
                return mid
        return None

    def glossary_used(self, module_ids: list[str]) -> list[GlossaryEntry]:
        """Glossary terms that appear in the given modules' text."""
        text = " ".join(self.catalog.page_of(m).body + " " + self.catalog.modules[m].title
                        for m in module_ids)
        lower = text.lower()
        used = []
        for term in self.catalog.glossary:
            upper = term.term.isupper()
            # a plain substring test first: most terms are not in a book at all, and the
            # regex below scanned the whole book for each (a quarter of an EPUB's time)
            if (term.term if upper else term.term.lower()) not in (text if upper else lower):
                continue
            flags = 0 if upper else re.IGNORECASE
            if re.search(r"(?<![\w/-])" + re.escape(term.term) + r"(?![\w/-])", text, flags):
                used.append(term)
        return used

    def cost(self, module: ModuleMeta) -> Costing:
        """A guide's costs at the materials list's prices (what a module card shows)."""
        return cost(module, self.catalog.materials)

    def instrument(self) -> Instrument | None:
        """The instrument a cadre is assessed with (the first of ``content/penilaian/``):
        the community's assessment sheet and the ten-sign part of the self-check."""
        return next(iter(self.catalog.instruments.values()), None)

    @staticmethod
    def competencies(modules: list[ModuleMeta]) -> list[tuple[ModuleMeta, list[str]]]:
        """(module, its competencies) for the modules that have some: the community's
        assessment sheet."""
        return [(m, m.competencies) for m in modules if m.competencies]
