"""The glossary and learning paths: validated like modules, shown as pages and tooltips."""

from __future__ import annotations

from pathlib import Path

from support.projects import REPO
from swadaya.checks import load_checked as load_catalog
from swadaya.model.glossary import load_glossary
from swadaya.outputs.site.pages import SitePages as PageMaker
from swadaya.outputs.site.tooltips import Tooltips

GLOSSARY = """\
- term: KSM
  long: Kelompok Swadaya Masyarakat
  en: Community self-help group
  definition: Kelompok warga yang dibentuk atas kemauan sendiri.
- term: musyawarah
  en: deliberation
  definition: Cara memutuskan bersama dengan berbicara sampai sepakat.
"""


def write(root: Path, rel: str, text: str) -> None:
    path = root / "content" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def codes(root: Path) -> list[tuple[str, int, str]]:
    catalog = load_catalog(root / "content", display_root=root)
    return [(d.code, d.line, d.message("en")) for d in catalog.report.sorted()]


def test_glossary_loads_sorted_with_tooltips(project: Path) -> None:
    write(project, "glosarium.yml", GLOSSARY)
    terms, problems = load_glossary(project / "content/glosarium.yml", "glosarium.yml")
    assert problems == [] and [t.term for t in terms] == ["KSM", "musyawarah"]
    html = ("<h2>KSM</h2><p>Musyawarah KSM itu <a href='x'>KSM</a> dan musyawarah lagi; "
            "<code>KSM</code>, AKSM, KSM-2.</p><p>KSM</p>")
    out = Tooltips(terms).apply(html)
    assert out == ("<h2>KSM</h2><p><abbr title=\"Cara memutuskan bersama dengan berbicara "
                   "sampai sepakat.\">Musyawarah</abbr> <abbr title=\"Kelompok Swadaya "
                   "Masyarakat: Kelompok warga yang dibentuk atas kemauan sendiri.\">KSM</abbr>"
                   " itu <a href='x'>KSM</a> dan musyawarah lagi; <code>KSM</code>, AKSM, "
                   "KSM-2.</p><p>KSM</p>")
    assert Tooltips([]).apply(html) == html


def test_glossary_problems(project: Path) -> None:
    write(project, "glosarium.yml", GLOSSARY + "- term: ksm\n  en: x\n  definition: y\n"
          "- term: arisan\n  en: rotating savings\n- term: 5\n  en: x\n  definition: y\n"
          "  colour: red\n")
    assert codes(project) == [
        ("G002", 8, "term 'ksm' is already defined on line 1"),
        ("G001", 11, "'definition' is missing"),
        ("G001", 13, "'term' must be text"),  # each problem of an entry on a line of its own
        ("G001", 13, "unknown key 'colour'"),
    ]


def test_tooltips_and_glossary_page_in_pages(project: Path) -> None:
    write(project, "glosarium.yml", GLOSSARY)
    catalog = load_catalog(project / "content")
    maker = PageMaker(catalog, project / "templates")
    html = "<p>Rapat KSM memakai musyawarah.</p>"
    assert maker.add_tooltips(html, "index.md").count("<abbr") == 2
    assert maker.add_tooltips(html, "glosarium.md") == html
    glossary = maker.pages()["glosarium.md"]
    assert "## K\n" in glossary and "**KSM** — Kelompok Swadaya Masyarakat" in glossary


def path_yaml(*levels: str) -> str:
    return "title: Jalur uji\nlevels:\n" + "".join(levels)


def test_learning_path_ok_and_drawn(project: Path) -> None:
    write(project, "modules/penyadaran/pny-02-lanjut.md",
          (project / "content/modules/penyadaran/pny-01-dasar.md").read_text(encoding="utf-8")
          .replace("PNY-01", "PNY-02").replace("prerequisites: []", "prerequisites: [PNY-01]")
          .replace("level: dasar", "level: menengah"))
    write(project, "jalur/kader.yml", path_yaml(
        "  - level: dasar\n    modules: [PNY-01]\n",
        "  - level: menengah\n    modules: [PNY-02]\n"))
    catalog = load_catalog(project / "content")
    assert catalog.report.sorted() == []
    page = PageMaker(catalog, project / "templates").pages()["jalur/kader.md"]
    assert '<svg class="sw-jalur"' in page
    assert 'href="../modules/penyadaran/pny-02-lanjut.html"' in page
    assert "setelah PNY-01" in page
    svg = page.split("<svg")[1].split("</svg>")[0]
    assert "\n\n" not in svg and "<script" not in svg


def test_learning_path_problems(project: Path) -> None:
    write(project, "modules/penyadaran/pny-02-lanjut.md",
          (project / "content/modules/penyadaran/pny-01-dasar.md").read_text(encoding="utf-8")
          .replace("PNY-01", "PNY-02").replace("prerequisites: []", "prerequisites: [PNY-01]"))
    write(project, "jalur/kader.yml", path_yaml(
        "  - level: dasar\n    modules:\n      - PNY-02\n      - PNY-01\n      - PNY-01\n",
        "  - level: menengah\n    modules: [PNY-09]\n",
        "  - level: ahli\n    modules: []\n"))
    assert codes(project) == [
        ("P003", 5, "PNY-02 needs PNY-01, which is not earlier on the path"),
        ("P004", 7, "module PNY-01 is already on the path"),
        ("P002", 9, "module 'PNY-09' does not exist"),
        ("P001", 10, "each level needs 'level' (one of dasar, menengah, lanjut) and a list of "
                     "'modules'"),
    ]


def test_real_glossary_and_path() -> None:
    catalog = load_catalog(REPO / "content")
    assert len(catalog.glossary) >= 60
    assert [p.key for p in catalog.learning_paths] == ["kader"]
    levels = [s.level for s in catalog.learning_paths[0].levels]
    assert levels == ["dasar", "menengah", "lanjut"]
