"""A cache of what reading a file gave, keyed by a hash of the file's text.

``swadaya check``, the site build and ``make serve`` read the same thousand modules again
and again; most have not changed since the last run. Each file's parse (front matter with
positions, the Markdown scan, the schema check of a module) is kept here under a key made
from its text and whatever else it was read against, so an unchanged file is not parsed
again. Checks across files always run afresh on the whole catalog.

The cache is one JSON file (never pickle: loading it must not be able to run code). A
cache is used only when it is whole and ours: its header names the format and a
fingerprint of this tool's own source, Python and parser versions, and a SHA-256 of its
body; anything else (truncated, edited, from another version or another tool) is ignored
and rewritten. Entries hold only plain data; the model rebuilds and re-validates its
objects from them.

No entry holds a diagnostic: a file whose reading found any problem (bad YAML, a module
breaking the schema, unsafe HTML) is not stored and is read again on every run. Its
diagnostics are made afresh, so they print in the language asked for (``--lang``). The one
exception by design is the plain-language check (:mod:`swadaya.checks.readability`): it keeps
each page's findings as plain data (code, place, message name and fields, no words) and makes
its warnings afresh from them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

#: Bump when the shape of entries changes.
FORMAT = 2
_FILE = f"files-v{FORMAT}.json"
_PACKAGE = Path(__file__).resolve().parents[1]
_TAG = "\x00"  # marks an encoded value: no YAML key a person types starts with NUL


def tool_fingerprint() -> str:
    """A hash of this package's source, the Python version and the YAML parser's version:
    entries written by any other code are not ours."""
    h = hashlib.sha256(f"{sys.version}|{yaml.__version__}|{FORMAT}".encode())
    for path in sorted(_PACKAGE.rglob("*.py")):
        h.update(path.relative_to(_PACKAGE).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def key_of(*parts: str) -> str:
    """The key of an entry: a hash of the file's text and what it was read against."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def encode(value: Any) -> Any:
    """YAML data as JSON data: dates and datetimes tagged, the rest as it is."""
    if isinstance(value, dict):
        if any(k.startswith(_TAG) for k in value):
            return {_TAG + "map": [[k, encode(v)] for k, v in value.items()]}
        return {k: encode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, dt.datetime):
        return {_TAG + "datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {_TAG + "date": value.isoformat()}
    return value


def _decode_object(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        (key, value), = obj.items()
        if key == _TAG + "date":
            return dt.date.fromisoformat(value)
        if key == _TAG + "datetime":
            return dt.datetime.fromisoformat(value)
        if key == _TAG + "map":
            return {k: v for k, v in value}
    return obj


class FileCache:
    """Entries of one project, loaded once, saved once (atomically) if anything changed.

    The file is a header line, then one line per entry: its key, a tab, its JSON, a tab,
    a text kept beside it. An entry is decoded only when asked for, so an unchanged run
    costs one read, one hash and one small decode per file.
    """

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.fingerprint = tool_fingerprint() if folder else ""
        self._old: dict[str, str] = self._read() if folder else {}
        self._new: dict[str, str] = {}
        self.hits = self.misses = 0

    @property
    def path(self) -> Path | None:
        """The cache file."""
        return self.folder / _FILE if self.folder else None

    def _read(self) -> dict[str, str]:
        assert self.folder is not None
        try:
            header, body = (self.folder / _FILE).read_bytes().split(b"\n", 1)
            head = json.loads(header)
            if (not isinstance(head, dict) or head.get("format") != FORMAT
                    or head.get("tool") != self.fingerprint
                    or head.get("sha256") != hashlib.sha256(body).hexdigest()):
                return {}  # foreign or corrupt: rebuilt from the files
            lines = body.decode("utf-8").split("\n") if body else []
            return dict(line.split("\t", 1) for line in lines)
        except (OSError, ValueError, UnicodeDecodeError):
            return {}

    def get(self, key: str) -> Any | None:
        """The entry stored under ``key``, or None (also when it does not decode)."""
        found = self.get_with_text(key)
        return None if found is None else found[0]

    def get_with_text(self, key: str) -> tuple[Any, str] | None:
        """The entry under ``key`` and the text stored beside it (see :meth:`put`)."""
        if not self.folder:
            return None
        line = self._old.get(key) or self._new.get(key)
        if line is None:
            self.misses += 1
            return None
        entry_json, _, text = line.partition("\t")
        try:
            entry = json.loads(entry_json, object_hook=_decode_object)
        except (ValueError, RecursionError):
            self.misses += 1
            return None
        self.hits += 1
        self._new[key] = line  # kept: entries no run asks for are dropped on save
        return entry, text

    def put(self, key: str, entry: Any, text: str = "") -> None:
        """Store a JSON-able entry (dates and datetimes allowed), and beside it ``text``
        (one line, e.g. JSON), which a reader gets back undecoded: the place for large
        parts that are seldom needed."""
        if self.folder:
            assert "\n" not in text
            self._new[key] = json.dumps(encode(entry), ensure_ascii=False,
                                        separators=(",", ":")) + "\t" + text

    def keep(self, key: str) -> None:
        """Mark the entry under ``key`` as used in this run without decoding it (its value
        is held elsewhere), so that saving keeps it."""
        line = self._old.get(key) or self._new.get(key)
        if line is not None:
            self._new[key] = line

    def turn(self) -> None:
        """Start another run in the same process (``swadaya check --watch``): an entry no
        run asks for from now on is dropped at the next save, as between two processes."""
        self._old, self._new = {**self._old, **self._new}, {}

    def save(self) -> None:
        """Write the entries used or made in this run, when they differ from the file's."""
        if not self.folder or self._new.keys() == self._old.keys():
            return
        body = "\n".join(f"{k}\t{v}" for k, v in sorted(self._new.items())).encode("utf-8")
        header = json.dumps({"format": FORMAT, "tool": self.fingerprint,
                             "sha256": hashlib.sha256(body).hexdigest()}).encode()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=f".{_FILE}.", dir=self.folder)
            with os.fdopen(handle, "wb") as out:
                out.write(header + b"\n" + body)
            os.replace(temporary, self.folder / _FILE)
        except OSError:
            pass  # a cache that cannot be written only costs time next run
        self._old = dict(self._new)
