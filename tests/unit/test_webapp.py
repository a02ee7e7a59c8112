"""The offline web app's parts one at a time: when it is made, icons, manifest, the list of
files and the version, .gz copies, the header override, mkdocs.yml's ``!ENV``."""

from __future__ import annotations

import gzip
import json
import re
import struct
import zlib
from pathlib import Path

import pytest

from support.projects import REPO
from swadaya.outputs.compress import precompress
from swadaya.outputs.icon import icon_png
from swadaya.outputs.webapp import installable, served
from swadaya.outputs.webapp.inventory import take_inventory
from swadaya.outputs.webapp.write import AppInfo, manifest, script
from swadaya.outputs.zim.icon import icon_png as zim_icon
from swadaya.project import Project


@pytest.mark.parametrize(("url", "variant", "serving", "app", "gz"), [
    ("https://contoh.github.io/swadaya/", "site", False, True, True),
    ("http://127.0.0.1:8080/", "site", False, True, True),
    ("http://localhost/", "site", False, True, True),
    ("http://192.168.1.10/", "site", False, False, True),  # a hotspot: no worker there
    (None, "site", False, False, False),  # file://
    ("", "site", False, False, False),
    ("https://contoh.github.io/swadaya/", "zim", False, False, False),
    ("http://127.0.0.1:8000/", "site", True, False, False),  # mkdocs serve
])
def test_when_the_web_app_is_made(url: str | None, variant: str, serving: bool, app: bool,
                                  gz: bool) -> None:
    assert installable(url, variant, serving) is app
    assert served(url, variant, serving) is gz


def _pixels(png: bytes) -> tuple[int, list[bytes]]:
    """Size and RGBA rows of one of our PNGs (filter 0 on every row)."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    size = struct.unpack(">I", png[16:20])[0]
    start = png.index(b"IDAT") + 4
    length = struct.unpack(">I", png[start - 8:start - 4])[0]
    raw = zlib.decompress(png[start:start + length])
    rows = [raw[r * (4 * size + 1) + 1:(r + 1) * (4 * size + 1)] for r in range(size)]
    return size, rows


@pytest.mark.parametrize("size", [48, 180, 192, 512])
def test_icons(size: int) -> None:
    any_size, rows = _pixels(icon_png(size))
    assert any_size == size
    assert rows[0][3] == 0  # a transparent rounded corner
    centre = rows[size // 2][4 * (size // 2):4 * (size // 2) + 4]
    assert centre[3] == 255
    _, masked = _pixels(icon_png(size, "maskable"))
    assert masked[0][:4] == bytes([27, 94, 32, 255])  # full bleed: no corner cut
    # the group stays inside the safe circle (40 % of the side): white only within it
    for y, row in enumerate(masked):
        for x in range(size):
            if row[4 * x] > 100 and ((x + 0.5 - size / 2) ** 2 + (y + 0.5 - size / 2) ** 2
                                     > (0.4 * size) ** 2):
                pytest.fail(f"white at {x},{y} outside the safe circle")


def test_zim_keeps_its_48_pixel_icon() -> None:
    assert zim_icon() == icon_png(48)
    assert icon_png(192) == icon_png(192)  # same bytes every time


def test_manifest() -> None:
    data = json.loads(manifest(AppInfo("Swadaya", "Bahan pelatihan")))
    assert data["lang"] == "id" and data["display"] == "standalone"
    assert data["short_name"] == "Swadaya" and data["start_url"] == "./index.html"
    purposes = {(i["src"], i["purpose"]) for i in data["icons"]}
    assert ("assets/images/ikon-maskable-512.png", "maskable") in purposes
    assert all(not i["src"].startswith(("/", "http")) for i in data["icons"])


def _site(root: Path) -> Path:
    files = {
        "index.html": "<title>Swadaya</title>beranda",
        "modul/a.html": "<title>Modul &amp; A - Swadaya</title>a",
        "luring.html": "<title>Tidak tersambung - Swadaya</title>",
        "404.html": "<title>404</title>",
        "search/search_index.json": json.dumps({"config": {"lang": ["id"]}, "docs": []}),
        "search/search_index.js": "var __index = {}",
        "assets/javascripts/bundle.1234abcd.min.js": "x" * 200,
        "assets/javascripts/bundle.1234abcd.min.js.map": "{}",
        "assets/javascripts/lunr/min/lunr.id.min.js": "id",
        "assets/javascripts/lunr/min/lunr.de.min.js": "de",
        "assets/javascripts/lunr/min/lunr.stemmer.support.min.js": "s",
        "assets/javascripts/lunr/wordcut.js": "w",
        "assets/stylesheets/main.1234abcd.min.css": "body{}",
        "modul/gambar/a.svg": "<svg/>",
        "sitemap.xml": "<urlset/>",
        "vendor/x/LICENSE": "MIT",
        "sw.js": "", "simpan.json": "{}",
        "unduh/buku/a.pdf": "%PDF", "unduh/buku/a.epub": "PK",
        "unduh/rencana/pny-01.pdf": "%PDF", "unduh/swadaya_id_all_2026-11.zim": "ZIM",
        "unduh/lain/x.pdf": "%PDF",
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, "utf-8")
    return root


def test_inventory_groups_and_skips(tmp_path: Path) -> None:
    inventory = take_inventory(_site(tmp_path), "luring.html")
    site = [f.path for f in inventory.site.files]
    assert site == ["assets/javascripts/bundle.1234abcd.min.js",
                    "assets/javascripts/lunr/min/lunr.id.min.js",
                    "assets/javascripts/lunr/min/lunr.stemmer.support.min.js",
                    "assets/stylesheets/main.1234abcd.min.css", "index.html", "luring.html",
                    "modul/a.html", "modul/gambar/a.svg", "search/search_index.json"]
    groups = {g.key: [f.path for f in g.files] for g in inventory.downloads}
    assert groups == {"buku-pdf": ["unduh/buku/a.pdf"], "buku-epub": ["unduh/buku/a.epub"],
                      "lembar-pdf": ["unduh/rencana/pny-01.pdf"],
                      "zim": ["unduh/swadaya_id_all_2026-11.zim"],
                      "lain": ["unduh/lain/x.pdf"]}
    assert set(inventory.shell) == {"assets/javascripts/bundle.1234abcd.min.js",
                                    "assets/javascripts/lunr/min/lunr.id.min.js",
                                    "assets/javascripts/lunr/min/lunr.stemmer.support.min.js",
                                    "assets/stylesheets/main.1234abcd.min.css", "index.html",
                                    "luring.html"}
    assert inventory.titles == {"index.html": "Swadaya", "modul/a.html": "Modul & A"}
    bundle = inventory.site.files[0]
    assert bundle.size == 200 and bundle.transfer < 50  # gzip of 200 "x"
    listing = json.loads(inventory.listing())
    assert listing["versi"] == inventory.version and len(inventory.version) == 16
    assert listing["situs"]["berkas"][0] == ["assets/javascripts/bundle.1234abcd.min.js",
                                             200, bundle.transfer, bundle.digest]


def test_version_follows_content(tmp_path: Path) -> None:
    site = _site(tmp_path)
    first = take_inventory(site, "luring.html").version
    assert take_inventory(site, "luring.html").version == first
    (site / "sitemap.xml").write_text("<urlset>changed every day</urlset>", "utf-8")
    assert take_inventory(site, "luring.html").version == first  # not a reader's file
    (site / "unduh/buku/a.pdf").write_text("%PDF-2", "utf-8")
    second = take_inventory(site, "luring.html").version
    assert second != first
    (site / "modul/a.html").write_text("<title>Modul A</title>baru", "utf-8")
    assert take_inventory(site, "luring.html").version not in (first, second)


def test_precompress(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<p>kelompok swadaya</p>" * 200, "utf-8")
    (tmp_path / "b.css").write_text("a{}", "utf-8")  # gzip would not shrink it
    (tmp_path / "c.js.map").write_text("{}" * 500, "utf-8")
    (tmp_path / "d.png").write_bytes(b"\x89PNG" + b"0" * 5000)
    done = precompress(tmp_path)
    assert done.files == 1 and done.packed < done.raw / 10
    packed = (tmp_path / "a.html.gz").read_bytes()
    assert gzip.decompress(packed) == (tmp_path / "a.html").read_bytes()
    assert packed[4:8] == b"\0\0\0\0"  # no time stamp: same bytes on every build
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "a.html", "a.html.gz", "b.css", "c.js.map", "d.png"]


def test_scripts_name_no_other_host() -> None:
    for name in ("sw.js", "simpan.js", "baru.js", "daftar.js"):
        code = re.sub(r"/\*.*?\*/|//[^\n]*", "", script(name), flags=re.S)
        assert not re.search(r"https?://", code), name


def test_header_override_is_materials_plus_one_button() -> None:
    material = Path(__import__("material").__file__).parent / "templates/partials/header.html"
    ours = (REPO / "templates/overrides/partials/header.html").read_text("utf-8")
    theirs = material.read_text("utf-8")
    addition = '{% if config.extra.swadaya_app %}{% include "partials/simpan.html" %}{% endif %}'
    assert ours.count(addition) == 1
    body = ours.replace(addition, "").split("-#}\n", 1)[1]
    assert body == theirs.split("-#}\n", 1)[1], "Material's header changed: copy it again"


def test_mkdocs_yml_env_tag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "mkdocs.yml").write_text(
        "site_url: !ENV [SWADAYA_SITE_URL]\nother: !ENV [NOPE_A, NOPE_B, dflt]\n"
        "markdown_extensions:\n  - toc:\n      permalink: true\n", "utf-8")
    monkeypatch.delenv("SWADAYA_SITE_URL", raising=False)
    assert Project(tmp_path).markdown_extensions() == (["toc"], {"toc": {"permalink": True}})
    assert "site_url: !ENV [SWADAYA_SITE_URL]" in (REPO / "mkdocs.yml").read_text("utf-8")
