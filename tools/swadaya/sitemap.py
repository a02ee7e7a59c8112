"""Paths of the pages the build generates (known to the link checker before any build)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .catalog import Catalog

#: Index folders: vocabulary → (folder under indeks/, module field, heading).
INDEXES = {
    "areas": ("area", "area", "Menurut arah program"),
    "stages": ("tahap", "stages", "Menurut tahap program"),
    "audiences": ("peserta", "audience", "Menurut peserta"),
}
MAP_PAGE = "peta-program.md"
INDEX_HOME = "indeks/index.md"
REFERENCE_PAGE = "penulis/referensi.md"
GLOSSARY_PAGE = "glosarium.md"
DOWNLOADS_PAGE = "buku/index.md"
GUIDES_PAGE = "panduan/index.md"


def index_path(vocabulary: str, term: str) -> str:
    """Content path of the generated index page of one term."""
    return f"indeks/{INDEXES[vocabulary][0]}/{term}.md"


def workshop_page(key: str) -> str:
    """Content path of a workshop's generated agenda page."""
    return f"lokakarya/{key}.md"


def generated_paths(catalog: Catalog) -> list[str]:
    """Every page the build generates; links to them are valid."""
    paths = [MAP_PAGE, INDEX_HOME, REFERENCE_PAGE, DOWNLOADS_PAGE, GUIDES_PAGE]
    if catalog.glossary:
        paths.append(GLOSSARY_PAGE)
    paths += [p.page for p in catalog.paths]
    paths += [workshop_page(w.key) for w in catalog.workshops]
    for vocabulary in INDEXES:
        paths += [index_path(vocabulary, t) for t in catalog.taxonomy.terms(vocabulary)]
    return paths
