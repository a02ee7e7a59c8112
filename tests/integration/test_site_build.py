"""End to end: the real content/ builds, and the HTML holds what readers need."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support.projects import REPO, make_project
from swadaya.checks import load_checked as load_catalog
from swadaya.commands.build import run_build
from swadaya.diagnostics import LANG_ENV
from swadaya.outputs.site.downloads import PENDING_SIZE
from swadaya.outputs.zim.metadata import zim_name
from swadaya.project import Project
from swadaya.text import size_text

EXTERNAL = re.compile(r"""(?:src|href)=["'](?:https?:)?//(?!creativecommons\.org)""")


def module_page(site: Path, module_id: str) -> str:
    catalog = load_catalog(REPO / "content")
    path = catalog.module_paths[module_id].replace(".md", ".html")
    return (site / path).read_text(encoding="utf-8")


def test_module_page_has_card_and_next_modules(real_site: Path) -> None:
    html = module_page(real_site, "ORG-01")
    assert 'class="sw-kartu sw-area--pengorganisasian"' in html
    assert "<h1" in html and "Membentuk Kelompok" in html
    assert 'href="../penyadaran/pny-01-mengenali-potensi-desa.html"' in html  # prerequisite
    assert 'class="sw-lanjut"' in html  # KDR-01 and PHB-01 need ORG-01
    assert "kdr-01-memilih-kader.html" in html and "phb-01-menabung-bersama.html" in html
    assert 'lang="id"' in html
    # the link after each heading is named in Indonesian, like the page
    assert 'class="headerlink"' in html and 'title="Tautan ke bagian ini"' in html
    assert "Permanent link" not in html


def test_generated_pages_exist(real_site: Path) -> None:
    for page in ("peta-program.html", "indeks/index.html", "indeks/area/kaderisasi.html",
                 "indeks/tahap/pelepasan.html", "indeks/peserta/pengurus.html",
                 "penulis/referensi.html"):
        assert (real_site / page).is_file(), page
    peta = (real_site / "peta-program.html").read_text(encoding="utf-8")
    assert "sw-peta__baris" in peta and "PNY-01" in peta
    assert "<script" not in peta.split('class="sw-peta"')[1].split("</article>")[0]


def test_method_pages_list_modules(real_site: Path) -> None:
    html = (real_site / "metode/arah-program.html").read_text(encoding="utf-8")
    assert "swadaya:modules" not in html
    assert "pny-01-mengenali-potensi-desa.html" in html


def test_no_page_loads_anything_from_another_host(real_site: Path) -> None:
    for page in real_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not EXTERNAL.findall(text), page
        assert "fonts.googleapis" not in text and "unpkg.com" not in text, page
    assert (real_site / "vendor/iframe-worker/shim.js").is_file()
    assert (real_site / "search/search_index.js").is_file()


def test_every_held_block_is_back_in_its_page(real_site: Path) -> None:
    """Lists of modules, the map's grid and "next modules" skip Markdown and search as
    placeholders (swadaya.outputs.held); no page is left with one."""
    for page in real_site.rglob("*.html"):
        assert "sw-blok" not in page.read_text(encoding="utf-8"), page
    index = (real_site / "indeks/area/kaderisasi.html").read_text(encoding="utf-8")
    assert 'class="sw-daftar"' in index and "kdr-01-memilih-kader.html" in index
    # a glossary term first used in a list gets its tooltip there, as in the page's text
    assert re.search(r'<li><strong><a [^>]+>[^<]+</a></strong>[^<]*<br>\s*[^<]*<abbr title=',
                     index)


def test_every_page_is_titled_in_the_menu_and_the_tab(real_site: Path) -> None:
    """The plugin frees each page's Markdown once converted and its HTML once written; the
    menu of every later page still names it (MkDocs reads a title from the Markdown)."""
    for page in real_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r">\s*None\s*<", html), page
        title = re.search(r"<title>([^<]*)</title>", html)
        assert title and title.group(1).strip() not in ("", "None"), page
        if page.name == "index.html" and page.parent != real_site:
            assert title.group(1) != "Swadaya", page  # a section's own page, by name
    assert "<title>Metode program - Swadaya</title>" in (
        real_site / "metode/index.html").read_text(encoding="utf-8")


def test_data_files_are_not_published(real_site: Path) -> None:
    assert not (real_site / "taxonomy.yml").exists()


def test_failed_build_keeps_the_previous_site(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    nav_free = (root / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:")[0]
    (root / "mkdocs.yml").write_text(nav_free, encoding="utf-8")
    site = tmp_path / "site"
    assert run_build(Project(root), site) == 0
    first = sorted(p.relative_to(site) for p in site.rglob("*"))
    assert (site / "index.html").is_file()
    module = root / "content/modules/penyadaran/pny-01-dasar.md"
    module.write_text(module.read_text(encoding="utf-8").replace("duration: 60",
                                                                 "duration: 61"),
                      encoding="utf-8")
    assert run_build(Project(root), site) != 0
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == first
    assert not list(tmp_path.glob(".site-build-*"))


def _plain_project(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "p")
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:")[0]
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    return root


def test_plugin_warnings_fail_only_strict_builds(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    root = _plain_project(tmp_path)
    (root / "content/gambar.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    index = root / "content/index.md"
    index.write_text(index.read_text(encoding="utf-8") + "\n![](gambar.svg)\n",
                     encoding="utf-8")
    assert run_build(Project(root), tmp_path / "strict") != 0
    # the build checks first, as `swadaya check --strict`: it stops before any PDF
    said = capsys.readouterr()
    assert "content/index.md:5:1: error [L004]" in said.out  # a warning, strict: an error
    assert "fix the content first" in said.err
    assert not (root / "build").exists() and not (tmp_path / "strict").exists()
    assert run_build(Project(root), tmp_path / "lenient", strict=False) == 0


@pytest.mark.parametrize(("lang", "words"), [
    (None, "gambar 'gambar.svg' tidak punya teks pengganti"),
    ("en", "image 'gambar.svg' has no alt text"),
])
def test_plugin_messages_follow_the_language(tmp_path: Path, lang: str | None,
                                             words: str) -> None:
    root = _plain_project(tmp_path)
    (root / "content/gambar.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    index = root / "content/index.md"
    index.write_text(index.read_text(encoding="utf-8") + "\n![](gambar.svg)\n",
                     encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != LANG_ENV}
    if lang:
        env[LANG_ENV] = lang
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f",
                             str(root / "mkdocs.yml"), "-d", str(tmp_path / "site")],
                            env=env, capture_output=True, text=True, check=False)
    assert f"content/index.md:5:1: warning [L004] {words}" in result.stderr


def test_learning_path_glossary_and_tooltips(real_site: Path) -> None:
    jalur = (real_site / "jalur/kader.html").read_text(encoding="utf-8")
    assert '<svg class="sw-jalur"' in jalur
    catalog = load_catalog(REPO / "content")
    for module_id in catalog.learning_paths[0].module_ids():
        target = catalog.module_paths[module_id].replace(".md", ".html")
        assert f'href="../{target}"' in jalur, module_id
        assert (real_site / target).is_file()
    home = (real_site / "index.html").read_text(encoding="utf-8")
    assert 'href="jalur/kader.html"' in home
    glossary = (real_site / "glosarium.html").read_text(encoding="utf-8")
    assert glossary.count("<dt>") == len(catalog.glossary)
    module = module_page(real_site, "PHB-01")
    article = module.split("<article")[1].split("</article>")[0]
    titles = re.findall(r'<abbr title="[^"]*">([^<]+)</abbr>', article)
    assert titles and len({t.lower() for t in titles}) == len(titles)  # first use only


def test_worked_examples_are_tables(real_site: Path) -> None:
    html = module_page(real_site, "PHB-03")
    assert "```hitung" not in html and "jenis: pinjaman" not in html
    assert "Rp 1.200.000" in html and "Rp 1.110.000" in html  # flat and declining totals


def test_pdfs_are_published_with_their_size(real_site: Path) -> None:
    downloads = (real_site / "buku/index.html").read_text(encoding="utf-8")
    for book in ("kader-dasar", "fasilitator"):
        assert f'href="../unduh/buku/{book}.pdf"' in downloads
        assert (real_site / f"unduh/buku/{book}.pdf").stat().st_size > 10_000
    assert re.search(r"Unduh PDF \(\d+ halaman, \d+ KB\)", downloads)
    html = module_page(real_site, "ORG-01")
    assert 'href="../../unduh/rencana/org-01.pdf"' in html
    assert "Unduh rencana sesi (PDF" in html
    catalog = load_catalog(REPO / "content")
    for module_id in catalog.modules:
        assert (real_site / f"unduh/rencana/{module_id.lower()}.pdf").is_file()
    for workshop in catalog.workshops:
        page = (real_site / f"lokakarya/{workshop.key}.html").read_text(encoding="utf-8")
        assert f'href="../unduh/lokakarya/{workshop.key}.pdf"' in page
        assert "Hari 1" in page and "08:30" in page


def test_guides_index_and_guide_pages(real_site: Path) -> None:
    catalog = load_catalog(REPO / "content")
    guides = [m for m in catalog.modules.values() if m.type == "panduan"]
    assert len(guides) >= 8
    index = (real_site / "panduan/index.html").read_text(encoding="utf-8")
    assert 'class="sw-urut' in index and "tablesort.min.js" in index
    assert (real_site / "vendor/tablesort/tablesort.min.js").is_file()
    for guide in guides:
        html = module_page(real_site, guide.id)
        assert "Bahan dan biaya" in html and "Jadwal perawatan" in html
        assert "Keselamatan" in html
        card = real_site / f"unduh/kartu/{guide.id.lower()}.pdf"
        info = subprocess.run(["pdfinfo", str(card)], capture_output=True, text=True).stdout
        assert "Pages:           2" in info and "595.276 x 841.89" in info, guide.id
        assert guide.id in index


def _zim_beside(monkeypatch: pytest.MonkeyPatch, outcome: int | type[BaseException],
                data: bytes = b"Z" * 150_000) -> None:
    """``swadaya build`` with a stand-in for ``swadaya zim`` (no libzim needed): it writes
    ``data`` where the ZIM goes and returns ``outcome``, or raises it."""
    import swadaya.commands.zim as zim_command

    def run_zim(project: Project, strict: bool = True, site_folder: Path | None = None,
                out: Path | None = None) -> int:
        time.sleep(0.5)  # the site's build is under way meanwhile
        if not isinstance(outcome, int):
            raise outcome("stopped")
        if outcome == 0:
            target = project.downloads / zim_name(load_catalog(project.content))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return outcome

    monkeypatch.setattr(zim_command, "run_zim", run_zim)
    monkeypatch.setattr(zim_command, "zim_available", lambda: True)


def test_site_built_beside_the_zim_lists_it_with_its_size(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    root = _plain_project(tmp_path)
    _zim_beside(monkeypatch, 0)
    site = tmp_path / "site"
    assert run_build(Project(root), site, pdf=False) == 0
    name = zim_name(load_catalog(root / "content"))
    assert (site / "unduh" / name).read_bytes() == b"Z" * 150_000
    size = size_text(150_000)
    assert f"Unduh berkas ZIM ({size})" in (site / "buku/index.html").read_text("utf-8")
    assert f"unduh ZIM ({size})" in (site / "baca-tanpa-internet.html").read_text("utf-8")
    assert size in (site / "search/search_index.json").read_text("utf-8")
    for path in site.rglob("*"):
        if path.is_file() and path.suffix != ".zim":
            assert PENDING_SIZE.encode() not in path.read_bytes(), path


@pytest.mark.parametrize("outcome", [1, RuntimeError])
def test_a_failed_zim_stops_the_site_beside_it(tmp_path: Path, outcome: int | type[Exception],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    root = _plain_project(tmp_path)
    site = tmp_path / "site"
    _zim_beside(monkeypatch, 0)
    assert run_build(Project(root), site, pdf=False) == 0
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    _zim_beside(monkeypatch, outcome, b"new")
    if isinstance(outcome, int):
        assert run_build(Project(root), site, pdf=False) == outcome
    else:
        with pytest.raises(outcome):
            run_build(Project(root), site, pdf=False)
    assert {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()} \
        == first
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site-")]


@pytest.mark.parametrize(("component", "holder"), [
    ("iframe-worker", "Martin Donath"),  # squidfunk/iframe-worker
    ("tablesort", "Tristen Brown"),  # tristen/tablesort
])
def test_each_vendored_script_carries_its_own_licence(real_site: Path, component: str,
                                                       holder: str) -> None:
    """The MIT licence of each vendored script names its own copyright holder (tablesort's
    once carried a copy of iframe-worker's), in the repository and in the built site."""
    for folder in (REPO / "content/vendor", real_site / "vendor"):
        text = (folder / component / "LICENSE").read_text("utf-8")
        assert "Copyright (c)" in text and holder in text, folder / component
        assert "Permission is hereby granted, free of charge" in text
