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
TOKEN = re.compile(r"\d+(?:[.,:]\d+)*%?|\w+(?:[-'’]\w+)*")  # \w: twice as fast as [^\W_]
#: Where a sentence stops: full stop, question or exclamation mark (maybe after closing
#: quotes or brackets), then a space or the line's end.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")
_BEFORE_END = "\"'”’)] \t"
_NEXT = re.compile(r"\s*(\S)")
#: Abbreviations with a full stop before a name (Bpk. Ahmad, Kab. Bogor): a capital follows
#: them, and they never end a sentence.
_ABBREVIATIONS = {"yth", "bpk", "sdr", "dr", "drs", "ir", "jl", "kab", "kec", "prov", "pt", "cv"}
#: Abbreviations before a number or closing a list (hlm. 3, dll.): they end a sentence when
#: a capital follows.
_LIST_ENDS = {"dll", "dsb", "dst", "dkk", "mis", "no", "hlm", "vol", "st", "tbk"}


class Word(NamedTuple):
    """A word of running text, at a 1-based line and column of the body (a tuple: a page
    has thousands, and the check must stay a blink)."""

    text: str
    line: int
    col: int


@dataclass(frozen=True)
class Sentence:
    """A sentence: its words in order, and where its first word is (1-based line and column
    of the body). Words are plain strings: a page has thousands, and the check must stay a
    blink."""

    words: tuple[str, ...]
    line: int
    col: int


#: A line of running text: its number, its text with markup blanked, whether a block
#: (paragraph, list item) starts on it.
ProseLine = tuple[int, str, bool]


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


def prose_lines(body: str) -> list[ProseLine]:
    """(line number, cleaned text, starts a new block) of every line of running text.

    Emphasis (``*``, ``_``) is kept: it marks foreign terms (:func:`italics_of`);
    :func:`sentences_of` blanks it.
    """
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
        text = clean_line(raw, keep_emphasis=True)
        if text.strip():
            out.append((number, text, new_block))
            new_block = False
    return out


def _sentence_ends(text: str) -> list[int]:
    """Columns (0-based) where a word ends a sentence, in order: full stop, question or
    exclamation mark, maybe after a closing quote or bracket, then a space or the line's
    end."""
    ends = []
    for m in _END.finditer(text):
        start = m.start()
        while start and text[start - 1] in _BEFORE_END:  # back over '")' to the word's end
            start -= 1
        if m.group(0) == "." and start == m.start() and _abbreviation(text, start, m.end()):
            continue
        ends.append(start)
    return ends


def _abbreviation(text: str, start: int, end: int) -> bool:
    """Whether the full stop at ``start`` closes an abbreviation, not a sentence: "Bpk." never
    ends one, "dll." only before a capital."""
    if start > 1 and text[start - 2].isalpha() and text[start - 3:start - 2].isalpha() \
            and text[start - 4:start - 3].isalpha() and text[start - 5:start - 4].isalpha():
        return False  # a word of five letters or more: no abbreviation of ours is that long
    word = TOKEN.findall(text[max(0, start - 5):start])
    last = word[-1].lower() if word else ""
    if last in _ABBREVIATIONS:
        return True
    if last in _LIST_ENDS:
        following = _NEXT.match(text, end)
        return not (following and following.group(1).isupper())
    return False


def sentences(body: str) -> list[Sentence]:
    """The sentences of a page body, in order; a block (paragraph, list item) ends one."""
    return sentences_of(prose_lines(body))


def sentences_of(lines: list[ProseLine]) -> list[Sentence]:
    """The sentences of lines of running text (:func:`prose_lines`)."""
    found: list[Sentence] = []
    words: list[str] = []
    first = (0, 0)
    for number, text, new_block in lines:
        if new_block and words:
            found.append(Sentence(tuple(words), *first))
            words = []
        if "*" in text or "_" in text or "~" in text:
            text = _EMPHASIS.sub(_blank, text)
        ends = _sentence_ends(text) if any(c in text for c in ".!?…") else []
        start = 0
        for cut in [*ends, len(text)]:
            piece = text[start:cut]
            piece_words = TOKEN.findall(piece)  # in C: most lines need no match objects
            if piece_words:
                if not words:
                    m = TOKEN.search(piece)
                    first = (number, start + (m.start() if m else 0) + 1)
                words += piece_words
            if cut < len(text) and words:
                found.append(Sentence(tuple(words), *first))
                words = []
            start = cut
    if words:
        found.append(Sentence(tuple(words), *first))
    return found


#: A word written in capitals only (KTP, P-IRT, PN10), as :data:`TOKEN` would cut it.
CAPITALS = re.compile(r"(?<![^\W_])(?<![-'’])[A-Z][A-Z0-9]*(?:[-'’][A-Z0-9]+)*"
                      r"(?![^\W_])(?![-'’][^\W_])")


#: Two capitals with only capitals, digits or hyphens between: a cheap test that skips the
#: many lines without an abbreviation.
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z0-9'’-]*[A-Z]")


def capitals(lines: list[ProseLine]) -> list[Word]:
    """Words of two or more capital letters in running text, with their positions."""
    return [Word(m.group(0), number, m.start() + 1)
            for number, text, _ in lines if _TWO_CAPITALS.search(text)
            for m in CAPITALS.finditer(text) if sum(c.isalpha() for c in m.group(0)) > 1]


#: One to three words in single ``*`` or ``_`` (italics, not bold): how Indonesian writing
#: marks a foreign or regional word (*self-declare*, *chapati diagram*).
_ITALIC = re.compile(r"(?<![*\w])\*(?![\s*])([^*]+?)(?<![\s*])\*(?![*\w])"
                     r"|(?<![_\w])_(?![\s_])([^_]+?)(?<![\s_])_(?![_\w])")


def italics(body: str) -> list[Word]:
    """The italic spans of a page body's running text."""
    return italics_of(prose_lines(body))


def italics_of(lines: list[ProseLine]) -> list[Word]:
    """The italic spans of running text (text, line and column of the span's first word)."""
    found = []
    for number, text, _ in lines:
        if "*" not in text and "_" not in text:
            continue
        for m in _ITALIC.finditer(text):
            inner = m.group(1) or m.group(2)
            start = m.start(1) if m.group(1) else m.start(2)
            found.append(Word(inner, number, start + 1))
    return found
