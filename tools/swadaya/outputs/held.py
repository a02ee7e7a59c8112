"""Long HTML parts of site pages held out of Python-Markdown and the search parser.

A page's lists of modules (an index page at a thousand modules lists hundreds), the
programme map's grid and "next modules" are HTML with final URLs, and search leaves them
out. Written into the Markdown, they still cost a pass of Python-Markdown's raw-HTML
handling and a full read by the search plugin's HTML parser, which then throws them away.
Held, the Markdown carries a short HTML comment in their place (both ignore comments), and
the finished page gets the HTML back (:meth:`HeldBlocks.splice`).

A block is named by the digest of its HTML, so a page rendered again with the same list
finds it under the same name, and ``mkdocs serve`` can keep blocks for generated pages it
reuses between rebuilds.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

#: What stands in the Markdown (and in the HTML until spliced) for a held block.
PLACEHOLDER = re.compile(r"<!--sw-blok:([0-9a-f]{20})-->")


class MissingBlock(LookupError):
    """A page names a held block this store does not have (a bug in the caller's
    bookkeeping, not an author's mistake)."""


class HeldBlocks:
    """HTML blocks by name, and the placeholders that stand for them."""

    def __init__(self) -> None:
        self.blocks: dict[str, str] = {}

    def hold(self, html: str) -> str:
        """Keep ``html``; the placeholder to write in its place."""
        key = hashlib.blake2b(html.encode(), digest_size=10).hexdigest()
        self.blocks[key] = html
        return f"<!--sw-blok:{key}-->"

    def block(self, key: str) -> str:
        """The HTML held under ``key``."""
        try:
            return self.blocks[key]
        except KeyError:
            raise MissingBlock(f"held HTML block {key} is missing") from None

    def splice(self, html: str) -> str:
        """``html`` with every placeholder replaced by its block."""
        if "<!--sw-blok:" not in html:
            return html
        return PLACEHOLDER.sub(lambda match: self.block(match.group(1)), html)

    def keep_only(self, texts: Iterable[str]) -> None:
        """Forget every block none of ``texts`` names (a long ``mkdocs serve`` session
        would otherwise keep every version of every list)."""
        named = {key for text in texts for key in PLACEHOLDER.findall(text)}
        self.blocks = {k: v for k, v in self.blocks.items() if k in named}
