"""A light scan of a page's Markdown: headings (anchors), links, images, raw HTML, markers.

Not a Markdown renderer: just enough structure, with line and column, to check a page
without building the site. Fenced code and inline code are skipped, so examples of
HTML or links in code never raise diagnostics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from swadaya.diagnostics import Phrase, say

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
_HEADING = re.compile(r"^(?: {4})*(#{1,6})\s+(.*?)\s*#*\s*$")
_ATTR_ID = re.compile(r"\{:?\s*[^}]*#([\w-]+)[^}]*\}\s*$")
_ATTR_ANY = re.compile(r"\s*\{:?[^}]*\}\s*$")
_LINK = re.compile(
    r"(?P<bang>!?)\[(?P<text>(?:[^\[\]]|\[[^\]]*\])*)\]"
    r"\(\s*<?(?P<url>[^)\s>]*)>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(?P<url>\S+?)>?(?:\s.*)?$")
_HTML_URL = re.compile(r"<(?P<tag>a|img)\b[^>]*?\s(?:href|src)\s*=\s*[\"']?(?P<url>[^\"'\s>]*)",
                       re.I)
_HTML_ALT = re.compile(r"\salt\s*=\s*[\"'](?P<alt>[^\"']*)", re.I)
_DANGEROUS_TAG = re.compile(r"<\s*(script|iframe|object|embed|frame|frameset)\b", re.I)
_EVENT_ATTR = re.compile(r"<[a-zA-Z][^>]*?\s(on[a-zA-Z]+)\s*=", re.I)
_JS_URL = re.compile(r"javascript\s*:", re.I)
_MARKER = re.compile(r"<!--\s*swadaya:(?P<name>[\w-]*)(?P<args>[^>]*?)-->")
_HTML_IMG = re.compile(r"<img\b[^>]*>", re.I)
#: A URL that starts with a scheme (``https:``, ``mailto:``, ``javascript:``…).
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
#: Something written like a module id (three capitals, a dash, two or three digits).
_MODULE_ID = re.compile(r"(?<![\w/-])([A-Z]{3})-(\d{2,3})(?![\w/-])")
_HTML_COMMENT = re.compile(r"<!--.*?-->")
_HTML_A = re.compile(r"<a\b[^>]*\bhref\s*=\s*[\"'](?P<url>[^\"']*)[\"'][^>]*>(?P<text>.*?)</a>",
                     re.I)
#: A line that is only a marker, as the site and print replace it.
MARKER_LINE = re.compile(r"[ \t]*<!--\s*swadaya:(?P<name>[\w-]+)(?P<args>[^>]*?)-->[ \t]*")


@dataclass(frozen=True)
class Link:
    """A link or image reference in a page body, at a 1-based line and column of the body."""

    url: str
    line: int
    col: int
    image: bool = False
    alt: str = ""


@dataclass(frozen=True)
class Finding:
    """Something unsafe in a page body: its code and message."""

    code: str
    said: Phrase
    line: int
    col: int


@dataclass(frozen=True)
class Marker:
    """A ``<!-- swadaya:NAME key=value -->`` comment asking for generated content."""

    name: str
    args: str
    line: int
    col: int


@dataclass(frozen=True)
class Mention:
    """A module id written in the text; ``url`` is the link it is the text of, if any."""

    module_id: str
    line: int
    col: int
    url: str | None


@dataclass
class Scan:
    """What a page body contains, with positions relative to the body's first line."""

    anchors: list[str] = field(default_factory=list)
    has_h1: bool = False
    links: list[Link] = field(default_factory=list)
    unsafe: list[Finding] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def to_plain(self) -> list[Any]:
        """The scan as plain lists (for a cache); :meth:`from_plain` reads it back.

        Only a scan with no unsafe findings is kept: findings are diagnostics, whose words
        are rendered in the reader's language, so a page with any is scanned afresh.
        """
        if self.unsafe:
            raise ValueError("a scan with unsafe findings is not cached")
        return [self.anchors, self.has_h1,
                [[k.url, k.line, k.col, k.image, k.alt] for k in self.links],
                [[m.name, m.args, m.line, m.col] for m in self.markers],
                [[m.module_id, m.line, m.col, m.url] for m in self.mentions]]

    @classmethod
    def from_plain(cls, plain: list[Any]) -> Scan:
        """A scan from :meth:`to_plain`'s lists (a wrong shape raises TypeError/ValueError)."""
        anchors, has_h1, links, markers, mentions = plain
        return cls([str(a) for a in anchors], bool(has_h1),
                   [Link(*row) for row in links], [],
                   [Marker(*row) for row in markers], [Mention(*row) for row in mentions])


def heading_anchor(text: str) -> str:
    """The anchor Python-Markdown's toc gives a heading (before de-duplication)."""
    explicit = _ATTR_ID.search(text)
    if explicit:
        return explicit.group(1)
    text = _ATTR_ANY.sub("", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links keep their text
    text = re.sub(r"[*_`]", "", text)
    # imported here: Markdown takes a while to import and a cached check scans no page
    from markdown.extensions.toc import slugify

    return slugify(text, "-")


def _blank_code(line: str) -> str:
    return _INLINE_CODE.sub(lambda m: " " * len(m.group(0)), line)


@dataclass(frozen=True)
class Fence:
    """A fenced code block: first and last line (0-based, fences included), info string."""

    start: int
    end: int
    indent: str
    info: str
    closed: bool


def fenced_blocks(lines: list[str]) -> list[Fence]:
    """The fenced code blocks of a page; an unclosed fence runs to the end, as in Markdown."""
    blocks = []
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        fence = opening.group("fence")
        end, closed = len(lines) - 1, False
        for later in range(index + 1, len(lines)):
            closing = _FENCE.match(lines[later])
            if closing and closing.group("fence")[0] == fence[0] and \
                    len(closing.group("fence")) >= len(fence) and not closing.group("info").strip():
                end, closed = later, True
                break
        blocks.append(Fence(index, end, opening.group("indent"), opening.group("info").strip(),
                            closed))
        index = end + 1
    return blocks


def in_fenced_code(lines: list[str]) -> list[bool]:
    """For each line, whether it belongs to a fenced code block (fence lines included)."""
    mask = [False] * len(lines)
    for block in fenced_blocks(lines):
        mask[block.start:block.end + 1] = [True] * (block.end + 1 - block.start)
    return mask


def _mentions(line: str, number: int) -> list[Mention]:
    """Module ids in a line of prose (code already blanked), each with the link it labels."""
    if not _MODULE_ID.search(line):
        return []
    prose = _HTML_COMMENT.sub(lambda m: " " * len(m.group(0)), line)
    labelled: list[tuple[int, int, str]] = []  # (start, end, url) of each link's text
    for m in _LINK.finditer(prose):
        if m.group("bang"):  # an image's alt text cannot hold a link: not checked
            prose = prose[:m.start()] + " " * (m.end() - m.start()) + prose[m.end():]
        else:
            labelled.append((m.start("text"), m.end("text"), m.group("url")))
    for m in _HTML_A.finditer(prose):
        labelled.append((m.start("text"), m.end("text"), m.group("url")))
    found = []
    for m in _MODULE_ID.finditer(prose):
        url = next((u for start, end, u in labelled if start <= m.start() < end), None)
        inside_url = any(m.start() >= end and prose.startswith("](", end)
                         and m.start() < prose.find(")", end) for _, end, _ in labelled)
        if not inside_url:
            found.append(Mention(m.group(0), number, m.start() + 1, url))
    return found


def scan_markdown(body: str) -> Scan:
    """Scan a Markdown body; positions are 1-based relative to the body."""
    result = Scan()
    seen: dict[str, int] = {}
    lines = body.split("\n")
    for number, (raw, code) in enumerate(zip(lines, in_fenced_code(lines), strict=True), 1):
        if code:
            continue
        # cheap substring tests first: most lines are plain prose and need no regex
        line = _blank_code(raw) if "`" in raw else raw
        heading = _HEADING.match(line) if line.lstrip().startswith("#") else None
        if heading:
            if len(heading.group(1)) == 1:
                result.has_h1 = True
            anchor = heading_anchor(heading.group(2))
            if anchor in seen:  # toc's unique(): second "x" becomes "x_1"
                seen[anchor] += 1
                anchor = f"{anchor}_{seen[anchor]}"
            else:
                seen[anchor] = 0
            result.anchors.append(anchor)
        if "-" in line and not heading:
            result.mentions += _mentions(line, number)
        if "](" in line:
            for m in _LINK.finditer(line):
                result.links.append(Link(m.group("url"), number, m.start() + 1,
                                         bool(m.group("bang")), m.group("text").strip()))
        ref = _REFDEF.match(line) if "]:" in line else None
        if ref:
            result.links.append(Link(ref.group("url"), number, ref.start("url") + 1))
        if "<" not in line:
            continue
        for m in _HTML_URL.finditer(line):
            image = m.group("tag").lower() == "img"
            alt = ""
            if image:
                tag = _HTML_IMG.search(line, m.start())
                found_alt = _HTML_ALT.search(tag.group(0)) if tag else None
                alt = found_alt.group("alt").strip() if found_alt else ""
            result.links.append(Link(m.group("url"), number, m.start("url") + 1, image, alt))
        for m in _DANGEROUS_TAG.finditer(line):
            result.unsafe.append(Finding("H001", say("H001", "tag", tag=m.group(1).lower()),
                                         number, m.start() + 1))
        for m in _EVENT_ATTR.finditer(line):
            result.unsafe.append(Finding("H001", say("H001", "handler", attribute=m.group(1)),
                                         number, m.start(1) + 1))
        for m in _MARKER.finditer(line):
            result.markers.append(Marker(m.group("name"), m.group("args").strip(), number,
                                         m.start() + 1))
    for link in result.links:
        if _JS_URL.match(link.url.strip()):
            result.unsafe.append(Finding("H002", say("H002"), link.line, link.col))
    return result
