"""The glossary (``content/glosarium.yml``): terms with plain definitions, checked once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from swadaya.diagnostics import Diagnostic, make
from swadaya.source.datafile import read_data

GLOSSARY_FILE = "glosarium.yml"
DEFINITION_MAX = 300
_KEYS = {"term", "long", "en", "definition"}
_LIST_KEYS = {"synonyms"}


@dataclass(frozen=True)
class GlossaryEntry:
    """One glossary entry."""

    term: str
    en: str
    definition: str
    long: str = ""
    #: Other ways of writing the same thing (APBDes for APB Desa); search treats them, the
    #: term and its long form as one.
    synonyms: tuple[str, ...] = ()

    @property
    def tooltip(self) -> str:
        """What a reader sees on hover or tap."""
        head = f"{self.long}: " if self.long else ""
        return head + self.definition


def load_glossary(path: Path, shown: str) -> tuple[list[GlossaryEntry], list[Diagnostic]]:
    """Read and validate the glossary; a missing file is an empty glossary."""
    if not path.exists():
        return [], []
    read = read_data(path, shown)
    found, doc = read.diagnostics, read.doc
    if doc is None:
        return [], found
    if not isinstance(doc.data, list):
        return [], [*found, make(shown, 1, 1, "G001", "shape")]
    terms: list[GlossaryEntry] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(doc.data):
        line, col = doc.where((index,))
        if not isinstance(entry, dict):
            found.append(make(shown, line, col, "G001", "entry"))
            continue
        # each problem of an entry is a line of its own, all at the entry
        problems = [("missing", k) for k in ("term", "en", "definition") if k not in entry]
        problems += [("unknown", k) for k in sorted(set(entry) - _KEYS - _LIST_KEYS)]
        problems += [("text", k) for k in sorted(_KEYS & set(entry))
                     if not isinstance(entry[k], str) or not entry[k].strip()]
        problems += [("texts", k) for k in sorted(_LIST_KEYS & set(entry))
                     if not isinstance(entry[k], list)
                     or not all(isinstance(v, str) and v.strip() for v in entry[k])]
        if problems:
            found += [make(shown, line, col, "G001", kind, key=k) for kind, k in problems]
            continue
        if len(entry["definition"]) > DEFINITION_MAX:
            where = doc.where((index, "definition"))
            found.append(make(shown, *where, "G001", "long", term=entry["term"],
                              length=len(entry["definition"]), limit=DEFINITION_MAX))
        key = entry["term"].strip().lower()
        if key in seen:
            where = doc.where((index, "term"))
            found.append(make(shown, *where, "G002", term=entry["term"], line=seen[key]))
            continue
        seen[key] = doc.where((index, "term"))[0]
        terms.append(GlossaryEntry(entry["term"].strip(), entry["en"].strip(),
                          " ".join(entry["definition"].split()), entry.get("long", "").strip(),
                          tuple(v.strip() for v in entry.get("synonyms", []))))
    return sorted(terms, key=lambda t: t.term.lower()), found
