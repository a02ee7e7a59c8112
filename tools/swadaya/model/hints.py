"""Did-you-mean and unknown keys: one way to tell an author which name they meant."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import Any


def did_you_mean(word: str, known: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The known name closest to a misspelt ``word``, if any is close enough."""
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=cutoff)
    return close[0] if close else None


def unknown_keys(data: Mapping[str, Any], known: Iterable[str]
                 ) -> list[tuple[str, str | None]]:
    """Keys of ``data`` outside ``known``, each with its did-you-mean, in file order."""
    names = list(known)
    return [(key, did_you_mean(str(key), names)) for key in data if key not in names]
