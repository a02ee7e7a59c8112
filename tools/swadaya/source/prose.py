"""The running text of a Markdown page: its sentences and words, each with line and column.

What a reader reads as sentences, for the plain-language figures. Left out: fenced code
(``hitung`` blocks included), inline code, tables, headings, images, raw HTML and comments,
admonition titles, and the ``Sumber`` section (titles and publishers are not prose). Markup
is blanked, not deleted, so every word keeps its column in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from swadaya.source.markdown_scan import in_fenced_code

#: A section whose text is a list of sources, not prose (``## Sumber``, ``### Sumber``).
SOURCES_HEADING = re.compile(r"^#{2,6}\s+Sumber\b", re.I)
_HEADING = re.compile(r"^(#{1,6})\s")
_BOUNDARY = re.compile(
    r"^\s*(?:\|"                      # a table row
    r"|[!?]{3}\+?\s"                  # an admonition's opening line (its title)
    r"|\*\[[^\]]+\]:"                 # an abbreviation definition
    r"|\[[^\]]+\]:\s"                 # a link reference definition
    r"|(?:[-*_]\s*){3,}$"             # a horizontal rule
    r"|</?[a-zA-Z][^>]*>\s*$"         # a line that is only an HTML tag
    r")")
_ITEM = re.compile(r"^(\s*(?:>\s*)*)((?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?|:\s+)")
_QUOTE = re.compile(r"^\s*(?:>\s*)+")
#: Markup blanked to spaces, each with a character that must be in a line for it to apply
#: (most lines are plain prose: the cheap test skips the pattern).
_BLANKED = [
    ("`", re.compile(r"(`+)(?:(?!\1).)+?\1")),                  # inline code
    ("<!--", re.compile(r"<!--.*?-->")),                        # comments (markers too)
    ("![", re.compile(r"!\[(?:[^\[\]]|\[[^\]]*\])*\]\([^)]*\)")),  # images: alt is not prose
    ("{", re.compile(r"\{:?[^}\n]*\}")),                        # attribute lists
    ("<", re.compile(r"</?[a-zA-Z][^>]*>")),                    # HTML tags (their text stays)
    ("[^", re.compile(r"\[\^[^\]]+\]")),                        # footnote references
]
_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"\*+|~~|(?<!\w)_+|_+(?!\w)")
#: A word: a number (1.250.000, 14.00, 2,5) or letters and digits joined by hyphens.
TOKEN = re.compile(r"\d+(?:[.,:]\d+)*%?|[^\W_]+(?:[-'’][^\W_]+)*")
_END = re.compile(r"(?<![ \t])[ \t]*[\"'”’)\]]*[.!?…]+[\"'”’)\]]*(?=\s|$)")
#: Abbreviations written with a full stop that do not end a sentence.
_ABBREVIATIONS = {"dll", "dsb", "dst", "dkk", "mis", "yth", "no", "hlm", "jl", "kab", "kec",
                  "prov", "bpk", "sdr", "dr", "drs", "ir", "pt", "cv", "tbk", "st", "vol"}


class Word(NamedTuple):
    """A word of running text, at a 1-based line and column of the body (a tuple: a page
    has thousands, and the check must stay a blink)."""

    text: str
    line: int
    col: int


@dataclass(frozen=True)
class Sentence:
    """A sentence: its words in order (its position is its first word's)."""

    words: tuple[Word, ...]

    @property
    def line(self) -> int:
        """Line of the first word."""
        return self.words[0].line

    @property
    def col(self) -> int:
        """Column of the first word."""
        return self.words[0].col


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _link_text(match: re.Match[str]) -> str:
    # "[teks](url)" → " teks      ": the text stays where it was written
    return " " + match.group(1) + " " * (len(match.group(0)) - len(match.group(1)) - 1)


def clean_line(line: str, keep_emphasis: bool = False) -> str:
    """A line with its markup blanked to spaces; words keep their columns."""
    for trigger, pattern in _BLANKED:
        if trigger in line:
            line = pattern.sub(_blank, line)
    if "](" in line:
        line = _LINK.sub(_link_text, line)
    if keep_emphasis or not ("*" in line or "_" in line or "~" in line):
        return line
    return _EMPHASIS.sub(_blank, line)


def prose_lines(body: str, keep_emphasis: bool = False) -> list[tuple[int, str, bool]]:
    """(line number, cleaned text, starts a new block) of every line of running text."""
    lines = body.split("\n")
    code = in_fenced_code(lines)
    out: list[tuple[int, str, bool]] = []
    sources_level = 0  # inside "## Sumber" until a heading of its level or higher
    in_comment = False
    new_block = True
    for number, (raw, is_code) in enumerate(zip(lines, code, strict=True), 1):
        heading = _HEADING.match(raw)
        if heading:
            level = len(heading.group(1))
            if sources_level and level <= sources_level:
                sources_level = 0
            if SOURCES_HEADING.match(raw):
                sources_level = level
        if in_comment:  # a comment over several lines: skip to its end
            in_comment = "-->" not in raw
            new_block = True
            continue
        if "<!--" in raw and "-->" not in raw.split("<!--")[-1]:
            in_comment = True
            raw = raw.split("<!--")[0]
        if is_code or heading or sources_level or not raw.strip() or _BOUNDARY.match(raw):
            new_block = True
            continue
        item = _ITEM.match(raw)
        if item:
            raw = " " * item.end() + raw[item.end():]
            new_block = True
        else:
            quote = _QUOTE.match(raw)
            if quote:
                raw = " " * quote.end() + raw[quote.end():]
        text = clean_line(raw, keep_emphasis)
        if text.strip():
            out.append((number, text, new_block))
            new_block = False
    return out


def _sentence_ends(text: str) -> set[int]:
    """Columns (0-based) where a word ends a sentence: full stop, question or exclamation
    mark, maybe after a closing quote or bracket, then a space or the line's end."""
    ends = set()
    for m in _END.finditer(text):
        start = m.start()  # a word's end when a word ends here (the caller checks)
        if m.group(0).strip() == ".":
            # "dll." (and the like) ends no sentence; the word before it says which
            word = TOKEN.findall(text[max(0, start - 8):start])
            if word and word[-1].lower() in _ABBREVIATIONS:
                continue
        ends.add(start)
    return ends


def sentences(body: str) -> list[Sentence]:
    """The sentences of a page body, in order; a block (paragraph, list item) ends one."""
    found: list[Sentence] = []
    current: list[Word] = []
    for number, text, new_block in prose_lines(body):
        if new_block and current:
            found.append(Sentence(tuple(current)))
            current = []
        ends = _sentence_ends(text) if any(c in text for c in ".!?…") else set()
        for m in TOKEN.finditer(text):
            current.append(Word(m.group(0), number, m.start() + 1))
            if m.end() in ends:
                found.append(Sentence(tuple(current)))
                current = []
    if current:
        found.append(Sentence(tuple(current)))
    return found


#: One to three words in single ``*`` or ``_`` (italics, not bold): how Indonesian writing
#: marks a foreign or regional word (*self-declare*, *chapati diagram*).
_ITALIC = re.compile(r"(?<![*\w])\*(?![\s*])([^*]+?)(?<![\s*])\*(?![*\w])"
                     r"|(?<![_\w])_(?![\s_])([^_]+?)(?<![\s_])_(?![_\w])")


def italics(body: str) -> list[Word]:
    """The italic spans of running text (text, line and column of the span's first word)."""
    found = []
    for number, text, _ in prose_lines(body, keep_emphasis=True):
        if "*" not in text and "_" not in text:
            continue
        for m in _ITALIC.finditer(text):
            inner = m.group(1) or m.group(2)
            start = m.start(1) if m.group(1) else m.start(2)
            found.append(Word(inner, number, start + 1))
    return found
