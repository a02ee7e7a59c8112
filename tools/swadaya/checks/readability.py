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

This is the one check that reads every sentence of every module (most of ``swadaya check``'s
time at a thousand modules), so each page's findings are kept in the parse cache under the
page's digest (its text and taxonomy) and the glossary's words: an unchanged page is not read
again. Findings are kept as plain data (code, place, message and fields) and made into
diagnostics afresh, in the language asked for.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import astuple

from swadaya.checks.findings import Finding, Findings, read_all
from swadaya.diagnostics import Number, make
from swadaya.model.catalog import Catalog, ContentPage
from swadaya.model.glossary import GlossaryEntry
from swadaya.model.readability import SENTENCE_LIMIT, Figures, figures, target
from swadaya.source.cache import FileCache, key_of
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


def check_readability(catalog: Catalog, files: FileCache | None = None) -> None:
    """Report long sentences, hard pages, unexplained terms and placeholders in modules, and
    leave each page's figures in ``catalog.figures``; with ``files``, an unchanged page's
    findings and figures come from the cache. Many pages to read (a first check, a new
    glossary word) are read on every core."""
    known = _glossary_words(catalog.glossary)
    prefixes = {t.prefix for t in catalog.taxonomy.terms("areas").values() if t.prefix}
    against = key_of("readability", *sorted(known["words"]), "", *sorted(known["phrases"]),
                     "", *sorted(prefixes))
    results: dict[str, tuple[list[Finding], Figures]] = {}
    keys: dict[str, str] = {}
    for module_id in catalog.modules:
        page = catalog.page_of(module_id)
        keys[module_id] = key = key_of(page.digest, against) if files and page.digest else ""
        cached = _cached(files, key) if key else None
        if cached is not None:
            results[module_id] = cached
    unread = [m for m in catalog.modules if m not in results]
    read = read_all(unread, lambda m: _page_findings(catalog, catalog.page_of(m), known,
                                                     prefixes))
    for module_id, (findings, numbers) in read.items():
        if files and keys[module_id]:
            files.put(keys[module_id], {"findings": [f.stored() for f in findings],
                                        "figures": list(astuple(numbers))})
    results.update(read)
    for module_id in catalog.modules:  # in curriculum order, as before the cache
        findings, numbers = results[module_id]
        catalog.figures[module_id] = numbers
        page = catalog.page_of(module_id)
        for f in findings:
            catalog.report.add(make(page.shown, f.line, f.col, f.code, f.key, **f.fields))


def _cached(files: FileCache | None, key: str) -> tuple[list[Finding], Figures] | None:
    entry = files.get(key) if files else None
    if not isinstance(entry, dict):
        return None
    try:
        return ([Finding.from_stored(item) for item in entry["findings"]],
                Figures(*map(int, entry["figures"])))
    except (TypeError, ValueError, KeyError, AttributeError):
        return None  # not an entry we wrote: read the page again


def _page_findings(catalog: Catalog, page: ContentPage, known: dict[str, set[str]],
                   prefixes: set[str]) -> tuple[list[Finding], Figures]:
    out = Findings()
    lines = prose_lines(page.body)
    found = sentences_of(lines)
    numbers = figures(found)
    _long_sentences(out, page, found)
    _grade(out, catalog, page, numbers)
    _abbreviations(out, page, lines, found, known["words"], prefixes)
    _foreign_terms(out, page, lines, known["phrases"])
    _placeholders(out, page)
    return out, numbers


def _at(page: ContentPage, line: int, col: int) -> tuple[int, int]:
    return page.body_line - 1 + line, col


def _long_sentences(out: Findings, page: ContentPage, found: list[Sentence]) -> None:
    for sentence in found:
        if len(sentence.words) > SENTENCE_LIMIT:
            out.add(*_at(page, sentence.line, sentence.col), "K001",
                    words=len(sentence.words), limit=SENTENCE_LIMIT,
                    start=" ".join(sentence.words[:6]))


def _grade(out: Findings, catalog: Catalog, page: ContentPage, numbers: Figures) -> None:
    assert page.module
    goal = target(page.module, catalog.taxonomy)
    if goal is None or not numbers.words or numbers.grade <= goal.grade:
        return
    out.add(*page.at(("audience", goal.index)), "K002",
            grade=numbers.grade, target=goal.grade, audience=goal.audience,
            per_sentence=Number(numbers.words_per_sentence),
            long_words=round(100 * numbers.share_long_words))


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


def _abbreviations(out: Findings, page: ContentPage, lines: list[ProseLine],
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
            out.add(*_at(page, word.line, word.col), "K003", "abbreviation", term=text)


def _shouted(words: list[Word], lines: list[str]) -> set[Word]:
    """Words of capitals written next to each other ("PANEN NAIK 3 KALI LIPAT"): a phrase
    shouted in capitals, as in a quoted hoax message, not abbreviations."""
    found: set[Word] = set()
    for a, b in itertools.pairwise(words):
        if a.line == b.line and a.text.isalpha() and b.text.isalpha() \
                and not lines[a.line - 1][a.col - 1 + len(a.text):b.col - 1].strip():
            found |= {a, b}
    return found


def _foreign_terms(out: Findings, page: ContentPage, prose: list[ProseLine],
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
            out.add(*_at(page, span.line, span.col), "K003", "foreign",
                    term=text.strip(".,;:!?"))


def _placeholders(out: Findings, page: ContentPage) -> None:
    assert page.module
    meta = page.module
    if " ".join(meta.summary.split()) in SCAFFOLD_SENTENCES:
        out.add(*page.at(("summary",)), "K004", text=meta.summary.strip())
    for name in ("objectives", "competencies"):
        for i, item in enumerate(getattr(meta, name)):
            if _DOTS.match(item.strip()):
                out.add(*page.at((name, i)), "K004", text=item.strip())
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
            out.add(page.body_line - 1 + number, col, "K004", text=clean)
