"""Generated pages and page parts, rendered from a small catalog without MkDocs."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.projects import REPO
from swadaya.checks import load_checked as load_catalog
from swadaya.diagnostics import CODES
from swadaya.model.module import ModuleMeta
from swadaya.model.routes import generated_paths
from swadaya.outputs.decorate import Decorator
from swadaya.outputs.render import file_url, md_escape
from swadaya.outputs.site.pages import SitePages as PageMaker


def maker(root: Path) -> PageMaker:
    catalog = load_catalog(root / "content")
    assert catalog.report.sorted() == []
    return PageMaker(catalog, root / "templates")


def test_generated_paths_match_pages(project: Path) -> None:
    pages = maker(project).pages()
    assert sorted(pages) == sorted(generated_paths(maker(project).catalog))


def test_index_page_lists_its_modules(project: Path) -> None:
    pages = maker(project).pages()
    area = pages["indeks/area/penyadaran.md"]
    assert area.startswith("# Penyadaran\n")
    # lists of modules are HTML with final URLs on the site (Markdown in print)
    assert '<a href="../../modules/penyadaran/pny-01-dasar.html">PNY-01 · Modul Dasar</a>' \
        in area
    assert "1 modul" in area
    empty = pages["indeks/area/kaderisasi.md"]
    assert "Belum ada modul" in empty


def test_programme_map_places_module_in_its_cell(project: Path) -> None:
    peta = maker(project).pages()["peta-program.md"]
    row = peta.split("Kajian keadaan secara partisipatif")[1].split("sw-peta__baris")[0]
    assert ('sw-area--penyadaran" data-area="Penyadaran"><a href="modules/penyadaran/'
            'pny-01-dasar.html" title="Modul Dasar"><strong>PNY-01</strong>') in row


def test_reference_documents_every_field_and_code(project: Path) -> None:
    reference = maker(project).pages()["penulis/referensi.md"]
    for name in ModuleMeta.model_fields:
        assert f"| `{name}` |" in reference
    for code in CODES.values():  # in Indonesian, the authors' language
        assert f"`{code.code}`" in reference
        assert md_escape(code.title.plain("id")) in reference
        assert md_escape(code.fix.plain("id")) in reference


def test_module_header_and_footer(project: Path) -> None:
    m = maker(project)
    module = m.catalog.modules["PNY-01"]
    header = m.module_header(module, "modules/penyadaran/pny-01-dasar.md")
    assert header.startswith("# Modul Dasar\n")
    # the card is HTML with final URLs (Python-Markdown was the plugin's largest cost)
    assert '<a class="sw-chip" href="../../indeks/area/penyadaran.html">Penyadaran</a>' \
        in header
    assert "<li>Menjelaskan potensi desa.</li>" in header
    assert m.module_footer(module, "modules/penyadaran/pny-01-dasar.md") == ""


def test_markers_expand_outside_code_only(project: Path) -> None:
    m = maker(project)
    text = ("Daftar:\n\n<!-- swadaya:modules area=penyadaran -->\n\n```\n"
            "<!-- swadaya:modules area=penyadaran -->\n```\n")
    out = m.decorator.expand_markers(text, "metode/arah.md")
    assert '<a href="../modules/penyadaran/pny-01-dasar.html">PNY-01 · Modul Dasar</a>' in out
    assert out.count("<!-- swadaya:modules area=penyadaran -->") == 1  # the one in code
    printed = Decorator(m.catalog, project / "templates").expand_markers(text, "metode/arah.md")
    assert "[PNY-01 · Modul Dasar](../modules/penyadaran/pny-01-dasar.md)" in printed


def test_titles_are_escaped(project: Path) -> None:
    module = project / "content/modules/penyadaran/pny-01-dasar.md"
    module.write_text(module.read_text(encoding="utf-8").replace(
        "title: Modul Dasar", "title: \"Modul *Dasar* [uji]\""), encoding="utf-8")
    header = maker(project).module_header(
        load_catalog(project / "content").modules["PNY-01"], "modules/penyadaran/x.md")
    assert "# Modul \\*Dasar\\* \\[uji\\]" in header


def test_card_links_follow_the_url_style(project: Path) -> None:
    catalog = load_catalog(project / "content")
    pages = PageMaker(catalog, project / "templates", directory_urls=True)
    header = pages.module_header(catalog.modules["PNY-01"], "modules/penyadaran/pny-01-dasar.md")
    assert 'href="../../../indeks/area/penyadaran/"' in header


@pytest.mark.parametrize(("here", "urls", "expected"), [
    ("modules/x/y.md", False, "../../unduh/a.pdf"),
    ("modules/x/y.md", True, "../../../unduh/a.pdf"),
    ("index.md", True, "unduh/a.pdf"),
    ("metode/index.md", True, "../unduh/a.pdf"),
    ("metode/index.md", False, "../unduh/a.pdf"),
])
def test_file_urls_from_raw_html(here: str, urls: bool, expected: str) -> None:
    assert file_url("unduh/a.pdf", here, urls) == expected


def test_real_content_is_clean() -> None:
    catalog = load_catalog(REPO / "content")
    assert [d.format() for d in catalog.report.sorted()] == []
    assert len(catalog.modules) >= 5
    assert {m.area for m in catalog.modules.values()} == set(catalog.taxonomy.terms("areas"))


def test_a_site_catalog_drops_its_sources_and_builds_the_same_pages() -> None:
    """The plugin keeps its catalog to the end of a build, without what only checks and
    print read (raw front matter, positions, text): the generated pages are the same."""
    catalog = load_catalog(REPO / "content")
    before = PageMaker(catalog, REPO / "templates").pages()
    module_page = catalog.page_of("ORG-01")
    assert module_page.body and module_page.meta and module_page.doc is not None
    catalog.figures.pop("PNY-01")  # as if the plain-language check had not read it
    figures = dict(catalog.figures)
    catalog.drop_sources()
    assert catalog.page_of("ORG-01").body == "" and catalog.page_of("ORG-01").meta == {}
    assert catalog.page_of("ORG-01").doc is None
    assert catalog.page_of("PNY-01").body  # the readability page still reads its text
    assert catalog.figures == figures and catalog.modules["ORG-01"].title
    assert PageMaker(catalog, REPO / "templates").pages() == before


def test_a_marker_with_an_unknown_key_selects_no_module(project: Path) -> None:
    """The check reports the key (T002, an error); a preview, which goes on after errors,
    renders the marker as selecting nothing instead of failing."""
    from swadaya.model.selection import matches

    catalog = load_catalog(project / "content")
    module = next(iter(catalog.modules.values()))
    assert matches(module, {"area": module.area})
    assert not matches(module, {"colour": "red"})
