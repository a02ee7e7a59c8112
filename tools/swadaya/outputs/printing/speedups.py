"""A speed fix for tagged PDFs in pydyf, the PDF writer under WeasyPrint.

``pydyf.PDF.page_references`` builds a tuple of every page's reference each time it is
read, and WeasyPrint's tagging (PDF/UA, :data:`~swadaya.outputs.printing.writer.PDF_VARIANT`)
reads it once for each tagged box to name that box's page: 121,219 reads for the PDFs of
``make site``, 9 s of 157 s under cProfile, and a cost that grows with pages × boxes in a
long handbook. The tuple only changes when a page is added, so it is kept until the page
count changes. Same bytes out (``tests/integration/test_pdf.py``); pydyf 0.13.0, checked
against pydyf's source: ``add_page`` is the only writer of ``pages['Kids']``.
"""

from __future__ import annotations

from typing import Any

_PATCHED = "_swadaya_cached_page_references"
#: pydyf's own property, kept so a test can compare its bytes with ours.
ORIGINAL: list[property] = []


def cache_page_references() -> None:
    """Make ``pydyf.PDF.page_references`` reuse its tuple until a page is added (once per
    process; nothing happens if pydyf no longer has the property)."""
    import pydyf  # type: ignore[import-untyped]

    built = getattr(pydyf.PDF, "page_references", None)
    if not isinstance(built, property) or getattr(pydyf.PDF, _PATCHED, False):
        return
    compute = built.fget
    assert compute is not None
    ORIGINAL.append(built)

    def page_references(pdf: Any) -> tuple[bytes, ...]:
        count = len(pdf.pages["Kids"])
        cached = pdf.__dict__.get(_PATCHED)
        if cached is None or cached[0] != count:
            cached = (count, compute(pdf))
            pdf.__dict__[_PATCHED] = cached
        return cached[1]  # type: ignore[no-any-return]

    pydyf.PDF.page_references = property(page_references)
    setattr(pydyf.PDF, _PATCHED, True)
