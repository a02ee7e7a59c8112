"""The starter curriculum covers the whole method (counted from front matter)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from support.projects import REPO
from swadaya.checks import load_checked as load_catalog
from swadaya.model.catalog import Catalog

SESI_SECTIONS = ["Mengapa sesi ini penting", "Langkah-langkah sesi", "Kegiatan peserta",
                 "Pertanyaan refleksi", "Daftar periksa", "Sumber"]
ALAT_SECTIONS = ["Kegunaan alat", "Cara memakai", "Lembar kerja", "Contoh", "Daftar periksa",
                 "Sumber"]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(REPO / "content")


def words(text: str) -> int:
    return len(re.findall(r"[^\W\d_]+", text.replace("|", " ")))


#: A programme can run the whole method only if each of its parts has a few modules.
MIN_PER_TERM = 3
MIN_MODULES = 63


def test_every_part_of_the_method_has_modules(catalog: Catalog) -> None:
    modules = list(catalog.modules.values())
    assert len(modules) >= MIN_MODULES
    short = {}
    for vocabulary, field in (("areas", "area"), ("approaches", "approaches"),
                              ("components", "components"), ("stages", "stages")):
        for term in catalog.taxonomy.terms(vocabulary):
            count = sum(1 for m in modules
                        if term in (getattr(m, field) if field != "area" else [m.area]))
            if count < MIN_PER_TERM:
                short[f"{vocabulary}.{term}"] = count
    assert short == {}


def test_new_sesi_and_alat_have_a_drawing(catalog: Catalog) -> None:
    # the modules written from the second expert read on carry our own drawings
    later = [m for m in catalog.modules.values() if m.type in ("sesi", "alat")
             and m.id in {"ORG-08", "ORG-09", "ORG-10", "ORG-11", "ORG-12", "ORG-13",
                          "PHB-08", "PHB-09", "PHB-10", "PHB-11", "PHB-12", "PHB-13",
                          "PHB-14", "PNY-08", "PNY-09", "KDR-07", "KDR-08", "KDR-09",
                          "KDR-10"}]
    for module in later:
        assert re.search(r"!\[[^\]]+\]\(gambar/[^)]+\.svg\)",
                         catalog.page_of(module.id).body), module.id


def test_coverage(catalog: Catalog) -> None:
    modules = list(catalog.modules.values())
    per_area = Counter(m.area for m in modules)
    assert all(per_area[a] >= 5 for a in catalog.taxonomy.terms("areas")), per_area
    for vocabulary, field in (("stages", "stages"), ("components", "components"),
                              ("audiences", "audience")):
        used = {t for m in modules for t in getattr(m, field)}
        assert set(catalog.taxonomy.terms(vocabulary)) <= used, vocabulary
    types = Counter(m.type for m in modules)
    assert types["alat"] >= 8 and types["sesi"] > len(modules) / 2


def test_every_sesi_is_complete(catalog: Catalog) -> None:
    for module in catalog.modules.values():
        page = catalog.page_of(module.id)
        headings = re.findall(r"^## (.+?)\s*$", page.body, re.M)
        expected = SESI_SECTIONS if module.type == "sesi" else ALAT_SECTIONS
        if module.type in ("sesi", "alat"):
            # the standard sections, in order; a module may add its own between them
            # (indicator definitions, reflection questions in a tool)
            standard = [h for h in headings if h in expected]
            assert standard == expected, module.id
        assert "!!! fasilitator" in page.body, module.id
        if module.type == "sesi":
            assert words(page.body) >= 600, module.id
            assert module.agenda and sum(a.minutes for a in module.agenda) == module.duration
            assert module.competencies and module.materials, module.id
            steps = re.findall(r"^### Langkah \d+", page.body, re.M)
            assert len(steps) == len(module.agenda), module.id


def test_required_topics_are_there(catalog: Catalog) -> None:
    text = " ".join(catalog.page_of(m).body.lower() + catalog.modules[m].title.lower()
                    for m in catalog.modules)
    for topic in ("transek", "kalender musim", "diagram venn", "peringkat kesejahteraan",
                  "sosialisasi", "musyawarah", "ad/art", "buku kas", "daftar anggota",
                  "kartu pinjaman", "notulen", "simpan pinjam", "titik impas", "margin",
                  "pemangku kepentingan", "teknologi tepat guna", "fasilitasi",
                  "pemandirian", "pelepasan", "koperasi", "yayasan", "perkumpulan",
                  "bum desa", "modal sosial", "peluang politik"):
        assert topic in text, topic


def test_money_examples_are_computed(catalog: Catalog) -> None:
    kinds = Counter(re.findall(r"^\s*jenis: (\S+)", "\n".join(
        p.body for p in catalog.pages.values() if "```hitung" in p.body), re.M))
    assert kinds["pinjaman"] >= 2 and kinds["tabungan"] >= 1 and kinds["titik-impas"] >= 1
