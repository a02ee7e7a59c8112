"""Drawings as wide as their words need: measuring an SVG, wrapping its image."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from support.projects import REPO
from swadaya.outputs.drawings import Drawing, measure, readable_drawings, without_paint_order

NS = 'xmlns="http://www.w3.org/2000/svg"'
SVG = "{http://www.w3.org/2000/svg}"


def test_sizes_from_attribute_parent_style_sheet_and_style() -> None:
    svg = (f'<svg {NS} viewBox="0 0 800 300" font-size="20"><title>judul kecil</title>'
           "<style>text { font-size: 18px } .kecil { font-size: 14px }</style>"
           '<g font-size="16"><text class="kecil">tiga belas huruf</text></g>'
           '<text style="font-size: 12pt">enam belas</text><text>delapan belas</text></svg>')
    drawing = measure(svg)
    assert drawing == Drawing(800, 14, 300)  # 12 pt is 16 px; the title is not drawn
    assert drawing.readable_width == 686  # 14 units at 686 px of 800: 12 px


def test_a_small_mark_in_an_icon_does_not_widen_the_drawing() -> None:
    labels = "".join(f'<text font-size="12">label nomor {n}</text>' for n in range(10))
    svg = f'<svg {NS} viewBox="0 0 420 600">{labels}<text font-size="8">Rp</text></svg>'
    assert measure(svg) == Drawing(420, 12, 600)
    many = f'<svg {NS} viewBox="0 0 420 600"><text font-size="12">ab</text>' \
           '<text font-size="8">banyak sekali huruf kecil</text></svg>'
    assert measure(many) == Drawing(420, 8, 600)  # most of the words are small: they count


def test_inherited_size_reaches_tspans_and_width_without_viewbox() -> None:
    svg = (f'<svg {NS} width="500px" height="200"><text font-size="10">a '
           '<tspan font-size="25">besar sekali</tspan> b</text></svg>')
    assert measure(svg) == Drawing(500, 10, 200)


@pytest.mark.parametrize("svg", [
    f'<svg {NS} viewBox="0 0 100 100"><rect width="10" height="10"/></svg>',  # no words
    f'<svg {NS}><text>kata</text></svg>',  # no width
    "<svg><text>tidak tertutup",
    "bukan xml sama sekali",
])
def test_nothing_to_measure(svg: str) -> None:
    assert measure(svg) is None


def test_every_drawing_of_our_content_is_measured() -> None:
    drawings = sorted((REPO / "content").rglob("*.svg"))
    assert drawings
    for path in drawings:
        drawing = measure(path.read_text("utf-8"))
        assert drawing is not None, path
        assert 8 <= drawing.small_text <= 40, path


def test_images_of_drawings_are_wrapped_once() -> None:
    html = ('<p><img alt="Langkah" src="gambar/a.svg" /></p><p><img alt="Foto" src="b.png">'
            '<img alt="?" src="gambar/tidak-ada.svg"></p>')
    sizes = {"gambar/a.svg": Drawing(800, 14)}
    out = readable_drawings(html, sizes.get)
    assert out == ('<p><span class="sw-gambar" style="--sw-lebar: 686px"><img alt="Langkah" '
                   'src="gambar/a.svg" /></span></p><p><img alt="Foto" src="b.png">'
                   '<img alt="?" src="gambar/tidak-ada.svg"></p>')
    assert readable_drawings(out, sizes.get) == out


def test_content_drawings_are_utf8_text(tmp_path: Path) -> None:
    """An SVG that is not UTF-8 is measured from what can be read, never a crash."""
    svg = tmp_path / "a.svg"
    svg.write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
                    b'<text font-size="1">caf\xe9</text></svg>')
    assert measure(svg.read_text("utf-8", errors="replace")) == Drawing(10, 1, 10)


def test_halo_labels_are_written_as_outline_then_letters() -> None:
    svg = (f'<svg {NS} viewBox="0 0 100 50"><style>.h{{paint-order:stroke;stroke:#fff}}'
           '</style><text class="h" x="1" y="9">satu <tspan fill="red">dua</tspan></text>'
           '<g style="paint-order: stroke"><text x="1" y="20">tiga</text></g>'
           '<text x="1" y="30" stroke="#000">empat</text></svg>')
    out = ET.fromstring(without_paint_order(svg))
    texts = ["".join(t.itertext()) for t in out.iter(f"{SVG}text")]
    assert texts == ["satu dua", "satu dua", "tiga", "tiga", "empat"]
    styles = [t.get("style", "") for t in out.iter(f"{SVG}text")]
    assert styles[0].endswith("fill:none;paint-order:normal")  # the outline first
    assert styles[1].endswith("stroke:none;paint-order:normal")  # the letters over it
    assert styles[4] == ""  # no halo: left as it was
    tspans = list(out.iter(f"{SVG}tspan"))
    assert "fill:none" in tspans[0].get("style", "") and tspans[0].get("fill") == "red"
    plain = f'<svg {NS} viewBox="0 0 10 10"><text>tidak berubah</text></svg>'
    assert without_paint_order(plain) == plain
