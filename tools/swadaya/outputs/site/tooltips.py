"""Glossary tooltips: the first use of each term on a page gets its definition.

Python-Markdown's ``abbr`` would mark every use of every term, so a page that says
"kader" sixty times would carry the definition sixty times (bytes a reader pays for)
and be underlined all over. Here the rendered HTML is walked once; only text outside
links, code, headings and existing ``abbr`` elements is touched.
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from swadaya.model.glossary import GlossaryEntry
from swadaya.outputs.held import PLACEHOLDER, HeldBlocks

_TAG = re.compile(r"(<[^>]*>)")
_NAME = re.compile(r"^</?\s*([a-zA-Z][a-zA-Z0-9]*)")
#: Elements whose text must not get a tooltip.
_SKIP = {"a", "abbr", "button", "code", "h1", "h2", "h3", "h4", "h5", "h6", "kbd", "pre",
         "script", "style", "svg", "textarea", "title", "summary"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "source", "col", "area"}


def _trie(words: list[str]) -> str:
    """One regex for ``words`` shaped as a trie (``ka(?:der(?: desa)?|s)``): the engine follows
    one path instead of trying hundreds of alternatives at each letter. Greedy optional
    branches try the longest word first, so a longer term still wins over its prefix, as
    in an alternation sorted longest first."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(char) + pattern(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else \
            "(?:" + "|".join(branches) + ")"
        if ends:
            body = (body if body.startswith("(?:") and len(branches) > 1
                    else "(?:" + body + ")") + "?"
        return body

    return pattern(tree)


class Tooltips:
    """Adds ``<abbr title=…>`` to the first use of each glossary term in a page's HTML."""

    def __init__(self, terms: list[GlossaryEntry]) -> None:
        self.by_key = {t.term.lower(): t for t in terms}
        variants = {v for t in terms for v in (t.term, t.term[:1].upper() + t.term[1:])}
        self.pattern = (re.compile(r"(?<![\w/-])(" + _trie(sorted(variants))
                                   + r")(?![\w/-])") if variants else None)

    def apply(self, html: str, held: HeldBlocks | None = None) -> str:
        """The page with tooltips on first uses; unchanged when there is no glossary.

        With ``held``, a placeholder for a held block is read in its place, in page order
        (a term first used in a list of modules gets its tooltip there), and stands for the
        block with its tooltips, held in turn: the page stays short until it is finished."""
        if self.pattern is None:
            return html
        pattern = self.pattern
        used: set[str] = set()
        skipping: list[str] = []

        def mark(match: re.Match[str]) -> str:
            key = match.group(1).lower()
            term = self.by_key.get(key)
            if term is None or key in used:
                return match.group(0)
            used.add(key)
            return f'<abbr title="{escape(term.tooltip)}">{match.group(1)}</abbr>'

        def walk(html: str) -> str:
            tokens = _TAG.split(html)
            for index, token in enumerate(tokens):
                if token.startswith("<"):
                    if held is not None and not skipping and \
                            (block := PLACEHOLDER.fullmatch(token)) is not None:
                        tokens[index] = held.hold(walk(held.block(block.group(1))))
                        continue
                    name = _NAME.match(token)
                    if not name or token.startswith("<!"):
                        continue
                    tag = name.group(1).lower()
                    if tag in _VOID or token.endswith("/>"):
                        continue
                    if token.startswith("</"):
                        if skipping and skipping[-1] == tag:
                            skipping.pop()
                    elif tag in _SKIP or skipping:
                        skipping.append(tag)
                    continue
                if skipping or not token.strip():
                    continue
                tokens[index] = pattern.sub(mark, token)
            return "".join(tokens)

        return walk(html)
