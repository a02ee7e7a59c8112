"""Pack a built site folder into a ZIM file, atomically and reproducibly.

Every file goes in under its site path (``modules/x.html``), so the site's relative links
work unchanged in Kiwix. HTML pages are front articles (listed, searchable); assets are not.
Full-text and title indexes are built by libzim's Xapian with the Indonesian stemmer.

Reproducible bytes: libzim writes a random UUID into the header and into each Xapian
database, and an MD5 checksum over the file. After writing, those UUIDs are replaced by
ones derived from a hash of the packed content and the checksum is recomputed, so the same
site gives the same ZIM (``tests/integration/test_zim.py`` checks it).
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import struct
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from swadaya.outputs.zim.icon import SIZE, icon_png
from swadaya.outputs.zim.metadata import ZimMetadata

#: MIME types by extension (Python's table varies between machines).
MIME = {"html": "text/html", "css": "text/css", "js": "application/javascript",
        "json": "application/json", "svg": "image/svg+xml", "png": "image/png",
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
        "ico": "image/x-icon", "pdf": "application/pdf", "epub": "application/epub+zip",
        "xml": "application/xml", "txt": "text/plain", "woff2": "font/woff2",
        "gz": "application/gzip"}
#: Left out: source maps (for developers, not readers) and ZIM files themselves.
SKIP = (".map", ".zim")
#: Stored as they are: formats already compressed, which zstd only spends time on (EPUBs,
#: zip archives, measured: 0.3-0.5 s less packing, 0.01 MB more). PDFs are compressed all
#: the same: zstd shares the fonts they embed (uncompressed they add 1.4 MB to the ZIM).
STORED = (".epub", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".woff2", ".gz")
_TITLE = re.compile(rb"<title>(.*?)</title>", re.S)
_HEADER = struct.Struct("<IHH16sIIQQQQIIQ")
_XAPIAN = b"\x0f\rXapian Glass"
_XAPIAN_UUID_AT = len(_XAPIAN) + 2  # magic, a two-byte version, then the UUID


class ZimError(Exception):
    """The ZIM could not be made; nothing was written."""


@dataclass(frozen=True)
class Packed:
    """A written ZIM: where, how big, how many entries and front articles."""

    path: Path
    size: int
    entries: int
    articles: int


def _title(data: bytes, fallback: str, suffix: str) -> str:
    match = _TITLE.search(data)
    if not match:
        return fallback
    text = html.unescape(match.group(1).decode("utf-8", "replace")).strip()
    return text.removesuffix(suffix).strip() or fallback


def site_files(site: Path) -> list[tuple[str, Path]]:
    """(ZIM path, file) of every file of the site that goes in, sorted."""
    return [(f.relative_to(site).as_posix(), f) for f in sorted(site.rglob("*"))
            if f.is_file() and not f.name.endswith(SKIP)]


def _stable_ids(target: Path, seed: bytes) -> None:
    """Replace libzim's random UUIDs by ones derived from ``seed``; fix the checksum."""
    data = bytearray(target.read_bytes())
    fields = list(_HEADER.unpack_from(data, 0))
    fields[3] = uuid.UUID(bytes=hashlib.sha256(seed).digest()[:16], version=4).bytes
    _HEADER.pack_into(data, 0, *fields)
    start = data.find(_XAPIAN)
    number = 0
    while start != -1:
        number += 1
        at = start + _XAPIAN_UUID_AT
        data[at:at + 16] = hashlib.sha256(seed + b"xapian%d" % number).digest()[:16]
        start = data.find(_XAPIAN, at)
    checksum_at = fields[-1]
    data[checksum_at:checksum_at + 16] = hashlib.md5(data[:checksum_at]).digest()
    target.write_bytes(bytes(data))


def pack_site(site: Path, target: Path, meta: ZimMetadata, main_page: str = "index.html",
              suffix: str = " - Swadaya") -> Packed:
    """Write ``site`` as the ZIM ``target`` (atomically: a failure leaves no file)."""
    # imported here: libzim is an optional extra (GPL-3.0-or-later), needed only for a ZIM
    from libzim.writer import (
        Creator,
        FileProvider,
        Hint,
        Item,
    )

    class _File(Item):  # type: ignore[misc]
        def __init__(self, path: str, title: str, mimetype: str, file: Path,
                     front: bool) -> None:
            super().__init__()
            self.path, self.title, self.mimetype = path, title, mimetype
            self.file, self.front = file, front

        def get_path(self) -> str:
            return self.path

        def get_title(self) -> str:
            return self.title

        def get_mimetype(self) -> str:
            return self.mimetype

        def get_contentprovider(self) -> FileProvider:
            return FileProvider(str(self.file))

        def get_hints(self) -> dict[object, bool]:
            return {Hint.FRONT_ARTICLE: self.front,
                    Hint.COMPRESS: not self.path.endswith(STORED)}

    problems = meta.problems()
    if problems:
        raise ZimError("; ".join(problems))
    files = site_files(site)
    if main_page not in dict(files):
        raise ZimError(f"{site} has no {main_page}: build the site first")
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                         dir=target.parent)
    os.close(handle)
    os.unlink(temporary)  # libzim creates the file itself
    part = Path(temporary)
    seed = hashlib.sha256()
    articles = 0
    try:
        # one worker: clusters are then written in the same order every time
        with Creator(str(part)).config_indexing(True, meta.language).config_nbworkers(1) \
                as creator:
            creator.set_mainpath(main_page)
            for path, file in files:
                mimetype = MIME.get(path.rsplit(".", 1)[-1].lower(), "application/octet-stream")
                front = mimetype == "text/html" and path != "404.html"
                data = file.read_bytes()
                title = _title(data, path, suffix) if mimetype == "text/html" else path
                seed.update(path.encode() + b"\0" + data + b"\0")
                articles += front
                creator.add_item(_File(path, title, mimetype, file, front))
            for key, value in meta.items():
                creator.add_metadata(key, value)
                seed.update(f"{key}={value}\0".encode())
            creator.add_illustration(SIZE, icon_png())
        _stable_ids(part, seed.digest())
        os.chmod(part, 0o644)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return Packed(target, target.stat().st_size, len(files), articles)
