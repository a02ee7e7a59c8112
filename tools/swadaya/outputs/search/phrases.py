"""Glossary phrases for search: an abbreviation, its long form and its synonyms are one key.

"KSM", "Kelompok Swadaya Masyarakat" and any synonym listed in the glossary all search as the
key ``_ksm`` (underscore, then the term's words run together; no text token starts with "_"),
so a reader who types the abbreviation finds a module that only writes the long form, and the
other way round. The index adds the key where a phrase appears in the text; the query adds it
where the reader typed one. A one-word abbreviation written in the text is not given the key:
"PRA" is also the prefix of "pra-persiapan", and the word itself already matches.
"""

from __future__ import annotations

from collections.abc import Iterable

from swadaya.model.glossary import GlossaryEntry
from swadaya.outputs.search.vocabulary import STOPWORDS, tokenize

#: first word → [(words, key, indexed)], longest phrase first (the JSON that js/language.js
#: and js/query.js read).
#: ``indexed`` is 1 when the index adds the key where the phrase appears, 0 for query only.
PhraseTable = dict[str, list[tuple[list[str], str, int]]]


def phrase_key(term: GlossaryEntry) -> str:
    """The search key of a glossary term: ``_`` and its words run together (``_adart``)."""
    words = "".join(tokenize(term.term))
    return f"_{words}" if words else ""


def phrase_table(terms: Iterable[GlossaryEntry]) -> PhraseTable:
    """Phrases of every glossary term that has a long form or synonyms, keyed by first word."""
    table: PhraseTable = {}
    for term in terms:
        key = phrase_key(term)
        if not key or key[1:] in STOPWORDS or not (term.long or term.synonyms):
            continue
        for phrase in (term.term, term.long, *term.synonyms):
            words = tokenize(phrase)
            if not words:
                continue
            # An abbreviation's own one-word spelling only asks (see the module docstring).
            indexed = 0 if (phrase == term.term and term.long and len(words) == 1) else 1
            entries = table.setdefault(words[0], [])
            if all(entry[0] != words for entry in entries):
                entries.append((words, key, indexed))
    for entries in table.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return table
