"""Plain-language figures: sentences of running text, Indonesian syllables, Fry grade, and
the checks K001–K004 with the ``swadaya:abaikan`` markers that silence them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from support.projects import REPO
from swadaya.checks import load_checked
from swadaya.checks.readability import SCAFFOLD_SENTENCES
from swadaya.commands.new import scaffold
from swadaya.model.readability import Figures, figures, fry_grade, syllables, target
from swadaya.model.routes import READABILITY_PAGE, generated_paths
from swadaya.outputs.site.pages import SitePages
from swadaya.project import Project
from swadaya.source.prose import capitals, italics, prose_lines, sentences

MODULE = "content/modules/pengorganisasian/org-01-kelompok.md"
FRONT = """---
id: ORG-01
title: Membentuk Kelompok
type: sesi
area: pengorganisasian
stages: [pembentukan-kelompok]
components: [kelembagaan-komunitas]
audience: [{audience}]
level: dasar
duration: 90
summary: Warga membentuk kelompok secara partisipatif.
objectives:
  - Menjelaskan manfaat berkelompok.
prerequisites: []
materials: [kertas plano, spidol]
agenda:
  - {{step: Pembukaan, minutes: 10, method: pembukaan}}
  - {{step: Diskusi, minutes: 80, method: diskusi-kelompok}}
competencies:
  - Kader dapat memandu pembentukan kelompok.
reviewed: 2026-10-15
---
"""
LONG = ("Kader mengajak semua anggota duduk melingkar lalu setiap orang menyebutkan nama "
        "pekerjaan sehari-hari alasan ingin bergabung dengan kelompok dan satu hal yang ingin "
        "dicapai bersama dalam tahun pertama kelompok berdiri di desa.")


def texts(body: str) -> list[str]:
    return [" ".join(s.words) for s in sentences(body)]


@pytest.mark.parametrize(("word", "count"), [
    ("pantai", 2), ("kalau", 2), ("amboi", 2), ("survei", 2),  # ai, au, oi, ei: one nucleus
    ("kualitas", 4), ("koordinasi", 5), ("musyawarah", 4), ("menyelenggarakan", 6),
    ("ibu-ibu", 4), ("KSM", 3), ("1945", 4), ("pH", 1),
])
def test_syllables_by_vowel_nuclei(word: str, count: int) -> None:
    assert syllables(word) == count


@pytest.mark.parametrize(("syllables100", "sentences100", "grade"), [
    (141, 6.3, 7),    # Fry's own worked example (1977): 7th grade
    (157, 7.8, 9),    # an Indonesian text read on the graph as grade 9 (x = 262 × 0.6)
    (108, 25.0, 1), (182, 2.0, 17),
])
def test_fry_grade_reads_the_graph(syllables100: float, sentences100: float,
                                   grade: int) -> None:
    assert fry_grade(syllables100, sentences100) == grade


def test_longer_words_and_sentences_raise_the_grade() -> None:
    grades = [fry_grade(x, y) for x, y in ((120, 12.0), (135, 9.0), (150, 7.0), (165, 5.0))]
    assert grades == sorted(grades) and grades[0] < grades[-1]


def test_sentences_of_running_text_only() -> None:
    body = """Kelompok menabung. Setiap bulan, dll. semuanya dicatat!

## Judul tidak dihitung

| Kolom | tabel tidak dihitung |
|---|---|

```hitung
jenis: tabungan
```

- Butir pertama tanpa titik
- Butir [kedua](b.md) dengan **tautan**

!!! fasilitator "Judul kotak tidak dihitung"
    Catatan fasilitator dihitung.

Kalimat ini `kode` punya kode <!-- komentar --> dan gambar ![peta desa](p.svg) saja.

## Sumber

- Buku yang tidak dihitung.
"""
    assert texts(body) == [
        "Kelompok menabung", "Setiap bulan dll semuanya dicatat", "Butir pertama tanpa titik",
        "Butir kedua dengan tautan", "Catatan fasilitator dihitung",
        "Kalimat ini punya kode dan gambar saja"]


def test_abbreviations_with_a_full_stop() -> None:
    assert texts("Bawa pisau, gunting, dll. Lalu mulai. Bawa juga dll. untuk cadangan. Tanya "
                 "Bpk. Ahmad dan Ochieng dkk., 2013.\n") == [
        "Bawa pisau gunting dll", "Lalu mulai", "Bawa juga dll untuk cadangan",
        "Tanya Bpk Ahmad dan Ochieng dkk 2013"]


def test_sections_after_sources_count_again() -> None:
    body = "## Sumber\n\n- Buku.\n\n## Lampiran\n\nKalimat lampiran.\n"
    assert texts(body) == ["Kalimat lampiran"]


def test_words_keep_their_columns() -> None:
    body = "Baca [ORG-05](../org-05.md) dan **KSM** lagi.\n  Lalu e-KTP, P-IRT dan PN10 (X).\n"
    first, second = sentences(body)
    assert (first.words, first.line, first.col) == (("Baca", "ORG-05", "dan", "KSM", "lagi"), 1, 1)
    assert (second.line, second.col) == (2, 3)
    assert [(w.text, w.line, w.col) for w in capitals(prose_lines(body))] == [
        ("ORG-05", 1, 7), ("KSM", 1, 35), ("P-IRT", 2, 15), ("PN10", 2, 25)]


def test_a_sentence_runs_over_lines_and_ends_after_quotes() -> None:
    body = 'Ia berkata, "Kita mulai."\nLalu semua\nduduk (di tikar). Selesai\n'
    assert texts(body) == ["Ia berkata Kita mulai", "Lalu semua duduk di tikar", "Selesai"]


def test_italics_are_found_in_running_text() -> None:
    spans = italics("Cara *self-declare* dan _bio-slurry_, bukan **tebal**.\n\n## Sumber\n\n"
                    "- *Judul Buku*\n")
    assert [(s.text, s.col) for s in spans] == [("self-declare", 7), ("bio-slurry", 26)]


def test_figures() -> None:
    found = sentences("Kami menabung. " + LONG + "\n")
    f = figures(found)
    assert (f.sentences, f.over_20, f.over_25) == (2, 1, 1)
    assert f.words == 2 + len(LONG.split()) and f.words_per_sentence == pytest.approx(17)
    assert 0 < f.share_long_words < 1 and 1 <= f.grade <= 17
    assert Figures(0, 0, 0, 0, 0, 0).grade == 0


def write_module(root: Path, body: str, audience: str = "kader, fasilitator") -> None:
    path = root / MODULE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(FRONT.format(audience=audience) + body, encoding="utf-8")


def found(root: Path) -> list[tuple[str, int]]:
    """Codes and lines of the module's diagnostics (its reading grade aside: a few test
    sentences read as hard)."""
    catalog = load_checked(root / "content", display_root=root)
    return [(d.code, d.line) for d in catalog.report.sorted()
            if d.path == MODULE and d.code != "K002"]


def test_strictest_audience_sets_the_target(project: Path) -> None:
    write_module(project, "Kami menabung.\n", "fasilitator, masyarakat, kader")
    catalog = load_checked(project / "content")
    goal = target(catalog.modules["ORG-01"], catalog.taxonomy)
    assert goal is not None and (goal.audience, goal.grade, goal.index) == ("masyarakat", 7, 1)


def test_long_sentence_warns_at_its_first_word(project: Path) -> None:
    write_module(project, "\nKami menabung.\n\n" + LONG + "\n")
    assert found(project) == [("K001", 26)]


@pytest.mark.parametrize(("body", "silenced"), [
    ("<!-- swadaya:abaikan K001 nama resmi -->\n" + LONG + "\n", True),  # above the paragraph
    ("<!-- swadaya:abaikan K001 nama resmi -->\n\n" + LONG + "\n", True),  # a blank between
    ("Awal paragraf.\n" + LONG + " <!-- swadaya:abaikan K001 nama resmi -->\n", True),  # inline
    ("<!-- swadaya:abaikan K001 nama resmi -->\nKami menabung.\n\n" + LONG + "\n", False),
    ("<!-- swadaya:abaikan K003 bukan kode ini -->\n" + LONG + "\n", False),
    ("<!-- swadaya:abaikan-halaman K001,K002 modul hukum -->\n\nKami.\n\n" + LONG + "\n", True),
])
def test_a_marker_silences_its_paragraph_or_page(project: Path, body: str,
                                                 silenced: bool) -> None:
    write_module(project, "\n" + body)
    assert ("K001" in [c for c, _ in found(project)]) is not silenced


def test_errors_cannot_be_silenced(project: Path) -> None:
    write_module(project, "\n<!-- swadaya:abaikan-halaman L001 belum ada -->\n[x](tidak-ada.md)\n")
    assert [c for c, _ in found(project)] == ["T002", "L001"]


def test_abbreviations_and_foreign_terms(project: Path) -> None:
    (project / "content/glosarium.yml").write_text(
        "- term: KSM\n  long: Kelompok Swadaya Masyarakat\n  en: self-help group\n"
        "  definition: Kelompok warga.\n- term: AD/ART\n  long: Anggaran Dasar\n"
        "  en: by-laws\n  definition: Aturan kelompok.\n- term: P-IRT\n  en: permit\n"
        "  definition: Izin pangan rumah tangga.\n", encoding="utf-8")
    write_module(project, "\nKSM menyusun AD dan ART. Pada bab II ada NIB (Nomor Induk "
                 "Berusaha).\nLalu NIB dipakai. Aturan *by-laws* dan *schmutzdecke* serta "
                 "*self-declare* (pernyataan mandiri).\nBawa KTP dan P-IRT. Bawa KTP lagi. "
                 "Baca buku DTU\n(Development Technology Unit).\n")
    catalog = load_checked(project / "content", display_root=project)
    assert [(d.code, d.line, d.message("en")) for d in catalog.report.sorted()] == [
        ("K003", 25, "foreign term 'schmutzdecke' is not in the glossary nor explained on "
                     "this page"),
        ("K003", 26, "abbreviation 'KTP' is not in the glossary nor explained on this page")]


def test_a_fresh_scaffold_is_all_placeholders(project: Path) -> None:
    path = scaffold(Project(project), "pengorganisasian", "Rapat Anggota", dt.date(2026, 11, 1))
    catalog = load_checked(project / "content", display_root=project)
    lines = {d.line for d in catalog.report.sorted() if d.code == "K004"}
    text = path.read_text(encoding="utf-8").split("\n")
    for sentence in SCAFFOLD_SENTENCES:  # the list of sentences follows the template
        assert sum(sentence in line for line in text) == 1, sentence
    # the summary is a folded scalar: reported at its field, the others at their text
    summary = next(i for i, line in enumerate(text, 1) if line.startswith("summary:"))
    placeholders = {i for i, line in enumerate(text, 1)
                    if any(s in line for s in SCAFFOLD_SENTENCES) or line.rstrip().endswith("...")}
    assert lines == placeholders - {summary + 1} | {summary} and len(lines) == 8


def test_the_readability_page(project: Path) -> None:
    catalog = load_checked(project / "content")
    assert READABILITY_PAGE in generated_paths(catalog)
    page = SitePages(catalog, REPO / "templates").pages()[READABILITY_PAGE]
    assert page.startswith("# Keterbacaan\n")
    # the table of every module is HTML (1,000 rows at 1,000 modules)
    # the title beside the id, in the link: a last column was squeezed on a phone
    row = page.split('<td><a href="../modules/penyadaran/pny-01-dasar.html">PNY-01 Modul Dasar'
                     '</a></td>')[1]
    row = row.split("</tr>")[0]
    assert row.startswith("\n<td>8</td>")
    assert row.count("<td>") == 8 and "Modul Dasar" not in row
    assert "| Masyarakat | 7 |" in page
    assert "Harjasujana" in page and "perkiraan" in page
    assert f"Keterbacaan: {READABILITY_PAGE}" in (REPO / "mkdocs.yml").read_text("utf-8")
