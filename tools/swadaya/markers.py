"""``<!-- swadaya:modules KEY=VALUE -->`` markers: generated module lists in written pages."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .taxonomy import Taxonomy

if TYPE_CHECKING:
    from .catalog import Catalog
    from .model import ModuleMeta

#: Marker key → (module field, vocabulary).
MARKER_KEYS = {
    "area": ("area", "areas"),
    "stage": ("stages", "stages"),
    "component": ("components", "components"),
    "approach": ("approaches", "approaches"),
    "audience": ("audience", "audiences"),
    "level": ("level", "levels"),
    "type": ("type", "types"),
}
_ARG = re.compile(r"^([a-z]+)=([a-z0-9-]+)$")
MARKER_LINE = re.compile(r"[ \t]*<!--\s*swadaya:modules(?P<args>[^>]*?)-->[ \t]*")


def parse_args(args: str) -> dict[str, str] | None:
    """``"area=x stage=y"`` → ``{"area": "x", "stage": "y"}``; None when malformed."""
    parsed = {}
    for part in args.split():
        m = _ARG.match(part)
        if not m:
            return None
        parsed[m.group(1)] = m.group(2)
    return parsed


def marker_problem(name: str, args: str, taxonomy: Taxonomy) -> str | None:
    """What is wrong with a marker, or None when it is good."""
    if name != "modules":
        return f"unknown marker 'swadaya:{name}' (the only marker is 'swadaya:modules')"
    parsed = parse_args(args)
    if parsed is None or not parsed:
        return f"marker arguments '{args}' are not KEY=VALUE pairs"
    for key, value in parsed.items():
        if key not in MARKER_KEYS:
            return f"unknown marker key '{key}' (use one of {', '.join(MARKER_KEYS)})"
        vocabulary = MARKER_KEYS[key][1]
        if value not in taxonomy.terms(vocabulary):
            guess = taxonomy.suggest(vocabulary, value)
            return (f"'{value}' is not a known {vocabulary[:-1]}"
                    + (f" (did you mean '{guess}'?)" if guess else ""))
    return None


def select_for(catalog: Catalog, args: dict[str, str]) -> list[ModuleMeta]:
    """The modules a marker asks for."""
    return catalog.select(**{MARKER_KEYS[k][0]: v for k, v in args.items()})
