"""Joining the PDFs of a document's parts into one (pypdf, BSD-3-Clause).

Pages are copied in order with their links. WeasyPrint links to an anchor by name, so the
joined file gets one table of names: each name from the part where it really is (the
others hold a hidden stand-in, see :mod:`swadaya.outputs.printing.parts`). Bookmarks are
copied part after part, the document's metadata from the first part, and the file
identifier is fixed: the same parts give the same bytes.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any


def join_pdfs(paths: list[Path], real: list[set[str]], target: Path, identifier: bytes) -> int:
    """Write the parts at ``paths`` as one PDF at ``target`` (atomically); its size.

    ``real[i]``: the anchor names that are truly in part ``i``.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        ByteStringObject,
        Fit,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    writer = PdfWriter()
    names: dict[str, tuple[int, Any, Any]] = {}
    first_reader = None
    for path, here in zip(paths, real, strict=True):
        reader = PdfReader(path)
        first_reader = first_reader or reader
        start = len(writer.pages)
        for page in reader.pages:
            writer.add_page(page)
        for name, dest in reader.named_destinations.items():
            if name in here and name not in names:
                names[name] = (start + (reader.get_destination_page_number(dest) or 0),
                               dest.left, dest.top)
        _copy_outline(reader, reader.outline, writer, None, start, Fit)
    for name in sorted(names):
        index, left, top = names[name]
        where = ArrayObject([writer.pages[index].indirect_reference, NameObject("/XYZ"),
                             FloatObject(left or 0), FloatObject(top or 0), NumberObject(0)])
        writer.add_named_destination_array(TextStringObject(name), where)
    assert first_reader is not None
    if first_reader.metadata:
        writer.add_metadata(dict(first_reader.metadata))
    root: Any = first_reader.trailer["/Root"]
    for key in ("/Lang", "/PageMode"):
        if key in root:
            writer._root_object[NameObject(key)] = root[key]
    fixed = ByteStringObject(hashlib.md5(identifier).digest())
    writer._ID = ArrayObject([fixed, fixed])
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                         dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            writer.write(out)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target.stat().st_size


def _copy_outline(reader: Any, items: list[Any], writer: Any, parent: Any, start: int,
                  fit: Any) -> None:
    """Bookmarks of one part under ``parent``, pointing at the copied pages."""
    last = None
    for item in items:
        if isinstance(item, list):
            _copy_outline(reader, item, writer, last, start, fit)
            continue
        page = reader.get_destination_page_number(item) or 0
        last = writer.add_outline_item(
            title=str(item.title), page_number=start + page, parent=parent,
            fit=fit.xyz(item.left, item.top, item.zoom))
