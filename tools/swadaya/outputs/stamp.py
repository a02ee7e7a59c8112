"""The date a build stamps into what it makes (PDF, EPUB, ZIM): fixed by the sources.

Never "now": two builds of the same sources must give the same bytes. The date is
``SOURCE_DATE_EPOCH`` when set (the reproducible-builds convention), else the newest
review date of the modules.
"""

from __future__ import annotations

import datetime as dt
import os

from swadaya.model.catalog import Catalog

#: Used only for a catalog without modules.
FALLBACK = dt.date(2026, 1, 1)


def build_date(fallback: dt.date) -> dt.datetime:
    """``SOURCE_DATE_EPOCH`` when set, else midnight UTC of ``fallback``."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    return dt.datetime(fallback.year, fallback.month, fallback.day, tzinfo=dt.UTC)


def catalog_date(catalog: Catalog) -> dt.datetime:
    """The build date of a catalog: its newest review date unless ``SOURCE_DATE_EPOCH``."""
    return build_date(max((m.reviewed for m in catalog.modules.values()), default=FALLBACK))
