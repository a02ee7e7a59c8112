"""The browser half of the search: ``lunr.id.js`` with the stop words and phrases written in."""

from __future__ import annotations

import json
from importlib import resources

from .phrases import PhraseTable
from .vocabulary import STOPWORDS

#: Where Material's search worker looks for the lunr language "id".
SCRIPT_PATH = "assets/javascripts/lunr/min/lunr.id.min.js"

_MARKER = "/*SWADAYA_SEARCH_DATA*/null"

#: Weight of a one-typo match against an exact or prefix match of the same word.
FUZZY_BOOST = 0.2
#: Weight of a glossary key found through a typed phrase or abbreviation.
PHRASE_BOOST = 3.0


def search_script(phrases: PhraseTable) -> str:
    """The script Material's worker loads for ``lang: ["id"]``."""
    source = resources.files("swadaya.search").joinpath("lunr.id.js").read_text("utf-8")
    if _MARKER not in source:  # pragma: no cover - guards an edit of lunr.id.js
        raise RuntimeError("lunr.id.js lost its data marker")
    data = {"stopwords": sorted(STOPWORDS), "phrases": phrases,
            "fuzzyBoost": FUZZY_BOOST, "phraseBoost": PHRASE_BOOST}
    return source.replace(_MARKER, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
