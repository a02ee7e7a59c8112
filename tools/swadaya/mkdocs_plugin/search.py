"""Material's search index, tuned for Indonesian (:mod:`swadaya.outputs.search.ranking`).

The tuning is done on the index object in place, before Material's search plugin writes it:
at a thousand modules the index is ~10 MB of JSON, and reading it back from the file to
rewrite it held two more copies in memory. Only a search plugin that is not Material's has
its written file tuned afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig

from swadaya.outputs.atomic import write_text
from swadaya.outputs.search.ranking import PageSearch, index_json, tune_entries, tune_index

Docs = list[dict[str, Any]]
_NAMES = ("material/search", "search")
_CONFIG_KEYS = ("lang", "separator", "pipeline", "fields")


def tune_before_written(config: MkDocsConfig, pages: Mapping[str, PageSearch],
                        merge: Callable[[Docs], Docs]) -> bool:
    """Tune the entries Material's search plugin holds, and have it write them as
    :func:`~swadaya.outputs.search.ranking.index_json` does (compact, letters as they are);
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


def tune_written(folder: Path, pages: Mapping[str, PageSearch],
                 merge: Callable[[Docs], Docs]) -> None:
    """Tune the written ``search_index.json`` (and the offline plugin's copy for file://)."""
    source = folder / "search_index.json"
    if not source.is_file():
        return
    index = tune_index(json.loads(source.read_text("utf-8")), pages)
    tuned = index_json(index["config"], merge(index["docs"]))
    write_text(source, tuned)
    script = folder / "search_index.js"
    if script.is_file():
        write_text(script, f"var __index = {tuned}")


def release_search_entries(config: MkDocsConfig) -> None:
    """Material's search plugin keeps its whole index in memory after writing it; the web
    app and the .gz copies come after, and need none of it."""
    for name in _NAMES:
        index = getattr(config.plugins.get(name), "search_index", None)
        if index is not None and isinstance(getattr(index, "entries", None), list):
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
