"""The ZIM's metadata, checked against the limits Kiwix readers and the catalogue expect.

Required by openZIM (zimscraperlib's list, re-checked 2026-11): Name, Title (≤ 30
graphemes), Creator, Publisher, Date (YYYY-MM-DD), Description (≤ 80), Language (ISO
639-3), Illustration_48x48@1; LongDescription ≤ 4000.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from swadaya.model.catalog import Catalog
from swadaya.outputs.stamp import catalog_date

#: The Kiwix-style name: project, language, selection ("all").
NAME = "swadaya_id_all"
TITLE_MAX = 30
DESCRIPTION_MAX = 80
LONG_DESCRIPTION_MAX = 4000


@dataclass(frozen=True)
class ZimMetadata:
    """Everything written as ZIM metadata (besides the illustration)."""

    date: dt.date
    name: str = NAME
    title: str = "Swadaya"
    description: str = "Bahan pelatihan pemberdayaan masyarakat untuk kader dan fasilitator"
    long_description: str = (
        "Modul pelatihan program pemberdayaan masyarakat swadaya: penyadaran, "
        "pengorganisasian, kaderisasi, teknologi tepat guna dan penghidupan berkelanjutan. "
        "Untuk kader, fasilitator, pengurus kelompok dan warga. Berisi panduan teknologi "
        "dengan daftar bahan dan biaya, glosarium, jalur belajar kader, serta buku pegangan "
        "dan rencana sesi dalam PDF. Bisa dicari dalam bahasa Indonesia.")
    language: str = "ind"
    creator: str = "Tim Swadaya"
    publisher: str = "Tim Swadaya"
    tags: str = "pemberdayaan;pelatihan;kader;_ftindex:yes;_pictures:yes;_videos:no;_details:yes"
    license: str = "CC BY-SA 4.0 (isi); MIT (kode)"
    source: str = "Swadaya: bahan pelatihan pemberdayaan masyarakat (content/ dan tools/)"

    @property
    def filename(self) -> str:
        """The Kiwix file name: ``swadaya_id_all_2026-11.zim``."""
        return f"{self.name}_{self.date:%Y-%m}.zim"

    def problems(self) -> list[str]:
        """What breaks the limits (empty when all is well)."""
        found = []
        for label, value, limit in (("Title", self.title, TITLE_MAX),
                                    ("Description", self.description, DESCRIPTION_MAX),
                                    ("LongDescription", self.long_description,
                                     LONG_DESCRIPTION_MAX)):
            if not value.strip():
                found.append(f"{label} is empty")
            elif len(value) > limit:
                found.append(f"{label} has {len(value)} characters (at most {limit})")
        if len(self.language) != 3:
            found.append(f"Language '{self.language}' is not an ISO 639-3 code")
        return found

    def items(self) -> list[tuple[str, str]]:
        """(key, value) pairs in the order they are written."""
        return [("Name", self.name), ("Title", self.title), ("Description", self.description),
                ("LongDescription", self.long_description), ("Language", self.language),
                ("Creator", self.creator), ("Publisher", self.publisher),
                ("Date", self.date.isoformat()), ("Tags", self.tags),
                ("License", self.license), ("Source", self.source)]


def metadata_of(catalog: Catalog) -> ZimMetadata:
    """The metadata of the ZIM of ``catalog`` (dated by its sources, see
    :mod:`swadaya.outputs.stamp`)."""
    return ZimMetadata(catalog_date(catalog).date())


def zim_name(catalog: Catalog) -> str:
    """The file name of the ZIM of ``catalog``: what ``swadaya zim`` writes and the site
    lists."""
    return metadata_of(catalog).filename
