"""What a handbook is made of, whatever it is printed on: module bodies, terms, costs,
competencies and the assessment instrument.

The PDF (:mod:`swadaya.outputs.printing`) and the EPUB (:mod:`swadaya.outputs.epub`) both
show a handbook's modules with the same selection, edition and text; this is that text.
"""

from __future__ import annotations

from collections.abc import Callable

from swadaya.model.catalog import Catalog
from swadaya.model.glossary import GlossaryEntry
from swadaya.model.instrument import Instrument
from swadaya.model.module import ModuleMeta
from swadaya.model.prices import Costing, cost
from swadaya.outputs.decorate import Decorator
from swadaya.outputs.markup import Converter, drop_facilitator_notes, rewrite_links
from swadaya.project import Project


def _joins(char: str) -> bool:
    """True for a character that makes a word continue (what ``[\\w/-]`` matches)."""
    return char.isalnum() or char in "_/-"


def has_word(text: str, word: str) -> bool:
    """True when ``word`` occurs in ``text`` with no letter, digit, ``_``, ``/`` or ``-``
    right before or after it.

    A plain ``str.find`` loop: a regex with look-arounds, and case folded, scanned a whole
    book once per term at a few megabytes a second (half of an EPUB's time).
    """
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if not (start and _joins(text[start - 1])) and not (end < len(text)
                                                              and _joins(text[end])):
            return True
        start = text.find(word, start + 1)
    return False


class HandbookParts:
    """Renders the parts of handbooks from one catalog."""

    def __init__(self, project: Project, catalog: Catalog) -> None:
        self.project = project
        self.catalog = catalog
        self.decorator = Decorator(catalog, project.templates)
        self.converter = Converter(project)
        self._used: dict[tuple[str, ...], list[GlossaryEntry]] = {}

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
        """Glossary terms that appear in the given modules' text (as whole words; a term in
        capitals, such as an acronym, only in capitals)."""
        key = tuple(module_ids)
        if key not in self._used:  # asked for again by each part of a book
            text = " ".join(self.catalog.page_of(m).body + " " + self.catalog.modules[m].title
                            for m in module_ids)
            lower = text.lower()
            self._used[key] = [
                term for term in self.catalog.glossary
                if (has_word(text, term.term) if term.term.isupper()
                    else has_word(lower, term.term.lower()))]
        return self._used[key]

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
