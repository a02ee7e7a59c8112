"""Reading and checking a workshop file (``content/lokakarya/*.yml``): W001–W005.

The file's shape is described in :mod:`swadaya.model.workshop`. Every problem is reported
at its line and column; a workshop whose title, hours or days are unusable is left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from itertools import pairwise
from pathlib import Path
from typing import Any

from swadaya.diagnostics import Diagnostic, make
from swadaya.model.hints import did_you_mean, suggestion, unknown_keys
from swadaya.model.module import ModuleMeta
from swadaya.model.workshop import Break, Workshop
from swadaya.source import yamlsafe
from swadaya.source.datafile import load_folder, read_data
from swadaya.text import TIME, clock, parse_clock

WORKSHOP_DIR = "lokakarya"
#: Minutes in a day; a workshop day must end by midnight.
DAY_MINUTES = 24 * 60
_KEYS = ("title", "place", "start", "day_length", "end", "breaks", "days")
_BREAK_KEYS = ("at", "minutes", "name")
#: A plain (unquoted) YAML scalar as written on its line, up to what ends it.
_PLAIN_TOKEN = re.compile(r"[^\s,\]}#]+")


def load_workshops(root: Path, shown: Callable[[str], str], modules: Mapping[str, ModuleMeta]
                   ) -> tuple[list[Workshop], list[Diagnostic]]:
    """Read every ``lokakarya/*.yml`` under the content ``root`` and check it against the
    valid ``modules`` (W001–W005)."""
    return load_folder(root, WORKSHOP_DIR, shown,
                       lambda file, rel, where: _load_one(file, rel, where, modules))


def _load_one(file: Path, rel: str, shown: str, modules: Mapping[str, ModuleMeta]
              ) -> tuple[Workshop | None, list[Diagnostic]]:
    read = read_data(file, shown)
    if read.doc is None or read.text is None:
        return None, read.diagnostics
    found = read.diagnostics
    check = _FileCheck(shown, read.doc, read.text, modules)
    workshop = check.workshop(file.stem, rel)
    return workshop, found + check.found


def _got(value: Any) -> str:
    if isinstance(value, dict):
        return "a 'key: value' mapping"
    if isinstance(value, list):
        return "a list"
    return "nothing" if value is None else repr(value)


class _FileCheck:
    """The checks of one workshop file; problems pile up in :attr:`found`."""

    def __init__(self, shown: str, doc: yamlsafe.YamlDoc, text: str,
                 modules: Mapping[str, ModuleMeta]) -> None:
        self.shown = shown
        self.doc = doc
        self.lines = text.split("\n")
        self.modules = modules
        self.found: list[Diagnostic] = []

    def report(self, at: tuple[int, int], code: str, message: str) -> None:
        """Record a problem at a file position."""
        self.found.append(make(self.shown, *at, code, message))

    def workshop(self, key: str, rel: str) -> Workshop | None:
        """The workshop, or None when its title, hours or days are unusable."""
        data = self.doc.data
        if not isinstance(data, dict):
            self.report((1, 1), "W001", "a workshop file holds 'field: value' lines, got "
                                        f"{_got(data)}")
            return None
        self.unknown_keys(data, (), _KEYS, "")
        title = data.get("title")
        if not isinstance(title, str) or not title.strip():
            self.report(self.doc.where(("title",)), "W001", "'title' is missing or not text")
            title = None
        place = "" if data.get("place") is None else data["place"]
        if not isinstance(place, str):
            self.report(self.doc.where(("place",)), "W001", "'place' must be text")
            place = ""
        hours = self.hours(data)
        # 'breaks:' left with every entry commented out means no breaks, not a mistake
        breaks = self.breaks(data.get("breaks") or [], hours)
        days = self.days(data.get("days"))
        if title is None or hours is None or days is None:
            return None
        workshop = Workshop(key, rel, title, place, hours[0], hours[1], breaks, days)
        for day in workshop.schedule(self.modules):
            if day.overflow:
                self.report(self.doc.where(("days", day.number - 1)), "W004",
                            f"day {day.number} ends at {clock(day.end)}, {day.overflow} "
                            f"minutes after {clock(day.end_limit)}")
        return workshop

    def unknown_keys(self, data: dict[str, Any], path: yamlsafe.YamlPath,
                     known: tuple[str, ...], where: str) -> None:
        """Report keys outside ``known``, with a did-you-mean."""
        for name, guess in unknown_keys(data, known):
            extra = suggestion(guess)
            line, col = self.doc.key_where((*path, name))
            if data[name] is None and not guess and "{" in self.lines[line - 1][:col - 1]:
                # {name: Istirahat, salat dan makan siang} splits at the comma into a
                # second key with no value: the likely mistake, so say so
                extra = " (a comma ends a value inside { }: put text with commas in quotes)"
            self.report((line, col), "W001", f"unknown key '{name}'{where}{extra}")

    def written(self, path: yamlsafe.YamlPath) -> str | None:
        """The plain scalar at ``path`` exactly as written in the file."""
        line, col = self.doc.where(path)
        token = _PLAIN_TOKEN.match(self.lines[line - 1], col - 1)
        return token[0] if token else None

    def time(self, value: Any, path: yamlsafe.YamlPath) -> int | None:
        """A time of day at ``path`` as minutes since midnight, or None (reported)."""
        name = str(path[-1])
        text: str | None = None
        if isinstance(value, str):
            text = value
        elif isinstance(value, int | float) and not isinstance(value, bool):
            # YAML 1.1 made an unquoted 8:30 the number 510: read what was written
            text = self.written(path)
        if text is not None and TIME.fullmatch(text.strip()):
            minutes = parse_clock(text)
            if minutes is not None:
                return minutes
            self.report(self.doc.where(path), "W001",
                        f"'{name}' {text.strip()} is not a time of day (00:00 to 23:59)")
            return None
        got = repr(value) if isinstance(value, str) else text or _got(value)
        self.report(self.doc.where(path), "W001",
                    f"'{name}' must be a time written HH:MM, e.g. \"08:30\", got {got}")
        return None

    def minutes(self, value: Any, path: yamlsafe.YamlPath) -> int | None:
        """A positive whole number of minutes at ``path``, or None (reported)."""
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
        self.report(self.doc.where(path), "W001",
                    f"'{path[-1]}' must be a whole number of minutes above 0, got {_got(value)}")
        return None

    def hours(self, data: dict[str, Any]) -> tuple[int, int] | None:
        """The daily (start, end) in minutes since midnight, or None (reported)."""
        if "start" not in data:
            self.report(self.doc.where(()), "W001",
                        "'start' is missing: the daily start time, e.g. \"08:30\"")
            return None
        start = self.time(data["start"], ("start",))
        if ("day_length" in data) == ("end" in data):
            if "end" in data:
                self.report(self.doc.key_where(("end",)), "W001",
                            "give either 'day_length' (minutes) or 'end' (a time), not both")
            else:
                self.report(self.doc.where(()), "W001",
                            "give 'day_length' (minutes from the start) or 'end' (a time) "
                            "for the end of each day")
            return None
        if "end" in data:
            end = self.time(data["end"], ("end",))
            if start is None or end is None:
                return None
            if end <= start:
                self.report(self.doc.where(("end",)), "W001",
                            f"'end' {clock(end)} is not after 'start' {clock(start)}")
                return None
            return start, end
        length = self.minutes(data["day_length"], ("day_length",))
        if start is None or length is None:
            return None
        if start + length > DAY_MINUTES:
            self.report(self.doc.where(("day_length",)), "W001",
                        f"the day would end after midnight ({clock(start)} + {length} "
                        "minutes)")
            return None
        return start, start + length

    def breaks(self, raw: Any, hours: tuple[int, int] | None) -> list[Break]:
        """The valid breaks, in time order; the others are reported."""
        if not isinstance(raw, list):
            self.report(self.doc.where(("breaks",)), "W001",
                        "'breaks' must be a list of {at: \"10:00\", minutes: 15, name: ...}")
            return []
        kept: list[tuple[int, Break]] = []
        for i, item in enumerate(raw):
            path: yamlsafe.YamlPath = ("breaks", i)
            if not isinstance(item, dict):
                self.report(self.doc.where(path), "W001", "a break needs 'at', 'minutes' and "
                                                          f"'name', got {_got(item)}")
                continue
            self.unknown_keys(item, path, _BREAK_KEYS, " in a break")
            missing = [k for k in _BREAK_KEYS if k not in item]
            if missing:
                self.report(self.doc.where(path), "W001",
                            f"a break needs {' and '.join(repr(k) for k in missing)}")
                continue
            at = self.time(item["at"], (*path, "at"))
            minutes = self.minutes(item["minutes"], (*path, "minutes"))
            name = item["name"]
            if not isinstance(name, str) or not name.strip():
                self.report(self.doc.where((*path, "name")), "W001",
                            "a break's 'name' must be text")
                continue
            if at is None or minutes is None:
                continue
            entry = Break(at, minutes, name)
            if hours and not (hours[0] <= at and entry.end <= hours[1]):
                self.report(self.doc.where((*path, "at")), "W001",
                            f"break {clock(at)}–{clock(entry.end)} is outside the day "
                            f"({clock(hours[0])}–{clock(hours[1])})")
                continue
            kept.append((i, entry))
        kept.sort(key=lambda pair: pair[1].at)
        for (_, before), (i, entry) in pairwise(kept):
            if entry.at < before.end:
                # kept all the same (it is simply taken after the first), but surely a slip
                self.report(self.doc.where(("breaks", i, "at")), "W001",
                            f"break at {clock(entry.at)} starts before the break at "
                            f"{clock(before.at)} ends ({clock(before.end)})")
        return [entry for _, entry in kept]

    def days(self, raw: Any) -> list[list[str]] | None:
        """The known modules day by day, each once; None if 'days' is unusable."""
        if not isinstance(raw, list) or not raw:
            self.report(self.doc.where(("days",)), "W001",
                        "'days' must be a list of days, each a list of module ids, "
                        "e.g. - [PNY-01, ORG-01]")
            return None
        modules = self.modules
        #: id → (day index, index in the day, place in the workshop)
        placed: dict[str, tuple[int, int, int]] = {}
        days: list[list[str]] = []
        for d, day in enumerate(raw):
            ids: list[str] = []
            days.append(ids)
            if not isinstance(day, list) or not day:
                self.report(self.doc.where(("days", d)), "W001",
                            f"day {d + 1} must be a non-empty list of module ids, "
                            "e.g. [PNY-01, ORG-01]")
                continue
            for j, item in enumerate(day):
                at = self.doc.where(("days", d, j))
                module_id = str(item)
                if isinstance(item, dict | list) or item is None:
                    self.report(at, "W001", "write each module as its id, e.g. PNY-01, got "
                                            f"{_got(item)}")
                elif module_id not in modules:
                    self.report(at, "W002", f"module '{module_id}' does not exist"
                                            + self.suggest(module_id))
                elif module_id in placed:
                    self.report(at, "W005", f"module {module_id} is already in the workshop "
                                            f"(day {placed[module_id][0] + 1})")
                else:
                    placed[module_id] = (d, j, len(placed))
                    ids.append(module_id)
        self.prerequisites(placed)
        return days

    def prerequisites(self, placed: dict[str, tuple[int, int, int]]) -> None:
        """Report modules placed before a prerequisite, or without it."""
        for module_id, (d, j, order) in placed.items():
            for prerequisite in self.modules[module_id].prerequisites:
                if prerequisite not in placed:
                    where = "which is not in the workshop"
                elif placed[prerequisite][2] > order:
                    where = f"which comes later, on day {placed[prerequisite][0] + 1}"
                else:
                    continue
                self.report(self.doc.where(("days", d, j)), "W003",
                            f"{module_id} needs {prerequisite}, {where}")

    def suggest(self, module_id: str) -> str:
        """A did-you-mean for a misspelt module id, or ""."""
        probe = module_id.strip().upper()
        return suggestion(probe if probe in self.modules else did_you_mean(probe, self.modules))
