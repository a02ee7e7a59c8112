"""Choosing modules by their terms: one table of selector keys and one ``select``.

Written pages ask for module lists with ``<!-- swadaya:modules KEY=VALUE -->``, handbooks
with ``select: {KEY: VALUE}``, and the site's index pages list modules per term; all of
them use these keys, so a key means the same field and vocabulary everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from swadaya.model.module import ModuleMeta


@dataclass(frozen=True)
class Selector:
    """A key an author writes, the module field it reads and the vocabulary of its values."""

    field: str
    vocabulary: str


#: Selector key → field and vocabulary, in the order messages list them.
SELECTORS: dict[str, Selector] = {
    "area": Selector("area", "areas"),
    "stage": Selector("stages", "stages"),
    "component": Selector("components", "components"),
    "approach": Selector("approaches", "approaches"),
    "audience": Selector("audience", "audiences"),
    "level": Selector("level", "levels"),
    "type": Selector("type", "types"),
}

_PAIR = re.compile(r"^([a-z]+)=([a-z0-9-]+)$")


def parse_criteria(args: str) -> dict[str, str] | None:
    """``"area=x stage=y"`` → ``{"area": "x", "stage": "y"}``; None when malformed."""
    parsed = {}
    for part in args.split():
        m = _PAIR.match(part)
        if not m:
            return None
        parsed[m.group(1)] = m.group(2)
    return parsed


def matches(module: ModuleMeta, criteria: Mapping[str, str]) -> bool:
    """True when the module holds every criterion's term (keys from :data:`SELECTORS`)."""
    for key, term in criteria.items():
        selector = SELECTORS.get(key)
        if selector is None:  # an unknown key (T002, an error): a preview shows no module
            return False
        value = getattr(module, selector.field)
        if not (term in value if isinstance(value, list) else value == term):
            return False
    return True


def select(modules: Iterable[ModuleMeta], criteria: Mapping[str, str]) -> list[ModuleMeta]:
    """The modules that match every criterion, in the order given."""
    return [m for m in modules if matches(m, criteria)]
