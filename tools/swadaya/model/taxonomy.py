"""The programme's controlled vocabularies, read from ``content/taxonomy.yml``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from swadaya.diagnostics import Diagnostic, describe, make
from swadaya.model.hints import did_you_mean
from swadaya.source.datafile import read_data

#: The vocabularies every taxonomy file must define.
VOCABULARIES = ("areas", "stages", "components", "approaches", "audiences", "levels", "types",
                "methods", "difficulties", "units")


@dataclass(frozen=True)
class VocabularyTerm:
    """One term: its id (used in front matter) and its Indonesian and English labels."""

    key: str
    label: str
    en: str
    prefix: str = ""
    description: str = ""
    #: For an audience: the highest reading grade (Fry, 1–17) its pages should need.
    grade: int | None = None


@dataclass
class Taxonomy:
    """All vocabularies, each an ordered mapping of id → :class:`VocabularyTerm`."""

    vocabularies: dict[str, dict[str, VocabularyTerm]] = field(default_factory=dict)

    def terms(self, vocabulary: str) -> dict[str, VocabularyTerm]:
        """The terms of one vocabulary, in the order the file gives them."""
        return self.vocabularies.get(vocabulary, {})

    def label(self, vocabulary: str, key: str) -> str:
        """The Indonesian label of a term, or the id itself when unknown."""
        term = self.terms(vocabulary).get(key)
        return term.label if term else key

    def suggest(self, vocabulary: str, value: str) -> str | None:
        """The closest known id to a misspelt ``value`` (did-you-mean), if any is close."""
        terms = self.terms(vocabulary)
        folded = {k.replace("-", " "): k for k in terms}
        by_label = {t.label.lower(): k for k, t in terms.items()}
        by_en = {t.en.lower(): k for k, t in terms.items()}
        probe = value.lower().strip()
        for table in (folded, by_label, by_en):
            if probe.replace("-", " ") in table:
                return table[probe.replace("-", " ")]
            if probe in table:
                return table[probe]
        return did_you_mean(probe, terms)

    def area_for_prefix(self, prefix: str) -> str | None:
        """The area whose module id prefix is ``prefix``."""
        for key, term in self.terms("areas").items():
            if term.prefix == prefix:
                return key
        return None


def load_taxonomy(path: Path, shown: str) -> tuple[Taxonomy, list[Diagnostic]]:
    """Read and validate the taxonomy file; problems come back as diagnostics."""
    read = read_data(path, shown)
    found, doc = read.diagnostics, read.doc
    taxonomy = Taxonomy()
    if doc is None:
        return taxonomy, found
    if not isinstance(doc.data, dict):
        found.append(make(shown, 1, 1, "T001", "shape"))
        return taxonomy, found
    for name in VOCABULARIES:
        raw = doc.data.get(name)
        if not isinstance(raw, dict) or not raw:
            line, col = doc.key_where((name,)) if name in doc.data else (1, 1)
            found.append(make(shown, line, col, "T001", "missing", name=name))
            continue
        terms: dict[str, VocabularyTerm] = {}
        for key, entry in raw.items():
            line, col = doc.key_where((name, key))
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) \
                    or not isinstance(entry.get("en"), str):
                found.append(make(shown, line, col, "T001", "labels", term=f"{name}.{key}"))
                continue
            extra = sorted(set(entry) - {"id", "en", "prefix", "description"}
                           - ({"grade"} if name == "audiences" else set()))
            if extra:
                found.append(make(shown, line, col, "T001", "extra", term=f"{name}.{key}",
                                  keys=", ".join(extra)))
            grade = entry.get("grade")
            if grade is not None and (isinstance(grade, bool) or not isinstance(grade, int)
                                      or not 1 <= grade <= 17):
                found.append(make(shown, *doc.where((name, key, "grade")), "T001", "grade",
                                  key=key, got=describe(grade)))
                grade = None
            terms[key] = VocabularyTerm(key, entry["id"], entry["en"], str(entry.get("prefix", "")),
                              str(entry.get("description", "")), grade)
        taxonomy.vocabularies[name] = terms
    for key, term in taxonomy.terms("areas").items():
        if not term.prefix.isalpha() or not term.prefix.isupper():
            line, col = doc.key_where(("areas", key))
            found.append(make(shown, line, col, "T001", "prefix", key=key))
    for unknown in sorted(set(doc.data) - set(VOCABULARIES)):
        line, col = doc.key_where((unknown,))
        found.append(make(shown, line, col, "T001", "unknown", name=unknown))
    return taxonomy, found
