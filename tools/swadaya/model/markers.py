"""The markers an author writes on a line of a page: ``<!-- swadaya:NAME ARGS -->``.

Each asks for generated content in its place, on the site and in print alike:

- ``modules KEY=VALUE ...``: a list of modules (keys of :data:`swadaya.model.selection.SELECTORS`);
- ``indicators [ID ...] [view=table|links]``: group health indicators (all when no id);
- ``instrument NAME [view=full|signs|candidates|tally]``: an assessment instrument of
  ``content/penilaian/``: the signs with the scale and rules, the signs alone, a sheet to
  colour candidates, the tally sheet of an assessment.

This module reads the arguments; whether the names exist is checked against the catalog
(:func:`swadaya.checks.bodies.marker_problem`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Marker name → its views (the first is the default); ``modules`` has none.
MARKERS: dict[str, tuple[str, ...]] = {
    "modules": (),
    "indicators": ("table", "links"),
    "instrument": ("full", "signs", "candidates", "tally"),
}
_WORD = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_OPTION = re.compile(r"^([a-z]+)=([a-z0-9-]+)$")


@dataclass(frozen=True)
class MarkerArgs:
    """The words (ids) and ``key=value`` options of a marker."""

    words: list[str] = field(default_factory=list)
    options: dict[str, str] = field(default_factory=dict)

    def view(self, name: str) -> str:
        """The view asked for, or the marker's default."""
        return self.options.get("view", MARKERS[name][0])


def split_args(args: str) -> MarkerArgs | None:
    """``"kehadiran view=links"`` → words and options; None when a part is neither."""
    parsed = MarkerArgs()
    for part in args.split():
        option = _OPTION.match(part)
        if option:
            parsed.options[option.group(1)] = option.group(2)
        elif _WORD.match(part):
            parsed.words.append(part)
        else:
            return None
    return parsed
