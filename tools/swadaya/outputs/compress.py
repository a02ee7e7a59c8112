"""Precompressed copies (``.gz``) beside a served site's text files.

A web server with ``gzip_static`` (our nginx recipe, ``docs/server/``) sends ``page.html.gz``
to a browser that accepts gzip, with no work per request: a Raspberry Pi serves a village
hall's phones at once. Level 9 and no time stamp in the header, so the same file gives the
same bytes. No ``.br``: over plain ``http://`` on a hotspot (where the village server is)
browsers do not accept Brotli, Debian's nginx has no Brotli module by default, and GitHub
Pages compresses by itself; see BENCHMARKS.md for what Brotli would save.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

#: File types worth compressing (images other than SVG, PDFs, EPUBs and ZIMs already are).
TEXT = frozenset({".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".webmanifest"})
#: A copy is written only when it saves at least this share of the bytes.
MIN_SAVING = 0.1


def gzip_bytes(data: bytes) -> bytes:
    """``data`` gzipped at level 9, with no time stamp (reproducible)."""
    return gzip.compress(data, compresslevel=9, mtime=0)


def compressible(path: Path) -> bool:
    """True for a text file that a server would compress."""
    return path.suffix in TEXT


def transfer_size(data: bytes, path: Path) -> int:
    """What sending ``path`` costs a reader who accepts gzip (its size otherwise)."""
    if not compressible(path):
        return len(data)
    return min(len(data), len(gzip_bytes(data)))


@dataclass(frozen=True)
class Compressed:
    """What ``precompress`` did: files compressed, and bytes before and after."""

    files: int
    raw: int
    packed: int


def precompress(site: Path) -> Compressed:
    """Write ``name.gz`` beside every text file of ``site`` that gzip shrinks; source maps
    are left out (readers never fetch them)."""
    files = raw = packed = 0
    for path in sorted(site.rglob("*")):
        if not path.is_file() or not compressible(path) or path.name.endswith(".map"):
            continue
        data = path.read_bytes()
        small = gzip_bytes(data)
        if len(small) > len(data) * (1 - MIN_SAVING):
            continue
        path.with_name(path.name + ".gz").write_bytes(small)
        files += 1
        raw += len(data)
        packed += len(small)
    return Compressed(files, raw, packed)
