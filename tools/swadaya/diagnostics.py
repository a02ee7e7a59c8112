"""Diagnostics as data: every problem the checker finds, printed like a compiler.

A diagnostic carries a code from :data:`CODES`; the registry holds the one-line
title and the fix an author reads in the author guide, so the guide, the CLI hint
and the tests all agree.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path


class Level(StrEnum):
    """How bad a problem is: errors fail the check, warnings only under ``--strict``."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Code:
    """A documented diagnostic code: its default level, what it means and how to fix it."""

    code: str
    level: Level
    title: str
    fix: str


def _codes(*items: Code) -> dict[str, Code]:
    return {c.code: c for c in items}


E, W = Level.ERROR, Level.WARNING

#: Every diagnostic code the checker can emit. The author guide is generated from this.
CODES: dict[str, Code] = _codes(
    # F: the file itself
    Code("F001", E, "File is not valid UTF-8",
         "Save the file as UTF-8 in your editor (in VS Code: 'Save with Encoding' → UTF-8)."),
    Code("F002", W, "File starts with a byte-order mark (BOM)",
         "Save the file as UTF-8 without BOM; some tools show the mark as stray characters."),
    Code("F003", E, "File is empty", "Write the front matter and body, or delete the file."),
    Code("F004", E, "File is too large",
         "Split the content into several modules; a module file should stay under 1 MB."),
    Code("F005", E, "Path leaves the content folder",
         "Keep every file (and symlink target) inside content/; copy the file in instead."),
    Code("F006", E, "File cannot be read", "Check the file's permissions."),
    # Y: YAML and front matter
    Code("Y001", E, "Front matter missing",
         "Start the module with a line '---', the YAML fields, and a closing '---'."),
    Code("Y002", E, "Front matter not closed",
         "Add a line with only '---' after the last front-matter field."),
    Code("Y003", E, "YAML syntax error",
         "Fix the YAML at the line shown: indent with spaces, quote text containing ': '."),
    Code("Y004", E, "Front matter is not a mapping",
         "Write the front matter as 'field: value' lines, not as a list or plain text."),
    Code("Y005", E, "Duplicate key in YAML", "Keep one of the two entries and delete the other."),
    Code("Y006", E, "YAML anchors, aliases and tags are not allowed",
         "Write the values out in full; '&name', '*name' and '!tag' are not accepted."),
    Code("Y007", E, "Tab character in YAML", "Indent YAML with spaces only, never tabs."),
    # S: schema of a module
    Code("S001", E, "Required field missing",
         "Add the field to the front matter; see the author guide for its meaning."),
    Code("S002", E, "Field has the wrong type",
         "Give the value the type the author guide names (text, whole number, list, date)."),
    Code("S003", E, "Unknown vocabulary term",
         "Use one of the ids listed in content/taxonomy.yml (see the did-you-mean)."),
    Code("S004", W, "Unknown front-matter field",
         "Remove the field or fix its spelling (see the did-you-mean)."),
    Code("S005", E, "Invalid module id",
         "Write the id as the area prefix, a dash and two or three digits, e.g. ORG-02."),
    Code("S006", E, "Duplicate module id", "Give one of the modules the next free id of its area."),
    Code("S007", E, "Value out of range",
         "Use a positive number of minutes and a non-empty text; see the author guide."),
    Code("S008", W, "Summary is too long",
         "Keep the summary to one or two sentences (at most 300 characters)."),
    Code("S009", E, "Empty list",
         "Give at least one entry; an empty list tells a reader nothing."),
    Code("S010", W, "Review date in the future", "Write the date the module was last reviewed."),
    # R: relations between modules
    Code("R001", E, "Prerequisite does not exist",
         "Use the id of an existing module, or create that module first."),
    Code("R002", E, "Prerequisite cycle", "Remove one prerequisite so the chain has a start."),
    Code("R003", E, "Module lists itself as prerequisite", "Remove its own id from prerequisites."),
    Code("R004", E, "Agenda does not add up to the duration",
         "Make the agenda minutes add up to 'duration', or correct 'duration'."),
    Code("R005", W, "Id prefix does not match the area",
         "Use the area's prefix (content/taxonomy.yml) or move the module to the right area."),
    # L: links, images, HTML in the body
    Code("L001", E, "Broken link",
         "Point the link at an existing page (path relative to this file)."),
    Code("L002", E, "Broken anchor",
         "Use the anchor of an existing heading: lowercase, spaces as '-', punctuation dropped."),
    Code("L003", E, "Image not found", "Put the image inside content/ and fix its path."),
    Code("L004", W, "Image without alt text",
         "Describe the image in the brackets: ![Peta desa hasil diskusi](peta.png)."),
    Code("L005", E, "Link leaves the content folder",
         "Link only to pages and files inside content/."),
    Code("L006", E, "Module id in the text names no module",
         "Correct the id (see the did-you-mean) or remove it; every module id a reader sees "
         "must lead to a module."),
    Code("L007", W, "Module mentioned without a link",
         "Make the id a link to the module: [ORG-05](../pengorganisasian/org-05-diagram-venn.md)."),
    Code("L008", E, "Link text names one module, the link goes to another",
         "Point the link at the module its text names, or change the text."),
    Code("H001", E, "Unsafe HTML",
         "Remove <script>, <iframe>, <object>, <embed> and on…= handlers."),
    Code("H002", E, "javascript: URL", "Link to a page or a web address, never to 'javascript:'."),
    # T: data files (taxonomy) and markers
    Code("T001", E, "Taxonomy file is invalid",
         "Fix content/taxonomy.yml: each vocabulary maps ids to {id: label, en: label}."),
    # M: technical guides (type: panduan)
    Code("M001", E, "Guide without safety notes",
         "Add 'safety': what can hurt while building or using it, and how to avoid it."),
    Code("M002", E, "Guide without maintenance",
         "Add 'maintenance': each task with its interval, e.g. {task: ..., interval: ...}."),
    Code("M003", E, "Guide incomplete", "A guide needs a bill_of_materials and sources."),
    Code("M004", W, "Prices are stale",
         "Check the prices at a local market and update unit_cost and as_of in "
         "content/harga/ (the materials list or the regional list named)."),
    Code("M005", E, "Material listed twice", "Merge the two lines and add up the quantities."),
    Code("M006", E, "Invalid price file",
         "content/harga/bahan.yml: as_of (a date) and materials (id: {name, unit, unit_cost, "
         "source}), optional wages and transport; a regional list: region, as_of and prices "
         "(id: rupiah)."),
    Code("M007", W, "Regional price for an unknown id",
         "Use an id of content/harga/bahan.yml exactly (see the did-you-mean)."),
    Code("M008", E, "Unknown material, wage or transport id",
         "Use an id of content/harga/bahan.yml (see the did-you-mean), or add the material "
         "there once, with its unit, price, date and source."),
    Code("M009", E, "Unit does not match the materials list",
         "Write the quantity in the unit of the materials list (e.g. 4 meter instead of "
         "1 batang), or list the other form as a material of its own."),
    Code("M010", W, "A guide's own price without a reason",
         "Remove 'unit_cost' so the list's price counts, or add 'price_reason' saying why "
         "this guide's material costs something else."),
    Code("M011", E, "Material listed twice in the materials list",
         "Keep one entry with one price and point the guides at its id; the same material "
         "must cost the same in every guide."),
    # C, G, P: worked examples, glossary, learning paths
    Code("C001", E, "Invalid worked-example ('hitung') input",
         "Give every input of the block as a plain number (no quotes, no dots), e.g. "
         "'pokok: 1000000'; see the author guide for the inputs of each kind."),
    Code("G001", E, "Invalid glossary entry",
         "Give each entry 'term', 'en' and 'definition' (and 'long' for abbreviations; "
         "'synonyms' is a list such as [cicilan] for other words search should treat "
         "as the term)."),
    Code("G002", E, "Duplicate glossary term", "Merge the two entries into one."),
    Code("P001", E, "Invalid learning path",
         "Write 'title' and 'levels', each level with 'level' (dasar, menengah, lanjut) "
         "and 'modules' (a list of ids)."),
    Code("P002", E, "Unknown module on a learning path", "Use the id of an existing module."),
    Code("P003", E, "Prerequisite not earlier on the path",
         "Put the prerequisite earlier on the path, or add it."),
    Code("P004", E, "Module twice on a learning path", "Keep the module in one place only."),
    Code("P005", W, "Module level differs from the path level",
         "Move the module to the level its 'level' field names, or change that field."),
    Code("B001", E, "Invalid handbook file",
         "Write title, edition (kader or fasilitator), paper (A4 or A5) and either "
         "'modules' or 'select'."),
    Code("B002", E, "Unknown or repeated module in a handbook",
         "Use the id of an existing module, once."),
    Code("B003", E, "Handbook selection matches no module",
         "Loosen the selection or list the modules by id."),
    Code("B004", E, "PDF refers to a file outside the project",
         "Use images and files inside content/; remote URLs and system files are refused."),
    # W: workshops (content/lokakarya/*.yml)
    Code("W001", E, "Invalid workshop file",
         "Write 'title', 'start' (\"08:30\"), either 'day_length' (minutes) or 'end' "
         "(\"16:00\"), 'days' (a list of module-id lists) and optional 'place' and 'breaks' "
         "({at: \"10:00\", minutes: 15, name: Rehat kopi}) inside the day."),
    Code("W002", E, "Unknown module in a workshop",
         "Use the id of an existing module (see the did-you-mean)."),
    Code("W003", E, "Prerequisite not earlier in the workshop",
         "Move the prerequisite to an earlier place in the workshop, or add it."),
    Code("W004", E, "Workshop day runs past its end",
         "Move a module to another day, shorten a break, or start earlier or end later."),
    Code("W005", E, "Module twice in a workshop", "Keep the module on one day only."),
    Code("T002", E, "Unknown or malformed marker",
         "Write '<!-- swadaya:modules KEY=VALUE -->' with KEY one of area, stage, component, "
         "approach, audience, level, type and VALUE an id from the taxonomy; "
         "'<!-- swadaya:indicators [ID...] [view=table|links] -->'; or "
         "'<!-- swadaya:instrument NAME [view=full|signs|candidates|tally] -->'."),
    # I, K: group health indicators, assessment instruments
    Code("I001", E, "Invalid indicator file",
         "content/pemantauan/indikator.yml: title, modules (baseline, monthly, review) and "
         "indicators, each with name, question, count, records, recorder, frequency, "
         "direction (naik, turun, tetap), target, lights (hijau, kuning, merah), reviewed_at "
         "(stages) and columns (label, kind, formula for a percent)."),
    Code("I002", E, "Unknown indicator in a marker",
         "Use an indicator id of content/pemantauan/indikator.yml (see the did-you-mean)."),
    Code("N001", E, "Invalid assessment instrument",
         "content/penilaian/NAME.yml: title, signs (id: name, choosing, assessing), scale "
         "(colour: label, meaning, counts), conclusion (steps) and scorers (occasion: module, "
         "who)."),
    Code("N002", E, "Unknown assessment instrument in a marker",
         "Name an instrument of content/penilaian/ by its file name (see the did-you-mean)."),
)


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem at one place in one file."""

    path: str
    line: int
    col: int
    code: str
    message: str
    level: Level = field(default=Level.ERROR, compare=False)
    hint: str = field(default="", compare=False)

    def format(self, level: Level | None = None) -> str:
        """Render as ``path:line:col: level [CODE] message`` plus an indented hint."""
        lvl = (level or self.level).value
        text = f"{self.path}:{self.line}:{self.col}: {lvl} [{self.code}] {self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text


def make(path: Path | str, line: int, col: int, code: str, message: str,
         hint: str | None = None) -> Diagnostic:
    """Build a diagnostic whose level and default hint come from the code registry."""
    spec = CODES[code]
    return Diagnostic(str(path), max(line, 1), max(col, 1), code, message, spec.level,
                      spec.fix if hint is None else hint)


@dataclass
class Report:
    """Diagnostics collected over a whole check, sorted for stable output."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, diagnostic: Diagnostic) -> None:
        """Record one diagnostic."""
        self.items.append(diagnostic)

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        """Record several diagnostics."""
        self.items.extend(diagnostics)

    def sorted(self) -> list[Diagnostic]:
        """The diagnostics in path, line, column order, duplicates removed."""
        return sorted(set(self.items))

    def count(self, level: Level, strict: bool = False) -> int:
        """How many diagnostics count at ``level`` (warnings count as errors when strict)."""
        return sum(1 for d in self.items if effective_level(d, strict) is level)

    def failed(self, strict: bool = False) -> bool:
        """True when the check must exit non-zero."""
        return self.count(Level.ERROR, strict) > 0


def effective_level(diagnostic: Diagnostic, strict: bool) -> Level:
    """Warnings become errors under ``--strict``."""
    return Level.ERROR if strict else diagnostic.level


def to_json(diagnostics: Iterable[Diagnostic], strict: bool = False) -> str:
    """Diagnostics as a JSON array for editors and other tools."""
    rows = []
    for d in diagnostics:
        row = asdict(d)
        row["level"] = effective_level(d, strict).value
        rows.append(row)
    return json.dumps(rows, ensure_ascii=False, indent=2)
