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

from swadaya.diagnostics import Diagnostic, Phrase, common, make, say, suggestion
from swadaya.model.hints import did_you_mean, unknown_keys
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


def _got(value: Any) -> Phrase | str:
    if isinstance(value, dict):
        return common("key_value")
    if isinstance(value, list):
        return common("list")
    return common("empty") if value is None else repr(value)


class _FileCheck:
    """The checks of one workshop file; problems pile up in :attr:`found`."""

    def __init__(self, shown: str, doc: yamlsafe.YamlDoc, text: str,
                 modules: Mapping[str, ModuleMeta]) -> None:
        self.shown = shown
        self.doc = doc
        self.lines = text.split("\n")
        self.modules = modules
        self.found: list[Diagnostic] = []

    def report(self, at: tuple[int, int], code: str, key: str = "", /, **values: Any) -> None:
        """Record a problem at a file position: message ``key`` of ``code``."""
        self.found.append(make(self.shown, *at, code, key, **values))

    def workshop(self, key: str, rel: str) -> Workshop | None:
        """The workshop, or None when its title, hours or days are unusable."""
        data = self.doc.data
        if not isinstance(data, dict):
            self.report((1, 1), "W001", "shape", got=_got(data))
            return None
        self.unknown_keys(data, (), _KEYS, "unknown")
        title = data.get("title")
        if not isinstance(title, str) or not title.strip():
            self.report(self.doc.where(("title",)), "W001", "title")
            title = None
        place = "" if data.get("place") is None else data["place"]
        if not isinstance(place, str):
            self.report(self.doc.where(("place",)), "W001", "place")
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
                self.report(self.doc.where(("days", day.number - 1)), "W004", day=day.number,
                            end=clock(day.end), over=day.overflow, limit=clock(day.end_limit))
        return workshop

    def unknown_keys(self, data: dict[str, Any], path: yamlsafe.YamlPath,
                     known: tuple[str, ...], key: str) -> None:
        """Report keys outside ``known`` (message ``key`` of W001), with a did-you-mean."""
        for name, guess in unknown_keys(data, known):
            extra: Phrase | str = suggestion(guess)
            line, col = self.doc.key_where((*path, name))
            if data[name] is None and not guess and "{" in self.lines[line - 1][:col - 1]:
                # {name: Istirahat, salat dan makan siang} splits at the comma into a
                # second key with no value: the likely mistake, so say so
                extra = say("W001", "comma")
            self.report((line, col), "W001", key, name=name, guess=extra)

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
            self.report(self.doc.where(path), "W001", "clock", name=name, text=text.strip())
            return None
        got = repr(value) if isinstance(value, str) else text or _got(value)
        self.report(self.doc.where(path), "W001", "time", name=name, got=got)
        return None

    def minutes(self, value: Any, path: yamlsafe.YamlPath) -> int | None:
        """A positive whole number of minutes at ``path``, or None (reported)."""
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
        self.report(self.doc.where(path), "W001", "minutes", name=path[-1], got=_got(value))
        return None

    def hours(self, data: dict[str, Any]) -> tuple[int, int] | None:
        """The daily (start, end) in minutes since midnight, or None (reported)."""
        if "start" not in data:
            self.report(self.doc.where(()), "W001", "start")
            return None
        start = self.time(data["start"], ("start",))
        if ("day_length" in data) == ("end" in data):
            if "end" in data:
                self.report(self.doc.key_where(("end",)), "W001", "both")
            else:
                self.report(self.doc.where(()), "W001", "neither")
            return None
        if "end" in data:
            end = self.time(data["end"], ("end",))
            if start is None or end is None:
                return None
            if end <= start:
                self.report(self.doc.where(("end",)), "W001", "order", end=clock(end),
                            start=clock(start))
                return None
            return start, end
        length = self.minutes(data["day_length"], ("day_length",))
        if start is None or length is None:
            return None
        if start + length > DAY_MINUTES:
            self.report(self.doc.where(("day_length",)), "W001", "midnight",
                        start=clock(start), length=length)
            return None
        return start, start + length

    def breaks(self, raw: Any, hours: tuple[int, int] | None) -> list[Break]:
        """The valid breaks, in time order; the others are reported."""
        if not isinstance(raw, list):
            self.report(self.doc.where(("breaks",)), "W001", "breaks")
            return []
        kept: list[tuple[int, Break]] = []
        for i, item in enumerate(raw):
            path: yamlsafe.YamlPath = ("breaks", i)
            if not isinstance(item, dict):
                self.report(self.doc.where(path), "W001", "break_shape", got=_got(item))
                continue
            self.unknown_keys(item, path, _BREAK_KEYS, "unknown_in_break")
            missing = [k for k in _BREAK_KEYS if k not in item]
            if missing:
                self.report(self.doc.where(path), "W001", "break_missing",
                            keys=", ".join(repr(k) for k in missing))
                continue
            at = self.time(item["at"], (*path, "at"))
            minutes = self.minutes(item["minutes"], (*path, "minutes"))
            name = item["name"]
            if not isinstance(name, str) or not name.strip():
                self.report(self.doc.where((*path, "name")), "W001", "break_name")
                continue
            if at is None or minutes is None:
                continue
            entry = Break(at, minutes, name)
            if hours and not (hours[0] <= at and entry.end <= hours[1]):
                self.report(self.doc.where((*path, "at")), "W001", "break_outside",
                            start=clock(at), end=clock(entry.end), day_start=clock(hours[0]),
                            day_end=clock(hours[1]))
                continue
            kept.append((i, entry))
        kept.sort(key=lambda pair: pair[1].at)
        for (_, before), (i, entry) in pairwise(kept):
            if entry.at < before.end:
                # kept all the same (it is simply taken after the first), but surely a slip
                self.report(self.doc.where(("breaks", i, "at")), "W001", "break_overlap",
                            at=clock(entry.at), before=clock(before.at), end=clock(before.end))
        return [entry for _, entry in kept]

    def days(self, raw: Any) -> list[list[str]] | None:
        """The known modules day by day, each once; None if 'days' is unusable."""
        if not isinstance(raw, list) or not raw:
            self.report(self.doc.where(("days",)), "W001", "days")
            return None
        modules = self.modules
        #: id → (day index, index in the day, place in the workshop)
        placed: dict[str, tuple[int, int, int]] = {}
        days: list[list[str]] = []
        for d, day in enumerate(raw):
            ids: list[str] = []
            days.append(ids)
            if not isinstance(day, list) or not day:
                self.report(self.doc.where(("days", d)), "W001", "day", day=d + 1)
                continue
            for j, item in enumerate(day):
                at = self.doc.where(("days", d, j))
                module_id = str(item)
                if isinstance(item, dict | list) or item is None:
                    self.report(at, "W001", "module", got=_got(item))
                elif module_id not in modules:
                    self.report(at, "W002", id=module_id, guess=self.suggest(module_id))
                elif module_id in placed:
                    self.report(at, "W005", id=module_id, day=placed[module_id][0] + 1)
                else:
                    placed[module_id] = (d, j, len(placed))
                    ids.append(module_id)
        self.prerequisites(placed)
        return days

    def prerequisites(self, placed: dict[str, tuple[int, int, int]]) -> None:
        """Report modules placed before a prerequisite, or without it."""
        for module_id, (d, j, order) in placed.items():
            for prerequisite in self.modules[module_id].prerequisites:
                at = self.doc.where(("days", d, j))
                if prerequisite not in placed:
                    self.report(at, "W003", "absent", id=module_id, prerequisite=prerequisite)
                elif placed[prerequisite][2] > order:
                    self.report(at, "W003", "later", id=module_id, prerequisite=prerequisite,
                                day=placed[prerequisite][0] + 1)

    def suggest(self, module_id: str) -> Phrase | str:
        """A did-you-mean for a misspelt module id, or ""."""
        probe = module_id.strip().upper()
        return suggestion(probe if probe in self.modules else did_you_mean(probe, self.modules))
