"""The tooltip matcher's trie regex finds what one alternation of every term (longest first)
finds: same terms, same first uses, on the real glossary."""

from __future__ import annotations

import random
import re

from support.projects import REPO
from swadaya.checks import load_checked
from swadaya.outputs.site.tooltips import Tooltips


def test_trie_matches_the_alternation_of_every_term() -> None:
    glossary = load_checked(REPO / "content").glossary
    trie = Tooltips(glossary)
    alternation = Tooltips(glossary)
    variants = sorted({v for t in glossary for v in (t.term, t.term[:1].upper() + t.term[1:])},
                      key=lambda v: (-len(v), v))
    alternation.pattern = re.compile(r"(?<![\w/-])(" + "|".join(map(re.escape, variants))
                                     + r")(?![\w/-])")
    rng = random.Random(17)
    words = [t.term for t in glossary] + ["dan", "kader-desa", "x", "/", "-", "KSM"]
    for _ in range(200):
        pieces = []
        for _ in range(rng.randint(1, 30)):
            word = rng.choice(words)
            word = rng.choice([word, word.upper(), word[:-1], word + "nya", word.capitalize()])
            pieces.append(word + rng.choice([" ", ", ", "-", "/", ". ", "</p><p>"]))
        html = "<p>" + "".join(pieces) + "</p>"
        assert trie.apply(html) == alternation.apply(html)
