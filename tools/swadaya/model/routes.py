"""Where things are published: generated pages, PDF downloads (known before any build).

The link checker, the site, the print jobs and the downloads page all name a place through
these functions, so a PDF's name or an index page's path is written once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from swadaya.model.catalog import Catalog

#: Index folders: vocabulary → (folder under indeks/, selector key, heading).
INDEXES = {
    "areas": ("area", "area", "Menurut arah program"),
    "stages": ("tahap", "stage", "Menurut tahap program"),
    "audiences": ("peserta", "audience", "Menurut peserta"),
}
MAP_PAGE = "peta-program.md"
INDEX_HOME = "indeks/index.md"
REFERENCE_PAGE = "penulis/referensi.md"
READABILITY_PAGE = "penulis/keterbacaan.md"
GLOSSARY_PAGE = "glosarium.md"
DOWNLOADS_PAGE = "buku/index.md"
GUIDES_PAGE = "panduan/index.md"
PRICES_PAGE = "panduan/harga.md"
MONITORING_PAGE = "pemantauan/index.md"
OFFLINE_PAGE = "baca-tanpa-internet.md"


#: Where PDFs appear in the site (and under build/ before the site is built).
DOWNLOADS_URL = "unduh"


def handbook_pdf(key: str) -> str:
    """A handbook's PDF, relative to the downloads folder."""
    return f"buku/{key}.pdf"


def handbook_epub(key: str) -> str:
    """A handbook's EPUB, beside its PDF."""
    return f"buku/{key}.epub"


def plan_pdf(module_id: str) -> str:
    """A module's one-page session plan."""
    return f"rencana/{module_id.lower()}.pdf"


def card_pdf(module_id: str) -> str:
    """A guide's two-page card."""
    return f"kartu/{module_id.lower()}.pdf"


def workshop_pdf(key: str) -> str:
    """A workshop's agenda."""
    return f"lokakarya/{key}.pdf"


def workshop_materials_pdf(key: str) -> str:
    """The materials checklist of a whole workshop, beside its agenda."""
    return f"lokakarya/{key}-bahan.pdf"


def attendance_pdf(key: str) -> str:
    """A workshop's attendance sheet (daftar hadir), one page per day."""
    return f"lokakarya/{key}-daftar-hadir.pdf"


#: The monitoring forms: the group's monthly record and the cadre's roll-up of groups.
MONTHLY_FORM_PDF = "pemantauan/lembar-bulanan.pdf"
ROLLUP_FORM_PDF = "pemantauan/rekap-kader.pdf"


def record_book_pdf(path_key: str) -> str:
    """The record of competencies of a learning path (``catatan-kader.pdf``)."""
    return f"buku/catatan-{path_key}.pdf"


def index_path(vocabulary: str, term: str) -> str:
    """Content path of the generated index page of one term."""
    return f"indeks/{INDEXES[vocabulary][0]}/{term}.md"


def workshop_page(key: str) -> str:
    """Content path of a workshop's generated agenda page."""
    return f"lokakarya/{key}.md"


def generated_paths(catalog: Catalog) -> list[str]:
    """Every page the build generates; links to them are valid."""
    paths = [MAP_PAGE, INDEX_HOME, REFERENCE_PAGE, READABILITY_PAGE, DOWNLOADS_PAGE, GUIDES_PAGE,
             OFFLINE_PAGE]
    if catalog.glossary:
        paths.append(GLOSSARY_PAGE)
    if catalog.materials:
        paths.append(PRICES_PAGE)
    if catalog.indicators:
        paths.append(MONITORING_PAGE)
    paths += [p.page for p in catalog.learning_paths]
    paths += [workshop_page(w.key) for w in catalog.workshops]
    for vocabulary in INDEXES:
        paths += [index_path(vocabulary, t) for t in catalog.taxonomy.terms(vocabulary)]
    return paths
