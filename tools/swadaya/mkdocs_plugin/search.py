"""Material's search index, tuned for Indonesian (:mod:`swadaya.outputs.search.ranking`).

The tuning is done on the index object in place, before Material's search plugin writes it:
at a thousand modules the index is ~10 MB of JSON, and reading it back from the file to
rewrite it held two more copies in memory. The theme is Material, so its search plugin is
Material's; were it another, the index is left as that plugin wrote it, with a warning.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from mkdocs.config.defaults import MkDocsConfig

from swadaya.outputs.search.ranking import PageSearch, index_json, tune_entries

Docs = list[dict[str, Any]]
_NAMES = ("material/search", "search")
_CONFIG_KEYS = ("lang", "separator", "pipeline", "fields")


def tune_before_written(config: MkDocsConfig, pages: Mapping[str, PageSearch],
                        merge: Callable[[Docs], Docs]) -> bool:
    """Tune the entries Material's search plugin holds, and have it write them as
    :func:`~swadaya.outputs.search.ranking.index_json` does (compact, ASCII);
    ``merge`` puts back entries of pages a dirty rebuild skipped. False when this build's
    search plugin is not Material's."""
    index = _material_index(config)
    if index is None:
        return False
    tune_entries(index.config, index.entries, pages)
    index.entries = merge(index.entries)
    index.generate_search_index = lambda prev: index_json(
        {k: index.config[k] for k in _CONFIG_KEYS}, index.entries)
    return True


def release_search_entries(config: MkDocsConfig) -> None:
    """Material's search plugin keeps its whole index in memory after writing it; the web
    app and the .gz copies come after, and need none of it."""
    index = _material_index(config)
    if index is not None:
        index.entries = []


def _material_index(config: MkDocsConfig) -> Any | None:
    """Material's search index object (its ``config`` and ``entries``), if that is the
    search plugin of this build."""
    for name in _NAMES:
        index = getattr(config.plugins.get(name), "search_index", None)
        if isinstance(getattr(index, "entries", None), list) \
                and isinstance(getattr(index, "config", None), dict) \
                and hasattr(index, "generate_search_index"):
            return index
    return None
