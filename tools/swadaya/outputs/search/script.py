"""The browser half of the search: ``lunr.id.min.js``, written from ``js/`` with the data.

Material's search worker loads one language file, so the four parts (each one job, each its
own scope, sharing ``self.swadayaSearch``) are put together here, after a first line that
carries the stop words and the glossary phrases of this site.
"""

from __future__ import annotations

import json
from importlib import resources

from swadaya.outputs.search.phrases import PhraseTable
from swadaya.outputs.search.vocabulary import LETTERS, STOPWORDS

#: Where Material's search worker looks for the lunr language "id".
SCRIPT_PATH = "assets/javascripts/lunr/min/lunr.id.min.js"

#: In load order: each part uses what the ones before it put on ``self.swadayaSearch``.
PARTS = ("stemmer.js", "language.js", "builder.js", "query.js")

#: Weight of a one-typo match against an exact or prefix match of the same word.
FUZZY_BOOST = 0.2
#: Weight of a glossary key found through a typed phrase or abbreviation.
PHRASE_BOOST = 3.0


def part(name: str) -> str:
    """The source of one part (``stemmer.js`` …)."""
    return resources.files("swadaya.outputs.search").joinpath("js", name).read_text("utf-8")


def search_script(phrases: PhraseTable) -> str:
    """The script Material's worker loads for ``lang: ["id"]``."""
    data = {"stopwords": sorted(STOPWORDS), "letters": LETTERS, "phrases": phrases,
            "fuzzyBoost": FUZZY_BOOST, "phraseBoost": PHRASE_BOOST}
    first = ("/* Swadaya: Indonesian search for Material for MkDocs (MIT). Source: "
             "tools/swadaya/outputs/search/js/. */\n(typeof self !== \"undefined\" ? self : this)"
             ".swadayaSearchData = " + json.dumps(data, ensure_ascii=False, separators=(",", ":"))
             + ";\n")
    return first + "".join(part(name) for name in PARTS)
