"""The author guide's page "Keterbacaan": every module's plain-language figures."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from swadaya.model.catalog import Catalog
from swadaya.model.module import ModuleMeta
from swadaya.model.readability import (
    INDONESIAN_SYLLABLE_FACTOR,
    LONG_SENTENCE,
    LONG_WORD_SYLLABLES,
    SENTENCE_LIMIT,
    VERY_LONG_SENTENCE,
    Figures,
    Target,
    page_figures,
    target,
)
from swadaya.model.routes import READABILITY_PAGE
from swadaya.text import decimal


def readability_page(catalog: Catalog, render: Callable[..., str]) -> str:
    """The page's Markdown: each module's figures (those the check left in
    ``catalog.figures``, else read here) against its audience's target grade."""
    tax = catalog.taxonomy
    rows: list[tuple[ModuleMeta, Figures, Target | None]] = [
        (m, catalog.figures.get(m.id) or page_figures(catalog.page_of(m.id).body),
         target(m, tax))
        for m in catalog.modules.values()]
    audiences = [(t, t.grade) for t in tax.terms("audiences").values() if t.grade is not None]
    return render(
        "readability.md.j2", READABILITY_PAGE, rows=rows, audiences=audiences,
        decimal=decimal, limit=SENTENCE_LIMIT, long=LONG_SENTENCE,
        very_long=VERY_LONG_SENTENCE, long_syllables=LONG_WORD_SYLLABLES,
        factor=decimal(INDONESIAN_SYLLABLE_FACTOR), total=_total(r[1] for r in rows))


def _total(figures: Iterable[Figures]) -> Figures:
    """The figures of all modules together."""
    items = list(figures)
    return Figures(*(sum(getattr(f, name) for f in items)
                     for name in ("words", "sentences", "syllables", "long_words", "over_20",
                                  "over_25")))
