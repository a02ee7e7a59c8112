"""An EPUB 3 container written with ``zipfile``: the same input gives the same bytes.

``mimetype`` first and stored, ``META-INF/container.xml``, the package document and the
files under ``EPUB/``; every entry has the same fixed timestamp and permissions, in the
order they were added, so two builds of one handbook are byte-identical.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

#: Core media types of EPUB 3, by extension.
MEDIA_TYPES = {"xhtml": "application/xhtml+xml", "css": "text/css", "svg": "image/svg+xml",
               "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
               "gif": "image/gif", "webp": "image/webp"}


@dataclass(frozen=True)
class Entry:
    """One file of the publication, under ``EPUB/``."""

    id: str
    href: str
    data: bytes
    properties: str = ""
    in_spine: bool = False

    @property
    def media_type(self) -> str:
        """The file's media type, from its extension."""
        return MEDIA_TYPES[self.href.rsplit(".", 1)[-1].lower()]


@dataclass
class Publication:
    """The files of one EPUB, in reading order for those in the spine."""

    entries: list[Entry] = field(default_factory=list)

    def add(self, entry: Entry) -> None:
        """Add a file (ids and paths must be unique)."""
        if any(e.id == entry.id or e.href == entry.href for e in self.entries):
            raise ValueError(f"{entry.href} is already in the publication")
        self.entries.append(entry)

    @property
    def spine(self) -> list[Entry]:
        """The documents a reader pages through, in order."""
        return [e for e in self.entries if e.in_spine]


def write_epub(target: Path, package_document: str, publication: Publication,
               container: str, stamp: dt.datetime) -> int:
    """Write the EPUB atomically; returns its size in bytes."""
    when = (max(stamp.year, 1980), stamp.month, stamp.day, 0, 0, 0)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                         dir=target.parent)
    os.close(handle)
    part = Path(temporary)

    def put(archive: zipfile.ZipFile, name: str, data: bytes, stored: bool = False) -> None:
        info = zipfile.ZipInfo(name, date_time=when)
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        info.create_system = 3  # unix, whatever machine builds it
        info.external_attr = 0o644 << 16
        archive.writestr(info, data, compresslevel=None if stored else 9)

    try:
        with zipfile.ZipFile(part, "w") as archive:
            put(archive, "mimetype", b"application/epub+zip", stored=True)
            put(archive, "META-INF/container.xml", container.encode("utf-8"))
            put(archive, "EPUB/content.opf", package_document.encode("utf-8"))
            for entry in publication.entries:
                put(archive, f"EPUB/{entry.href}", entry.data)
        os.chmod(part, 0o644)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return target.stat().st_size
