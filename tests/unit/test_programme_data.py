"""Indicators and the assessment instrument: loading, diagnostics with lines, markers, the
monitoring page, the workshop's materials; and the real content agreeing with its modules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from support.projects import REPO, make_project
from swadaya.checks import load_checked
from swadaya.outputs.decorate import Decorator
from swadaya.outputs.site.pages import SitePages

INDICATORS = """\
title: Indikator uji
indicators:
  kehadiran:
    name: Kehadiran
    question: Berapa bagian anggota yang datang?
    count: Hadir ÷ (anggota × pertemuan) × 100
    records: Daftar hadir
    recorder: Sekretaris
    frequency: Setiap bulan
    direction: naik
    target: 75% atau lebih
    notes: [Lihat PNY-01.]
    lights: {hijau: 75% atau lebih, kuning: 50–74%, merah: Di bawah 50%}
    reviewed_at: [pemandirian, pelepasan]
    columns:
      - {label: Hadir, kind: hitungan}
      - {label: '%', kind: persen, formula: Hadir ÷ pembagi × 100}
  tunggakan:
    name: Tunggakan
    question: Berapa pinjaman yang terlambat?
    count: Sisa pinjaman terlambat ÷ pinjaman beredar × 100
    records: Kartu pinjaman
    recorder: Bendahara
    frequency: Setiap bulan
    direction: turun
    target: Tidak ada
    lights: {hijau: Tidak ada, kuning: Di bawah 10%, merah: 10% atau lebih}
    reviewed_at: [pelepasan]
    columns:
      - {label: Sisa, kind: saldo}
"""

INSTRUMENT = """\
title: Tanda uji
signs:
  tepat-waktu: {name: Tepat waktu, choosing: Datang tepat waktu ke arisan,
                assessing: Pertemuan mulai tepat waktu}
  jujur: {name: Jujur soal uang, choosing: Laporan kas RT jelas,
          assessing: Melaporkan uang kegiatan}
scale:
  hijau: {label: Ya., meaning: Sering., counts: true}
  merah: {label: Belum., meaning: Jarang., counts: true}
  putih: {label: Tidak tahu., meaning: Tidak pernah melihat., counts: false}
scale_note: Putih penting.
conclusion: [Hitung **jumlah suara**., Selain itu **sedang berkembang**.]
scorers:
  menilai: {module: PNY-01, who: Setiap anggota memberi warna secara rahasia.}
"""


@pytest.fixture
def data_project(tmp_path: Path) -> Path:
    root = make_project(tmp_path)
    (root / "content/pemantauan").mkdir()
    (root / "content/pemantauan/indikator.yml").write_text(INDICATORS, encoding="utf-8")
    (root / "content/penilaian").mkdir()
    (root / "content/penilaian/tanda-uji.yml").write_text(INSTRUMENT, encoding="utf-8")
    return root


def diagnostics(root: Path) -> list[str]:
    catalog = load_checked(root / "content", display_root=root)
    return [f"{d.path.rsplit('/', 1)[-1]}:{d.line}:{d.col} {d.code} {d.message('en')}"
            for d in catalog.report.sorted()]


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / "content" / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_indicators_load_in_order(data_project: Path) -> None:
    assert diagnostics(data_project) == []
    catalog = load_checked(data_project / "content")
    assert catalog.indicators is not None
    found = list(catalog.indicators.indicators.values())
    assert [(x.number, x.id, x.direction) for x in found] == [(1, "kehadiran", "naik"),
                                                              (2, "tunggakan", "turun")]
    assert [(c.label, c.kind) for c in found[0].columns] == [("Hadir", "hitungan"),
                                                             ("%", "persen")]


@pytest.mark.parametrize(("change", "expected"), [
    (("direction: naik", "direction: atas"),
     "indikator.yml:10:16 I001 'direction' of 'kehadiran' must be one of naik, turun, tetap"),
    (("lights: {hijau: Tidak ada, ", "lights: {"),
     "indikator.yml:27:13 I001 'lights' of 'tunggakan' must give text for hijau, kuning, merah"),
    (("reviewed_at: [pelepasan]", "reviewed_at: [pelepas]"),
     "indikator.yml:28:19 I001 'pelepas' is not a known stage (did you mean 'pelepasan'?)"),
    (("    recorder: Bendahara\n", ""),
     "indikator.yml:19:5 I001 'tunggakan' needs 'recorder' (text)"),
    (("{label: '%', kind: persen, formula: Hadir ÷ pembagi × 100}", "{label: '%', kind: persen}"),
     "indikator.yml:17:9 I001 percent column 2 of 'kehadiran' needs a 'formula' from the "
     "other columns"),
    (("title: Indikator uji\n", "title: Indikator uji\nmodules: {monthly: ORG-90}\n"),
     "indikator.yml:2:20 I001 module 'ORG-90' does not exist"),
    (("    target: Tidak ada\n", "    target: Tidak ada\n    taget: x\n"),
     "indikator.yml:27:5 I001 unknown field 'taget' in 'tunggakan' (did you mean 'target'?)"),
])
def test_indicator_diagnostics(data_project: Path, change: tuple[str, str],
                               expected: str) -> None:
    edit(data_project, "pemantauan/indikator.yml", *change)
    assert expected in diagnostics(data_project)


@pytest.mark.parametrize(("marker", "expected"), [
    ("<!-- swadaya:indicators kehadran -->",
     "uji.md:3:1 I002 'kehadran' is not an indicator (did you mean 'kehadiran'?)"),
    ("<!-- swadaya:indicators view=peta -->",
     "uji.md:3:1 T002 view 'peta' is not one of table, links"),
    ("<!-- swadaya:instrument tanda-uj -->",
     "uji.md:3:1 N002 'tanda-uj' is not an instrument of content/penilaian/ (did you mean "
     "'tanda-uji'?)"),
    ("<!-- swadaya:instrument -->",
     "uji.md:3:1 N002 name one instrument, e.g. 'swadaya:instrument tanda-kader'"),
    ("<!-- swadaya:indikator kehadiran -->",
     "uji.md:3:1 T002 unknown marker 'swadaya:indikator' (the markers are swadaya:modules, "
     "swadaya:indicators, swadaya:instrument, swadaya:abaikan, swadaya:abaikan-halaman)"),
])
def test_marker_diagnostics(data_project: Path, marker: str, expected: str) -> None:
    (data_project / "content/uji.md").write_text(f"# Uji\n\n{marker}\n", encoding="utf-8")
    assert diagnostics(data_project) == [expected]


def test_instrument_diagnostics(data_project: Path) -> None:
    edit(data_project, "penilaian/tanda-uji.yml", "module: PNY-01", "module: PNY-10")
    edit(data_project, "penilaian/tanda-uji.yml", "assessing: Melaporkan uang kegiatan}", "}")
    assert diagnostics(data_project) == [
        "tanda-uji.yml:5:3 N001 sign 'jujur' needs name, choosing, assessing (text)",
        "tanda-uji.yml:14:21 N001 module 'PNY-10' does not exist (did you mean 'PNY-01'?)",
    ]


def test_markers_expand_on_site_and_in_print(data_project: Path) -> None:
    catalog = load_checked(data_project / "content")
    decorator = Decorator(catalog, data_project / "templates")
    page = decorator.decorate("<!-- swadaya:indicators tunggakan -->\n\n"
                              "<!-- swadaya:instrument tanda-uji -->\n", "modules/x/y.md")
    assert "| 2 | **Tunggakan** | Sisa pinjaman terlambat ÷ pinjaman beredar × 100 | " \
           "Kartu pinjaman | Bendahara |" in page
    assert "Kehadiran" not in page  # only the indicator asked for
    assert "[Indikator kesehatan kelompok](../../pemantauan/index.md)" in page
    assert "| 1 | Tepat waktu | Datang tepat waktu ke arisan | Pertemuan mulai tepat waktu |" \
           in page
    assert "Setiap tanda diberi satu dari **tiga warna**:" in page
    assert '- **Putih: "Tidak tahu."** Tidak pernah melihat.' in page
    assert "2. Selain itu **sedang berkembang**." in page
    assert "Yang berbeda hanya siapa yang memberi warna. Setiap anggota memberi warna" in page
    links = decorator.decorate("<!-- swadaya:indicators view=links -->", "x.md")
    assert links.startswith("**Lembar siap cetak:**") and "|" not in links
    signs = decorator.decorate("<!-- swadaya:instrument tanda-uji view=signs -->", "x.md")
    assert "Tepat waktu" in signs and "warna" not in signs
    tally = decorator.decorate("<!-- swadaya:instrument tanda-uji view=tally -->", "x.md")
    assert tally.startswith("| No | Tanda kader | Hijau | Merah | Putih | Jumlah suara (H+M) |")
    assert "| 2 | Jujur soal uang | | | | | | | |" in tally


def test_monitoring_page(data_project: Path) -> None:
    catalog = load_checked(data_project / "content")
    page = SitePages(catalog, data_project / "templates").pages()["pemantauan/index.md"]
    assert page.startswith("# Indikator kesehatan kelompok")
    assert "## 2. Tunggakan" in page and "*Berapa pinjaman yang terlambat?*" in page
    assert "- **Sasaran:** Tidak ada (makin rendah makin baik)" in page
    assert "- **Ditinjau:** di tahap Pemandirian dan Pelepasan" in page
    assert "| M (merah) | 10% atau lebih |" in page
    assert "Lihat [PNY-01](../modules/penyadaran/pny-01-dasar.md)." in page
    assert "(belum dibuat; jalankan `make site`)" in page  # no PDFs in this tree


# --- the real content ---------------------------------------------------------------


@pytest.fixture(scope="module")
def real():  # type: ignore[no-untyped-def]
    catalog = load_checked(REPO / "content", display_root=REPO)
    assert catalog.report.sorted() == []
    return catalog


def _table(body: str, header: str) -> list[list[str]]:
    lines = body.split("\n")
    start = lines.index(header)
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def test_indicators_are_org09s(real) -> None:  # type: ignore[no-untyped-def]
    """ORG-09 writes the definitions in its text; the data file must say the same."""
    body = real.page_of("ORG-09").body
    rows = _table(body, "| No | Indikator | Cara menghitung | Dari catatan | Pencatat |")
    indicators = list(real.indicators.indicators.values())
    assert [[str(x.number), f"**{x.name}**", x.count, x.records, x.recorder]
            for x in indicators] == rows
    lights = _table(body, "| Indikator | Hijau (H) | Kuning (K) | Merah (M) |")
    assert [[f"{x.number} {x.name}", x.lights["hijau"], x.lights["kuning"], x.lights["merah"]]
            for x in indicators] == [[re.sub(r" \(c\)$", "", r[0]), *r[1:]] for r in lights]
    assert real.indicators.modules == {"baseline": "ORG-08", "monthly": "ORG-09",
                                       "review": "ORG-10"}


def test_monitoring_modules_link_to_the_indicators(real) -> None:  # type: ignore[no-untyped-def]
    for module_id in ("ORG-08", "ORG-09", "ORG-10"):
        markers = [m for m in real.page_of(module_id).scan.markers if m.name == "indicators"]
        assert markers, module_id


def test_one_instrument_in_kdr01_and_kdr04(real) -> None:  # type: ignore[no-untyped-def]
    instrument = real.instruments["tanda-kader"]
    assert len(instrument.signs) == 10
    assert [c.id for c in instrument.scale] == ["hijau", "kuning", "merah", "putih"]
    assert [c.counts for c in instrument.scale] == [True, True, True, False]
    decorator = Decorator(real, REPO / "templates")
    for module_id in ("KDR-01", "KDR-04"):
        page = real.page_of(module_id)
        assert "| Tepat waktu dan menepati janji |" not in page.body  # not written by hand
        expanded = decorator.decorate(page.body, page.path)
        for sign in instrument.signs:
            assert f"| {sign.number} | {sign.name} |" in expanded, (module_id, sign.id)


def test_real_workshop_materials_are_merged(real) -> None:  # type: ignore[no-untyped-def]
    workshop = real.workshops[0]
    materials = workshop.materials(real.modules)
    names = [m.name for m in materials]
    assert len(names) == len({n.casefold() for n in names})
    plano = next(m for m in materials if m.name == "kertas plano")
    users = [mid for mid in workshop.module_ids() if "kertas plano" in real.modules[mid].materials]
    assert plano.sessions == len(users) and plano.uses[0] == (1, users[0])
