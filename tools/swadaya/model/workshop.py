"""Workshops (``content/lokakarya/*.yml``): multi-day trainings laid out as a timetable.

A workshop file names the daily start, where the day ends (``day_length`` in minutes
from the start, or ``end`` as a clock time; exactly one of the two), fixed breaks and,
day by day, the modules to run::

    title: Pelatihan Kader Tingkat Dasar
    place: Balai Desa Sukamaju
    start: "08:30"
    day_length: 450
    breaks:
      - {at: "10:00", minutes: 15, name: Rehat kopi}
      - {at: "12:00", minutes: 60, name: "Istirahat, salat dan makan siang"}
    days:
      - [PNY-01, ORG-01]
      - [ORG-02, KDR-01]

Scheduling rule, the same for every day (:meth:`Workshop.schedule`):

1. The day starts at ``start``. Its modules run in the listed order, each as its agenda
   steps; a module without an agenda is one block of its ``duration``.
2. Before a step starts, every break whose time has come (``at`` <= the clock) and that
   has not happened yet that day is taken first, in time order.
3. A step is never split: a break that falls inside a step is taken right after that
   step, so a break may start late but never early. After the day's last step the
   breaks that fell inside it are still taken; a break whose time has not come by then
   is not (the day's programme is over).
4. The day should end by ``start + day_length`` (or ``end``). If the last step or break
   ends later, the day overflows (W004).

Times are minutes since midnight. YAML 1.1 reads an unquoted ``8:30`` as the base-60
number 510 but an unquoted ``08:30`` (leading zero) as text, so a time is taken from
the text as the author wrote it: quoted or not, ``8:30`` and ``08:30`` are 08:30, and
``25:00`` is refused either way.

Read and checked by :mod:`swadaya.model.workshop_file` (W001–W005); only valid modules
count.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from swadaya.model.module import ModuleMeta
from swadaya.text import clock


@dataclass(frozen=True)
class Slot:
    """One block of a day's timetable: an agenda step or a break."""

    start: int  # minutes since midnight
    end: int
    kind: Literal["step", "break"]
    title: str  # the step's name (the module's title without agenda), or the break's name
    module_id: str | None  # None for a break
    method: str | None  # the step's method id; None for a break or a module without agenda

    @property
    def minutes(self) -> int:
        """How long the slot lasts."""
        return self.end - self.start

    @property
    def times(self) -> str:
        """The slot as ``08:30–08:40``."""
        return f"{clock(self.start)}–{clock(self.end)}"


@dataclass(frozen=True)
class Day:
    """One day of a workshop, scheduled."""

    number: int  # 1-based
    slots: list[Slot]
    end_limit: int  # minutes since midnight by which the day should be over

    @property
    def end(self) -> int:
        """When the last slot ends (0 for a day with nothing on it)."""
        return self.slots[-1].end if self.slots else 0

    @property
    def overflow(self) -> int:
        """Minutes the day runs past ``end_limit``; 0 if it fits."""
        return max(0, self.end - self.end_limit)


@dataclass(frozen=True)
class Break:
    """A break at a fixed clock time, every day."""

    at: int  # minutes since midnight
    minutes: int
    name: str

    @property
    def end(self) -> int:
        """When the break ends if taken on time."""
        return self.at + self.minutes


@dataclass(frozen=True)
class NeededMaterial:
    """A material the workshop needs, and the (day, module id) of every session using it."""

    name: str
    uses: list[tuple[int, str]]

    @property
    def sessions(self) -> int:
        """How many sessions need it."""
        return len(self.uses)


@dataclass(frozen=True)
class Workshop:
    """A multi-day training: its days of modules, its daily hours and breaks."""

    key: str  # file stem, e.g. "kader-dasar"
    source: str  # content path of the YAML file
    title: str
    place: str  # "" when not given
    start: int  # daily start, minutes since midnight
    end_limit_minutes: int  # daily end, minutes since midnight (start + day_length)
    breaks: list[Break]  # in time order
    days: list[list[str]]  # known module ids, each once in the workshop, in order

    @property
    def day_length(self) -> int:
        """Minutes from the daily start to the daily end."""
        return self.end_limit_minutes - self.start

    def module_ids(self) -> list[str]:
        """All modules of the workshop, in order."""
        return [m for day in self.days for m in day]

    def materials(self, modules: Mapping[str, ModuleMeta]) -> list[NeededMaterial]:
        """Every material of the workshop's modules once, with the sessions that need it,
        in the order first needed. Modules list materials as free text, so the same text
        (case and spacing aside) is the same material; quantities stay in the text."""
        found: dict[str, NeededMaterial] = {}
        for number, ids in enumerate(self.days, start=1):
            for module_id in ids:
                for text in modules[module_id].materials:
                    key = " ".join(text.split()).casefold()
                    needed = found.setdefault(key, NeededMaterial(" ".join(text.split()), []))
                    needed.uses.append((number, module_id))
        return list(found.values())

    def schedule(self, modules: Mapping[str, ModuleMeta]) -> list[Day]:
        """Every day's timetable, by the rule in this module's docstring.

        A pure function of the workshop and the modules; every id of :attr:`days` must be
        in ``modules`` (``load_workshops`` makes sure).
        """
        return [self._day(number, ids, modules)
                for number, ids in enumerate(self.days, start=1)]

    def _day(self, number: int, ids: list[str], modules: Mapping[str, ModuleMeta]) -> Day:
        pending = deque(sorted(self.breaks, key=lambda b: b.at))
        slots: list[Slot] = []
        now = self.start

        def take_break() -> None:
            nonlocal now
            taken = pending.popleft()
            slots.append(Slot(now, now + taken.minutes, "break", taken.name, None, None))
            now += taken.minutes

        for module_id in ids:
            for title, minutes, method in _steps(modules[module_id]):
                while pending and pending[0].at <= now:
                    take_break()
                slots.append(Slot(now, now + minutes, "step", title, module_id, method))
                now += minutes
        # a break that fell inside the last step is still due; a later one is not
        while slots and pending and pending[0].at < now:
            take_break()
        return Day(number, slots, self.end_limit_minutes)


def _steps(module: ModuleMeta) -> list[tuple[str, int, str | None]]:
    if not module.agenda:
        return [(module.title, module.duration, None)]
    return [(item.step, item.minutes, item.method) for item in module.agenda]


