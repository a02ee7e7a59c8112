"""Plain-language checks on module pages (K001–K004), so authors see where a text gets hard.

- K001: a sentence over :data:`~swadaya.model.readability.SENTENCE_LIMIT` words;
- K002: a page whose estimated Fry grade is above its audience's target (``grade`` of the
  audiences in ``content/taxonomy.yml``; the strictest audience of the module counts);
- K003: an abbreviation (a word of two or more capitals) or a foreign term (a short italic
  span, as Indonesian writing marks foreign words) with no glossary entry and no explanation
  in brackets where the page first uses it. Only the first use on a page is reported; module
  id prefixes, Roman numerals and all-capital slogans (most of a sentence in capitals) are not
  abbreviations;
- K004: placeholder text left from ``swadaya new`` (the scaffold's own sentences and ``...``).

Tables, code, ``hitung`` blocks and the Sources section are left out (:mod:`swadaya.source.prose`).
"""

from __future__ import annotations

import bisect
import itertools
import re

from swadaya.diagnostics import Number, make
from swadaya.model.catalog import Catalog, ContentPage
from swadaya.model.glossary import GlossaryEntry
from swadaya.model.readability import SENTENCE_LIMIT, figures, target
from swadaya.source.markdown_scan import in_fenced_code
from swadaya.source.prose import (
    TOKEN,
    ProseLine,
    Sentence,
    Word,
    capitals,
    italics_of,
    prose_lines,
    sentences_of,
)

#: The sentences ``templates/module_new.md.j2`` writes for the author to replace (a test
#: keeps this list and the template together).
SCAFFOLD_SENTENCES = (
    "Tulis satu atau dua kalimat tentang isi modul ini.",
    "Tulis pengantar singkat: untuk siapa modul ini dan apa hasilnya.",
    "Tulis saran untuk fasilitator di sini.",
)
#: ``...`` alone or after at most two words ("Kader dapat ..."): a blank left to fill.
_DOTS = re.compile(r"^(?:\S+\s+){0,2}(?:\.\.\.|…)$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?")
_ROMAN = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")
_WORD = re.compile(r"[^\W_]+")
#: Words a foreign term may hold at most; a longer italic span is a title or an emphasis.
_FOREIGN_WORDS = 3


def check_readability(catalog: Catalog) -> None:
    """Report long sentences, hard pages, unexplained terms and placeholders in modules."""
    known = _glossary_words(catalog.glossary)
    prefixes = {t.prefix for t in catalog.taxonomy.terms("areas").values() if t.prefix}
    for module_id in catalog.modules:
        page = catalog.page_of(module_id)
        lines = prose_lines(page.body)
        found = sentences_of(lines)
        _long_sentences(catalog, page, found)
        _grade(catalog, page, found)
        _abbreviations(catalog, page, lines, found, known["words"], prefixes)
        _foreign_terms(catalog, page, lines, known["phrases"])
        _placeholders(catalog, page)


def _at(page: ContentPage, line: int, col: int) -> tuple[int, int]:
    return page.body_line - 1 + line, col


def _long_sentences(catalog: Catalog, page: ContentPage, found: list[Sentence]) -> None:
    for sentence in found:
        if len(sentence.words) > SENTENCE_LIMIT:
            catalog.report.add(make(page.shown, *_at(page, sentence.line, sentence.col), "K001",
                                    words=len(sentence.words), limit=SENTENCE_LIMIT,
                                    start=" ".join(sentence.words[:6])))


def _grade(catalog: Catalog, page: ContentPage, found: list[Sentence]) -> None:
    assert page.module
    goal = target(page.module, catalog.taxonomy)
    numbers = figures(found)
    if goal is None or not numbers.words or numbers.grade <= goal.grade:
        return
    catalog.report.add(make(page.shown, *page.at(("audience", goal.index)), "K002",
                            grade=numbers.grade, target=goal.grade, audience=goal.audience,
                            per_sentence=Number(numbers.words_per_sentence),
                            long_words=round(100 * numbers.share_long_words)))


def _glossary_words(glossary: list[GlossaryEntry]) -> dict[str, set[str]]:
    """Words of every term, long form and synonym (``AD/ART`` knows ``AD`` and ``ART``,
    ``P-IRT`` itself), and whole terms in lower case (``self-declare``), for a foreign
    term's lookup."""
    words: set[str] = set()
    phrases: set[str] = set()
    for entry in glossary:
        for text in (entry.term, entry.long, entry.en, *entry.synonyms):
            if text:  # P-IRT knows P-IRT, and AD/ART knows AD and ART
                words.update(_WORD.findall(text), TOKEN.findall(text))
                phrases.add(text.lower())
    return {"words": words, "phrases": phrases}


def _explained(lines: list[str], number: int, start: int, end: int) -> bool:
    """Whether the text at ``start:end`` of line ``number`` (1-based) is in brackets or
    followed by some, on its line or across the line break: the page explains it where it
    uses it ("Nomor Induk Berusaha (NIB)", "NIB (Nomor Induk ...")."""
    line = lines[number - 1]
    before = line[:start].rstrip("*_ ")
    if not before and number > 1:
        before = lines[number - 2].rstrip("*_ ")
    after = line[end:].lstrip("*_").strip()
    if not after and number < len(lines):
        after = lines[number].strip()
    return before.endswith("(") or after.startswith("(")


def _abbreviations(catalog: Catalog, page: ContentPage, lines: list[ProseLine],
                   found: list[Sentence], known: set[str], prefixes: set[str]) -> None:
    words = capitals(lines)
    if not words:
        return
    raw = page.body.split("\n")
    starts = [(s.line, s.col) for s in found]
    shouted = _shouted(words, raw)
    seen: set[str] = set()
    for word in words:
        text = word.text
        if text in seen or text in known or word in shouted or text.split("-")[0] in prefixes \
                or _ROMAN.match(text):
            continue
        sentence = found[max(bisect.bisect_right(starts, (word.line, word.col)) - 1, 0)]
        if 2 * sum(w.isupper() for w in sentence.words) > len(sentence.words):
            continue  # a slogan written in capitals, not abbreviations
        seen.add(text)
        if not _explained(raw, word.line, word.col - 1, word.col - 1 + len(text)):
            catalog.report.add(make(page.shown, *_at(page, word.line, word.col), "K003",
                                    "abbreviation", term=text))


def _shouted(words: list[Word], lines: list[str]) -> set[Word]:
    """Words of capitals written next to each other ("PANEN NAIK 3 KALI LIPAT"): a phrase
    shouted in capitals, as in a quoted hoax message, not abbreviations."""
    found: set[Word] = set()
    for a, b in itertools.pairwise(words):
        if a.line == b.line and a.text.isalpha() and b.text.isalpha() \
                and not lines[a.line - 1][a.col - 1 + len(a.text):b.col - 1].strip():
            found |= {a, b}
    return found


def _foreign_terms(catalog: Catalog, page: ContentPage, prose: list[ProseLine],
                   known: set[str]) -> None:
    lines = page.body.split("\n")
    seen: set[str] = set()
    for span in italics_of(prose):
        text = " ".join(span.text.split())
        words = text.split()
        line = lines[span.line - 1]
        end = line.find(span.text, span.col - 1) + len(span.text)
        if len(words) > _FOREIGN_WORDS or any(c.isdigit() for c in text) \
                or line[end:].lstrip("*_").startswith(":"):  # a label: "*Kopi*: ..."
            continue
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            continue  # a title
        key = text.lower().strip(".,;:!?")
        if key in seen or key in known:
            continue
        seen.add(key)
        if not _explained(lines, span.line, span.col - 1, end):
            catalog.report.add(make(page.shown, *_at(page, span.line, span.col), "K003", "foreign",
                                    term=text.strip(".,;:!?")))


def _placeholders(catalog: Catalog, page: ContentPage) -> None:
    assert page.module
    meta = page.module
    if " ".join(meta.summary.split()) in SCAFFOLD_SENTENCES:
        catalog.report.add(make(page.shown, *page.at(("summary",)), "K004",
                                text=meta.summary.strip()))
    for name in ("objectives", "competencies"):
        for i, item in enumerate(getattr(meta, name)):
            if _DOTS.match(item.strip()):
                catalog.report.add(make(page.shown, *page.at((name, i)), "K004",
                                        text=item.strip()))
    if "..." not in page.body and "…" not in page.body and "Tulis " not in page.body:
        return  # the cheap test: most pages have no placeholder at all
    lines = page.body.split("\n")
    for number, (raw, code) in enumerate(zip(lines, in_fenced_code(lines), strict=True), 1):
        item = _ITEM.match(raw)
        text = raw[item.end():] if item else raw.lstrip()
        if code or not text.strip():
            continue
        clean = " ".join(text.split())
        if clean in SCAFFOLD_SENTENCES or (item and _DOTS.match(clean)):
            col = len(raw) - len(text) + 1
            catalog.report.add(make(page.shown, page.body_line - 1 + number, col, "K004",
                                    text=clean))
