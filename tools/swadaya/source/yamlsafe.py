"""Safe YAML for author-written data: no object construction, no aliases, exact positions.

PyYAML's ``safe_load`` still expands aliases (a "billion laughs" document eats memory),
silently keeps the last of two duplicate keys and forgets where each value was written.
Here a document is composed into nodes first, then checked and converted by hand, so
every value keeps its line and column and every problem becomes a diagnostic.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import yaml
import yaml.reader
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from swadaya.diagnostics import Phrase, common, say

#: A path into a YAML document, e.g. ("agenda", 2, "minutes").
YamlPath = tuple[str | int, ...]

#: The tags PyYAML resolves implicitly; any other tag was written by the author.
_PLAIN_TAGS = {
    "tag:yaml.org,2002:" + t
    for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
}


class YamlProblem(Exception):
    """A YAML problem at a line and column (1-based, lines of the file): message ``key`` of
    ``code`` with its fields (see :mod:`swadaya.diagnostics`)."""

    def __init__(self, code: str, key: str, line: int, col: int, /, **values: object) -> None:
        self.said = say(code, key, **values)
        super().__init__(self.said.render("en"))
        self.code = code
        self.line = line
        self.col = col


@dataclass
class YamlDoc:
    """Plain Python data plus where each value and key was written (1-based line, col)."""

    data: Any
    values: dict[YamlPath, tuple[int, int]] = field(default_factory=dict)
    keys: dict[YamlPath, tuple[int, int]] = field(default_factory=dict)
    first_line: int = 1
    #: Positions as :meth:`pack` gives them (JSON text), unpacked when first asked for: a
    #: cached document is usually never asked, as only a diagnostic needs a position.
    packed: str | None = field(default=None, repr=False, compare=False)

    def pack(self) -> str:
        """The positions as JSON text (for a cache): ``[[line, col, *path], ...]`` of the
        values, then of the keys."""
        self._unpack()
        return json.dumps([[[line, col, *path] for path, (line, col) in self.values.items()],
                           [[line, col, *path] for path, (line, col) in self.keys.items()]],
                          ensure_ascii=False, separators=(",", ":"))

    def _unpack(self) -> None:
        if self.packed is not None:
            packed, self.packed = self.packed, None
            try:
                values, keys = json.loads(packed)
                self.values = {tuple(path): (line, col) for line, col, *path in values}
                self.keys = {tuple(path): (line, col) for line, col, *path in keys}
            except (TypeError, ValueError):  # not what pack() wrote: no positions
                self.values, self.keys = {}, {}

    def where(self, path: YamlPath) -> tuple[int, int]:
        """Position of the value at ``path``, or of its nearest written parent."""
        self._unpack()
        for n in range(len(path), -1, -1):
            if path[:n] in self.values:
                return self.values[path[:n]]
        return (self.first_line, 1)

    def key_where(self, path: YamlPath) -> tuple[int, int]:
        """Position of the key that holds ``path`` (falls back to the value)."""
        self._unpack()
        return self.keys.get(path) or self.where(path)


class _NoAliasLoader(yaml.SafeLoader):
    """A SafeLoader that refuses anchors and aliases while composing."""

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None):
            mark = event.start_mark
            raise YamlProblem("Y006", "alias", mark.line + 1, mark.column + 1)
        return super().compose_node(parent, index)


_FastLoader: type[Any] | None = getattr(yaml, "CSafeLoader", None)
_MAYBE_UNSAFE = re.compile(r"[&*!]")


def _tab_problem(text: str) -> YamlProblem | None:
    for number, line in enumerate(text.split("\n"), start=1):
        indent = len(line) - len(line.lstrip(" \t"))
        if "\t" in line[:indent]:
            return YamlProblem("Y007", "indent", number, line.index("\t") + 1)
    return None


#: PyYAML contexts whose start is where the author's mistake is (an opener never closed),
#: each with its message (Y003).
_UNCLOSED = {
    "while parsing a flow sequence": "unclosed_list",
    "while parsing a flow mapping": "unclosed_mapping",
    "while scanning a quoted scalar": "unclosed_quote",
}


#: What PyYAML (or libyaml) says → our words for it; anything else is shown as it said it.
_PROBLEMS = [
    (re.compile(r"mapping values are not allowed"), "yaml_colon"),
    (re.compile(r"expected <block end>"), "yaml_indent"),
    (re.compile(r"found character '(?P<char>.)' that cannot start any token"), "yaml_char"),
    (re.compile(r"found unexpected end of stream"), "yaml_end"),
    (re.compile(r"expected ',' or '(?P<closer>[\]}])'"), "yaml_flow"),
]


def _in_words(problem: str) -> Phrase | str:
    for pattern, key in _PROBLEMS:
        m = pattern.search(problem)
        if m:
            return common(key, **m.groupdict())
    return problem


def _syntax_problem(exc: yaml.MarkedYAMLError) -> YamlProblem:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    raw = exc.problem or exc.context or "invalid YAML"
    problem = _in_words(raw)
    if "\t" in raw or "tab" in raw:
        return YamlProblem("Y007", "", line, col)
    opener = _UNCLOSED.get(exc.context or "")
    start = exc.context_mark
    if opener and start and exc.problem_mark and start.line != exc.problem_mark.line:
        # point at the opener, which is on the line the author has to fix
        return YamlProblem("Y003", opener, start.line + 1, start.column + 1, problem=problem,
                           line=line)
    return YamlProblem("Y003", "", line, col, problem=problem)


def _reader_problem(text: str, exc: yaml.reader.ReaderError) -> YamlProblem:
    before = text[: exc.position]
    line = before.count("\n") + 1
    col = exc.position - (before.rfind("\n") + 1) + 1
    return YamlProblem("Y003", "control", line, col, char=f"{exc.character:04X}")


def load(text: str, first_line: int = 1) -> YamlDoc:
    """Parse one YAML document safely; raise :class:`YamlProblem` on anything unsafe or wrong.

    ``first_line`` is the file line the YAML text starts on (2 for front matter), so every
    position, in results and in messages, is a line of the author's file.
    """
    padded = "\n" * (first_line - 1) + text  # PyYAML has no line offset of its own
    tab = _tab_problem(padded)
    if tab:
        raise tab
    try:
        # libyaml composes ~5x faster; a document that could hold an anchor, alias or tag
        # ('&', '*', '!') goes through the Python composer, which refuses them by position
        fast = _FastLoader is not None and not _MAYBE_UNSAFE.search(padded)
        loader = _FastLoader(padded) if fast else _NoAliasLoader(padded)  # type: ignore[misc]
    except yaml.reader.ReaderError as exc:
        raise _reader_problem(padded, exc) from None
    try:
        node = loader.get_single_node()
    except YamlProblem:
        raise
    except yaml.reader.ReaderError as exc:
        raise _reader_problem(padded, exc) from None
    except yaml.MarkedYAMLError as exc:
        raise _syntax_problem(exc) from None
    finally:
        loader.dispose()
    doc = YamlDoc(None, first_line=first_line)
    if node is None:
        return doc
    doc.data = _convert(node, (), doc, loader)
    return doc


def _pos(node: Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _convert(node: Node, path: YamlPath, doc: YamlDoc, loader: yaml.SafeLoader) -> Any:
    doc.values[path] = _pos(node)
    if node.tag not in _PLAIN_TAGS:
        line, col = _pos(node)
        raise YamlProblem("Y006", "tag", line, col, tag=node.tag)
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                line, col = _pos(key_node)
                raise YamlProblem("Y003", "key", line, col)
            key = str(_scalar(key_node, loader))
            if key in result:
                line, col = _pos(key_node)
                first = doc.keys[(*path, key)][0]
                raise YamlProblem("Y005", "", line, col, key=key, first=first)
            doc.keys[(*path, key)] = _pos(key_node)
            result[key] = _convert(value_node, (*path, key), doc, loader)
        return result
    if isinstance(node, SequenceNode):
        return [_convert(item, (*path, i), doc, loader) for i, item in enumerate(node.value)]
    return _scalar(node, loader)


_STR_TAG = "tag:yaml.org,2002:str"


def _scalar(node: Node, loader: yaml.SafeLoader) -> Any:
    if node.tag == _STR_TAG:  # most values: the text as written, nothing to construct
        return node.value
    try:
        return loader.construct_object(node, deep=True)
    except (ValueError, yaml.YAMLError) as exc:
        # e.g. 2026-13-45 is resolved as a date and then fails to construct
        line, col = _pos(node)
        raise YamlProblem("Y003", "value", line, col, value=node.value, reason=str(exc)) from None
