"""Glossary phrases for search: an abbreviation, its long form and its synonyms are one key.

"KSM", "Kelompok Swadaya Masyarakat" and any synonym listed in the glossary all index and query
as the key ``ksm`` (the term's own words run together), so a reader who types the abbreviation
finds a module that only writes the long form, and the other way round.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..glossary import Term
from .vocabulary import STOPWORDS, tokenize

#: first word → [(words, key)], longest phrase first; the JSON shape lunr.id.js reads.
PhraseTable = dict[str, list[tuple[list[str], str]]]


def phrase_key(term: Term) -> str:
    """The search key of a glossary term: its words run together (AD/ART → ``adart``)."""
    return "".join(tokenize(term.term))


def phrase_table(terms: Iterable[Term]) -> PhraseTable:
    """Phrases of every glossary term that has a long form or synonyms, keyed by first word."""
    table: PhraseTable = {}
    for term in terms:
        key = phrase_key(term)
        if not key or key in STOPWORDS or not (term.long or term.synonyms):
            continue
        for phrase in (term.term, term.long, *term.synonyms):
            words = tokenize(phrase)
            if not words or words == [key]:
                continue
            entries = table.setdefault(words[0], [])
            if (words, key) not in entries:
                entries.append((words, key))
    for entries in table.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return table
