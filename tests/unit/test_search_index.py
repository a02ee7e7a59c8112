"""Search data written at build time: glossary phrases, the tuned index, the worker script."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from support.projects import REPO, make_project
from swadaya.checks import load_checked as load_catalog
from swadaya.commands.build import run_build
from swadaya.model.glossary import GlossaryEntry as Term
from swadaya.outputs.search.phrases import phrase_key, phrase_table
from swadaya.outputs.search.ranking import BOOSTS, FIELDS, PageSearch, page_search, tune_entries
from swadaya.outputs.search.script import PARTS, SCRIPT_PATH, part, search_script
from swadaya.outputs.search.vocabulary import LETTERS, SEPARATOR, STOPWORDS, tokenize
from swadaya.project import Project

TERMS = [
    Term("AD/ART", "by-laws", "Aturan kelompok.", "Anggaran Dasar dan Anggaran Rumah Tangga"),
    Term("KSM", "self-help group", "Kelompok warga.", "Kelompok Swadaya Masyarakat",
         ("kelompok swadaya",)),
    Term("angsuran", "instalment", "Cicilan pinjaman.", "", ("cicilan",)),
    Term("arisan", "rotating savings", "Kumpulan uang bergilir."),
]


def test_words_split_like_the_search_index() -> None:
    assert tokenize("AD/ART (KSM) — Rp 1.250.000, sehari-hari.") == [
        "ad", "art", "ksm", "rp", "1.250.000", "sehari", "hari"]
    assert "yang" in STOPWORDS and "cara" not in STOPWORDS


def test_phrase_table_groups_abbreviations_long_forms_and_synonyms() -> None:
    table = phrase_table(TERMS)
    assert phrase_key(TERMS[0]) == "_adart"
    assert table["ad"] == [(["ad", "art"], "_adart", 1)]
    assert table["anggaran"] == [(["anggaran", "dasar", "dan", "anggaran", "rumah", "tangga"],
                                  "_adart", 1)]
    # The one-word abbreviation is asked for, not added to the index ("pra-persiapan").
    assert table["ksm"] == [(["ksm"], "_ksm", 0)]
    # Longest phrase first, so "kelompok swadaya masyarakat" wins over "kelompok swadaya".
    assert table["kelompok"] == [(["kelompok", "swadaya", "masyarakat"], "_ksm", 1),
                                 (["kelompok", "swadaya"], "_ksm", 1)]
    # A plain word with a synonym: both spellings are indexed under the key.
    assert table["angsuran"] == [(["angsuran"], "_angsuran", 1)]
    assert table["cicilan"] == [(["cicilan"], "_angsuran", 1)]
    assert "arisan" not in table  # nothing to group


def test_search_script_carries_stopwords_and_phrases() -> None:
    script = search_script(phrase_table(TERMS))
    data = json.loads(script.split(".swadayaSearchData = ", 1)[1].split(";\n", 1)[0])
    assert set(data["stopwords"]) == STOPWORDS
    assert data["letters"] == LETTERS  # the browser trims words as tokenize() does
    assert data["phrases"]["cicilan"] == [[["cicilan"], "_angsuran", 1]]
    for name in PARTS:  # every part, in order, once
        assert script.count(part(name)) == 1
    assert [script.index(part(name)) for name in PARTS] == sorted(
        script.index(part(name)) for name in PARTS)


def test_tuning_sets_language_weights_summary_and_tags() -> None:
    stock = {"config": {"lang": ["en"], "separator": "[\\s\\-]+", "pipeline": [" "],
                        "fields": {"tags": {"boost": 1e6}}},
             "docs": [{"location": "modules/a.html", "title": "A", "text": "x"},
                      {"location": "modules/a.html#langkah", "title": "Langkah", "text": "y"},
                      {"location": "indeks/tahap/x.html", "title": "X", "text": "z"},
                      {"location": "lisensi.html", "title": "L", "text": "w"}]}
    pages = {"modules/a.html": PageSearch(2.0, "Ringkasan A.", ("Penyadaran", "Sesi", "1 jam")),
             "indeks/tahap/x.html": PageSearch(0.2)}
    config, docs = stock["config"], stock["docs"]
    tune_entries(config, docs, pages)  # in place: no second copy of a large index
    tuned = stock
    assert tuned["config"] == {"lang": ["id"], "separator": SEPARATOR,
                               "pipeline": ["trimmer", "stopWordFilter", "stemmer"],
                               "fields": FIELDS}
    main, section, index, other = tuned["docs"]
    assert main == {"location": "modules/a.html", "title": "A", "text": "x", "boost": 2.0,
                    "summary": "Ringkasan A.", "tags": ["Penyadaran", "Sesi", "1 jam"]}
    assert section == {"location": "modules/a.html#langkah", "title": "Langkah", "text": "y",
                       "boost": 2.0}
    assert index["boost"] == 0.2 and "boost" not in other  # as given in pages
    assert tuned["config"] is config and tuned["docs"] is docs and len(docs) == 4


def test_page_weights_by_kind() -> None:
    catalog = load_catalog(REPO / "content")
    module = page_search(catalog, catalog.module_paths["PHB-01"])
    assert module.boost == BOOSTS["module"]
    assert module.tags == ("Penghidupan Berkelanjutan", "Sesi pelatihan", "2 jam 30 menit")
    assert module.summary.startswith("Anggota kelompok menyepakati") and "\n" not in module.summary
    assert page_search(catalog, "indeks/tahap/perintisan.md").boost == BOOSTS["index"]
    assert page_search(catalog, "penulis/referensi.md").boost == BOOSTS["reference"]
    assert page_search(catalog, "lisensi.md") == PageSearch()


def test_real_site_ships_the_indonesian_search(real_site: Path) -> None:
    script = (real_site / SCRIPT_PATH).read_text("utf-8")
    assert '"_ksm"' in script and '"yang"' in script
    data = json.loads((real_site / "search/search_index.json").read_text("utf-8"))
    assert data["config"]["lang"] == ["id"]
    offline = (real_site / "search/search_index.js").read_text("utf-8")
    assert json.loads(offline.removeprefix("var __index = ")) == data
    docs = {d["location"]: d for d in data["docs"]}
    phb = docs["modules/penghidupan-berkelanjutan/phb-01-menabung-bersama.html"]
    assert phb["tags"][0] == "Penghidupan Berkelanjutan" and phb["summary"]
    # The card's facts (stages, audiences…) are links to indexes, not searchable text.
    assert "Pendekatan" not in phb["text"] and "Unduh rencana" not in phb["text"]
    assert phb["text"].startswith("<p>Penghidupan Berkelanjutan PHB-01 · Sesi pelatihan")



def test_generated_module_lists_stay_out_of_the_search_index(real_site: Path) -> None:
    """A module's summary is searched once, on its own page: the lists of modules on index,
    method, learning-path and map pages, and "next modules", are left out of the index
    (they still show on the pages)."""
    catalog = load_catalog(REPO / "content")
    summary = catalog.modules["PHB-01"].summary.split(".")[0]
    data = json.loads((real_site / "search/search_index.json").read_text("utf-8"))
    own = "modules/penghidupan-berkelanjutan/phb-01-menabung-bersama.html"
    holding = sorted({d["location"].split("#")[0] for d in data["docs"]
                      if summary in d["text"] or "PHB-01 ·" in d["text"]})
    assert holding == [own], holding
    by_page: dict[str, str] = {}
    for doc in data["docs"]:
        page = doc["location"].split("#")[0]
        by_page[page] = by_page.get(page, "") + doc["title"] + doc["text"]
    assert "Modul berikutnya" not in by_page[
        "modules/pengorganisasian/org-01-membentuk-kelompok.html"]
    assert "Komponen adalah bidang kegiatan" in by_page["metode/komponen.html"]  # own text kept
    # the map's grid too (Material's parser let its nested cells through before it was held)
    assert catalog.modules["PHB-01"].title not in by_page["peta-program.html"]
    # and the readability report's table (a row per module)
    assert "penulis/keterbacaan.html" in by_page
    assert catalog.modules["PHB-01"].title not in by_page["penulis/keterbacaan.html"]
    for page in ("metode/komponen.html", "indeks/index.html", "peta-program.html",
                 "jalur/kader.html"):
        assert page in by_page  # the page itself is still found by its title
        html = (real_site / page).read_text("utf-8")
        assert "PHB-01" in html  # the list still shows

def test_search_false_leaves_materials_stock_search(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    config = (REPO / "mkdocs.yml").read_text("utf-8").split("\nnav:")[0]
    (root / "mkdocs.yml").write_text(
        config.replace("\n  - swadaya\n", "\n  - swadaya:\n      search: false\n"), "utf-8")
    shutil.copytree(REPO / "templates", root / "templates", dirs_exist_ok=True)
    site = tmp_path / "site"
    assert run_build(Project(root), site) == 0
    assert not (site / SCRIPT_PATH).exists()
    data = json.loads((site / "search/search_index.json").read_text("utf-8"))
    assert data["config"]["lang"] == ["en"]
    assert all("summary" not in d for d in data["docs"])
